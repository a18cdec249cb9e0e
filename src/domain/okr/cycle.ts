import { fail, ok, type Result } from '../shared/result.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';

export const CYCLE_STATES = ['planning', 'active', 'grading', 'closed'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];
export const CADENCES = ['quarterly', 'custom'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Cycle {
  readonly tenantId: string;
  readonly id: string;
  readonly name: string;
  /** Inclusive calendar dates, YYYY-MM-DD. */
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: Cadence;
  readonly state: CycleState;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

const NEXT_STATE: Record<CycleState, CycleState | null> = {
  planning: 'active',
  active: 'grading',
  grading: 'closed',
  closed: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string): boolean => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export interface NewCycle {
  readonly tenantId: string;
  readonly id: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: Cadence;
  readonly now: string;
}

export function createCycle(input: NewCycle): Result<Cycle, OkrErrorCode> {
  const fields: Record<string, string> = {};
  if (input.name.trim().length === 0) fields.name = 'A name is required, e.g. "2026 Q4"';
  if (!isCalendarDate(input.startDate)) fields.startDate = 'Use a date like 2026-10-01';
  if (!isCalendarDate(input.endDate)) fields.endDate = 'Use a date like 2026-12-31';
  else if (isCalendarDate(input.startDate) && input.endDate <= input.startDate) fields.endDate = 'The end comes after the start';
  if (Object.keys(fields).length > 0) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields });
  return ok({
    tenantId: input.tenantId,
    id: input.id,
    name: input.name.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    cadence: input.cadence,
    state: 'planning',
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}

/** Cycles only move forward: planning -> active -> grading -> closed. */
export function transitionCycle(cycle: Cycle, to: CycleState, now: string): Result<Cycle, OkrErrorCode> {
  if (NEXT_STATE[cycle.state] !== to) {
    return fail(OKR_ERROR.invalidTransition, `A cycle in ${cycle.state} cannot move to ${to}`, {
      from: cycle.state,
      to,
      allowed: NEXT_STATE[cycle.state],
    });
  }
  return ok({ ...cycle, state: to, updatedAt: now, revision: cycle.revision + 1 });
}

/** Objectives can be written while a cycle is planned or running; grading and closed cycles are settled. */
export const acceptsNewObjectives = (cycle: Cycle): boolean => cycle.state === 'planning' || cycle.state === 'active';

export const acceptsCheckIns = (cycle: Cycle): boolean => cycle.state === 'active';

export const acceptsGrading = (cycle: Cycle): boolean => cycle.state === 'active' || cycle.state === 'grading';

/** Cycle bounds as instants: from the start date's first moment to the end date's last, in UTC. */
export function cycleBounds(cycle: Pick<Cycle, 'startDate' | 'endDate'>): { start: number; end: number } {
  return { start: Date.parse(`${cycle.startDate}T00:00:00Z`), end: Date.parse(`${cycle.endDate}T23:59:59.999Z`) };
}

/** The share of the cycle that has elapsed, 0-1: the progress one would expect by now. */
export function expectedProgress(cycle: Pick<Cycle, 'startDate' | 'endDate'>, now: Date): number {
  const { start, end } = cycleBounds(cycle);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}
