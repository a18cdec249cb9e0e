import assert from 'node:assert/strict';
import { analyticsScopeOf, isInScope } from '../../../../src/domain/performance/analytics/analytics-scope.js';
import { completionOf, packetProgress, type PacketProgress } from '../../../../src/domain/performance/analytics/review-completion.js';
import { groupByTeam } from '../../../../src/domain/performance/analytics/team-groups.js';
import { packet, NOW } from '../reviews/review-builders.js';

const p = (overrides: Partial<PacketProgress>): PacketProgress => ({
  teamIds: ['t'],
  selfReview: 'not-started',
  peerRequested: 0,
  peerSubmitted: 0,
  managerReview: 'not-started',
  released: false,
  acknowledged: false,
  ...overrides,
});

const countsOf = (completion: ReturnType<typeof completionOf>, stage: string) => Object.fromEntries(completion.stages.find((s) => s.stage === stage)!.counts.map((c) => [c.status, c.count]));

describe('review completion', () => {
  // Hand-computed: five packets at different points of the cycle.
  const progress = [
    p({ selfReview: 'submitted', peerRequested: 3, peerSubmitted: 3, managerReview: 'submitted', released: true, acknowledged: true }),
    p({ selfReview: 'submitted', peerRequested: 2, peerSubmitted: 1, managerReview: 'submitted', released: true }),
    p({ selfReview: 'submitted', peerRequested: 2, peerSubmitted: 0, managerReview: 'submitted' }),
    p({ selfReview: 'draft', managerReview: 'draft' }),
    p({}),
  ];
  const completion = completionOf(progress);

  it('counts every status of every stage, zeros included, adding up to the packets', () => {
    assert.deepEqual(countsOf(completion, 'self-review'), { 'not-started': 1, draft: 1, submitted: 3 });
    assert.deepEqual(countsOf(completion, 'peer-feedback'), { 'none-requested': 2, waiting: 1, partial: 1, complete: 1 });
    assert.deepEqual(countsOf(completion, 'manager-review'), { 'not-started': 1, draft: 1, submitted: 3 });
    assert.deepEqual(countsOf(completion, 'release'), { 'not-ready': 2, ready: 1, released: 2 });
    assert.deepEqual(countsOf(completion, 'acknowledgement'), { 'not-released': 3, awaiting: 1, acknowledged: 1 });
    for (const stage of completion.stages) assert.equal(stage.counts.reduce((n, c) => n + c.count, 0), 5, stage.stage);
  });

  it('adds up the peer responses asked for and submitted', () => {
    assert.deepEqual(completion.peerResponses, { requested: 7, submitted: 4 });
  });

  it('reads a packet: approved nominations are what was asked for, only their submitted responses count', () => {
    const base = packet();
    const nomination = (id: string, status: 'proposed' | 'approved' | 'rejected') => ({ id, nomineeId: `n${id}`, relation: 'peer' as const, status, proposedAt: NOW, decidedAt: null, decidedBy: null, decisionReason: null, responseId: `r${id}` });
    const progressOf = packetProgress(
      { ...base, nominations: [nomination('1', 'approved'), nomination('2', 'approved'), nomination('3', 'rejected'), nomination('4', 'proposed')], selfReview: { answers: {}, ratings: {}, updatedAt: NOW, submittedAt: null } },
      new Set(['r1', 'r3']),
    );
    assert.deepEqual(progressOf, { teamIds: ['team-a'], selfReview: 'draft', peerRequested: 2, peerSubmitted: 1, managerReview: 'not-started', released: false, acknowledged: false });
  });
});

describe('analytics scope and teams', () => {
  const people = [
    { id: 'ceo', roles: [], managerChain: [] },
    { id: 'mgr', roles: [], managerChain: ['ceo'] },
    { id: 'ic', roles: [], managerChain: ['mgr', 'ceo'] },
  ] as const;

  it('HR sees the tenant, a manager the people below them, anyone else nothing', () => {
    assert.deepEqual(analyticsScopeOf({ id: 'hr', roles: ['hr-admin'] }, people), { kind: 'tenant' });
    const mgr = analyticsScopeOf({ id: 'mgr', roles: ['member'] }, people)!;
    assert.deepEqual(mgr, { kind: 'reports', managerId: 'mgr' });
    assert.deepEqual(people.filter((x) => isInScope(mgr, x)).map((x) => x.id), ['ic']);
    assert.equal(analyticsScopeOf({ id: 'ic', roles: ['member'] }, people), null);
  });

  it('groups by team: a person in two teams in both, people in none last', () => {
    const grouped = groupByTeam([{ teamIds: ['b', 'a'] }, { teamIds: ['a'] }, { teamIds: [] }]);
    assert.deepEqual(grouped.map((g) => [g.teamId, g.members.length]), [['a', 2], ['b', 1], [null, 1]]);
  });
});
