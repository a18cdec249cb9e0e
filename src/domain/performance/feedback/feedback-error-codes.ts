import type { PerformanceErrorCode } from '../performance-error-codes.js';

/** Expected failures of continuous feedback: the shared performance codes plus the feedback-specific ones. */
export type FeedbackErrorCode =
  | PerformanceErrorCode
  /** The feedback request was closed by its requester: no more answers, no changes. */
  | 'PERF.REQUEST_CLOSED';
