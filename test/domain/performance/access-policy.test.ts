import assert from 'node:assert/strict';
import { decide, type PolicyState } from '../../../src/domain/performance/access-policy.js';
import { ACCESS_ACTIONS, DOCUMENT_KINDS, type DocumentKind, type ReviewPhase } from '../../../src/domain/performance/document-kinds.js';
import type { PolicyActor, PolicyDocument, PolicySubject } from '../../../src/domain/performance/relationships.js';
import { expected, ROLES, type RoleName } from '../../support/performance-access-spec.js';

/**
 * The access policy as a full matrix: every role x action x document kind x state, against a
 * specification written here independently of the policy's own table.
 *
 * The organisation: VP manages M1 and M2. The subject S reported to M1 when the review cycle
 * launched (M1 is the manager in the cycle's org snapshot) and reports to M2 now. H is HR.
 * P is the peer who wrote the document (a peer response, a piece of feedback) or was asked to
 * answer a request. O is any other employee, X someone in another tenant.
 */
const T = 'tenant-a';

const actors: Record<RoleName, PolicyActor> = {
  subject: { tenantId: T, id: 'S', roles: ['member'] },
  'current-manager': { tenantId: T, id: 'M2', roles: ['member'] },
  'manager-chain': { tenantId: T, id: 'VP', roles: ['member'] },
  'cycle-manager': { tenantId: T, id: 'M1', roles: ['member'] },
  'hr-admin': { tenantId: T, id: 'H', roles: ['member', 'hr-admin'] },
  'peer-reviewer': { tenantId: T, id: 'P', roles: ['member'] },
  'other-employee': { tenantId: T, id: 'O', roles: ['member', 'okr-admin'] },
  // Same id as the subject's manager, other tenant: ids alone must never grant anything.
  'other-tenant': { tenantId: 'tenant-b', id: 'M2', roles: ['member', 'hr-admin'] },
};
const subject: PolicySubject = { tenantId: T, id: 'S', managerId: 'M2', managerChain: ['M2', 'VP'] };

/** The facts each kind of document carries in the fixture world. */
function documentFor(kind: DocumentKind): PolicyDocument {
  const base = { tenantId: T, subjectId: 'S', cycleManagerId: 'M1', cycleManagerChain: ['VP'] };
  switch (kind) {
    case 'peer-response':
    case 'feedback-private':
    case 'feedback-manager-only':
    case 'praise':
      return { ...base, authorId: 'P' };
    case 'feedback-request':
      return { ...base, requesterId: 'S', inviteeIds: ['P'] };
    case 'feedback-response':
      return { ...base, authorId: 'P', requesterId: 'S', inviteeIds: ['P'] };
    case 'one-on-one':
      return { tenantId: T, subjectId: 'S', pairManagerId: 'M2' };
    case 'one-on-one-private-note':
      return { tenantId: T, subjectId: 'S', pairManagerId: 'M2', authorId: 'M2' };
    case 'manager-private-notes':
      return { ...base, authorId: 'M1' };
    default:
      return base;
  }
}

const CYCLE_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  'review-cycle', 'self-review', 'nomination', 'peer-response', 'manager-review', 'manager-private-notes',
  'calibration', 'compensation', 'okr-context', 'release', 'acknowledgement',
]);
const PHASES: readonly ReviewPhase[] = ['self', 'peer', 'manager', 'calibration', 'released', 'closed'];
function statesFor(kind: DocumentKind): PolicyState[] {
  if (!CYCLE_KINDS.has(kind)) return [{ phase: null }];
  return PHASES.flatMap((phase) => [
    { phase, compensationVisibleAfterRelease: false },
    { phase, compensationVisibleAfterRelease: true },
  ]);
}

const describeState = (s: PolicyState) => (s.phase === null ? 'no phase' : `${s.phase}${s.compensationVisibleAfterRelease ? ' (comp visible)' : ''}`);

