/** Stable codes for expected failures in performance management. */
export type PerformanceErrorCode =
  /** Unknown, or the caller may not know it exists (the policy says conceal). */
  | 'PERF.NOT_FOUND'
  /** The caller may see the document but not do this to it. */
  | 'PERF.FORBIDDEN'
  | 'PERF.VALIDATION'
  /** The review is not in a phase that allows this. */
  | 'PERF.WRONG_PHASE'
  | 'PERF.ALREADY_SUBMITTED'
  /** Someone else changed the document since the caller read it (If-Match). */
  | 'PERF.REVISION_MISMATCH'
  | 'PERF.WRITE_CONTENTION';
