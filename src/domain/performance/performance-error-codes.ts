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
  | 'PERF.WRITE_CONTENTION'
  /** The same thing exists already (e.g. a person nominated twice). */
  | 'PERF.DUPLICATE'
  /** A decision that was made already (e.g. an approved nomination). */
  | 'PERF.ALREADY_DECIDED'
  /** Something this needs is not done yet (e.g. releasing before the manager review is submitted). */
  | 'PERF.NOT_READY'
  /** The review cycle has no compensation recommendations. */
  | 'PERF.COMPENSATION_DISABLED';
