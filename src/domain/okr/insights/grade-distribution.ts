import { gradeDistribution, type GradeDistribution } from '../grading.js';
import { histogram, type Bucket } from './progress-distribution.js';

/** An ambitious OKR that reaches 0.7 is a success; the distribution is read against this band. */
export const GRADE_TARGET = 0.7;

export interface GradeDistributionAtClose {
  readonly count: number;
  readonly mean: number | null;
  readonly target: number;
  /** Below 0.4, 0.4-0.69, 0.7 and above: the same bands as the Quarter page. */
  readonly bands: GradeDistribution;
  /** Ten bars of 0.1. */
  readonly buckets: Bucket[];
  /** Share of grades at or above the target; null when nothing is graded. */
  readonly atOrAboveTarget: number | null;
}

/** Grades of closed objectives against the 0.7 band. */
export function gradeDistributionAtClose(grades: readonly number[]): GradeDistributionAtClose {
  const count = grades.length;
  const bands = gradeDistribution(grades);
  return {
    count,
    mean: count === 0 ? null : Math.round((grades.reduce((a, b) => a + b, 0) / count) * 100) / 100,
    target: GRADE_TARGET,
    bands,
    buckets: histogram(grades),
    atOrAboveTarget: count === 0 ? null : bands.success / count,
  };
}
