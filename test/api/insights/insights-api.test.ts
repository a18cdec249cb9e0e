import assert from 'node:assert/strict';
import { CONTOSO, FABRIKAM, startTestTandem, type ApiResponse, type TestTandem } from '../../support/tandem-harness.js';

/**
 * OKR insights over HTTP on the seeded demo world: who may see what (OKR admins everything, managers
 * their manager-chain reports, members nothing team-wide), tenant isolation, bad input (always a
 * 4xx with a code), freshness of the aggregate, and the round trips a warm request costs.
 */
const VIEWS = ['participation', 'progress', 'at-risk', 'grades', 'dependencies'] as const;
const HOUR = 3600_000;

interface PersonJson {
  id: string;
  displayName: string;
  managerId: string | null;
  managerChain: string[];
  teamIds: string[];
}

/** The Cosmos calls of a response, from Server-Timing: `cosmos;dur=..;desc="3 point-read point-read point-read"`. */
function cosmosCalls(res: ApiResponse): string[] {
  const header = res.headers.get('server-timing') ?? '';
  const desc = /cosmos;dur=[\d.]+;desc="(\d+)([^"]*)"/.exec(header);
  assert.ok(desc, `unexpected Server-Timing: ${header}`);
  return desc[2]!.trim().split(/\s+/).filter(Boolean);
}

