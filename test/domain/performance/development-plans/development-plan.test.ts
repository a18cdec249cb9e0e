import assert from 'node:assert/strict';
import { addToPlan, changeInPlan, emptyPlan, PLAN_LIMITS, removeFromPlan, type DevelopmentPlan } from '../../../../src/domain/performance/development-plans/development-plan.js';
import { makeGrowthGoal, reviseGrowthGoal, type GrowthGoalFields } from '../../../../src/domain/performance/development-plans/growth-goal.js';
import { makePlanAction, revisePlanAction } from '../../../../src/domain/performance/development-plans/plan-action.js';
import { newProgressNote } from '../../../../src/domain/performance/development-plans/progress-note.js';
import { makeSkill, reviseSkill } from '../../../../src/domain/performance/development-plans/skill.js';
import type { Result } from '../../../../src/domain/shared/result.js';

const NOW = '2026-11-22T12:00:00.000Z';
const LATER = '2026-11-23T12:00:00.000Z';
const goal: GrowthGoalFields = { title: 'Lead a design review', description: '', targetDate: '2027-03-31', status: 'not-started' };

const value = <T>(result: Result<T>): T => {
  if (!result.ok) assert.fail(`${result.code}: ${result.message} ${JSON.stringify(result.details)}`);
  return result.value;
};
const fieldsOf = (result: Result<unknown>): Record<string, string> => {
  assert.ok(!result.ok && result.code === 'PERF.VALIDATION', JSON.stringify(result));
  return (result.details?.fields ?? {}) as Record<string, string>;
};

