import type { PerformanceErrorCode } from '../performance-error-codes.js';

/** Stable codes of personal-data requests, besides the performance codes they share. */
export type PersonalDataErrorCode =
  | PerformanceErrorCode
  /** The confirmation does not name the person to erase (their display name or id). */
  | 'PERF.CONFIRMATION_MISMATCH'
  /** People still report to them: move the reports to another manager first. */
  | 'PERF.HAS_DIRECT_REPORTS'
  /** A step failed half-way; what is done stays done: run the erasure again to finish it. */
  | 'PERF.ERASURE_INCOMPLETE';
