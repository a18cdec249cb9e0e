import { fail, ok, type Result } from '../shared/result.js';
import { keyResultProgress, type KeyResult } from './key-result.js';
import type { Objective } from './objective.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';

export const GRADE_BANDS = ['low', 'mid', 'success'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

/** 0.7 is success for an ambitious OKR; a perfect score every time means the goals were too easy. */
export function gradeBand(grade: number): GradeBand {
  if (grade >= 0.7) return 'success';
  if (grade >= 0.4) return 'mid';
  return 'low';
}

export const MAX_REFLECTION_LENGTH = 4000;
const roundGrade = (value: number): number => Math.round(value * 100) / 100;

/** The grade a key result gets unless someone adjusts it: its measured progress. */
export const defaultGrade = (kr: Pick<KeyResult, 'spec' | 'current'>): number => roundGrade(keyResultProgress(kr.spec, kr.current));

export interface GradeAdjustment {
  readonly keyResultId: string;
  readonly grade: number;
  readonly reason: string | null;
}

export interface CloseObjectiveInput {
  readonly adjustments: readonly GradeAdjustment[];
  readonly reflection: string;
}

export function weightedGrade(keyResults: readonly Pick<KeyResult, 'weight' | 'grade'>[]): number {
  const total = keyResults.reduce((sum, kr) => sum + kr.weight, 0);
  if (total === 0) return 0;
  return roundGrade(keyResults.reduce((sum, kr) => sum + kr.weight * (kr.grade?.value ?? 0), 0) / total);
}

/** Grades every key result (default or adjusted with a reason) and closes the objective with a reflection. */
export function closeObjective(objective: Objective, input: CloseObjectiveInput, now: string): Result<Objective, OkrErrorCode> {
  if (objective.state !== 'active') {
    return fail(OKR_ERROR.invalidTransition, `An objective in state ${objective.state} cannot be closed`, { from: objective.state, to: 'closed' });
  }
  if (input.reflection.trim().length === 0) {
    return fail(OKR_ERROR.reflectionRequired, 'Write a short reflection: what worked, what did not, what you learned');
  }
  if (input.reflection.length > MAX_REFLECTION_LENGTH) {
    return fail(OKR_ERROR.validation, 'Some fields need attention', { fields: { reflection: `At most ${MAX_REFLECTION_LENGTH} characters` } });
  }
  const byId = new Map(input.adjustments.map((a) => [a.keyResultId, a]));
  const fields: Record<string, string> = {};
  for (const adjustment of input.adjustments) {
    if (!objective.keyResults.some((kr) => kr.id === adjustment.keyResultId)) {
      return fail(OKR_ERROR.unknownKeyResult, 'A grade names a key result that is not part of this objective', { keyResultId: adjustment.keyResultId });
    }
    if (!(adjustment.grade >= 0 && adjustment.grade <= 1)) fields[`grades.${adjustment.keyResultId}`] = 'A grade runs from 0 to 1';
  }
  if (Object.keys(fields).length > 0) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields });

  const graded: KeyResult[] = [];
  for (const kr of objective.keyResults) {
    const measured = defaultGrade(kr);
    const adjustment = byId.get(kr.id);
    const value = adjustment ? roundGrade(adjustment.grade) : measured;
    const reason = adjustment?.reason?.trim() || null;
    if (value !== measured && reason === null) {
      return fail(OKR_ERROR.gradeReasonRequired, `Say why "${kr.title}" is graded ${value} when it measured ${measured}`, {
        keyResultId: kr.id,
        measured,
        grade: value,
      });
    }
    graded.push({ ...kr, grade: { value, reason: value === measured ? null : reason } });
  }
  return ok({
    ...objective,
    state: 'closed',
    keyResults: graded,
    grade: weightedGrade(graded),
    reflection: input.reflection.trim(),
    updatedAt: now,
    revision: objective.revision + 1,
  });
}

export type GradeDistribution = Record<GradeBand, number>;

export function gradeDistribution(grades: readonly number[]): GradeDistribution {
  const distribution: GradeDistribution = { low: 0, mid: 0, success: 0 };
  for (const grade of grades) distribution[gradeBand(grade)] += 1;
  return distribution;
}
