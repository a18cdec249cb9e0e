import type { ApiClient } from '../api/api-client.js';
import type { KeyResultView } from '../api/types.js';
import { strings } from '../strings.js';

interface CheckInBody {
  value: number;
  confidence: number;
  note: string;
  blockers: string;
}

/** The same use case as the API and the bot: one POST per check-in. */
export const recordCheckIn = (api: ApiClient, keyResultId: string, body: CheckInBody) => api.post(`/key-results/${encodeURIComponent(keyResultId)}/check-ins`, body);

/** "No change this week": the last value and confidence again, in one click. */
export const checkInNoChange = (api: ApiClient, kr: KeyResultView) =>
  recordCheckIn(api, kr.id, { value: kr.current ?? 0, confidence: kr.confidence ?? 5, note: strings.noChange, blockers: '' });

