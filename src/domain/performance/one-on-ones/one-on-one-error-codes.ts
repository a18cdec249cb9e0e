import type { PerformanceErrorCode } from '../performance-error-codes.js';

/** The performance codes plus the two states only a 1:1 series has. */
export type OneOnOneErrorCode =
  | PerformanceErrorCode
  /** The meeting is done: its agenda and date are a record now (notes stay editable). */
  | 'PERF.MEETING_DONE'
  /** Talking points go on an upcoming meeting, and the pair has none scheduled. */
  | 'PERF.NO_UPCOMING_MEETING';