describe('API: OKR insights', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let active: string;
  let closed: string;
  let fabrikamActive: string;
  let people: PersonJson[];
  const id = (key: string) => t.person(key);
  const get = (view: string, as: string, query = '', cycle = active) => t.request('GET', `/cycles/${cycle}/insights/${view}${query ? `?${query}` : ''}`, { as });
  const expectError = (res: ApiResponse, status: number, code: string): void => {
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.error.code, code, JSON.stringify(res.body));
  };
  /** Everyone with `managerKey` in their manager chain. */
  const chainOf = (managerKey: string) => new Set(people.filter((p) => p.managerChain.includes(id(managerKey))).map((p) => p.id));

  before(async () => {
    t = await startTestTandem();
    active = await t.cycleId('active');
    closed = await t.cycleId('closed');
    fabrikamActive = await t.cycleId('active', 'fab-ceo', FABRIKAM);
    people = (await t.request('GET', '/people?limit=500', { as: 'olivia' })).body.items;
  });
  after(() => t.close());

  it('an OKR admin sees the whole tenant: every key result owner of the active cycle, week by week', async () => {
    const objectives = (await t.request('GET', `/cycles/${active}/objectives?state=active&limit=500`, { as: 'olivia' })).body.items as any[];
    const owners = new Set(objectives.flatMap((o) => o.keyResults.map((kr: any) => kr.ownerId)));
    const res = await get('participation', 'olivia');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const body = res.body;
    assert.equal(body.scope.kind, 'all');
    assert.equal(body.scope.canSeeAll, true);
    assert.equal(body.scope.people, people.length);
    assert.equal(body.cycle.id, active);
    // The test clock stands on 2026-11-22, in the eighth week of the quarter that began 2026-10-01.
    assert.equal(body.weeks.length, 8);
    assert.equal(body.weeks[0].start, '2026-10-01T00:00:00.000Z');
    for (const week of body.weeks) assert.equal(week.owners, owners.size);
    // The seed checks in weekly from the second week on, for every active key result.
    assert.deepEqual(body.weeks.map((w: any) => w.checkedIn), [0, ...Array(7).fill(owners.size)]);
    assert.equal(body.missing.week, 7);
    assert.equal(body.missing.total, 0);
    assert.ok(body.teams.length >= 6, 'a row per team of the owners');
  });

  it('a manager sees only their manager-chain reports, in every view', async () => {
    for (const manager of ['priya', 'david'] as const) {
      const scope = chainOf(manager);
      const participation = (await get('participation', manager, 'week=0')).body;
      assert.equal(participation.scope.kind, 'reports');
      assert.equal(participation.scope.canSeeAll, false);
      assert.equal(participation.scope.people, scope.size);
      assert.ok(participation.missing.people.length > 0, 'nobody checks in in the first week');
      for (const p of participation.missing.people) assert.ok(scope.has(p.id), `${manager} sees ${p.name}, who is not a report`);
      const allowedTeams = new Set([...scope].flatMap((pid) => people.find((p) => p.id === pid)!.teamIds));
      for (const row of participation.teams) assert.ok(allowedTeams.has(row.team.id), `${manager} sees team ${row.team.name}`);

      const atRisk = (await get('at-risk', manager)).body;
      for (const kr of atRisk.keyResults.items) assert.ok(scope.has(kr.owner.id), `${manager} sees ${kr.owner.name}'s key result`);
      for (const o of atRisk.objectives.items) {
        if (o.owner.kind === 'person') assert.ok(scope.has(o.owner.id), `${manager} sees ${o.owner.name}'s objective`);
      }
      const progress = (await get('progress', manager)).body;
      assert.ok(progress.progress.count > 0);
      assert.ok(progress.progress.count < (await get('progress', 'olivia')).body.progress.count);
    }
    // priya's four engineers; david has priya's team, tom's team, priya, tom and ravi.
    assert.equal(chainOf('priya').size, 4);
    assert.ok(chainOf('david').size > chainOf('priya').size);
    // arjun's failover work is at risk and priya, his manager, sees it.
    const priyaRisk = (await get('at-risk', 'priya')).body;
    assert.ok(priyaRisk.keyResults.items.some((kr: any) => kr.owner.id === id('arjun')), JSON.stringify(priyaRisk.keyResults.items));
    // Tom's scope (mobile) does not include arjun.
    const tomRisk = (await get('at-risk', 'tom')).body;
    assert.ok(!tomRisk.keyResults.items.some((kr: any) => kr.owner.id === id('arjun')));
  });

  it('a member without reports gets 403 for every team-wide view; a manager may not ask for everyone', async () => {
    for (const view of VIEWS) {
      expectError(await get(view, 'arjun'), 403, 'INSIGHTS.FORBIDDEN');
      expectError(await get(view, 'hannah'), 403, 'INSIGHTS.FORBIDDEN');
      expectError(await get(view, 'priya', 'scope=all'), 403, 'INSIGHTS.FORBIDDEN');
    }
    // An OKR admin may narrow to her own reports (olivia has one: zoe).
    const narrowed = (await get('participation', 'olivia', 'scope=reports')).body;
    assert.equal(narrowed.scope.kind, 'reports');
    assert.equal(narrowed.scope.people, 1);
  });

  it('teams: a team in scope narrows the view; another manager\'s team is 403; an unknown team 404', async () => {
    const platform = (await get('participation', 'priya', `team=${t.team('platform')}`)).body;
    assert.equal(platform.scope.team.id, t.team('platform'));
    assert.deepEqual(platform.teams.map((r: any) => r.team.id), [t.team('platform')]);
    expectError(await get('participation', 'priya', `team=${t.team('sales')}`), 403, 'INSIGHTS.OUT_OF_SCOPE');
    expectError(await get('progress', 'priya', 'team=tm-nope'), 404, 'INSIGHTS.UNKNOWN_TEAM');
    const sales = (await get('progress', 'olivia', `team=${t.team('sales-emea')}`)).body;
    assert.equal(sales.scope.team.name, 'Sales EMEA');
    assert.equal(sales.scope.people, people.filter((p) => p.teamIds.includes(t.team('sales-emea'))).length);
  });

  it('other tenants: each sees only its own; naming the other tenant\'s cycle is a 404', async () => {
    for (const view of VIEWS) {
      expectError(await get(view, 'fab-ceo', '', active), 404, 'OKR.NOT_FOUND');
      expectError(await get(view, 'olivia', '', fabrikamActive), 404, 'OKR.NOT_FOUND');
    }
    const fab = await get('participation', 'fab-ceo', '', fabrikamActive);
    assert.equal(fab.status, 200, JSON.stringify(fab.body));
    assert.equal(fab.body.scope.people, FABRIKAM.people.length);
    const text = JSON.stringify([fab.body, (await get('at-risk', 'fab-ceo', '', fabrikamActive)).body, (await get('dependencies', 'fab-ceo', '', fabrikamActive)).body]);
    for (const p of CONTOSO.people) assert.ok(!text.includes(t.person(p.key)), `Fabrikam's insights name ${p.name}`);
    // A team of the other tenant is unknown here.
    expectError(await get('participation', 'fab-ceo', `team=${t.team('platform')}`, fabrikamActive), 404, 'INSIGHTS.UNKNOWN_TEAM');
  });

  it('bad query input is a 400 with a code, never a 500', async () => {
    const cases: [string, string, string, string][] = [
      ['participation', 'scope=everyone', 'API.VALIDATION', 'scope'],
      ['participation', 'week=-1', 'API.VALIDATION', 'week'],
      ['participation', 'week=abc', 'API.VALIDATION', 'week'],
      ['participation', 'week=1.5', 'API.VALIDATION', 'week'],
      ['at-risk', 'limit=0', 'API.VALIDATION', 'limit'],
      ['at-risk', 'limit=1000', 'API.VALIDATION', 'limit'],
      ['dependencies', 'limit=ten', 'API.VALIDATION', 'limit'],
      ['progress', 'team=tm%20platform', 'API.VALIDATION', 'team'],
      ['progress', `team=${'x'.repeat(300)}`, 'API.VALIDATION', 'team'],
      ['progress', 'scope=all&scope=reports', 'API.VALIDATION', 'scope'],
      ['grades', 'teams=tm-platform', 'API.VALIDATION', '(query)'],
      ['participation', 'week=40', 'INSIGHTS.UNKNOWN_WEEK', ''],
    ];
    for (const [view, query, code, field] of cases) {
      const res = await get(view, 'olivia', query);
      assert.equal(res.status, 400, `${view}?${query}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, code, `${view}?${query}`);
      if (field) assert.ok(field in res.body.error.details.fields, `${view}?${query}: ${JSON.stringify(res.body.error.details)}`);
    }
    expectError(await t.request('GET', '/cycles/cynosuchcycle/insights/progress', { as: 'olivia' }), 404, 'OKR.NOT_FOUND');
    expectError(await t.request('GET', '/cycles/not-a-cycle/insights/progress', { as: 'olivia' }), 404, 'OKR.NOT_FOUND');
    expectError(await t.request('GET', `/cycles/${active}/insights/nothing`, { as: 'olivia' }), 404, 'API.ROUTE_NOT_FOUND');
    expectError(await t.request('POST', `/cycles/${active}/insights/progress`, { as: 'olivia', body: {} }), 404, 'API.ROUTE_NOT_FOUND');
  });

  it('grades: the closed quarter\'s distribution against 0.7 matches its graded objectives', async () => {
    const objectives = (await t.request('GET', `/cycles/${closed}/objectives?state=closed&limit=500`, { as: 'olivia' })).body.items as any[];
    const res = await get('grades', 'olivia', '', closed);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { distribution, calibration } = res.body;
    assert.equal(distribution.count, objectives.length);
    assert.equal(distribution.target, 0.7);
    const bands = { low: 0, mid: 0, success: 0 } as Record<string, number>;
    for (const o of objectives) bands[o.gradeBand] = (bands[o.gradeBand] ?? 0) + 1;
    assert.deepEqual(distribution.bands, bands);
    assert.equal(calibration.available, true);
    assert.ok(Array.isArray(calibration.prompts));
    // The running quarter offers no calibration yet.
    assert.equal((await get('grades', 'olivia')).body.calibration.available, false);
  });

  it('a cycle in planning has no weeks yet: empty views, not errors', async () => {
    const planning = await t.cycleId('planning');
    const participation = await get('participation', 'olivia', '', planning);
    assert.equal(participation.status, 200, JSON.stringify(participation.body));
    assert.deepEqual(participation.body.weeks, []);
    assert.equal(participation.body.missing.week, null);
    expectError(await get('participation', 'olivia', 'week=0', planning), 400, 'INSIGHTS.UNKNOWN_WEEK');
    const progress = (await get('progress', 'olivia', '', planning)).body;
    assert.equal(progress.progress.count, 0);
    assert.deepEqual(progress.timeline, []);
  });

  it('dependency health: aligned objectives whose parents are at risk', async () => {
    const res = (await get('dependencies', 'olivia')).body;
    const atRisk = new Set(((await get('at-risk', 'olivia', 'limit=200')).body.objectives.items as any[]).map((o) => o.id));
    assert.ok(res.total > 0);
    for (const item of res.items) {
      assert.ok(item.atRiskParents.length > 0);
      for (const parent of item.atRiskParents) assert.ok(atRisk.has(parent.id), `${parent.title} is not at risk`);
    }
  });

  it('a warm request costs three point reads (identity, cycle, aggregate head) and no query', async () => {
    await get('progress', 'priya');
    const res = await get('progress', 'priya');
    const calls = cosmosCalls(res);
    assert.deepEqual(calls, ['point-read', 'point-read', 'point-read'], res.headers.get('server-timing') ?? '');
  });

  it('freshness: a new check-in shows once the aggregate is rebuilt (here: after the hour it may be served)', async () => {
    const mine = (await t.request('GET', `/cycles/${active}/objectives?participant=${id('kenji')}&state=active`, { as: 'kenji' })).body.items as any[];
    const kr = mine.flatMap((o) => o.keyResults).find((k: any) => k.ownerId === id('kenji') && k.confidence >= 7);
    assert.ok(kr, 'kenji has a confident key result');
    const before = (await get('at-risk', 'priya')).body;
    assert.ok(!before.keyResults.items.some((k: any) => k.id === kr.id));
    const checkIn = await t.request('POST', `/key-results/${kr.id}/check-ins`, { as: 'kenji', body: { value: kr.current ?? 0, confidence: 1, note: 'Blocked' } });
    assert.equal(checkIn.status, 201, JSON.stringify(checkIn.body));
    const stale = (await get('at-risk', 'priya')).body;
    assert.equal(stale.builtAt, before.builtAt);
    assert.ok(!stale.keyResults.items.some((k: any) => k.id === kr.id));
    t.clock.advance(HOUR + 60_000);
    const fresh = (await get('at-risk', 'priya')).body;
    assert.notEqual(fresh.builtAt, before.builtAt);
    assert.equal(Date.parse(fresh.refreshAfter) - Date.parse(fresh.builtAt), 5 * 60_000);
    const flagged = fresh.keyResults.items.find((k: any) => k.id === kr.id);
    assert.ok(flagged, JSON.stringify(fresh.keyResults.items));
    assert.deepEqual(flagged.reasons.includes('low-confidence'), true);
  });
});
