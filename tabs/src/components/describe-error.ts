import { ApiError } from '../api/api-client.js';
import { strings } from '../strings.js';

/** Plain words for an API error, chosen by its stable code. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const known = strings.errors[error.code];
    const fields = error.details.fields as Record<string, string> | undefined;
    const fieldText = fields ? ` ${Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ')}` : '';
    return `${known ?? error.message}${fieldText}`;
  }
  return strings.errors.fallback ?? 'Something went wrong.';
}