describe('access policy: the full matrix', () => {
  let cells = 0;
  for (const kind of DOCUMENT_KINDS) {
    it(`${kind}: every role, action and state decides as specified`, () => {
      const mismatches: string[] = [];
      for (const role of ROLES) {
        for (const action of ACCESS_ACTIONS) {
          for (const state of statesFor(kind)) {
            cells++;
            const decision = decide(actors[role], action, kind, subject, documentFor(kind), state);
            const want = expected(role, action, kind, state);
            if (decision.allow !== want) mismatches.push(`${role} ${action} (${describeState(state)}): got ${decision.allow}, want ${want}`);
            // 404, not 403, for anyone who may not know the document exists.
            if (!decision.allow && decision.conceal !== !expected(role, 'read', kind, state)) {
              mismatches.push(`${role} ${action} (${describeState(state)}): conceal ${decision.conceal}`);
            }
            if (decision.reason.length === 0) mismatches.push(`${role} ${action}: no reason`);
          }
        }
      }
      assert.deepEqual(mismatches, []);
    });
  }
  after(() => assert.ok(cells > 1000, `only ${cells} cells`));

  it('grants nothing to another tenant, whatever its roles and ids', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const state of statesFor(kind)) {
        for (const action of ACCESS_ACTIONS) {
          const d = decide(actors['other-tenant'], action, kind, subject, documentFor(kind), state);
          assert.equal(d.allow, false, `${kind} ${action}`);
          assert.equal(d.allow === false && d.conceal, true);
        }
      }
    }
  });

  it('denies when the subject passed in is not the document’s subject (a mixed-up lookup fails closed)', () => {
    const stranger: PolicySubject = { tenantId: T, id: 'O', managerId: 'M1', managerChain: ['M1', 'VP'] };
    assert.equal(decide(actors['cycle-manager'], 'read', 'development-plan', stranger, documentFor('development-plan'), { phase: null }).allow, false);
  });

  it('a former manager loses the 1:1 with their old report', () => {
    const formerPair: PolicyDocument = { tenantId: T, subjectId: 'S', pairManagerId: 'M1' };
    assert.equal(decide(actors['cycle-manager'], 'read', 'one-on-one', subject, formerPair, { phase: null }).allow, false);
    assert.equal(decide(actors['current-manager'], 'read', 'one-on-one', subject, formerPair, { phase: null }).allow, false);
    assert.equal(decide(actors.subject, 'read', 'one-on-one', subject, formerPair, { phase: null }).allow, true);
  });

  it('a peer reviewer sees only their own response', () => {
    const othersResponse: PolicyDocument = { tenantId: T, subjectId: 'S', authorId: 'O', cycleManagerId: 'M1', cycleManagerChain: ['VP'] };
    const d = decide(actors['peer-reviewer'], 'read', 'peer-response', subject, othersResponse, { phase: 'peer' });
    assert.deepEqual([d.allow, d.allow === false && d.conceal], [false, true]);
  });

  it('in a draft cycle nobody writes review content, not even the subject or HR', () => {
    for (const kind of ['self-review', 'peer-response', 'manager-review', 'calibration', 'compensation', 'release', 'acknowledgement'] as const) {
      for (const role of ROLES) {
        assert.equal(decide(actors[role], 'write', kind, subject, documentFor(kind), { phase: 'draft' }).allow, false, `${role} ${kind}`);
      }
    }
  });
});

describe('access policy: an HR admin about themselves', () => {
  const hrSubject: PolicySubject = { tenantId: T, id: 'H', managerId: 'M2', managerChain: ['M2', 'VP'] };
  const about = (kind: DocumentKind): PolicyDocument => ({ ...documentFor(kind), subjectId: 'H' });
  const hr = actors['hr-admin'];

  it('has only the subject’s rights on their own review, feedback and plan', () => {
    const cases: [DocumentKind, 'read' | 'write', PolicyState, boolean][] = [
      ['manager-review', 'read', { phase: 'calibration' }, false],
      ['manager-review', 'read', { phase: 'released' }, true],
      ['calibration', 'read', { phase: 'calibration' }, false],
      ['calibration', 'write', { phase: 'calibration' }, false],
      ['release', 'write', { phase: 'calibration' }, false],
      ['compensation', 'write', { phase: 'calibration' }, false],
      ['compensation', 'read', { phase: 'released', compensationVisibleAfterRelease: false }, false],
      ['peer-response', 'read', { phase: 'peer' }, false],
      ['feedback-manager-only', 'read', { phase: null }, false],
      ['feedback-private', 'read', { phase: null }, true],
      ['audit-trail', 'read', { phase: null }, false],
      ['self-review', 'write', { phase: 'self' }, true],
    ];
    for (const [kind, action, state, allow] of cases) {
      assert.equal(decide(hr, action, kind, hrSubject, about(kind), state).allow, allow, `${kind} ${action} ${state.phase}`);
    }
  });

  it('still runs the review cycle they take part in', () => {
    assert.equal(decide(hr, 'write', 'review-cycle', hrSubject, about('review-cycle'), { phase: 'calibration' }).allow, true);
  });
});
