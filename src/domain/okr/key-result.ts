import { fail, ok, type Result } from '../shared/result.js';
import { OKR_ERROR } from './okr-error-codes.js';

export const KEY_RESULT_TYPES = ['increase-to', 'decrease-to', 'milestone', 'binary', 'guardrail'] as const;
export type KeyResultType = (typeof KEY_RESULT_TYPES)[number];
export const UNITS = ['number', 'percent', 'currency'] as const;
export type Unit = (typeof UNITS)[number];

export type KeyResultSpec =
  | { readonly type: 'increase-to' | 'decrease-to'; readonly start: number; readonly target: number; readonly unit: Unit; readonly currency?: string }
  | { readonly type: 'milestone'; readonly steps: readonly string[] }
  | { readonly type: 'binary' }
  | {
      readonly type: 'guardrail';
      readonly direction: 'stay-above' | 'stay-below';
      readonly threshold: number;
      readonly unit: Unit;
      readonly currency?: string;
    };

export interface KeyResultGrade {
  readonly value: number;
  /** Why the grade differs from the measured progress; null when it does not. */
  readonly reason: string | null;
}

export interface LastCheckIn {
  readonly id: string;
  readonly at: string;
  readonly authorId: string;
}

export interface KeyResult {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly weight: number;
  readonly spec: KeyResultSpec;
  /**
   * The latest checked-in value, kept on the key result so boards need no check-in reads.
   * increase/decrease/guardrail: the measured number; milestone: steps completed; binary: 0 or 1.
   */
  readonly current: number | null;
  readonly confidence: number | null;
  readonly lastCheckIn: LastCheckIn | null;
  readonly checkInCount: number;
  readonly grade: KeyResultGrade | null;
  /** Bumped on every edit of the key result itself (not on check-ins); the API's If-Match for key results. */
  readonly revision: number;
}

export const MAX_KEY_RESULTS = 10;
export const RECOMMENDED_MAX_KEY_RESULTS = 5;
export const MAX_TITLE_LENGTH = 200;
export const MAX_MILESTONE_STEPS = 20;

export type FieldErrors = Record<string, string>;

/** The value a key result starts from before anyone checks in. */
export function initialValue(spec: KeyResultSpec): number | null {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return spec.start;
    case 'milestone':
    case 'binary':
      return 0;
    case 'guardrail':
      return null;
  }
}

export function validateSpec(spec: KeyResultSpec): FieldErrors {
  const errors: FieldErrors = {};
  switch (spec.type) {
    case 'increase-to':
      if (!(spec.target > spec.start)) errors.target = 'An increase-to key result needs a target above its start';
      break;
    case 'decrease-to':
      if (!(spec.target < spec.start)) errors.target = 'A decrease-to key result needs a target below its start';
      break;
    case 'milestone':
      if (spec.steps.length < 1) errors.steps = 'A milestone key result needs at least one step';
      if (spec.steps.length > MAX_MILESTONE_STEPS) errors.steps = `At most ${MAX_MILESTONE_STEPS} steps`;
      if (spec.steps.some((s) => s.trim().length === 0)) errors.steps = 'Every step needs a name';
      break;
    case 'binary':
    case 'guardrail':
      break;
  }
  if (spec.type !== 'milestone' && spec.type !== 'binary' && spec.unit === 'currency' && !spec.currency) {
    errors.currency = 'A currency key result needs a currency code such as EUR';
  }
  return errors;
}

/** Checks a checked-in value against the key result's type; returns the value to store. */
export function validateCheckInValue(spec: KeyResultSpec, value: number): Result<number, typeof OKR_ERROR.invalidCheckInValue> {
  if (!Number.isFinite(value)) return fail(OKR_ERROR.invalidCheckInValue, 'The value must be a number');
  switch (spec.type) {
    case 'milestone':
      if (!Number.isInteger(value) || value < 0 || value > spec.steps.length) {
        return fail(OKR_ERROR.invalidCheckInValue, `Choose how many of the ${spec.steps.length} steps are done`, {
          min: 0,
          max: spec.steps.length,
        });
      }
      return ok(value);
    case 'binary':
      if (value !== 0 && value !== 1) return fail(OKR_ERROR.invalidCheckInValue, 'A done / not done key result takes 1 or 0');
      return ok(value);
    default:
      return ok(value);
  }
}

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

/** Progress 0-1 from the current value; decreasing targets count down, guardrails are met or not. */
export function keyResultProgress(spec: KeyResultSpec, current: number | null): number {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return current === null ? 0 : clamp01((current - spec.start) / (spec.target - spec.start));
    case 'milestone':
      return current === null ? 0 : clamp01(current / spec.steps.length);
    case 'binary':
      return current !== null && current >= 1 ? 1 : 0;
    case 'guardrail':
      if (current === null) return 0;
      return (spec.direction === 'stay-above' ? current >= spec.threshold : current <= spec.threshold) ? 1 : 0;
  }
}
