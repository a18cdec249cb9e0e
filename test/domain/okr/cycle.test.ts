import assert from 'node:assert/strict';
import {
  acceptsCheckIns,
  acceptsGrading,
  acceptsNewObjectives,
  createCycle,
  CYCLE_STATES,
  cycleBounds,
  expectedProgress,
  transitionCycle,
  type CycleState,
  type NewCycle,
} from '../../../src/domain/okr/cycle.js';
import { OKR_ERROR } from '../../../src/domain/okr/okr-error-codes.js';
import { cycle, CYCLE_ID, expectFail, expectOk, failedFields, LATER, NOW, TENANT } from './builders.js';

const newCycle = (overrides: Partial<NewCycle> = {}): NewCycle => ({
  tenantId: TENANT,
  id: CYCLE_ID,
  name: '2026 Q1',
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  cadence: 'quarterly',
  now: NOW,
  ...overrides,
});

describe('cycle', () => {
  describe('createCycle', () => {
    it('creates a planning cycle with a trimmed name', () => {
      assert.deepEqual(expectOk(createCycle(newCycle({ name: '  2026 Q1 ' }))), {
        tenantId: TENANT,
        id: CYCLE_ID,
        name: '2026 Q1',
        startDate: '2026-01-01',
        endDate: '2026-03-31',
        cadence: 'quarterly',
        state: 'planning',
        createdAt: NOW,
        updatedAt: NOW,
        revision: 1,
      });
    });

    it('accepts a leap day in a leap year', () => {
      expectOk(createCycle(newCycle({ startDate: '2024-02-29', endDate: '2024-03-31' })));
    });

    it('refuses an empty name', () => {
      assert.deepEqual(failedFields(expectFail(createCycle(newCycle({ name: '  ' })), OKR_ERROR.validation)), ['name']);
    });

    it('refuses dates that are not calendar dates', () => {
      for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-1-1', '01.01.2026', '2026-01-01T00:00:00Z', '', 'soon']) {
        assert.deepEqual(failedFields(expectFail(createCycle(newCycle({ startDate: bad })), OKR_ERROR.validation)), ['startDate'], `start ${bad}`);
        assert.deepEqual(failedFields(expectFail(createCycle(newCycle({ endDate: bad })), OKR_ERROR.validation)), ['endDate'], `end ${bad}`);
      }
    });

    it('refuses an end before or on the start', () => {
      assert.deepEqual(failedFields(expectFail(createCycle(newCycle({ startDate: '2026-03-31', endDate: '2026-01-01' })), OKR_ERROR.validation)), ['endDate']);
      assert.deepEqual(failedFields(expectFail(createCycle(newCycle({ startDate: '2026-01-01', endDate: '2026-01-01' })), OKR_ERROR.validation)), ['endDate']);
      expectOk(createCycle(newCycle({ startDate: '2026-01-01', endDate: '2026-01-02' })));
    });

    it('reports every bad field together', () => {
      const failure = expectFail(createCycle(newCycle({ name: '', startDate: '2026-02-30', endDate: 'x' })), OKR_ERROR.validation);
      assert.deepEqual(failedFields(failure), ['endDate', 'name', 'startDate']);
    });
  });

  describe('transitionCycle', () => {
    it('moves forward planning -> active -> grading -> closed, bumping the revision', () => {
      let current = cycle({ state: 'planning', revision: 1 });
      for (const [to, revision] of [['active', 2], ['grading', 3], ['closed', 4]] as const) {
        current = expectOk(transitionCycle(current, to, LATER));
        assert.equal(current.state, to);
        assert.equal(current.revision, revision);
        assert.equal(current.updatedAt, LATER);
      }
    });

    it('refuses every other pair', () => {
      const allowed = new Set(['planning>active', 'active>grading', 'grading>closed']);
      let refused = 0;
      for (const from of CYCLE_STATES) {
        for (const to of CYCLE_STATES) {
          if (allowed.has(`${from}>${to}`)) continue;
          const failure = expectFail(transitionCycle(cycle({ state: from }), to, LATER), OKR_ERROR.invalidTransition);
          const next: Record<CycleState, CycleState | null> = { planning: 'active', active: 'grading', grading: 'closed', closed: null };
          assert.deepEqual(failure.details, { from, to, allowed: next[from] }, `${from} -> ${to}`);
          refused++;
        }
      }
      assert.equal(refused, 13);
    });
  });

  describe('what a cycle accepts', () => {
    const table: Record<CycleState, { objectives: boolean; checkIns: boolean; grading: boolean }> = {
      planning: { objectives: true, checkIns: false, grading: false },
      active: { objectives: true, checkIns: true, grading: true },
      grading: { objectives: false, checkIns: false, grading: true },
      closed: { objectives: false, checkIns: false, grading: false },
    };
    for (const state of CYCLE_STATES) {
      it(`${state}: objectives ${table[state].objectives}, check-ins ${table[state].checkIns}, grading ${table[state].grading}`, () => {
        const c = cycle({ state });
        assert.equal(acceptsNewObjectives(c), table[state].objectives);
        assert.equal(acceptsCheckIns(c), table[state].checkIns);
        assert.equal(acceptsGrading(c), table[state].grading);
      });
    }
  });

  describe('cycleBounds and expectedProgress', () => {
    const tenDays = { startDate: '2026-01-01', endDate: '2026-01-10' };

    it('spans the first moment of the start date to the last moment of the end date in UTC', () => {
      assert.deepEqual(cycleBounds(tenDays), { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 11) - 1 });
    });

    it('is 0 before the start and at the start', () => {
      assert.equal(expectedProgress(tenDays, new Date('2025-12-31T23:59:59.999Z')), 0);
      assert.equal(expectedProgress(tenDays, new Date('2025-06-01T00:00:00Z')), 0);
      assert.equal(expectedProgress(tenDays, new Date('2026-01-01T00:00:00Z')), 0);
    });

    it('is about 0.5 in the middle and 0.25 a quarter in', () => {
      const middle = expectedProgress(tenDays, new Date('2026-01-06T00:00:00Z'));
      assert.ok(Math.abs(middle - 0.5) < 1e-6, String(middle));
      const quarter = expectedProgress(tenDays, new Date('2026-01-03T12:00:00Z'));
      assert.ok(Math.abs(quarter - 0.25) < 1e-6, String(quarter));
    });

    it('is 1 at the last moment and after the end', () => {
      assert.equal(expectedProgress(tenDays, new Date('2026-01-10T23:59:59.999Z')), 1);
      assert.equal(expectedProgress(tenDays, new Date('2026-01-11T00:00:00Z')), 1);
      assert.equal(expectedProgress(tenDays, new Date('2027-01-01T00:00:00Z')), 1);
    });
  });
});
