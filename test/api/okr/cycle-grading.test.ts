import assert from 'node:assert/strict';
import { startTestTandem, type ApiResponse, type TestTandem } from '../../support/tandem-harness.js';

/** A cycle's whole life over HTTP: planning, active, grading (objectives graded and closed), closed, then carry-over. */
describe('API: cycle transitions, grading and carry-over', function () {
  this.timeout(30_000);
  let t: TestTandem;
  /** The seeded planning cycle (2027 Q1), looked up before this file adds its own. */
  let planningCycle: string;
  let closedCycle: string;
  let cycle: any;
  /** olivia's company objective and arjun's individual objective in the new cycle. */
  let company: any;
  let individual: any;

  const expectError = (res: ApiResponse, status: number, code: string): void => {
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.error.code, code);
  };
  const transition = (to: string, as = 'olivia', ifMatch?: string) =>
    t.request('POST', `/cycles/${cycle.id}/transition`, { as, body: { to }, ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}) });
  const checkIn = (keyResultId: string, as: string, value: number, confidence = 6) =>
    t.request('POST', `/key-results/${keyResultId}/check-ins`, { as, body: { value, confidence, note: `Now at ${value}` } });

  before(async () => {
    t = await startTestTandem();
    planningCycle = await t.cycleId('planning');
    closedCycle = await t.cycleId('closed');
  });
  after(() => t.close());

  it('olivia creates a cycle in planning; others may not', async () => {
    const body = { name: ' 2027 Q2 ', startDate: '2027-04-01', endDate: '2027-06-30' };
    expectError(await t.request('POST', '/cycles', { as: 'priya', body }), 403, 'OKR.FORBIDDEN');
    expectError(await t.request('POST', '/cycles', { as: 'olivia', body: { ...body, endDate: '2027-03-01' } }), 400, 'OKR.VALIDATION');
    const res = await t.request('POST', '/cycles', { as: 'olivia', body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.headers.get('etag'), '"1"');
    cycle = res.body;
    assert.equal(cycle.name, '2027 Q2');
    assert.equal(cycle.state, 'planning');
    assert.equal(cycle.cadence, 'quarterly');
    assert.match(cycle.id, /^cy[a-z0-9]+$/);
    const listed = await t.request('GET', '/cycles', { as: 'arjun' });
    assert.deepEqual(
      listed.body.items.map((c: any) => c.name),
      ['2027 Q2', '2027 Q1', '2026 Q4', '2026 Q3'],
    );
    const read = await t.request('GET', `/cycles/${cycle.id}`, { as: 'arjun' });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), '"1"');
  });

  it('objectives are planned: olivia a company objective, arjun an individual one; both approved', async () => {
    const created = await t.request('POST', `/cycles/${cycle.id}/objectives`, {
      as: 'olivia',
      body: {
        level: 'company',
        owner: { kind: 'person', id: t.person('olivia') },
        title: 'Make planning effortless',
        keyResults: [
          { title: 'Teams with OKRs from 0 to 100', ownerId: t.person('olivia'), spec: { type: 'increase-to', start: 0, target: 100, unit: 'number' } },
          { title: 'Planning rollout', ownerId: t.person('zoe'), spec: { type: 'milestone', steps: ['Pilot', 'Engineering', 'Sales', 'Everyone'] } },
          { title: 'Quarterly review ritual in place', ownerId: t.person('olivia'), spec: { type: 'binary' } },
        ],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const mine = await t.request('POST', `/cycles/${cycle.id}/objectives`, {
      as: 'arjun',
      body: {
        level: 'individual',
        owner: { kind: 'person', id: t.person('arjun') },
        title: 'Replicas everywhere',
        alignments: [{ objectiveId: created.body.id, keyResultId: created.body.keyResults[0].id }],
        keyResults: [
          { title: 'Replicated databases from 10 to 50', ownerId: t.person('arjun'), spec: { type: 'increase-to', start: 10, target: 50, unit: 'number' } },
          { title: 'Recovery time from 20 to 10 minutes', ownerId: t.person('arjun'), spec: { type: 'decrease-to', start: 20, target: 10, unit: 'number' } },
        ],
      },
    });
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    for (const [id, proposer, approver] of [
      [created.body.id as string, 'olivia', 'olivia'],
      [mine.body.id as string, 'arjun', 'priya'],
    ] as const) {
      assert.equal((await t.request('POST', `/objectives/${id}/propose`, { as: proposer })).status, 200);
      const approved = await t.request('POST', `/objectives/${id}/approve`, { as: approver });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.state, 'active');
    }
    company = (await t.request('GET', `/objectives/${created.body.id}`, { as: 'olivia' })).body.objective;
    individual = (await t.request('GET', `/objectives/${mine.body.id}`, { as: 'arjun' })).body.objective;
    // A planned cycle takes no check-ins yet.
    expectError(await checkIn(individual.keyResults[0].id, 'arjun', 20), 422, 'OKR.CYCLE_NOT_OPEN');
  });

  it('only OKR admins move a cycle, and only forward one step at a time', async () => {
    expectError(await transition('active', 'priya'), 403, 'OKR.FORBIDDEN');
    expectError(await transition('active', 'maria'), 403, 'OKR.FORBIDDEN');
    for (const to of ['grading', 'planning']) {
      const res = await transition(to);
      expectError(res, 409, 'OKR.INVALID_TRANSITION');
      assert.equal(res.body.error.details.from, 'planning');
      assert.equal(res.body.error.details.allowed, 'active');
    }
    expectError(await t.request('POST', `/cycles/${cycle.id}/transition`, { as: 'olivia', body: { to: 'finished' } }), 400, 'API.VALIDATION');
    const unchanged = await t.request('GET', `/cycles/${cycle.id}`, { as: 'olivia' });
    assert.equal(unchanged.body.state, 'planning');
    assert.equal(unchanged.headers.get('etag'), '"1"');
  });

  it('closing a planning cycle is an invalid transition, not a request to grade objectives that cannot be graded yet', async () => {
    // The cycle holds two active objectives, which cannot be graded while it is planned
    // (close answers OKR.CYCLE_NOT_OPEN), so "grade them first" would send the admin in a circle.
    expectError(await t.request('POST', `/objectives/${individual.id}/close`, { as: 'arjun', body: { reflection: 'Too early' } }), 422, 'OKR.CYCLE_NOT_OPEN');
    const res = await transition('closed');
    expectError(res, 409, 'OKR.INVALID_TRANSITION');
    assert.equal(res.body.error.details.from, 'planning');
  });

  it('planning -> active (If-Match checked), and check-ins flow', async () => {
    expectError(await transition('active', 'olivia', '"7"'), 412, 'OKR.REVISION_MISMATCH');
    const res = await transition('active', 'olivia', '"1"');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.state, 'active');
    assert.equal(res.headers.get('etag'), '"2"');

    const [inc, steps, done] = company.keyResults;
    for (const [kr, who, value] of [
      [inc.id, 'olivia', 60],
      [steps.id, 'zoe', 3],
      [done.id, 'olivia', 1],
      [individual.keyResults[0].id, 'arjun', 30],
      [individual.keyResults[1].id, 'arjun', 12],
    ] as const) {
      const recorded = await checkIn(kr, who, value);
      assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    }
  });

  it('active -> grading; grading stops check-ins; closing while objectives are active is refused', async () => {
    const grading = await transition('grading');
    assert.equal(grading.status, 200, JSON.stringify(grading.body));
    assert.equal(grading.body.state, 'grading');
    expectError(await checkIn(individual.keyResults[0].id, 'arjun', 35), 422, 'OKR.CYCLE_NOT_OPEN');
    const refused = await transition('closed');
    expectError(refused, 409, 'OKR.CYCLE_HAS_ACTIVE_OBJECTIVES');
    assert.equal(refused.body.error.details.count, 2);
    assert.deepEqual([...refused.body.error.details.objectiveIds].sort(), [company.id, individual.id].sort());
    assert.equal((await t.request('GET', `/cycles/${cycle.id}`, { as: 'olivia' })).body.state, 'grading');
  });

  it('grades default to progress; a reflection is required', async () => {
    expectError(await t.request('POST', `/objectives/${company.id}/close`, { as: 'olivia', body: { reflection: '  ' } }), 422, 'OKR.REFLECTION_REQUIRED');
    expectError(await t.request('POST', `/objectives/${company.id}/close`, { as: 'arjun', body: { reflection: 'Not mine' } }), 403, 'OKR.FORBIDDEN');
    const res = await t.request('POST', `/objectives/${company.id}/close`, {
      as: 'olivia',
      body: { reflection: ' Rollout went faster than the ritual. ' },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const o = res.body;
    assert.equal(o.state, 'closed');
    assert.equal(o.reflection, 'Rollout went faster than the ritual.');
    // 60 of 0..100, 3 of 4 steps, done.
    assert.deepEqual(
      o.keyResults.map((k: any) => k.grade),
      [
        { value: 0.6, reason: null },
        { value: 0.75, reason: null },
        { value: 1, reason: null },
      ],
    );
    assert.equal(o.grade, 0.78); // (0.6 + 0.75 + 1) / 3, rounded to hundredths
    assert.equal(o.gradeBand, 'success');
    expectError(await t.request('POST', `/objectives/${company.id}/close`, { as: 'olivia', body: { reflection: 'Again' } }), 409, 'OKR.INVALID_TRANSITION');
    expectError(await t.request('PATCH', `/objectives/${company.id}`, { as: 'olivia', body: { title: 'Rewrite history' } }), 422, 'OKR.OBJECTIVE_CLOSED');
  });

  it('an adjusted grade needs a reason', async () => {
    const [replicas, recovery] = individual.keyResults;
    const noReason = await t.request('POST', `/objectives/${individual.id}/close`, {
      as: 'arjun',
      body: { reflection: 'Replication took longer than planned.', grades: [{ keyResultId: recovery.id, grade: 0.9 }] },
    });
    expectError(noReason, 422, 'OKR.GRADE_REASON_REQUIRED');
    assert.equal(noReason.body.error.details.measured, 0.8); // (12 - 20) / (10 - 20)
    expectError(
      await t.request('POST', `/objectives/${individual.id}/close`, {
        as: 'arjun',
        body: { reflection: 'x', grades: [{ keyResultId: `${individual.id}.krzzzz`, grade: 0.5, reason: 'typo' }] },
      }),
      422,
      'OKR.UNKNOWN_KEY_RESULT',
    );
    expectError(
      await t.request('POST', `/objectives/${individual.id}/close`, { as: 'lena', body: { reflection: 'Peers do not grade' } }),
      403,
      'OKR.FORBIDDEN',
    );
    // Priya, his manager, grades it with arjun's adjustment.
    const res = await t.request('POST', `/objectives/${individual.id}/close`, {
      as: 'priya',
      body: {
        reflection: 'Replication took longer than planned.',
        grades: [
          { keyResultId: recovery.id, grade: 0.9, reason: 'The last two minutes were cut in the final week, after the last check-in.' },
          { keyResultId: replicas.id, grade: 0.5, reason: null },
        ],
      },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.keyResults.map((k: any) => k.grade),
      [
        { value: 0.5, reason: null }, // (30 - 10) / (50 - 10), the same as measured
        { value: 0.9, reason: 'The last two minutes were cut in the final week, after the last check-in.' },
      ],
    );
    assert.equal(res.body.grade, 0.7);
    assert.equal(res.body.state, 'closed');
  });

  it('closes the cycle once every objective is graded; a closed cycle goes nowhere', async () => {
    expectError(await transition('closed', 'priya'), 403, 'OKR.FORBIDDEN');
    const res = await transition('closed');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.state, 'closed');
    assert.equal(res.headers.get('etag'), '"4"');
    for (const to of ['active', 'grading', 'planning', 'closed']) expectError(await transition(to), 409, 'OKR.INVALID_TRANSITION');
    // Nothing new goes into a closed cycle.
    expectError(
      await t.request('POST', `/cycles/${cycle.id}/objectives`, { as: 'arjun', body: { level: 'individual', owner: { kind: 'person', id: t.person('arjun') }, title: 'Late' } }),
      422,
      'OKR.CYCLE_NOT_OPEN',
    );
  });

  it('carries an unfinished objective into the planning cycle as a linked draft with restarted numeric key results', async () => {
    expectError(await t.request('POST', `/objectives/${individual.id}/carry-over`, { as: 'lena', body: { targetCycleId: planningCycle } }), 403, 'OKR.FORBIDDEN');
    expectError(await t.request('POST', `/objectives/${individual.id}/carry-over`, { as: 'arjun', body: { targetCycleId: closedCycle } }), 422, 'OKR.CYCLE_NOT_OPEN');
    const res = await t.request('POST', `/objectives/${individual.id}/carry-over`, { as: 'arjun', body: { targetCycleId: planningCycle } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const copy = res.body;
    assert.equal(copy.cycleId, planningCycle);
    assert.ok(copy.id.startsWith(`${planningCycle}.ob`));
    assert.equal(copy.state, 'draft');
    assert.equal(copy.title, 'Replicas everywhere');
    assert.deepEqual(copy.owner, individual.owner);
    assert.deepEqual(copy.carriedFrom, { cycleId: cycle.id, objectiveId: individual.id });
    assert.equal(copy.carriedTo, null);
    assert.deepEqual(copy.alignments, [], 'alignment into the old cycle is dropped');
    assert.equal(copy.grade, null);
    assert.equal(copy.reflection, null);
    assert.equal(copy.approvedBy, null);
    assert.equal(copy.revision, 1);
    assert.deepEqual(
      copy.keyResults.map((k: any) => [k.title, k.spec, k.current, k.progress, k.checkInCount, k.grade, k.confidence]),
      [
        ['Replicated databases from 10 to 50', { type: 'increase-to', start: 30, target: 50, unit: 'number' }, 30, 0, 0, null, null],
        ['Recovery time from 20 to 10 minutes', { type: 'decrease-to', start: 12, target: 10, unit: 'number' }, 12, 0, 0, null, null],
      ],
    );
    for (const k of copy.keyResults) assert.ok(k.id.startsWith(`${copy.id}.kr`));

    const source = await t.request('GET', `/objectives/${individual.id}`, { as: 'arjun' });
    assert.equal(source.body.objective.carriedTo, copy.id);
    assert.equal(source.body.objective.state, 'closed');
    assert.equal(source.body.objective.grade, 0.7, 'the graded record stays as it was');
    const board = await t.request('GET', `/cycles/${planningCycle}/objectives?owner=me`, { as: 'arjun' });
    assert.deepEqual(
      board.body.items.map((o: any) => o.id),
      [copy.id],
    );

    const again = await t.request('POST', `/objectives/${individual.id}/carry-over`, { as: 'arjun', body: { targetCycleId: planningCycle } });
    expectError(again, 409, 'OKR.ALREADY_CARRIED_OVER');
    assert.equal(again.body.error.details.carriedTo, copy.id);
    const after = await t.request('GET', `/cycles/${planningCycle}/objectives?owner=me`, { as: 'arjun' });
    assert.equal(after.body.items.length, 1, 'carrying twice made no second copy');
  });

  it('leaves fully achieved key results behind and keeps milestone progress', async () => {
    const res = await t.request('POST', `/objectives/${company.id}/carry-over`, { as: 'olivia', body: { targetCycleId: planningCycle } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.keyResults.map((k: any) => [k.title, k.spec.type, k.spec.start, k.current]),
      [
        ['Teams with OKRs from 0 to 100', 'increase-to', 60, 60],
        ['Planning rollout', 'milestone', undefined, 3],
      ],
    );
    expectError(await t.request('POST', `/objectives/${company.id}/carry-over`, { as: 'olivia', body: { targetCycleId: planningCycle } }), 409, 'OKR.ALREADY_CARRIED_OVER');
  });
});
