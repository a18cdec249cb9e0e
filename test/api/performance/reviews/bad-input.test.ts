import assert from 'node:assert/strict';
import type { ReviewPacketView } from '../../../../src/app/performance/reviews/review-views.js';
import { FABRIKAM, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';
import { ReviewDriver, cycleBody, expectError, expectStatus } from './review-http-kit.js';

type Case = [method: string, path: string, body: unknown, status: number, code: string, as?: string];

describe('bad input on every review endpoint', () => {
  let t: TestTandem;
  let d: ReviewDriver;
  let cycleId: string;
  let draftId: string;
  let packet: string;
  let nominationId: string;
  let responseId: string;
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
    draftId = await d.createCycle({ name: 'Still a draft', compensation: { enabled: false, visibleToSubjectAfterRelease: false } });
    cycleId = await d.launched({ name: 'Bad input review' });
    packet = `/review-packets/${d.packetId(cycleId, 'arjun')}`;
    const view = expectStatus(await t.request<ReviewPacketView>('POST', `${packet}/nominations`, { as: 'arjun', body: { nomineeId: t.person('lena'), relation: 'peer' } }), 201);
    nominationId = view.nominations!.items[0]!.id;
    await t.request('POST', `${packet}/nominations/${nominationId}/decision`, { as: 'priya', body: { decision: 'approve' } });
    responseId = await d.requestFor('lena', cycleId, 'arjun');
  });
  after(() => t.close());

  async function state() {
    const cycles = (await t.request('GET', '/review-cycles', { as: 'hannah' })).body;
    const asHr = await d.packet(cycleId, 'arjun', 'hannah');
    const peer = (await t.request('GET', `/peer-responses/${responseId}`, { as: 'lena' })).body;
    return { cycles, revision: asHr.revision, peer };
  }

  it('refuses malformed and meaningless bodies with 400 and a stable code, writing nothing', async () => {
    const before = await state();
    const { name: _name, ...withoutName } = cycleBody();
    const cases: Case[] = [
      ['POST', '/review-cycles', { ...cycleBody(), surprise: true }, 400, 'API.VALIDATION'],
      ['POST', '/review-cycles', withoutName, 400, 'API.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), type: 'monthly' }, 400, 'API.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), participants: { kind: 'teams' } }, 400, 'API.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), deadlines: { self: '2026-12-30', peer: '2026-12-01', manager: '2026-12-02', calibration: '2026-12-03' } }, 400, 'PERF.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), participants: { kind: 'teams', teamIds: ['tm-nope'] } }, 400, 'PERF.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), anonymity: { mode: 'anonymous', threshold: 1 } }, 400, 'PERF.VALIDATION'],
      ['POST', '/review-cycles', { ...cycleBody(), template: { competencies: [], questions: [], overallScale: { points: [] } } }, 400, 'PERF.VALIDATION'],
      ['POST', '/review-cycles', [], 400, 'API.VALIDATION'],
      ['PATCH', `/review-cycles/${draftId}`, {}, 400, 'API.VALIDATION'],
      ['PATCH', `/review-cycles/${draftId}`, { name: 'x', extra: 1 }, 400, 'API.VALIDATION'],
      ['PATCH', `/review-cycles/${draftId}`, { name: '' }, 400, 'PERF.VALIDATION'],
      ['POST', `/review-cycles/${draftId}/launch`, { now: true }, 400, 'API.VALIDATION'],
      ['POST', `/review-cycles/${cycleId}/advance`, {}, 400, 'API.VALIDATION'],
      ['POST', `/review-cycles/${cycleId}/advance`, { to: 'later' }, 400, 'API.VALIDATION'],
      ['POST', `/review-cycles/${cycleId}/release-all`, { all: true }, 400, 'API.VALIDATION'],
      ['PATCH', `${packet}/self-review`, { answers: { 'went-well': 5 } }, 400, 'API.VALIDATION', 'arjun'],
      ['PATCH', `${packet}/self-review`, { answers: { ghost: 'x' } }, 400, 'PERF.VALIDATION', 'arjun'],
      ['PATCH', `${packet}/self-review`, { ratings: { delivery: 9 } }, 400, 'PERF.VALIDATION', 'arjun'],
      ['PATCH', `${packet}/self-review`, { ratings: { delivery: 2.5 } }, 400, 'API.VALIDATION', 'arjun'],
      ['PATCH', `${packet}/self-review`, { notes: 'x' }, 400, 'API.VALIDATION', 'arjun'],
      ['POST', `${packet}/self-review/submit`, { answers: {} }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { relation: 'peer' }, 400, 'API.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('kenji'), relation: 'boss' }, 400, 'API.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: 'no-such-person', relation: 'peer' }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('fab-planner', FABRIKAM), relation: 'peer' }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('arjun'), relation: 'peer' }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('priya'), relation: 'peer' }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('kenji'), relation: 'upward' }, 400, 'PERF.VALIDATION', 'arjun'],
      ['POST', `${packet}/nominations`, { nomineeId: t.person('lena'), relation: 'peer' }, 409, 'PERF.DUPLICATE', 'arjun'],
      ['POST', `${packet}/nominations/${nominationId}/decision`, { decision: 'maybe' }, 400, 'API.VALIDATION', 'priya'],
      ['POST', `${packet}/nominations/${nominationId}/decision`, { decision: 'reject' }, 409, 'PERF.ALREADY_DECIDED', 'priya'],
      ['POST', `${packet}/nominations/nm-unknown/decision`, { decision: 'approve' }, 404, 'PERF.NOT_FOUND', 'priya'],
      ['DELETE', `${packet}/nominations/nm-unknown`, undefined, 404, 'PERF.NOT_FOUND', 'arjun'],
      ['DELETE', `${packet}/nominations/${nominationId}`, undefined, 409, 'PERF.ALREADY_DECIDED', 'arjun'],
      ['PATCH', `${packet}/manager-review`, { overallRating: 'high' }, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/manager-review`, { summary: 'too early' }, 409, 'PERF.WRONG_PHASE', 'priya'],
      ['POST', `${packet}/manager-review/submit`, { comments: { delivery: 3 } }, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/private-notes`, {}, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/private-notes`, { text: 5 }, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/compensation`, { meritPercent: 3 }, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/compensation`, { meritPercent: 'lots', promotion: true }, 400, 'API.VALIDATION', 'priya'],
      ['PATCH', `${packet}/compensation`, { meritPercent: 3, promotion: true }, 409, 'PERF.WRONG_PHASE', 'priya'],
      ['PATCH', `${packet}/calibration`, {}, 400, 'API.VALIDATION'],
      ['PATCH', `${packet}/calibration`, { performance: 4 }, 400, 'API.VALIDATION'],
      ['PATCH', `${packet}/calibration`, { adjustedRating: 3, reason: 'x' }, 409, 'PERF.WRONG_PHASE'],
      ['POST', `${packet}/release`, { now: true }, 400, 'API.VALIDATION'],
      ['POST', `${packet}/release`, {}, 409, 'PERF.WRONG_PHASE'],
      ['POST', `${packet}/acknowledge`, { comment: 5 }, 400, 'API.VALIDATION', 'arjun'],
      ['POST', `${packet}/acknowledge`, {}, 409, 'PERF.WRONG_PHASE', 'arjun'],
      ['PATCH', `/peer-responses/${responseId}`, { answers: 'all good' }, 400, 'API.VALIDATION', 'lena'],
      ['PATCH', `/peer-responses/${responseId}`, { answers: { 'went-well': 'x' } }, 409, 'PERF.WRONG_PHASE', 'lena'],
      ['POST', `/peer-responses/${responseId}/submit`, { ratings: { delivery: 0 } }, 409, 'PERF.WRONG_PHASE', 'lena'],
      ['POST', `/review-cycles/${cycleId}/release-all`, {}, 409, 'PERF.WRONG_PHASE'],
      ['POST', `/review-cycles/${cycleId}/advance`, { to: 'manager' }, 409, 'PERF.WRONG_PHASE'],
      ['POST', `/review-cycles/${draftId}/advance`, { to: 'self' }, 409, 'PERF.WRONG_PHASE'],
      ['GET', `/review-cycles/${draftId}/compensation-export`, undefined, 409, 'PERF.COMPENSATION_DISABLED'],
    ];
    for (const [method, path, body, status, code, as = 'hannah'] of cases) {
      expectError(await t.request(method, path, { as, ...(body === undefined ? {} : { body }) }), status, code, `${as} ${method} ${path} ${JSON.stringify(body)}`);
    }
    expectError(await t.request('PATCH', `${packet}/self-review`, { as: 'arjun', rawBody: '{"answers":', headers: { 'content-type': 'application/json' } }), 400, 'API.MALFORMED_JSON');
    expectError(await t.request('PATCH', `${packet}/self-review`, { as: 'arjun', body: {}, headers: { 'if-match': 'yesterday' } }), 400, 'API.BAD_IF_MATCH');
    expectError(await t.request('PATCH', `${packet}/self-review`, { as: 'arjun', body: { answers: {} }, headers: { 'if-match': '"999"' } }), 412, 'PERF.REVISION_MISMATCH');
    assert.deepEqual(await state(), before, 'nothing was written');
  });

  it('answers 404 for ids that do not exist or are not ids at all', async () => {
    const ghosts = ['rcnope', 'rcnope.x', 'a.b.c', 'x%20y', 'r'.repeat(300), `${cycleId}.no-such-person`];
    for (const id of ghosts) {
      for (const [method, path, body] of [
        ['GET', `/review-cycles/${id}`],
        ['PATCH', `/review-cycles/${id}`, { name: 'x' }],
        ['POST', `/review-cycles/${id}/launch`, {}],
        ['POST', `/review-cycles/${id}/advance`, { to: 'peer' }],
        ['GET', `/review-cycles/${id}/packets`],
        ['GET', `/review-cycles/${id}/calibration`],
        ['POST', `/review-cycles/${id}/release-all`, {}],
        ['GET', `/review-cycles/${id}/compensation-export`],
        ['GET', `/review-packets/${id}`],
        ['PATCH', `/review-packets/${id}/self-review`, {}],
        ['POST', `/review-packets/${id}/self-review/submit`, {}],
        ['POST', `/review-packets/${id}/nominations`, { nomineeId: t.person('lena'), relation: 'peer' }],
        ['DELETE', `/review-packets/${id}/nominations/nm1`],
        ['POST', `/review-packets/${id}/nominations/nm1/decision`, { decision: 'approve' }],
        ['PATCH', `/review-packets/${id}/manager-review`, {}],
        ['POST', `/review-packets/${id}/manager-review/submit`, {}],
        ['PATCH', `/review-packets/${id}/private-notes`, { text: 'x' }],
        ['PATCH', `/review-packets/${id}/compensation`, { meritPercent: 1, promotion: false }],
        ['PATCH', `/review-packets/${id}/calibration`, { performance: 1 }],
        ['POST', `/review-packets/${id}/release`, {}],
        ['POST', `/review-packets/${id}/acknowledge`, {}],
        ['GET', `/peer-responses/${id}`],
        ['PATCH', `/peer-responses/${id}`, {}],
        ['POST', `/peer-responses/${id}/submit`, {}],
      ] as [string, string, unknown?][]) {
        expectError(await t.request(method, path, { as: 'hannah', ...(body === undefined ? {} : { body }) }), 404, 'PERF.NOT_FOUND', `${method} ${path}`);
      }
    }
  });
});