describe('development plan rules', () => {
  let plan: DevelopmentPlan;
  beforeEach(() => {
    plan = emptyPlan('t1', 'person', NOW);
  });

  it('starts empty at revision 0 and moves its revision with every change', () => {
    assert.equal(plan.revision, 0);
    const next = value(addToPlan(plan, 'goals', value(makeGrowthGoal(goal, { id: 'g1', by: 'person', now: NOW })), 'person', NOW));
    assert.equal(next.revision, 1);
    assert.equal(next.updatedBy, 'person');
  });

  it('validates growth goals: title, target date, status and description length', () => {
    assert.ok(fieldsOf(makeGrowthGoal({ ...goal, title: '  ' }, { id: 'g', by: 'p', now: NOW })).title);
    assert.ok(fieldsOf(makeGrowthGoal({ ...goal, targetDate: '2027-02-30' }, { id: 'g', by: 'p', now: NOW })).targetDate);
    assert.ok(fieldsOf(makeGrowthGoal({ ...goal, status: 'finished' as never }, { id: 'g', by: 'p', now: NOW })).status);
    assert.ok(fieldsOf(makeGrowthGoal({ ...goal, description: 'x'.repeat(4001) }, { id: 'g', by: 'p', now: NOW })).description);
    const made = value(makeGrowthGoal({ ...goal, title: '  Trimmed  ' }, { id: 'g', by: 'p', now: NOW }));
    assert.equal(made.title, 'Trimmed');
    const revised = value(reviseGrowthGoal(made, { status: 'in-progress' }, LATER));
    assert.equal(revised.status, 'in-progress');
    assert.equal(revised.title, 'Trimmed');
    assert.equal(revised.revision, 2);
  });

  it('keeps skill levels whole numbers from 1 to 5, the target at or above the current level, and names unique', () => {
    assert.ok(fieldsOf(makeSkill({ name: 'Go', currentLevel: 0, targetLevel: 3 }, [], { id: 's', now: NOW })).currentLevel);
    assert.ok(fieldsOf(makeSkill({ name: 'Go', currentLevel: 2, targetLevel: 6 }, [], { id: 's', now: NOW })).targetLevel);
    assert.ok(fieldsOf(makeSkill({ name: 'Go', currentLevel: 2.5, targetLevel: 3 }, [], { id: 's', now: NOW })).currentLevel);
    assert.ok(fieldsOf(makeSkill({ name: 'Go', currentLevel: 4, targetLevel: 3 }, [], { id: 's', now: NOW })).targetLevel);
    const go = value(makeSkill({ name: 'Go', currentLevel: 3, targetLevel: 3 }, [], { id: 's1', now: NOW }));
    assert.ok(fieldsOf(makeSkill({ name: ' go ', currentLevel: 1, targetLevel: 2 }, [go], { id: 's2', now: NOW })).name);
    // Renaming a skill to its own name is fine; to another skill's name is not.
    const rust = value(makeSkill({ name: 'Rust', currentLevel: 1, targetLevel: 2 }, [go], { id: 's2', now: NOW }));
    assert.ok(reviseSkill(go, { name: 'GO' }, [go, rust], LATER).ok);
    assert.ok(fieldsOf(reviseSkill(rust, { name: 'Go' }, [go, rust], LATER)).name);
    assert.ok(fieldsOf(reviseSkill(go, { targetLevel: 2 }, [go, rust], LATER)).targetLevel);
  });

  it('validates actions and stamps when they are done', () => {
    assert.ok(fieldsOf(makePlanAction({ text: '', dueDate: null, done: false }, { id: 'a', now: NOW })).text);
    assert.ok(fieldsOf(makePlanAction({ text: 'x', dueDate: 'soon', done: false }, { id: 'a', now: NOW })).dueDate);
    const action = value(makePlanAction({ text: 'Take the course', dueDate: '2027-01-15', done: false }, { id: 'a', now: NOW }));
    const done = value(revisePlanAction(action, { done: true }, LATER));
    assert.equal(done.doneAt, LATER);
    assert.equal(value(revisePlanAction(done, { text: 'Take the advanced course' }, '2026-12-01T00:00:00.000Z')).doneAt, LATER, 'done keeps its time');
    assert.equal(value(revisePlanAction(done, { done: false }, LATER)).doneAt, null);
  });

  it('bounds each list, finds items by id and honours item revisions', () => {
    let full = plan;
    for (let i = 0; i < PLAN_LIMITS.goals; i++) full = value(addToPlan(full, 'goals', value(makeGrowthGoal(goal, { id: `g${i}`, by: 'p', now: NOW })), 'p', NOW));
    assert.ok(fieldsOf(addToPlan(full, 'goals', value(makeGrowthGoal(goal, { id: 'extra', by: 'p', now: NOW })), 'p', NOW)).goals);

    const missing = changeInPlan(full, 'goals', 'nope', (g) => reviseGrowthGoal(g, {}, LATER), { by: 'p', now: LATER });
    assert.ok(!missing.ok && missing.code === 'PERF.NOT_FOUND');
    const stale = changeInPlan(full, 'goals', 'g3', (g) => reviseGrowthGoal(g, { status: 'done' }, LATER), { by: 'm', now: LATER }, 5);
    assert.ok(!stale.ok && stale.code === 'PERF.REVISION_MISMATCH');
    const changed = value(changeInPlan(full, 'goals', 'g3', (g) => reviseGrowthGoal(g, { status: 'done' }, LATER), { by: 'm', now: LATER }, 1));
    assert.equal(changed.item.status, 'done');
    assert.equal(changed.plan.goals.find((g) => g.id === 'g3')?.status, 'done');
    assert.equal(changed.plan.goals.length, PLAN_LIMITS.goals);
    assert.equal(changed.plan.updatedBy, 'm');

    const removed = value(removeFromPlan(changed.plan, 'goals', 'g3', { by: 'm', now: LATER }, 2));
    assert.equal(removed.goals.length, PLAN_LIMITS.goals - 1);
    assert.ok(!removeFromPlan(removed, 'goals', 'g3', { by: 'm', now: LATER }).ok);
  });

  it('writes progress notes about the plan or one of its goals', () => {
    const withGoal = value(addToPlan(plan, 'goals', value(makeGrowthGoal(goal, { id: 'g1', by: 'p', now: NOW })), 'p', NOW));
    const note = value(newProgressNote(withGoal, { id: 'n1', goalId: 'g1', authorId: 'manager', text: ' Good progress ', now: LATER }));
    assert.deepEqual(note, { tenantId: 't1', subjectId: 'person', id: 'n1', goalId: 'g1', authorId: 'manager', at: LATER, text: 'Good progress' });
    assert.ok(fieldsOf(newProgressNote(withGoal, { id: 'n2', goalId: 'unknown', authorId: 'p', text: 'x', now: LATER })).goalId);
    assert.ok(fieldsOf(newProgressNote(withGoal, { id: 'n3', goalId: null, authorId: 'p', text: '   ', now: LATER })).text);
  });
});
