/** Maps stable error codes to HTTP statuses; anything unlisted in a domain namespace is a rule violation (422). */
const EXACT: Record<string, number> = {
  'OKR.NOT_FOUND': 404,
  'PEOPLE.NOT_FOUND': 404,
  'API.ROUTE_NOT_FOUND': 404,
  'OKR.FORBIDDEN': 403,
  'PERF.NOT_FOUND': 404,
  'PERF.FORBIDDEN': 403,
  'PERF.VALIDATION': 400,
  'PERF.REVISION_MISMATCH': 412,
  'PERF.WRONG_PHASE': 409,
  'PERF.ALREADY_SUBMITTED': 409,
  'PERF.WRITE_CONTENTION': 409,
  // 1:1s: a completed meeting is a record; talking points need an upcoming meeting.
  'PERF.MEETING_DONE': 409,
  'PERF.NO_UPCOMING_MEETING': 409,
  'PERF.DUPLICATE': 409,
  'PERF.ALREADY_DECIDED': 409,
  'PERF.NOT_READY': 409,
  'PERF.COMPENSATION_DISABLED': 409,
  'PERF.REQUEST_CLOSED': 409,
  // Data-subject requests: the confirmation does not name the person; they still manage people; an erasure stopped half-way (run it again).
  'PERF.CONFIRMATION_MISMATCH': 400,
  'PERF.HAS_DIRECT_REPORTS': 409,
  'PERF.ERASURE_INCOMPLETE': 503,
  'OKR.VALIDATION': 400,
  'API.VALIDATION': 400,
  'API.MALFORMED_JSON': 400,
  'API.MALFORMED_REQUEST': 400,
  'API.BAD_IF_MATCH': 400,
  'STORE.BAD_CONTINUATION': 400,
  'API.PAYLOAD_TOO_LARGE': 413,
  'API.UNSUPPORTED_MEDIA_TYPE': 415,
  'OKR.REVISION_MISMATCH': 412,
  'OKR.INVALID_TRANSITION': 409,
  'OKR.WRITE_CONTENTION': 409,
  'OKR.ALREADY_CARRIED_OVER': 409,
  'OKR.CYCLE_HAS_ACTIVE_OBJECTIVES': 409,
  'AUTH.KEYS_UNAVAILABLE': 503,
  'AUTH.UNKNOWN_USER': 403,
  'API.INTERNAL': 500,
  'API.STARTING': 503,
  // Key result drafting: say what happened to the AI service.
  'AI.OFF': 404,
  'AI.TIMEOUT': 504,
  'AI.BUSY': 503,
  'AI.REFUSED': 422,
  'AI.INVALID_OUTPUT': 502,
  'AI.UNAVAILABLE': 503,
  'API.STORE_UNAVAILABLE': 503,
  // Meetings: not a participant (concealed), the counterpart is not in the meeting, no such board subject,
  // not a manager-report pair; the app is not in the meeting or Teams refused the bot; Teams throttled or failed.
  'MEETING.NOT_FOUND': 404,
  'MEETING.COUNTERPART_NOT_FOUND': 404,
  'MEETING.SUBJECT_NOT_FOUND': 404,
  'MEETING.NOT_A_ONE_ON_ONE': 409,
  'MEETING.APP_NOT_INSTALLED': 409,
  'MEETING.ROSTER_FORBIDDEN': 409,
  'MEETING.ROSTER_THROTTLED': 503,
  'MEETING.ROSTER_UNAVAILABLE': 502,
  // OKR insights: not a manager or admin; a team nobody in scope belongs to; no such team or week; aggregate not buildable now.
  'INSIGHTS.FORBIDDEN': 403,
  'INSIGHTS.OUT_OF_SCOPE': 403,
  'INSIGHTS.UNKNOWN_TEAM': 404,
  'INSIGHTS.UNKNOWN_WEEK': 400,
  'INSIGHTS.UNAVAILABLE': 503,
  // OKR import: a file over the size limit; errors in the file (nothing written); stopped half-way (run it again).
  'IMPORT.TOO_LARGE': 413,
  'IMPORT.HAS_ERRORS': 422,
  'IMPORT.INCOMPLETE': 503,
};

export function httpStatusFor(code: string): number {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  if (code.startsWith('AUTH.')) return 401;
  return 422;
}
