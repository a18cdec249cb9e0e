import assert from 'node:assert/strict';
import { carryOver, type CarryOverInput } from '../../../src/domain/okr/carry-over.js';
import { closeObjective } from '../../../src/domain/okr/grading.js';
import { keyResultProgress, validateSpec } from '../../../src/domain/okr/key-result.js';
import type { Objective } from '../../../src/domain/okr/objective.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import { parseKeyResultId } from '../../../src/domain/okr/okr-ids.js';
import {
  binarySpec,
  counter,
  CYCLE_ID,
  decreaseSpec,
  expectFail,
  expectOk,
  failedFields,
  guardrailSpec,
  increaseSpec,
  keyResult,
  krId,
  LATER,
  milestoneSpec,
  NOW,
  objective,
  OBJECTIVE_ID,
} from './builders.js';

const TARGET_CYCLE = 'cy2026q2';
const NEW_ID = `${TARGET_CYCLE}.obbeta1`;

const carryInput = (overrides: Partial<CarryOverInput> = {}): CarryOverInput => ({
  targetCycleId: TARGET_CYCLE,
  newObjectiveId: NEW_ID,
  uniqueSuffix: counter(),
  actorId: 'manager',
  now: LATER,
  ...overrides,
});

const grade = (value: number) => ({ value, reason: null });

/** A closed objective with a mix of finished and unfinished key results. */
const closedSource = (overrides: Partial<Objective> = {}): Objective =>
  objective({
    state: 'closed',
    contributorIds: ['helper'],
    teamIds: ['team-1'],
    alignments: [{ objectiveId: 'cy2026q1.obparent', keyResultId: 'cy2026q1.obparent.kr01' }],
    approvedBy: 'manager',
    grade: 0.5,
    reflection: 'Learned things',
    revision: 7,
    keyResults: [
      keyResult({ id: krId('01'), title: 'Users', ownerId: 'u1', weight: 2, spec: increaseSpec(0, 100), current: 60, checkInCount: 4, confidence: 6, grade: grade(0.6) }),
      keyResult({ id: krId('02'), title: 'Costs', spec: decreaseSpec(100, 40), current: 70, checkInCount: 2, grade: grade(0.5) }),
      keyResult({ id: krId('03'), title: 'Done', spec: binarySpec(), current: 1, grade: grade(1) }),
      keyResult({ id: krId('04'), title: 'Launch', spec: milestoneSpec(['a', 'b', 'c', 'd']), current: 2, grade: grade(0.5) }),
      keyResult({ id: krId('05'), title: 'Uptime', spec: guardrailSpec('stay-above', 95), current: 90, grade: grade(0) }),
      keyResult({ id: krId('06'), title: 'Revenue', spec: increaseSpec(0, 100), current: 100, grade: grade(1) }),
    ],
    ...overrides,
  });

