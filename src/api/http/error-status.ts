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
};

export function httpStatusFor(code: string): number {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  if (code.startsWith('AUTH.')) return 401;
  return 422;
}
