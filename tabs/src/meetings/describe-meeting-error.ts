import { ApiError } from '../api/api-client.js';
import { describeError } from '../components/describe-error.js';
import { meetingStrings } from './meeting-strings.js';

/** Plain words for a meeting API error: meeting codes first, then the tab's usual wording. */
export function describeMeetingError(error: unknown): string {
  if (error instanceof ApiError && meetingStrings.errors[error.code]) return meetingStrings.errors[error.code]!;
  return describeError(error);
}
