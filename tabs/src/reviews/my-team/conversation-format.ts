import { ApiError } from '../../api/api-client.js';
import { describeError } from '../../components/describe-error.js';

/** A calendar date (YYYY-MM-DD) in the person's locale. Read as UTC so no time zone shifts the day. */
export function formatCalendarDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant as a short date in the person's own time zone. */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** Today as YYYY-MM-DD in the person's own time zone (for date inputs and "overdue"). */
export function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Plain words for an API error: this area's own messages first, then the shared ones; field problems appended. */
export function describeFailure(error: unknown, messages: Record<string, string>): string {
  if (error instanceof ApiError && messages[error.code]) {
    const fields = error.details.fields as Record<string, string> | undefined;
    return fields ? `${messages[error.code]} ${Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ')}` : messages[error.code]!;
  }
  return describeError(error);
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.code === 'PERF.REVISION_MISMATCH';
