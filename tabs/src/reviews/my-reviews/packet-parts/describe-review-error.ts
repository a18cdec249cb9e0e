import { ApiError } from '../../../api/api-client.js';
import { describeError } from '../../../components/describe-error.js';
import { reviewStrings } from '../../strings/reviews.js';

/** Plain words for a review API error, by its stable code; field problems are listed after it. */
export function describeReviewError(error: unknown): string {
  if (error instanceof ApiError) {
    const known = reviewStrings.errors[error.code];
    if (known) {
      const fields = error.details.fields as Record<string, string> | undefined;
      return fields ? `${known} ${Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ')}` : known;
    }
  }
  return describeError(error);
}
