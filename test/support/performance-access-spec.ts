import type { PolicyState } from '../../src/domain/performance/access-policy.js';
import type { AccessAction, DocumentKind, ReviewPhase } from '../../src/domain/performance/document-kinds.js';

/**
 * Who may read and write each kind of confidential document, written independently of the policy's
 * own table: the domain matrix and the HTTP matrix both check the policy against it.
 */
export const ROLES = ['subject', 'current-manager', 'manager-chain', 'cycle-manager', 'hr-admin', 'peer-reviewer', 'other-employee', 'other-tenant'] as const;
export type RoleName = (typeof ROLES)[number];

export const isReleased = (s: PolicyState) => s.phase === 'released' || s.phase === 'closed';
const during = (...phases: ReviewPhase[]) => (s: PolicyState) => s.phase !== null && phases.includes(s.phase);
const always = () => true;
type Grant = Partial<Record<RoleName, (s: PolicyState) => boolean>>;
const grant = (roles: RoleName[], when: (s: PolicyState) => boolean = always): Grant => Object.fromEntries(roles.map((r) => [r, when]));
const MANAGERS: RoleName[] = ['current-manager', 'manager-chain', 'cycle-manager'];
const TENANT: RoleName[] = ['subject', 'current-manager', 'manager-chain', 'cycle-manager', 'hr-admin', 'peer-reviewer', 'other-employee'];
const NOT_SUBJECT = TENANT.filter((r) => r !== 'subject');

/** The specification: who may read and write each kind, and when. Everything else is denied. */
export const SPEC: Record<DocumentKind, { read: Grant; write: Grant }> = {
  'review-cycle': { read: grant(TENANT), write: grant(['hr-admin']) },
  'self-review': { read: grant(['subject', ...MANAGERS, 'hr-admin']), write: grant(['subject'], during('self', 'peer')) },
  nomination: { read: grant(['subject', ...MANAGERS, 'hr-admin']), write: grant(['subject', 'cycle-manager'], during('self', 'peer')) },
  'peer-response': {
    read: { ...grant(['peer-reviewer', ...MANAGERS, 'hr-admin']), ...grant(['subject'], isReleased) },
    write: grant(['peer-reviewer'], during('peer')),
  },
  'manager-review': { read: { ...grant([...MANAGERS, 'hr-admin']), ...grant(['subject'], isReleased) }, write: grant(['cycle-manager'], during('manager')) },
  'manager-private-notes': { read: grant(['cycle-manager']), write: grant(['cycle-manager'], (s) => !isReleased(s)) },
  calibration: { read: grant([...MANAGERS, 'hr-admin']), write: grant(['hr-admin'], during('calibration')) },
  compensation: {
    read: { ...grant([...MANAGERS, 'hr-admin']), ...grant(['subject'], (s) => isReleased(s) && s.compensationVisibleAfterRelease === true) },
    write: { ...grant(['cycle-manager'], during('manager', 'calibration')), ...grant(['hr-admin'], during('calibration')) },
  },
  'okr-context': { read: grant(['subject', ...MANAGERS, 'hr-admin']), write: {} },
  release: { read: grant(['subject', ...MANAGERS, 'hr-admin']), write: grant(['hr-admin'], during('calibration')) },
  acknowledgement: { read: grant(['subject', ...MANAGERS, 'hr-admin']), write: grant(['subject'], isReleased) },
  'feedback-private': { read: grant(['peer-reviewer', 'subject', 'current-manager', 'manager-chain', 'hr-admin']), write: grant(NOT_SUBJECT) },
  'feedback-manager-only': { read: grant(['peer-reviewer', 'current-manager', 'manager-chain', 'hr-admin']), write: grant(NOT_SUBJECT) },
  praise: { read: grant(TENANT), write: grant(NOT_SUBJECT) },
  'feedback-request': {
    read: grant(['subject', 'peer-reviewer', 'current-manager', 'manager-chain', 'hr-admin']),
    write: grant(['subject', 'current-manager', 'manager-chain']),
  },
  'feedback-response': { read: grant(['peer-reviewer', 'subject', 'current-manager', 'manager-chain', 'hr-admin']), write: grant(['peer-reviewer']) },
  'one-on-one': { read: grant(['subject', 'current-manager']), write: grant(['subject', 'current-manager']) },
  'one-on-one-private-note': { read: grant(['current-manager']), write: grant(['current-manager']) },
  'development-plan': { read: grant(['subject', 'current-manager', 'manager-chain', 'hr-admin']), write: grant(['subject', 'current-manager']) },
  'audit-trail': { read: grant(['hr-admin']), write: {} },
};

export const expected = (role: RoleName, action: AccessAction, kind: DocumentKind, state: PolicyState): boolean => SPEC[kind][action][role]?.(state) ?? false;
