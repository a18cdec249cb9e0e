import assert from 'node:assert/strict';
import { startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';

/**
 * Development plans over HTTP as seeded users, on Ben's plan (the seed leaves it empty): Ben is the
 * subject, Tom his manager, David the skip-level manager, Hannah HR, Chloe a peer and Fabrikam's
 * Grace Hopper another tenant.
 */
describe('development plans over HTTP', function () {
  this.timeout(120_000);
  let t: TestTandem;
  let ben: string;
  let plan: string;

  before(async () => {
    t = await startTestTandem();
    ben = t.person('ben');
    plan = `/people/${ben}/development-plan`;
  });
  after(() => t.close());

  const call = <T = any>(method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> =>
    t.request<T>(method, path, { as, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  const expectStatus = (res: ApiResponse, status: number, code?: string) => {
    assert.equal(res.status, status, JSON.stringify(res.body));
    if (code) assert.equal(res.body.error.code, code, JSON.stringify(res.body));
  };
  const read = async (as = 'ben') => {
    const res = await call('GET', plan, as);
    expectStatus(res, 200);
    return res.body;
  };
  const goal = { title: 'Own the iOS release train', description: 'From branch cut to App Store, twice.', targetDate: '2027-03-31' };

  it('starts empty, and is readable by the person, their manager chain and HR only', async () => {
    const mine = await read('ben');
    assert.equal(mine.plan.revision, 0);
    assert.deepEqual([mine.plan.goals, mine.plan.skills, mine.plan.actions, mine.notes], [[], [], [], []]);
    assert.equal(mine.person.displayName, 'Ben Carter');
    const canEdit: Record<string, boolean> = {};
    for (const who of ['ben', 'tom', 'david', 'hannah']) canEdit[who] = (await read(who)).canEdit;
    assert.deepEqual(canEdit, { ben: true, tom: true, david: false, hannah: false });
    for (const who of ['chloe', 'fab-ceo']) expectStatus(await call('GET', plan, who), 404, 'PERF.NOT_FOUND');
    expectStatus(await call('GET', '/people/00000000-0000-4000-8000-000000000000/development-plan', 'hannah'), 404, 'PERF.NOT_FOUND');
  });

  it('lets the person and their manager keep goals, skills, actions and progress notes', async () => {
    const created = await call('POST', `${plan}/goals`, 'ben', goal);
    expectStatus(created, 201);
    assert.equal(created.headers.get('etag'), '"1"');
    assert.equal(created.body.status, 'not-started');
    const goalId = created.body.id;
    const updated = await call('PATCH', `${plan}/goals/${goalId}`, 'tom', { status: 'in-progress' }, { 'If-Match': '"1"' });
    expectStatus(updated, 200);
    assert.equal(updated.headers.get('etag'), '"2"');
    expectStatus(await call('PATCH', `${plan}/goals/${goalId}`, 'ben', { title: 'Stale' }, { 'If-Match': '"1"' }), 412, 'PERF.REVISION_MISMATCH');

    const skill = await call('POST', `${plan}/skills`, 'tom', { name: 'Swift concurrency', currentLevel: 2, targetLevel: 4 });
    expectStatus(skill, 201);
    expectStatus(await call('PATCH', `${plan}/skills/${skill.body.id}`, 'ben', { currentLevel: 3 }), 200);
    const action = await call('POST', `${plan}/actions`, 'ben', { text: 'Pair with the release manager', dueDate: '2026-12-15' });
    expectStatus(action, 201);
    assert.equal(action.body.done, false);
    expectStatus(await call('PATCH', `${plan}/actions/${action.body.id}`, 'tom', { done: true }), 200);
    expectStatus(await call('POST', `${plan}/notes`, 'ben', { text: 'Cut the first branch myself.', goalId }), 201);
    t.clock.advance(60_000);
    expectStatus(await call('POST', `${plan}/notes`, 'tom', { text: 'Good first month.' }), 201);

    const seen = await read('david');
    assert.equal(seen.plan.goals[0].status, 'in-progress');
    assert.equal(seen.plan.skills[0].currentLevel, 3);
    assert.equal(seen.plan.actions[0].done, true);
    assert.ok(seen.plan.actions[0].doneAt);
    assert.deepEqual(seen.notes.map((n: any) => [n.text, n.authorId, n.goalId]), [['Good first month.', t.person('tom'), null], ['Cut the first branch myself.', ben, goalId]]);

    // Removing an item keeps the notes: they are the plan's history.
    const temporary = await call('POST', `${plan}/skills`, 'ben', { name: 'Temporary', currentLevel: 1, targetLevel: 1 });
    expectStatus(await call('DELETE', `${plan}/skills/${temporary.body.id}`, 'ben', undefined, { 'If-Match': '"1"' }), 204);
    expectStatus(await call('DELETE', `${plan}/skills/${temporary.body.id}`, 'ben'), 404, 'PERF.NOT_FOUND');
    assert.deepEqual((await read()).plan.skills.map((s: any) => s.name), ['Swift concurrency']);
  });

  it('lets the skip-level manager and HR read but not write (403), and hides every endpoint from a peer and another tenant (404), changing nothing', async () => {
    const current = await read();
    const goalId = current.plan.goals[0].id;
    const skillId = current.plan.skills[0].id;
    const actionId = current.plan.actions[0].id;
    const before = JSON.stringify(current);
    const writes: [string, string, unknown?][] = [
      ['POST', `${plan}/goals`, goal],
      ['PATCH', `${plan}/goals/${goalId}`, { status: 'done' }],
      ['DELETE', `${plan}/goals/${goalId}`],
      ['POST', `${plan}/skills`, { name: 'Outsider', currentLevel: 1, targetLevel: 2 }],
      ['PATCH', `${plan}/skills/${skillId}`, { targetLevel: 5 }],
      ['DELETE', `${plan}/skills/${skillId}`],
      ['POST', `${plan}/actions`, { text: 'Outsider' }],
      ['PATCH', `${plan}/actions/${actionId}`, { done: false }],
      ['DELETE', `${plan}/actions/${actionId}`],
      ['POST', `${plan}/notes`, { text: 'Outsider' }],
    ];
    for (const [who, status, code] of [['david', 403, 'PERF.FORBIDDEN'], ['hannah', 403, 'PERF.FORBIDDEN'], ['chloe', 404, 'PERF.NOT_FOUND'], ['fab-ceo', 404, 'PERF.NOT_FOUND']] as const) {
      for (const [method, path, body] of writes) {
        const res = await call(method, path, who, body);
        assert.equal(res.status, status, `${who} ${method} ${path}: ${JSON.stringify(res.body)}`);
        assert.equal(res.body.error.code, code);
      }
    }
    assert.equal(JSON.stringify(await read()), before);
  });

  it('loses nothing when the person and their manager add at the same time', async () => {
    const adds = await Promise.all(
      Array.from({ length: 8 }, (_, i) => [
        call('POST', `${plan}/actions`, 'ben', { text: `ben action ${i}` }),
        call('POST', `${plan}/actions`, 'tom', { text: `tom action ${i}` }),
      ]).flat(),
    );
    for (const res of adds) expectStatus(res, 201);
    const texts = (await read()).plan.actions.map((a: any) => a.text);
    for (let i = 0; i < 8; i++) assert.ok(texts.includes(`ben action ${i}`) && texts.includes(`tom action ${i}`), `action ${i}`);
  });

  it('refuses bad input with 400 and a code, and writes nothing', async () => {
    const current = await read();
    const goalId = current.plan.goals[0].id;
    const skillId = current.plan.skills[0].id;
    const before = JSON.stringify(current);
    const cases: [string, string, unknown, string][] = [
      ['POST', `${plan}/goals`, { ...goal, title: ' ' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/goals`, { ...goal, targetDate: '2027-02-29' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/goals`, { ...goal, status: 'stretch' }, 'API.VALIDATION'],
      ['POST', `${plan}/goals`, { ...goal, grade: 0.7 }, 'API.VALIDATION'],
      ['POST', `${plan}/goals`, { title: 'No date' }, 'API.VALIDATION'],
      ['PATCH', `${plan}/goals/${goalId}`, {}, 'API.VALIDATION'],
      ['PATCH', `${plan}/goals/${goalId}`, { description: 7 }, 'API.VALIDATION'],
      ['POST', `${plan}/skills`, { name: 'Go', currentLevel: 0, targetLevel: 3 }, 'API.VALIDATION'],
      ['POST', `${plan}/skills`, { name: 'Go', currentLevel: 2, targetLevel: 6 }, 'API.VALIDATION'],
      ['POST', `${plan}/skills`, { name: 'Go', currentLevel: 2.5, targetLevel: 3 }, 'API.VALIDATION'],
      ['POST', `${plan}/skills`, { name: 'Go', currentLevel: 4, targetLevel: 2 }, 'PERF.VALIDATION'],
      ['POST', `${plan}/skills`, { name: 'swift CONCURRENCY', currentLevel: 1, targetLevel: 2 }, 'PERF.VALIDATION'],
      ['PATCH', `${plan}/skills/${skillId}`, { targetLevel: 1 }, 'PERF.VALIDATION'],
      ['POST', `${plan}/actions`, { text: '' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/actions`, { text: 'x', dueDate: 'tomorrow' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/actions`, { text: 'x', owner: 'me' }, 'API.VALIDATION'],
      ['POST', `${plan}/notes`, { text: 'x', goalId: 'gnope' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/notes`, { text: '   ' }, 'PERF.VALIDATION'],
      ['POST', `${plan}/notes`, { text: 'x', authorId: t.person('tom') }, 'API.VALIDATION'],
    ];
    for (const [method, path, body, code] of cases) {
      const res = await call(method, path, 'ben', body);
      assert.equal(res.status, 400, `${method} ${path} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.error.code, code, `${method} ${path} ${JSON.stringify(body)}`);
    }
    expectStatus(await t.request('POST', `${plan}/goals`, { as: 'ben', rawBody: '{"title":', headers: { 'content-type': 'application/json' } }), 400, 'API.MALFORMED_JSON');
    expectStatus(await call('PATCH', `${plan}/goals/${goalId}`, 'ben', { status: 'done' }, { 'If-Match': 'soon' }), 400, 'API.BAD_IF_MATCH');
    expectStatus(await call('PATCH', `${plan}/goals/gnope`, 'ben', { status: 'done' }), 404, 'PERF.NOT_FOUND');
    assert.equal(JSON.stringify(await read()), before);
  });

  it('serves the seeded plans (and hides them from managers of other teams)', async () => {
    expectStatus(await call('GET', plan, 'priya'), 404, 'PERF.NOT_FOUND');
    const arjun = await call('GET', `/people/${t.person('arjun')}/development-plan`, 'hannah');
    expectStatus(arjun, 200);
    assert.ok(arjun.body.plan.goals.length >= 2 && arjun.body.plan.skills.length >= 2 && arjun.body.notes.length >= 1);
    const priya = await call('GET', `/people/${t.person('priya')}/development-plan`, 'maria');
    expectStatus(priya, 200);
    assert.ok(priya.body.plan.goals.length > 0);
    assert.equal(priya.body.canEdit, false, 'the CEO reads the plan of someone two levels down; only the direct manager writes');
  });
});
