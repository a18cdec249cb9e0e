import type { AccessAction, DocumentKind, ReviewPhase } from './document-kinds.js';
import { relationshipsOf, type PolicyActor, type PolicyDocument, type PolicySubject, type Relationship } from './relationships.js';

/** Where the document's review stands; documents outside a review cycle have no phase. */
export interface PolicyState {
  readonly phase: ReviewPhase | null;
  /** Cycle setting: may the subject see the compensation recommendation once released? */
  readonly compensationVisibleAfterRelease?: boolean;
}

export type Decision =
  | { readonly allow: true; readonly reason: string }
  /** `conceal`: the actor may not even learn that the document exists, so the answer is 404, not 403. */
  | { readonly allow: false; readonly reason: string; readonly conceal: boolean };

type Rule = (has: (r: Relationship) => boolean, state: PolicyState) => string | null;

const released = (state: PolicyState): boolean => state.phase === 'released' || state.phase === 'closed';
const inPhase = (state: PolicyState, ...phases: ReviewPhase[]): boolean => state.phase !== null && phases.includes(state.phase);

/** The subject's managers for a review: the snapshot manager and chain, and whoever manages them now. */
const managerSide: Rule = (has) =>
  has('cycle-manager') ? 'the manager of record for this cycle'
  : has('cycle-manager-chain') ? 'above the manager of record'
  : has('manager-chain') ? 'in the current manager chain'
  : null;
/** HR acts as HR on everyone's records but their own: about themselves they have only the subject's rights. */
const hr: Rule = (has) => (has('hr-admin') && !has('subject') ? 'HR admin' : null);
const anyOf = (...rules: Rule[]): Rule => (has, state) => {
  for (const rule of rules) {
    const reason = rule(has, state);
    if (reason) return reason;
  }
  return null;
};
const when = (relationship: Relationship, reason: string, condition: (state: PolicyState) => boolean = () => true): Rule => (has, state) =>
  has(relationship) && condition(state) ? reason : null;
const nobody: Rule = () => null;

/**
 * Who may read and who may write each kind of document, by relationship and review state.
 * Anything not granted here is denied: the table is the whole policy.
 */
const RULES: Record<DocumentKind, { read: Rule; write: Rule }> = {
  // A cycle is tenant-wide, about nobody in particular: HR runs it even when they take part in it.
  'review-cycle': { read: when('employee', 'cycles are announced to the tenant'), write: when('hr-admin', 'runs review cycles') },
  'self-review': {
    read: anyOf(when('subject', 'own self review'), managerSide, hr),
    write: when('subject', 'own self review while it is open', (s) => inPhase(s, 'self', 'peer')),
  },
  nomination: {
    read: anyOf(when('subject', 'own nominations'), managerSide, hr),
    write: anyOf(
      when('subject', 'nominates own reviewers', (s) => inPhase(s, 'self', 'peer')),
      when('cycle-manager', 'approves nominations', (s) => inPhase(s, 'self', 'peer')),
    ),
  },
  'peer-response': {
    read: anyOf(when('author', 'own response'), managerSide, hr, when('subject', 'released feedback, anonymised as the cycle says', released)),
    write: when('author', 'invited reviewer while feedback is open', (s) => inPhase(s, 'peer')),
  },
  'manager-review': {
    read: anyOf(managerSide, hr, when('subject', 'released review', released)),
    write: when('cycle-manager', 'writes the review', (s) => inPhase(s, 'manager')),
  },
  'manager-private-notes': {
    read: when('cycle-manager', 'own private notes'),
    write: when('cycle-manager', 'own private notes', (s) => !released(s)),
  },
  calibration: {
    read: anyOf(managerSide, hr),
    write: (has, s) => hr(has, s) && inPhase(s, 'calibration') ? 'calibrates' : null,
  },
  compensation: {
    read: anyOf(managerSide, hr, when('subject', 'released, and the cycle shows it', (s) => released(s) && s.compensationVisibleAfterRelease === true)),
    write: anyOf(
      when('cycle-manager', 'proposes compensation', (s) => inPhase(s, 'manager', 'calibration')),
      (has, s) => (hr(has, s) && inPhase(s, 'calibration') ? 'adjusts compensation' : null),
    ),
  },
  'okr-context': { read: anyOf(when('subject', 'own OKR context'), managerSide, hr), write: nobody },
  release: {
    read: anyOf(when('subject', 'own review status'), managerSide, hr),
    write: (has, s) => (hr(has, s) && inPhase(s, 'calibration') ? 'releases reviews' : null),
  },
  acknowledgement: {
    read: anyOf(when('subject', 'own acknowledgement'), managerSide, hr),
    write: when('subject', 'acknowledges a released review', released),
  },
  'feedback-private': {
    read: anyOf(when('author', 'wrote it'), when('subject', 'feedback to them'), when('manager-chain', 'in the recipient’s manager chain'), hr),
    write: (has) => (has('employee') && !has('subject') ? 'anyone may give feedback to someone else' : null),
  },
  'feedback-manager-only': {
    read: anyOf(when('author', 'wrote it'), when('manager-chain', 'in the recipient’s manager chain'), hr),
    write: (has) => (has('employee') && !has('subject') ? 'anyone may give feedback to someone else' : null),
  },
  praise: {
    read: when('employee', 'praise is public in the tenant'),
    write: (has) => (has('employee') && !has('subject') ? 'anyone may praise someone else' : null),
  },
  'feedback-request': {
    read: anyOf(when('requester', 'asked for it'), when('subject', 'about them'), when('invitee', 'asked to answer'), when('manager-chain', 'in the subject’s manager chain'), hr),
    write: anyOf(when('subject', 'asks about themselves'), when('manager-chain', 'asks about a report')),
  },
  'feedback-response': {
    read: anyOf(when('author', 'wrote it'), when('requester', 'asked for it'), when('manager-chain', 'in the subject’s manager chain'), hr),
    write: when('invitee', 'asked to answer'),
  },
  'one-on-one': {
    read: anyOf(when('subject', 'their 1:1'), when('pair-manager', 'their 1:1')),
    write: anyOf(when('subject', 'their 1:1'), when('pair-manager', 'their 1:1')),
  },
  'one-on-one-private-note': {
    read: (has) => (has('author') && (has('subject') || has('pair-manager')) ? 'own private note' : null),
    write: (has) => (has('author') && (has('subject') || has('pair-manager')) ? 'own private note' : null),
  },
  'development-plan': {
    read: anyOf(when('subject', 'own plan'), when('manager-chain', 'in the manager chain'), hr),
    write: anyOf(when('subject', 'own plan'), when('current-manager', 'manages them')),
  },
  'audit-trail': { read: hr, write: nobody },
};

/**
 * The one access policy for confidential data: a pure function, deny by default.
 * Every API route and bot verb that touches the review store asks it.
 */
export function decide(actor: PolicyActor, action: AccessAction, kind: DocumentKind, subject: PolicySubject, document: PolicyDocument, state: PolicyState): Decision {
  const relationships = relationshipsOf(actor, subject, document);
  if (relationships.size === 0) return { allow: false, reason: 'outside the tenant', conceal: true };
  const has = (r: Relationship): boolean => relationships.has(r);
  const rules = RULES[kind];
  const readReason = rules.read(has, state);
  if (action === 'read') return readReason ? { allow: true, reason: readReason } : { allow: false, reason: `may not read ${kind}`, conceal: true };
  const writeReason = rules.write(has, state);
  if (writeReason) return { allow: true, reason: writeReason };
  return { allow: false, reason: `may not write ${kind}${state.phase ? ` in phase ${state.phase}` : ''}`, conceal: readReason === null };
}
