import assert from 'node:assert/strict';
import { CONTOSO, FABRIKAM, startTestTandem, type ApiResponse, type TestTandem } from '../../support/tandem-harness.js';

/**
 * Tenant isolation over HTTP: a user of one tenant names the other tenant's cycles, objectives,
 * key results, people and teams by exact id (every route) and by query. Every attempt ends in a
 * 404 with an error code (or an empty list when a query simply matches nothing in the caller's
 * tenant), and both tenants' data is exactly as it was afterwards.
 */
describe('API tenant isolation', () => {
  let t: TestTandem;
  const C = {} as {
    active: string;
    planning: string;
    closed: string;
    activeObjective: string;
    activeKr: string;
    draftObjective: string;
    proposedObjective: string;
    closedObjective: string;
    teamObjective: string;
  };
  const F = {} as { active: string; objective: string; kr: string; childObjective: string };
  let baseline: { contoso: unknown; fabrikam: unknown };

  const objectivesOf = async (cycleId: string, as: string) => {
    const res = await t.request('GET', `/cycles/${cycleId}/objectives?limit=500`, { as });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as any[];
  };
  const byTitle = (items: any[], title: string) => {
    const found = items.find((o) => o.title === title);
    assert.ok(found, `no objective "${title}"`);
    return found;
  };

  /** Everything a write could touch in one tenant, read by one of its own users. */
  async function snapshotOf(as: string, checkInKeyResults: string[]): Promise<unknown> {
    const cycles = (await t.request('GET', '/cycles', { as })).body.items as any[];
    const [objectives, people, teams, checkIns] = await Promise.all([
      Promise.all(cycles.map((c) => objectivesOf(c.id, as))),
      t.request('GET', '/people?limit=500', { as }),
      t.request('GET', '/teams', { as }),
      Promise.all(checkInKeyResults.map((kr) => t.request('GET', `/key-results/${kr}/check-ins?limit=500`, { as }))),
    ]);
    return {
      cycles,
      objectives: objectives.map((list) => [...list].sort((a, b) => a.id.localeCompare(b.id))),
      people: people.body,
      teams: teams.body,
      checkIns: checkIns.map((r) => r.body),
    };
  }
  const snapshot = async () => ({
    contoso: await snapshotOf('olivia', [C.activeKr]),
    fabrikam: await snapshotOf('fab-ceo', [F.kr]),
  });

  /** Asserts neither tenant changed since the last check (and moves the baseline on, so one leak fails one test). */
  async function assertNothingChanged(): Promise<void> {
    const now = await snapshot();
    const before = baseline;
    baseline = now;
    assert.deepEqual(now.contoso, before.contoso, 'Contoso data changed');
    assert.deepEqual(now.fabrikam, before.fabrikam, 'Fabrikam data changed');
  }

  const assertError = (res: ApiResponse, status: number, code?: string) => {
    assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    assert.equal(typeof res.body?.error?.code, 'string', JSON.stringify(res.body));
    assert.ok(res.body.error.code.length > 0);
    if (code) assert.equal(res.body.error.code, code);
  };

  before(async () => {
    t = await startTestTandem();
    [C.active, C.planning, C.closed] = await Promise.all([t.cycleId('active', 'olivia'), t.cycleId('planning', 'olivia'), t.cycleId('closed', 'olivia')]);
    F.active = await t.cycleId('active', 'fab-ceo', FABRIKAM);
    const [current, previous, fabrikam] = await Promise.all([objectivesOf(C.active, 'olivia'), objectivesOf(C.closed, 'olivia'), objectivesOf(F.active, 'fab-ceo')]);
    const failover = byTitle(current, 'Database failover becomes boring');
    C.activeObjective = failover.id;
    C.activeKr = failover.keyResults[0].id;
    C.draftObjective = byTitle(current, 'Preview environments people actually use').id;
    C.proposedObjective = byTitle(current, 'Pipelines that never make you wait').id;
    C.teamObjective = byTitle(current, 'Run a platform nobody has to think about').id;
    C.closedObjective = byTitle(previous, 'Open the DACH market').id;
    const fabCompany = byTitle(fabrikam, 'Deliver every order on time');
    F.objective = fabCompany.id;
    F.kr = fabCompany.keyResults[0].id;
    F.childObjective = byTitle(fabrikam, 'Plan capacity a month ahead').id;
    baseline = await snapshot();
  });
  after(() => t?.close());

  describe('a Fabrikam OKR admin naming Contoso data by exact id gets 404 and changes nothing', () => {
    const fabCeo = () => t.person('fab-ceo', FABRIKAM);
    const cases: [name: string, method: string, path: () => string, body?: () => unknown, headers?: Record<string, string>, code?: string][] = [
      ['read the active cycle', 'GET', () => `/cycles/${C.active}`],
      ['read the planning cycle', 'GET', () => `/cycles/${C.planning}`],
      ['read the closed cycle', 'GET', () => `/cycles/${C.closed}`],
      ['transition the active cycle', 'POST', () => `/cycles/${C.active}/transition`, () => ({ to: 'grading' })],
      ['transition the planning cycle with its current If-Match', 'POST', () => `/cycles/${C.planning}/transition`, () => ({ to: 'active' }), { 'if-match': '"1"' }],
      ['transition the active cycle with a stale If-Match (404, not 412)', 'POST', () => `/cycles/${C.active}/transition`, () => ({ to: 'grading' }), { 'if-match': '"999"' }],
      ['read the alignment tree', 'GET', () => `/cycles/${C.active}/tree`],
      ['read the alignment tree with filters', 'GET', () => `/cycles/${C.active}/tree?levels=company,team&states=active,draft`],
      ['list the objectives of the active cycle', 'GET', () => `/cycles/${C.active}/objectives`],
      ['list the closed cycle objectives', 'GET', () => `/cycles/${C.closed}/objectives?limit=5`],
      [
        'create an objective in the active cycle',
        'POST',
        () => `/cycles/${C.active}/objectives`,
        () => ({ level: 'company', owner: { kind: 'person', id: fabCeo() }, title: 'Hijack', keyResults: [{ title: 'Done', ownerId: fabCeo(), spec: { type: 'binary' } }] }),
      ],
      ['create an objective in the planning cycle', 'POST', () => `/cycles/${C.planning}/objectives`, () => ({ level: 'individual', owner: { kind: 'person', id: fabCeo() }, title: 'Hijack' })],
      ['read an objective', 'GET', () => `/objectives/${C.activeObjective}`],
      ['read a closed objective', 'GET', () => `/objectives/${C.closedObjective}`],
      ['update an objective', 'PATCH', () => `/objectives/${C.activeObjective}`, () => ({ title: 'Hijacked' })],
      ['update an objective with its current If-Match (404, not 412)', 'PATCH', () => `/objectives/${C.activeObjective}`, () => ({ description: 'x' }), { 'if-match': '"3"' }],
      ['update an objective with a stale If-Match (404, not 412)', 'PATCH', () => `/objectives/${C.activeObjective}`, () => ({ description: 'x' }), { 'if-match': '"999"' }],
      ['delete a draft objective', 'DELETE', () => `/objectives/${C.draftObjective}`],
      ['delete a draft objective with If-Match', 'DELETE', () => `/objectives/${C.draftObjective}`, undefined, { 'if-match': '"1"' }],
      ['delete an active objective', 'DELETE', () => `/objectives/${C.activeObjective}`],
      ['propose a draft', 'POST', () => `/objectives/${C.draftObjective}/propose`],
      ['approve a proposal', 'POST', () => `/objectives/${C.proposedObjective}/approve`],
      ['approve a proposal with its current If-Match', 'POST', () => `/objectives/${C.proposedObjective}/approve`, undefined, { 'if-match': '"2"' }],
      ['send a proposal back', 'POST', () => `/objectives/${C.proposedObjective}/send-back`, () => ({ comment: 'Not yours' })],
      ['close an active objective', 'POST', () => `/objectives/${C.activeObjective}/close`, () => ({ reflection: 'Closed from another tenant' })],
      [
        'close an active objective with grades',
        'POST',
        () => `/objectives/${C.activeObjective}/close`,
        () => ({ reflection: 'x', grades: [{ keyResultId: C.activeKr, grade: 1, reason: 'because' }] }),
      ],
      ['carry a closed objective over into its own cycle', 'POST', () => `/objectives/${C.closedObjective}/carry-over`, () => ({ targetCycleId: F.active })],
      ['carry a closed objective over into the Contoso planning cycle', 'POST', () => `/objectives/${C.closedObjective}/carry-over`, () => ({ targetCycleId: C.planning })],
      ['carry an active objective over into its own cycle', 'POST', () => `/objectives/${C.activeObjective}/carry-over`, () => ({ targetCycleId: F.active })],
      ['create a key result', 'POST', () => `/objectives/${C.activeObjective}/key-results`, () => ({ title: 'Planted', ownerId: fabCeo(), spec: { type: 'binary' } })],
      ['create a key result on a draft', 'POST', () => `/objectives/${C.draftObjective}/key-results`, () => ({ title: 'Planted', ownerId: fabCeo(), spec: { type: 'binary' } })],
      ['update a key result', 'PATCH', () => `/key-results/${C.activeKr}`, () => ({ title: 'Hijacked' })],
      ['update a key result with its current If-Match', 'PATCH', () => `/key-results/${C.activeKr}`, () => ({ weight: 5 }), { 'if-match': '"1"' }],
      ['delete a key result', 'DELETE', () => `/key-results/${C.activeKr}`],
      ['check in', 'POST', () => `/key-results/${C.activeKr}/check-ins`, () => ({ value: 1, confidence: 5 })],
      ['check in with an idempotency key', 'POST', () => `/key-results/${C.activeKr}/check-ins`, () => ({ value: 2, confidence: 9, idempotencyKey: 'replay-1' })],
      ['list check-ins', 'GET', () => `/key-results/${C.activeKr}/check-ins`],
      ['list check-ins with paging', 'GET', () => `/key-results/${C.activeKr}/check-ins?limit=1`],
      ['read a person', 'GET', () => `/people/${t.person('priya')}`, undefined, undefined, 'PEOPLE.NOT_FOUND'],
      ['read the CEO', 'GET', () => `/people/${t.person('maria')}`, undefined, undefined, 'PEOPLE.NOT_FOUND'],
      ['read a team', 'GET', () => `/teams/${t.team('platform')}`, undefined, undefined, 'PEOPLE.NOT_FOUND'],
      ['read the leadership team', 'GET', () => `/teams/${t.team('leadership')}`, undefined, undefined, 'PEOPLE.NOT_FOUND'],
    ];
    for (const [name, method, path, body, headers, code] of cases) {
      it(`${method} ${name}`, async () => {
        const res = await t.request(method, path(), { as: 'fab-ceo', ...(body ? { body: body() } : {}), ...(headers ? { headers } : {}) });
        assertError(res, 404, code ?? 'OKR.NOT_FOUND');
        assert.ok(!JSON.stringify(res.body).includes(CONTOSO.tenantId), 'the error leaks the other tenant');
        await assertNothingChanged();
      });
    }
  });

  describe('a Fabrikam user querying with Contoso ids', () => {
    const contosoCycleQueries = [
      'team=tm-platform',
      'level=individual&state=active',
      'owner=__arjun__&state=active,proposed,draft,closed',
      'participant=__arjun__',
      'confidence=on-track,at-risk,off-track',
      'level=company,team,individual&limit=500',
    ];
    for (const query of contosoCycleQueries) {
      it(`lists objectives of a Contoso cycle with ${query.replace(/__arjun__/g, '<arjun>')}: 404`, async () => {
        const res = await t.request('GET', `/cycles/${C.active}/objectives?${query.replace(/__arjun__/g, t.person('arjun'))}`, { as: 'fab-ceo' });
        assertError(res, 404, 'OKR.NOT_FOUND');
        await assertNothingChanged();
      });
    }

    const emptyQueries: [name: string, path: () => string][] = [
      ['its own cycle filtered by a Contoso team', () => `/cycles/${F.active}/objectives?team=tm-platform`],
      ['its own cycle filtered by a Contoso owner', () => `/cycles/${F.active}/objectives?owner=${t.person('arjun')}`],
      ['its own cycle filtered by a Contoso participant', () => `/cycles/${F.active}/objectives?participant=${t.person('maria')}`],
      ['people in a Contoso team', () => '/people?team=tm-platform'],
      ['people managed by a Contoso manager', () => `/people?manager=${t.person('priya')}`],
      ['people in a Contoso team managed by a Contoso manager', () => `/people?team=tm-platform&manager=${t.person('priya')}`],
    ];
    for (const [name, path] of emptyQueries) {
      it(`lists ${name}: an empty list`, async () => {
        const res = await t.request('GET', path(), { as: 'fab-ceo' });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.deepEqual(res.body.items, []);
        assert.equal(res.body.continuationToken, undefined);
        await assertNothingChanged();
      });
    }

    it('lists only its own cycles, teams, people and reports', async () => {
      const [cycles, teams, people, reports, tree] = await Promise.all([
        t.request('GET', '/cycles', { as: 'fab-ceo' }),
        t.request('GET', '/teams', { as: 'fab-ceo' }),
        t.request('GET', '/people?limit=500', { as: 'fab-ceo' }),
        t.request('GET', '/me/reports', { as: 'fab-ceo' }),
        t.request('GET', `/cycles/${F.active}/tree?states=draft,proposed,active,closed`, { as: 'fab-ceo' }),
      ]);
      assert.deepEqual(cycles.body.items.map((c: any) => c.id), [F.active]);
      assert.ok(!cycles.body.items.some((c: any) => [C.active, C.planning, C.closed].includes(c.id)));
      assert.deepEqual(teams.body.items.map((tm: any) => tm.id).sort(), FABRIKAM.teams.map((tm) => t.team(tm.key)).sort());
      assert.equal(people.body.items.length, FABRIKAM.people.length);
      for (const list of [teams.body.items, people.body.items, reports.body.items]) {
        assert.ok(list.every((x: any) => x.tenantId === FABRIKAM.tenantId));
      }
      assert.deepEqual(reports.body.items.map((p: any) => p.id), [t.person('fab-ops-lead', FABRIKAM)]);
      assert.equal(tree.status, 200);
      assert.ok(!JSON.stringify(tree.body).includes(C.active), 'the Fabrikam tree mentions a Contoso objective');
    });
  });

  describe('Contoso ids inside writes to Fabrikam data are refused and change nothing', () => {
    const own = () => t.person('fab-ceo', FABRIKAM);
    const kr = () => ({ title: 'Done', ownerId: own(), spec: { type: 'binary' } });
    const cases: [name: string, method: string, path: () => string, body: () => unknown, status: number, code: string][] = [
      [
        'an objective aligned to a Contoso objective',
        'POST',
        () => `/cycles/${F.active}/objectives`,
        () => ({ level: 'company', owner: { kind: 'person', id: own() }, title: 'Aligned across tenants', alignments: [{ objectiveId: C.activeObjective }], keyResults: [kr()] }),
        422,
        'OKR.ALIGNMENT_INVALID',
      ],
      [
        'an objective owned by a Contoso person',
        'POST',
        () => `/cycles/${F.active}/objectives`,
        () => ({ level: 'individual', owner: { kind: 'person', id: t.person('priya') }, title: 'Someone else', keyResults: [kr()] }),
        400,
        'OKR.VALIDATION',
      ],
      [
        'an objective owned by a Contoso team',
        'POST',
        () => `/cycles/${F.active}/objectives`,
        () => ({ level: 'team', owner: { kind: 'team', id: t.team('platform') }, title: 'Someone else', keyResults: [kr()] }),
        400,
        'OKR.VALIDATION',
      ],
      [
        'an objective with a Contoso contributor',
        'POST',
        () => `/cycles/${F.active}/objectives`,
        () => ({ level: 'company', owner: { kind: 'person', id: own() }, title: 'Borrowed help', contributorIds: [t.person('arjun')], keyResults: [kr()] }),
        400,
        'OKR.VALIDATION',
      ],
      [
        'an objective with a key result owned by a Contoso person',
        'POST',
        () => `/cycles/${F.active}/objectives`,
        () => ({ level: 'company', owner: { kind: 'person', id: own() }, title: 'Borrowed owner', keyResults: [{ ...kr(), ownerId: t.person('arjun') }] }),
        400,
        'OKR.VALIDATION',
      ],
      ['a Contoso contributor on an existing objective', 'PATCH', () => `/objectives/${F.objective}`, () => ({ contributorIds: [t.person('arjun')] }), 400, 'OKR.VALIDATION'],
      ['an alignment to a Contoso objective', 'PATCH', () => `/objectives/${F.childObjective}`, () => ({ alignments: [{ objectiveId: C.teamObjective, keyResultId: null }] }), 422, 'OKR.ALIGNMENT_INVALID'],
      ['a key result owned by a Contoso person', 'POST', () => `/objectives/${F.objective}/key-results`, () => ({ ...kr(), ownerId: t.person('priya') }), 400, 'OKR.VALIDATION'],
      ['a key result handed to a Contoso person', 'PATCH', () => `/key-results/${F.kr}`, () => ({ ownerId: t.person('priya') }), 400, 'OKR.VALIDATION'],
      ['a carry-over into a Contoso cycle', 'POST', () => `/objectives/${F.objective}/carry-over`, () => ({ targetCycleId: C.planning }), 404, 'OKR.NOT_FOUND'],
      ['a Contoso key result as a grade', 'POST', () => `/objectives/${F.objective}/close`, () => ({ reflection: 'x', grades: [{ keyResultId: C.activeKr, grade: 0.5, reason: 'r' }] }), 422, 'OKR.UNKNOWN_KEY_RESULT'],
    ];
    for (const [name, method, path, body, status, code] of cases) {
      it(`${method} with ${name}: ${status} ${code}`, async () => {
        const res = await t.request(method, path(), { as: 'fab-ceo', body: body() });
        assertError(res, status, code);
        await assertNothingChanged();
      });
    }
  });

  describe('the reverse direction: a Contoso OKR admin naming Fabrikam data', () => {
    const cases: [name: string, as: string, method: string, path: () => string, body?: () => unknown, code?: string][] = [
      ['read the Fabrikam cycle', 'olivia', 'GET', () => `/cycles/${F.active}`],
      ['transition the Fabrikam cycle', 'olivia', 'POST', () => `/cycles/${F.active}/transition`, () => ({ to: 'grading' })],
      ['list the Fabrikam objectives', 'olivia', 'GET', () => `/cycles/${F.active}/objectives?level=company`],
      ['read the Fabrikam tree', 'olivia', 'GET', () => `/cycles/${F.active}/tree`],
      ['read a Fabrikam objective', 'olivia', 'GET', () => `/objectives/${F.objective}`],
      ['update a Fabrikam objective', 'olivia', 'PATCH', () => `/objectives/${F.objective}`, () => ({ title: 'Taken over' })],
      ['close a Fabrikam objective', 'olivia', 'POST', () => `/objectives/${F.objective}/close`, () => ({ reflection: 'Done' })],
      ['carry a Fabrikam objective into Contoso', 'olivia', 'POST', () => `/objectives/${F.objective}/carry-over`, () => ({ targetCycleId: C.planning })],
      ['delete a Fabrikam key result', 'olivia', 'DELETE', () => `/key-results/${F.kr}`],
      ['check in on a Fabrikam key result', 'priya', 'POST', () => `/key-results/${F.kr}/check-ins`, () => ({ value: 95, confidence: 8 })],
      ['list Fabrikam check-ins', 'priya', 'GET', () => `/key-results/${F.kr}/check-ins`],
      ['read a Fabrikam person', 'hannah', 'GET', () => `/people/${t.person('fab-ceo', FABRIKAM)}`, undefined, 'PEOPLE.NOT_FOUND'],
      ['read a Fabrikam team', 'olivia', 'GET', () => `/teams/${t.team('fab-ops')}`, undefined, 'PEOPLE.NOT_FOUND'],
    ];
    for (const [name, as, method, path, body, code] of cases) {
      it(`${as}: ${method} ${name} -> 404`, async () => {
        const res = await t.request(method, path(), { as, ...(body ? { body: body() } : {}) });
        assertError(res, 404, code ?? 'OKR.NOT_FOUND');
        assert.ok(!JSON.stringify(res.body).includes(FABRIKAM.tenantId));
        await assertNothingChanged();
      });
    }

    it('people queries with Fabrikam ids come back empty', async () => {
      for (const path of [`/people?manager=${t.person('fab-ops-lead', FABRIKAM)}`, `/people?team=${t.team('fab-ops')}`, `/cycles/${C.active}/objectives?owner=${t.person('fab-ceo', FABRIKAM)}`]) {
        const res = await t.request('GET', path, { as: 'olivia' });
        assert.equal(res.status, 200, path);
        assert.deepEqual(res.body.items, [], path);
      }
    });
  });

  describe('identity: the X-Tandem-User header', () => {
    it('a Contoso person id acts in Contoso and sees only Contoso data', async () => {
      const priyaId = t.person('priya');
      const me = await t.request('GET', '/me', { headers: { 'x-tandem-user': priyaId } });
      assert.equal(me.status, 200);
      assert.equal(me.body.id, priyaId);
      assert.equal(me.body.tenantId, CONTOSO.tenantId);
      const own = await t.request('GET', `/objectives/${C.activeObjective}`, { headers: { 'x-tandem-user': priyaId } });
      assert.equal(own.status, 200);
      assert.equal(own.body.objective.tenantId, CONTOSO.tenantId);
      assertError(await t.request('GET', `/objectives/${F.objective}`, { headers: { 'x-tandem-user': priyaId } }), 404, 'OKR.NOT_FOUND');
      assertError(await t.request('GET', `/cycles/${F.active}`, { headers: { 'x-tandem-user': priyaId } }), 404, 'OKR.NOT_FOUND');
      const reports = await t.request('GET', '/me/reports', { headers: { 'x-tandem-user': priyaId } });
      assert.deepEqual(reports.body.items.map((p: any) => p.id).sort(), ['arjun', 'lena', 'kenji', 'fatima'].map((k) => t.person(k)).sort());
    });

    it('a Fabrikam person id acts in Fabrikam: /me shows its own tenant', async () => {
      const id = t.person('fab-planner', FABRIKAM);
      const me = await t.request('GET', '/me', { headers: { 'x-tandem-user': id } });
      assert.equal(me.status, 200);
      assert.equal(me.body.tenantId, FABRIKAM.tenantId);
      assert.equal(me.body.displayName, 'Ada Lovelace');
      assert.equal((await t.request('GET', `/objectives/${F.objective}`, { headers: { 'x-tandem-user': id } })).status, 200);
      assertError(await t.request('GET', `/objectives/${C.activeObjective}`, { headers: { 'x-tandem-user': id } }), 404, 'OKR.NOT_FOUND');
    });

    it('/me of each tenant admin shows its own tenant and roles', async () => {
      const [fab, con] = await Promise.all([t.request('GET', '/me', { as: 'fab-ceo' }), t.request('GET', '/me', { as: 'olivia' })]);
      assert.equal(fab.body.tenantId, FABRIKAM.tenantId);
      assert.equal(fab.body.id, t.person('fab-ceo', FABRIKAM));
      assert.equal(con.body.tenantId, CONTOSO.tenantId);
      assert.ok(con.body.roles.includes('okr-admin'));
    });

    it('a Contoso person key is nobody in Fabrikam, and neither is its id derived for Fabrikam', async () => {
      for (const header of ['priya', t.person('priya', FABRIKAM), t.person('fab-ceo', CONTOSO), CONTOSO.tenantId]) {
        const res = await t.request('GET', '/me', { headers: { 'x-tandem-user': header } });
        assertError(res, 403, 'AUTH.UNKNOWN_USER');
      }
      await assertNothingChanged();
    });
  });
});