describe('carry-over', () => {
  it('makes a linked draft copy in the target cycle', () => {
    const { copy } = expectOk(carryOver(closedSource(), carryInput()));
    assert.equal(copy.id, NEW_ID);
    assert.equal(copy.cycleId, TARGET_CYCLE);
    assert.equal(copy.state, 'draft');
    assert.deepEqual(copy.carriedFrom, { cycleId: CYCLE_ID, objectiveId: OBJECTIVE_ID });
    assert.equal(copy.carriedTo, null);
    assert.equal(copy.createdBy, 'manager');
    assert.equal(copy.createdAt, LATER);
    assert.equal(copy.updatedAt, LATER);
    assert.equal(copy.revision, 1);
    assert.equal(copy.approvedBy, null);
    assert.equal(copy.sentBack, null);
    assert.equal(copy.grade, null);
    assert.equal(copy.reflection, null);
    // kept from the source
    assert.equal(copy.title, 'Delight our users');
    assert.deepEqual(copy.owner, { kind: 'person', id: 'owner' });
    assert.equal(copy.level, 'individual');
    assert.deepEqual(copy.contributorIds, ['helper']);
    assert.deepEqual(copy.teamIds, ['team-1']);
  });

  it('clears alignments, which pointed into the old cycle', () => {
    const { copy } = expectOk(carryOver(closedSource(), carryInput()));
    assert.deepEqual(copy.alignments, []);
  });

  it('leaves achieved key results behind and gives the rest new ids under the new objective', () => {
    const { copy } = expectOk(carryOver(closedSource(), carryInput()));
    assert.deepEqual(
      copy.keyResults.map((kr) => kr.title),
      ['Users', 'Costs', 'Launch', 'Uptime'],
    );
    assert.deepEqual(
      copy.keyResults.map((kr) => kr.id),
      ['01', '02', '03', '04'].map((s) => `${NEW_ID}.kr${s}`),
    );
    for (const kr of copy.keyResults) {
      assert.deepEqual(parseKeyResultId(kr.id), { cycleId: TARGET_CYCLE, objectiveId: NEW_ID, keyResultId: kr.id });
      assert.equal(kr.checkInCount, 0);
      assert.equal(kr.confidence, null);
      assert.equal(kr.lastCheckIn, null);
      assert.equal(kr.grade, null);
      assert.equal(kr.revision, 1);
    }
    assert.equal(copy.keyResults[0]!.ownerId, 'u1');
    assert.equal(copy.keyResults[0]!.weight, 2);
  });

  it('restarts numeric key results at the old current value; milestones keep steps done; guardrails start empty', () => {
    const { copy } = expectOk(carryOver(closedSource(), carryInput()));
    const [users, costs, launch, uptime] = copy.keyResults;
    assert.deepEqual(users!.spec, increaseSpec(60, 100));
    assert.equal(users!.current, 60);
    assert.equal(keyResultProgress(users!.spec, users!.current), 0);
    assert.deepEqual(costs!.spec, decreaseSpec(70, 40));
    assert.equal(costs!.current, 70);
    assert.deepEqual(launch!.spec, milestoneSpec(['a', 'b', 'c', 'd']));
    assert.equal(launch!.current, 2);
    assert.deepEqual(uptime!.spec, guardrailSpec('stay-above', 95));
    assert.equal(uptime!.current, null);
  });

  it('marks the source as carried over without changing anything else', () => {
    const source = closedSource();
    const { source: linked } = expectOk(carryOver(source, carryInput()));
    assert.deepEqual(linked, { ...source, carriedTo: NEW_ID, updatedAt: LATER });
  });

  it('decides "achieved" by measured progress when an active objective has no grades yet', () => {
    const active = objective({
      state: 'active',
      keyResults: [
        keyResult({ id: krId('01'), title: 'Half', spec: increaseSpec(0, 10), current: 5 }),
        keyResult({ id: krId('02'), title: 'Full', spec: increaseSpec(0, 10), current: 12 }),
      ],
    });
    const { copy, source } = expectOk(carryOver(active, carryInput()));
    assert.deepEqual(
      copy.keyResults.map((kr) => kr.title),
      ['Half'],
    );
    assert.equal(source.state, 'active');
    assert.equal(source.carriedTo, NEW_ID);
  });

  it('decides "achieved" by the grade when there is one', () => {
    const source = closedSource({
      keyResults: [
        // measured 0.5 but graded 1 (with a reason): counts as achieved
        keyResult({ id: krId('01'), title: 'Graded up', spec: increaseSpec(0, 10), current: 5, grade: { value: 1, reason: 'Target was wrong' } }),
        keyResult({ id: krId('02'), title: 'Open', spec: binarySpec(), current: 0, grade: grade(0) }),
      ],
    });
    assert.deepEqual(
      expectOk(carryOver(source, carryInput())).copy.keyResults.map((kr) => kr.title),
      ['Open'],
    );
  });

  it('every carried key result has a valid spec and a finite progress, even one graded below its measured progress', () => {
    // Reachable through closeObjective: a key result that hit its target, graded down with a reason.
    const active = objective({
      state: 'active',
      keyResults: [
        keyResult({ id: krId('01'), title: 'Hit target', spec: increaseSpec(0, 100), current: 100 }),
        keyResult({ id: krId('02'), title: 'Overshot', spec: decreaseSpec(100, 40), current: 30 }),
      ],
    });
    const closed = expectOk(
      closeObjective(
        active,
        {
          adjustments: [
            { keyResultId: krId('01'), grade: 0.8, reason: 'Easy target' },
            { keyResultId: krId('02'), grade: 0.9, reason: 'Luck' },
          ],
          reflection: 'Too easy',
        },
        NOW,
      ),
    );
    const { copy } = expectOk(carryOver(closed, carryInput()));
    for (const kr of copy.keyResults) {
      assert.deepEqual(validateSpec(kr.spec), {}, `${kr.title}: carried spec ${JSON.stringify(kr.spec)} is invalid`);
      const progress = keyResultProgress(kr.spec, kr.current);
      assert.ok(Number.isFinite(progress) && progress >= 0 && progress <= 1, `${kr.title}: progress ${progress}`);
    }
  });

  it('refuses carrying twice', () => {
    const { source } = expectOk(carryOver(closedSource(), carryInput()));
    const failure = expectFail(carryOver(source, carryInput({ newObjectiveId: `${TARGET_CYCLE}.obgamma1` })), OKR_ERROR.alreadyCarriedOver);
    assert.deepEqual(failure.details, { carriedTo: NEW_ID });
  });

  it('refuses carrying into the same cycle', () => {
    const failure = expectFail(carryOver(closedSource(), carryInput({ targetCycleId: CYCLE_ID, newObjectiveId: `${CYCLE_ID}.obbeta1` })), OKR_ERROR.validation);
    assert.deepEqual(failedFields(failure), ['targetCycleId']);
  });

  it('refuses draft and proposed sources', () => {
    for (const state of ['draft', 'proposed'] as const) {
      const failure = expectFail(carryOver(closedSource({ state }), carryInput()), OKR_ERROR.invalidTransition);
      assert.deepEqual(failure.details, { from: state });
    }
  });

  it('refuses when every key result was achieved', () => {
    const source = closedSource({
      keyResults: [keyResult({ id: krId('01'), spec: binarySpec(), current: 1, grade: grade(1) })],
    });
    expectFail(carryOver(source, carryInput()), OKR_ERROR.validation);
  });
});
