/** Stable codes for OKR rule violations; the API maps them to HTTP statuses, the bot to card messages. */
export const OKR_ERROR = {
  validation: 'OKR.VALIDATION',
  invalidTransition: 'OKR.INVALID_TRANSITION',
  noKeyResults: 'OKR.NO_KEY_RESULTS',
  tooManyKeyResults: 'OKR.TOO_MANY_KEY_RESULTS',
  invalidCheckInValue: 'OKR.INVALID_CHECK_IN_VALUE',
  cycleNotOpen: 'OKR.CYCLE_NOT_OPEN',
  objectiveNotActive: 'OKR.OBJECTIVE_NOT_ACTIVE',
  objectiveClosed: 'OKR.OBJECTIVE_CLOSED',
  reflectionRequired: 'OKR.REFLECTION_REQUIRED',
  gradeReasonRequired: 'OKR.GRADE_REASON_REQUIRED',
  commentRequired: 'OKR.COMMENT_REQUIRED',
  forbidden: 'OKR.FORBIDDEN',
  notFound: 'OKR.NOT_FOUND',
  unknownKeyResult: 'OKR.UNKNOWN_KEY_RESULT',
  alignmentInvalid: 'OKR.ALIGNMENT_INVALID',
  alignmentLoop: 'OKR.ALIGNMENT_LOOP',
  cycleHasActiveObjectives: 'OKR.CYCLE_HAS_ACTIVE_OBJECTIVES',
  alreadyCarriedOver: 'OKR.ALREADY_CARRIED_OVER',
  revisionMismatch: 'OKR.REVISION_MISMATCH',
  writeContention: 'OKR.WRITE_CONTENTION',
} as const;

export type OkrErrorCode = (typeof OKR_ERROR)[keyof typeof OKR_ERROR];
