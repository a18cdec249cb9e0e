/**
 * Restricted analytics over HTTP, against hand-computed fixtures built in Fabrikam (no seeded review
 * or feedback data there): Grace is HR (and the CEO), Alan manages Ada, Katherine and Hedy.
 * The cases share one Tandem and run in order; the last one moves Hedy to another manager.
 */
import assert from 'node:assert/strict';
import { DEMO_REVIEW_TEMPLATE } from '../../../../src/app/performance/demo/demo-review-cycle.js';
import { FABRIKAM, startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';

const HR = 'fab-ceo';
const MANAGER = 'fab-ops-lead';
const ADA = 'fab-planner';
const KATHERINE = 'fab-analyst';
const HEDY = 'fab-buyer';
const RATINGS = { delivery: 4, collaboration: 3, craft: 4, ownership: 5 };
const ANSWERS = { 'went-well': 'Planned the warehouse move', improve: 'Share plans earlier' };

type Json = any;

describe('Performance analytics over HTTP: completion, ratings and feedback, by scope and threshold', function () {
  this.timeout(180_000);
  let t: TestTandem;
  let cycleA = '';
  const id = (key: string) => t.person(key, FABRIKAM);
  const packet = (cycleId: string, key: string) => `${cycleId}.${id(key)}`;

  async function call(method: string, path: string, as: string, body?: unknown, status = 200): Promise<Json> {
    const response = await t.request(method, path, { as, tenant: FABRIKAM, ...(body !== undefined ? { body } : {}) });
    assert.equal(response.status, status, `${method} ${path} as ${as}: ${JSON.stringify(response.body)}`);
    return response.body;
  }
  const expectError = (r: ApiResponse, status: number, code: string) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.equal(r.body.error.code, code);
  };
  const counts = (completion: Json, stage: string) => Object.fromEntries(completion.stages.find((s: Json) => s.stage === stage).counts.map((c: Json) => [c.status, c.count]));
  const ratingCounts = (aggregate: Json) => Object.fromEntries(aggregate.counts.filter((c: Json) => c.count > 0).map((c: Json) => [c.rating, c.count]));
  const team = (groups: Json[], teamId: string) => groups.find((g) => g.teamId === teamId).aggregate;

  async function createCycle(name: string, threshold: number): Promise<string> {
    const cycle = await call('POST', '/review-cycles', HR, {
      name,
      type: 'annual',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      participants: { kind: 'teams', teamIds: [t.team('fab-ops')] },
      template: DEMO_REVIEW_TEMPLATE,
      deadlines: { self: '2026-11-30', peer: '2026-12-07', manager: '2026-12-14', calibration: '2026-12-21' },
      anonymity: { mode: 'anonymous', threshold },
    }, 201);
    await call('POST', `/review-cycles/${cycle.id}/launch`, HR, {});
    return cycle.id;
  }

  before(async function () {
    this.timeout(180_000);
    t = await startTestTandem();
    // Cycle A, threshold 3: Alan, Ada, Katherine and Hedy take part (Grace writes Alan's review).
    cycleA = await createCycle('Ops annual review', 3);
    await call('POST', `/review-packets/${packet(cycleA, ADA)}/self-review/submit`, ADA, { answers: ANSWERS, ratings: RATINGS });
    await call('POST', `/review-packets/${packet(cycleA, MANAGER)}/self-review/submit`, MANAGER, { answers: ANSWERS, ratings: RATINGS });
    await call('PATCH', `/review-packets/${packet(cycleA, KATHERINE)}/self-review`, KATHERINE, { answers: { 'went-well': 'Draft' } });
    for (const nominee of [KATHERINE, HEDY]) {
      const view = await call('POST', `/review-packets/${packet(cycleA, ADA)}/nominations`, ADA, { nomineeId: id(nominee), relation: 'peer' }, 201);
      const nomination = view.nominations.items.find((n: Json) => n.nominee.id === id(nominee));
      await call('POST', `/review-packets/${packet(cycleA, ADA)}/nominations/${nomination.id}/decision`, MANAGER, { decision: 'approve' });
    }
    await call('POST', `/review-cycles/${cycleA}/advance`, HR, { to: 'peer' });
    const requests = await call('GET', '/reviews/peer-requests', KATHERINE);
    const request = requests.items.find((r: Json) => r.cycleId === cycleA && r.subject.id === id(ADA));
    await call('POST', `/peer-responses/${request.id}/submit`, KATHERINE, { answers: ANSWERS, ratings: RATINGS });
    await call('POST', `/review-cycles/${cycleA}/advance`, HR, { to: 'manager' });
    await call('POST', `/review-packets/${packet(cycleA, ADA)}/manager-review/submit`, MANAGER, { ratings: RATINGS, comments: {}, summary: 'Strong', overallRating: 4 });
    await call('PATCH', `/review-packets/${packet(cycleA, KATHERINE)}/manager-review`, MANAGER, { ratings: { delivery: 2 }, overallRating: 2 });
    await call('POST', `/review-packets/${packet(cycleA, MANAGER)}/manager-review/submit`, HR, { ratings: RATINGS, comments: {}, summary: 'Solid', overallRating: 3 });

    // Feedback in November (the test clock's month).
    const give = (from: string, to: string, visibility: string) => call('POST', '/feedback', from, { recipientId: id(to), visibility, text: `${visibility} from ${from}` }, 201);
    await give(ADA, KATHERINE, 'private');
    await give(ADA, HR, 'private');
    await give(KATHERINE, ADA, 'praise');
    await give(HEDY, ADA, 'manager-only');
    await give(HR, MANAGER, 'private');
    const asked = await call('POST', '/feedback-requests', ADA, { inviteeIds: [id(KATHERINE), id(HEDY)], questions: ['What should I keep doing?'] }, 201);
    await call('POST', `/feedback-requests/${asked.id}/responses`, KATHERINE, { answers: { q1: 'Planning ahead' } }, 201);
  });

  after(async () => {
    await t?.close();
  });

  it('HR sees the whole cycle: completion by stage and final ratings, hand-computed', async () => {
    const view = await call('GET', `/performance-analytics/review-cycles/${cycleA}`, HR);
    assert.deepEqual([view.scope.kind, view.threshold, view.cycle.phase], ['tenant', 3, 'manager']);
    const overall = view.completion.overall;
    assert.deepEqual([overall.shown, overall.people], [true, 4]);
    assert.deepEqual(counts(overall, 'self-review'), { 'not-started': 1, draft: 1, submitted: 2 });
    assert.deepEqual(counts(overall, 'peer-feedback'), { 'none-requested': 3, waiting: 0, partial: 1, complete: 0 });
    assert.deepEqual(counts(overall, 'manager-review'), { 'not-started': 1, draft: 1, submitted: 2 });
    assert.deepEqual(counts(overall, 'release'), { 'not-ready': 2, ready: 2, released: 0 });
    assert.deepEqual(counts(overall, 'acknowledgement'), { 'not-released': 4, awaiting: 0, acknowledged: 0 });
    assert.deepEqual(overall.peerResponses, { requested: 2, submitted: 1 });
    // Final ratings: Ada 4 and Alan 3 submitted; Katherine's draft proposal does not count.
    assert.deepEqual([view.ratings.overall.people, view.ratings.overall.unrated, ratingCounts(view.ratings.overall)], [4, 2, { 3: 1, 4: 1 }]);
    assert.deepEqual(view.ratings.scale.points.map((p: Json) => p.value), [1, 2, 3, 4, 5]);
  });

  it('withholds the team of one (Alan in Leadership) with a marker, not a zero, and shows Operations', async () => {
    const view = await call('GET', `/performance-analytics/review-cycles/${cycleA}`, HR);
    assert.deepEqual(team(view.completion.byTeam, t.team('fab-leadership')), { shown: false, reason: 'too-few-people', threshold: 3 });
    assert.deepEqual(team(view.ratings.byTeam, t.team('fab-leadership')), { shown: false, reason: 'too-few-people', threshold: 3 });
    const ops = team(view.completion.byTeam, t.team('fab-ops'));
    assert.deepEqual([ops.shown, ops.people], [true, 4]);
    assert.equal(view.completion.byTeam.find((g: Json) => g.teamId === t.team('fab-ops')).teamName, 'Operations');
  });

  it('a manager sees only the people below them: Alan sees Ada, Katherine and Hedy, not his own review', async () => {
    const view = await call('GET', `/performance-analytics/review-cycles/${cycleA}`, MANAGER);
    assert.deepEqual([view.scope.kind, view.scope.people, view.completion.overall.people], ['reports', 3, 3]);
    assert.deepEqual(counts(view.completion.overall, 'self-review'), { 'not-started': 1, draft: 1, submitted: 1 });
    assert.deepEqual(counts(view.completion.overall, 'peer-feedback'), { 'none-requested': 2, waiting: 0, partial: 1, complete: 0 });
    assert.deepEqual(counts(view.completion.overall, 'release'), { 'not-ready': 2, ready: 1, released: 0 });
    assert.deepEqual([view.ratings.overall.unrated, ratingCounts(view.ratings.overall)], [2, { 4: 1 }]);
  });

  it('anyone else gets 404: a peer, another tenant’s HR and manager, an unknown cycle; bad queries 400', async () => {
    expectError(await t.request('GET', `/performance-analytics/review-cycles/${cycleA}`, { as: ADA, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/performance-analytics/review-cycles/${cycleA}`, { as: 'hannah' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/performance-analytics/review-cycles/${cycleA}`, { as: 'priya' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', '/performance-analytics/review-cycles/rcnosuchcycle', { as: HR, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', '/performance-analytics/feedback', { as: KATHERINE, tenant: FABRIKAM }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/performance-analytics/review-cycles/${cycleA}?team=x`, { as: HR, tenant: FABRIKAM }), 400, 'API.VALIDATION');
    for (const query of ['months=0', 'months=25', 'months=abc', 'month=3', 'months=2&months=3']) {
      expectError(await t.request('GET', `/performance-analytics/feedback?${query}`, { as: HR, tenant: FABRIKAM }), 400, 'API.VALIDATION');
    }
  });

  it('counts feedback given, received and answered by month and team, only what the viewer may read', async () => {
    const hr = await call('GET', '/performance-analytics/feedback?months=2', HR);
    assert.deepEqual([hr.scope.kind, hr.threshold, hr.months], ['tenant', 3, ['2026-10', '2026-11']]);
    assert.deepEqual([hr.overall.people, hr.overall.totals], [5, { given: 5, received: 5, requestsAnswered: 1 }]);
    assert.deepEqual(hr.overall.months, [
      { month: '2026-10', given: 0, received: 0, requestsAnswered: 0 },
      { month: '2026-11', given: 5, received: 5, requestsAnswered: 1 },
    ]);
    assert.deepEqual(team(hr.byTeam, t.team('fab-leadership')), { shown: false, reason: 'too-few-people', threshold: 3 });
    assert.deepEqual(team(hr.byTeam, t.team('fab-ops')).totals, { given: 4, received: 4, requestsAnswered: 1 });

    // Alan may not read Ada's private feedback to Grace (outside his chain): it is not counted, not even as a number.
    const manager = await call('GET', '/performance-analytics/feedback?months=2', MANAGER);
    assert.deepEqual([manager.scope.kind, manager.overall.people, manager.overall.totals], ['reports', 3, { given: 3, received: 3, requestsAnswered: 1 }]);
    assert.deepEqual(team(manager.byTeam, t.team('fab-ops')).totals, { given: 3, received: 3, requestsAnswered: 1 });
  });

  it('writes one audit record per request', async () => {
    const audit = t.directoryContainer().database.container('audit');
    const countOf = async () =>
      (await audit.items.query<{ id: string }>({ query: "SELECT c.id FROM c WHERE c.operation = 'analytics.review-cycle' AND c.actorId = @actor", parameters: [{ name: '@actor', value: id(MANAGER) }] }).fetchAll()).resources.length;
    const before = await countOf();
    await call('GET', `/performance-analytics/review-cycles/${cycleA}`, MANAGER);
    assert.equal(await countOf(), before + 1);
  });

  it('the threshold decides: two people are withheld in a cycle of threshold 3 and shown in one of threshold 2', async () => {
    const cycleB = await createCycle('Ops probation check', 2);
    // Hedy moves to Grace: Alan's scope is now Ada and Katherine.
    const hedy = (await t.tandem.okr.directory.getPerson(FABRIKAM.tenantId, id(HEDY)))!;
    await t.tandem.okr.directory.upsertPeople([{ ...hedy, managerId: id(HR), managerChain: [id(HR)] }]);
    const strict = await call('GET', `/performance-analytics/review-cycles/${cycleA}`, MANAGER);
    assert.deepEqual(strict.completion.overall, { shown: false, reason: 'too-few-people', threshold: 3 });
    assert.deepEqual(strict.ratings.overall, { shown: false, reason: 'too-few-people', threshold: 3 });
    assert.deepEqual(team(strict.completion.byTeam, t.team('fab-ops')), { shown: false, reason: 'too-few-people', threshold: 3 });
    const lenient = await call('GET', `/performance-analytics/review-cycles/${cycleB}`, MANAGER);
    assert.deepEqual([lenient.threshold, lenient.completion.overall.shown, lenient.completion.overall.people], [2, true, 2]);
    assert.deepEqual(counts(lenient.completion.overall, 'self-review'), { 'not-started': 2, draft: 0, submitted: 0 });
    const feedback = await call('GET', '/performance-analytics/feedback', MANAGER);
    assert.deepEqual(feedback.overall, { shown: false, reason: 'too-few-people', threshold: 3 });
  });

  it('an erased person’s tombstone is nobody: it never helps a group reach the threshold', async () => {
    await call('POST', `/people/${id(HEDY)}/erase`, HR, { confirm: 'Hedy Lamarr' });
    const hr = await call('GET', '/performance-analytics/feedback?months=2', HR);
    assert.deepEqual([hr.scope.people, hr.overall.people], [4, 4]);
    // Her review still counts in the cycle's completion: it is kept, without words, for the aggregates.
    const cycle = await call('GET', `/performance-analytics/review-cycles/${cycleA}`, HR);
    assert.equal(cycle.completion.overall.people, 4);
  });
});
