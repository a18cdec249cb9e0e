import assert from 'node:assert/strict';
import { FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

/** The writing coach over HTTP: capabilities, templates, checks as one types, drafting, and checks on propose. */
describe('API: writing coach', function () {
  this.timeout(60_000);
  let t: TestTandem;
  let active: string;

  before(async () => {
    t = await startTestTandem();
    active = await t.cycleId('active');
  });
  after(() => t?.close());

  const draft = (overrides: Record<string, unknown> = {}) => ({
    cycleId: active,
    level: 'individual',
    owner: { kind: 'person', id: t.person('arjun') },
    title: 'Make deploys boring',
    commitment: 'aspirational',
    alignments: [],
    keyResults: [{ title: 'Launch the new pipeline', spec: { type: 'increase-to', start: 3, target: null } }],
    ...overrides,
  });
  const codes = (body: { checks: { code: string }[] }) => body.checks.map((c) => c.code);

  it('GET /coach/capabilities: local mode drafts offline by default', async () => {
    const res = await t.request('GET', '/coach/capabilities', { as: 'arjun' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { drafting: 'offline' });
  });

  it('GET /coach/templates: examples by function', async () => {
    const res = await t.request('GET', '/coach/templates', { as: 'arjun' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.functions.map((f: { id: string }) => f.id), ['sales', 'engineering', 'support', 'marketing', 'people']);
    assert.ok(res.body.templates.length >= 10);
    for (const template of res.body.templates) assert.ok(template.title && template.keyResults.length >= 2);
  });

  it('POST /coach/check: checks a draft with missing numbers, pointing at fields', async () => {
    const res = await t.request('POST', '/coach/check', { as: 'arjun', body: draft() });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(codes(res.body), ['COACH.NOT_ALIGNED', 'COACH.TOO_FEW_KEY_RESULTS', 'COACH.KR_TASK_WORDING', 'COACH.KR_NOT_MEASURABLE']);
    assert.deepEqual(res.body.checks.map((c: { field: string }) => c.field), ['alignments', 'keyResults', 'keyResults.0.title', 'keyResults.0.target']);
  });

  it('POST /coach/check: finds a duplicate title in the cycle', async () => {
    const res = await t.request('POST', '/coach/check', { as: 'arjun', body: draft({ title: 'Database failover becomes boring!' }) });
    assert.equal(res.status, 200);
    const duplicate = res.body.checks.find((c: { code: string }) => c.code === 'COACH.POSSIBLE_DUPLICATE');
    assert.equal(duplicate?.related.title, 'Database failover becomes boring');
  });

  it('POST /coach/check: bad input is 400, an unknown cycle or another tenant’s is 404', async () => {
    const strict = await t.request('POST', '/coach/check', { as: 'arjun', body: { ...draft(), rating: 4 } });
    assert.equal(strict.status, 400);
    assert.equal(strict.body.error.code, 'API.VALIDATION');
    const badSpec = await t.request('POST', '/coach/check', { as: 'arjun', body: draft({ keyResults: [{ title: 'x', spec: { type: 'increase-to', start: 'one', target: 2 } }] }) });
    assert.equal(badSpec.status, 400);
    const unknown = await t.request('POST', '/coach/check', { as: 'arjun', body: draft({ cycleId: 'cyunknown1' }) });
    assert.equal(unknown.status, 404);
    const fabrikamCycle = await t.cycleId('active', 'fab-ceo', FABRIKAM);
    const other = await t.request('POST', '/coach/check', { as: 'arjun', body: draft({ cycleId: fabrikamCycle }) });
    assert.equal(other.status, 404);
  });

  it('POST /coach/suggest-key-results: offline drafts, three to five, labelled offline', async () => {
    const objectives = (await t.request('GET', `/cycles/${active}/objectives?limit=500`, { as: 'arjun' })).body.items as { id: string; title: string }[];
    const parent = objectives.find((o) => o.title === 'Run a platform nobody has to think about')!;
    const res = await t.request('POST', '/coach/suggest-key-results', {
      as: 'arjun',
      body: { cycleId: active, objective: { title: 'Make deploys boring', level: 'individual', keyResults: [{ title: 'Deploys per week from 3 to 20' }] }, alignTo: parent.id },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.provider, 'offline');
    assert.ok(res.body.drafts.length >= 3 && res.body.drafts.length <= 5);
    assert.ok(!res.body.drafts.some((d: { title: string }) => d.title === 'Deploys per week from 3 to 20'), 'skips what is already written');
  });

  it('POST /coach/improve-key-result: an offline rewrite', async () => {
    const res = await t.request('POST', '/coach/improve-key-result', {
      as: 'arjun',
      body: { cycleId: active, objective: { title: 'Make deploys boring', level: 'individual' }, keyResult: { title: 'Launch the new pipeline', spec: null } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.provider, 'offline');
    assert.notEqual(res.body.draft.title, 'Launch the new pipeline');
  });

  it('drafting refuses an empty objective, an unknown parent and an unknown team', async () => {
    const empty = await t.request('POST', '/coach/suggest-key-results', { as: 'arjun', body: { cycleId: active, objective: { title: '  ', level: 'individual' } } });
    assert.equal(empty.status, 400);
    const parent = await t.request('POST', '/coach/suggest-key-results', { as: 'arjun', body: { cycleId: active, objective: { title: 'x', level: 'individual' }, alignTo: `${active}.obmissing1` } });
    assert.equal(parent.status, 422);
    assert.equal(parent.body.error.code, 'OKR.ALIGNMENT_INVALID');
    const team = await t.request('POST', '/coach/suggest-key-results', { as: 'arjun', body: { cycleId: active, objective: { title: 'x', level: 'team' }, teamId: 'tm-none' } });
    assert.equal(team.status, 400);
    assert.equal(team.body.error.code, 'OKR.VALIDATION');
  });

  it('propose answers with the checks, and proposing is never blocked by them', async () => {
    const created = await t.request('POST', `/cycles/${active}/objectives`, {
      as: 'arjun',
      body: {
        level: 'individual',
        owner: { kind: 'person', id: t.person('arjun') },
        title: 'Increase deploys by 300%',
        keyResults: [{ title: 'Build the deploy dashboard', ownerId: t.person('arjun'), spec: { type: 'binary' } }],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const proposed = await t.request('POST', `/objectives/${created.body.id}/propose`, { as: 'arjun' });
    assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
    assert.equal(proposed.body.state, 'proposed');
    assert.deepEqual(codes(proposed.body), ['COACH.OBJECTIVE_IS_A_NUMBER', 'COACH.NOT_ALIGNED', 'COACH.TOO_FEW_KEY_RESULTS', 'COACH.KR_TASK_WORDING', 'COACH.KR_NOT_MEASURABLE']);
    assert.ok(proposed.headers.get('etag'));
  });

  it('grade history: a team that closed at 1.0 two cycles running is told to aim higher (aspirational only)', async () => {
    const mobile = t.team('mobile');
    // The demo's closed quarter already has Mobile at 1.0; add the quarter before it, also at 1.0.
    const closed = await t.cycleId('closed');
    const last = (await t.request('GET', `/cycles/${closed}/objectives?owner=${mobile}`, { as: 'olivia' })).body.items as { grade: number }[];
    assert.deepEqual(last.map((o) => o.grade), [1]);
    const cycle = await t.request('POST', '/cycles', { as: 'olivia', body: { name: '2026 Q2', startDate: '2026-04-01', endDate: '2026-06-30' } });
    assert.equal(cycle.status, 201, JSON.stringify(cycle.body));
    const id = cycle.body.id as string;
    const objective = await t.request('POST', `/cycles/${id}/objectives`, {
      as: 'olivia',
      body: { level: 'team', owner: { kind: 'team', id: mobile }, title: 'Ship a calmer app', keyResults: [{ title: 'Crash reports from 40 to 10', ownerId: t.person('olivia'), spec: { type: 'decrease-to', start: 40, target: 10, unit: 'number' } }] },
    });
    assert.equal(objective.status, 201, JSON.stringify(objective.body));
    for (const step of ['propose', 'approve']) assert.equal((await t.request('POST', `/objectives/${objective.body.id}/${step}`, { as: 'olivia' })).status, 200);
    assert.equal((await t.request('POST', `/cycles/${id}/transition`, { as: 'olivia', body: { to: 'active' } })).status, 200);
    const kr = objective.body.keyResults[0].id as string;
    assert.equal((await t.request('POST', `/key-results/${kr}/check-ins`, { as: 'olivia', body: { value: 10, confidence: 9 } })).status, 201);
    assert.equal((await t.request('POST', `/cycles/${id}/transition`, { as: 'olivia', body: { to: 'grading' } })).status, 200);
    const graded = await t.request('POST', `/objectives/${objective.body.id}/close`, { as: 'olivia', body: { reflection: 'Easy.' } });
    assert.equal(graded.status, 200, JSON.stringify(graded.body));
    assert.equal(graded.body.grade, 1);
    assert.equal((await t.request('POST', `/cycles/${id}/transition`, { as: 'olivia', body: { to: 'closed' } })).status, 200);

    const aspirational = await t.request('POST', '/coach/check', {
      as: 'ben',
      body: draft({ level: 'team', owner: { kind: 'team', id: mobile }, title: 'The app feels instant', keyResults: [], alignments: [] }),
    });
    const sandbagging = aspirational.body.checks.find((c: { code: string }) => c.code === 'COACH.SANDBAGGING');
    assert.ok(sandbagging, JSON.stringify(aspirational.body));
    assert.match(sandbagging.message, /1\.0 in 2026 Q2 and 2026 Q3/);
    const committed = await t.request('POST', '/coach/check', {
      as: 'ben',
      body: draft({ level: 'team', owner: { kind: 'team', id: mobile }, title: 'The app feels instant', commitment: 'committed', keyResults: [] }),
    });
    assert.ok(!codes(committed.body).includes('COACH.SANDBAGGING'));
  });

  it('with AI_DRAFTING=off: capabilities say off and drafting answers 404 AI.OFF; checks still run', async () => {
    const off = await startTestTandem({ AI_DRAFTING: 'off' });
    try {
      const cycleId = await off.cycleId('active');
      assert.deepEqual((await off.request('GET', '/coach/capabilities', { as: 'arjun' })).body, { drafting: 'off' });
      const suggest = await off.request('POST', '/coach/suggest-key-results', { as: 'arjun', body: { cycleId, objective: { title: 'Make deploys boring', level: 'individual' } } });
      assert.equal(suggest.status, 404);
      assert.equal(suggest.body.error.code, 'AI.OFF');
      const check = await off.request('POST', '/coach/check', { as: 'arjun', body: { ...draft(), cycleId } });
      assert.equal(check.status, 200);
    } finally {
      await off.close();
    }
  });
});
