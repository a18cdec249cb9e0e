import assert from 'node:assert/strict';
import type { DevelopmentPlanRepository } from '../../../src/app/performance/ports/development-plan-repository.js';
import { addToPlan, emptyPlan } from '../../../src/domain/performance/development-plans/development-plan.js';
import { makeGrowthGoal } from '../../../src/domain/performance/development-plans/growth-goal.js';
import type { ProgressNote } from '../../../src/domain/performance/development-plans/progress-note.js';
import type { Result } from '../../../src/domain/shared/result.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

const NOW = '2026-11-22T12:00:00.000Z';
const value = <T>(result: Result<T>): T => {
  if (!result.ok) assert.fail(`${result.code}: ${result.message}`);
  return result.value;
};

describe('development plans on the conversations container', () => {
  let t: TestTandem;
  let store: DevelopmentPlanRepository;
  before(async () => {
    t = await startTestTandem();
    store = t.tandem.performance.developmentPlans;
  });
  after(() => t.close());

  it('creates a plan once, then replaces it only with the current ETag', async () => {
    const subjectId = t.person('ben');
    assert.equal(await store.getPlan(CONTOSO.tenantId, subjectId), null);
    const goal = value(makeGrowthGoal({ title: 'Lead a release', description: '', targetDate: '2027-03-31', status: 'not-started' }, { id: 'g1', by: subjectId, now: NOW }));
    const plan = value(addToPlan(emptyPlan(CONTOSO.tenantId, subjectId, NOW), 'goals', goal, subjectId, NOW));
    const created = value(await store.createPlan(plan));
    assert.deepEqual(created.value, plan);
    const twice = await store.createPlan(plan);
    assert.ok(!twice.ok && twice.code === 'STORE.DUPLICATE');
    const read = await store.getPlan(CONTOSO.tenantId, subjectId);
    assert.deepEqual(read?.value, plan);
    const next = { ...plan, revision: 2 };
    value(await store.replacePlan(next, created.etag));
    const stale = await store.replacePlan({ ...plan, revision: 3 }, created.etag);
    assert.ok(!stale.ok && stale.code === 'STORE.CONFLICT');
    assert.equal(await store.getPlan(FABRIKAM.tenantId, subjectId), null, 'another tenant sees nothing');
  });

  it('appends notes and lists them newest first, per person', async () => {
    const subjectId = t.person('chloe');
    const note = (id: string, at: string): ProgressNote => ({ tenantId: CONTOSO.tenantId, subjectId, id, goalId: null, authorId: subjectId, at, text: id });
    for (const n of [note('n1', '2026-11-01T00:00:00.000Z'), note('n3', '2026-11-03T00:00:00.000Z'), note('n2', '2026-11-02T00:00:00.000Z')]) value(await store.addNote(n));
    assert.deepEqual((await store.listNotes(CONTOSO.tenantId, subjectId, 10)).map((n) => n.id), ['n3', 'n2', 'n1']);
    assert.deepEqual((await store.listNotes(CONTOSO.tenantId, subjectId, 2)).map((n) => n.id), ['n3', 'n2']);
    assert.deepEqual(await store.listNotes(CONTOSO.tenantId, t.person('sara'), 10), []);
    const duplicate = await store.addNote(note('n1', '2026-11-04T00:00:00.000Z'));
    assert.ok(!duplicate.ok && duplicate.code === 'STORE.DUPLICATE');
  });
});
