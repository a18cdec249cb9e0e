/** What counts as feedback activity of a person in analytics. */
export const FEEDBACK_ACTIVITIES = ['given', 'received', 'requestsAnswered'] as const;
export type FeedbackActivity = (typeof FEEDBACK_ACTIVITIES)[number];

/** One piece of activity: feedback or praise given or received, or a feedback request answered. */
export interface FeedbackEvent {
  readonly personId: string;
  readonly activity: FeedbackActivity;
  /** ISO instant; counted in its UTC month. */
  readonly at: string;
}

export type ActivityCounts = Readonly<Record<FeedbackActivity, number>>;

export interface MonthCounts extends ActivityCounts {
  /** "YYYY-MM". */
  readonly month: string;
}

export const MAX_MONTHS = 24;

/** The `count` calendar months (UTC) that end with the month of `now`, oldest first. */
export function monthsEnding(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1)).toISOString().slice(0, 7));
}

export const monthOf = (at: string): string => at.slice(0, 7);

const zero = (): Record<FeedbackActivity, number> => ({ given: 0, received: 0, requestsAnswered: 0 });

/** Counts per month (every month listed, zeros included) and in total over those months; events outside them are ignored. */
export function countByMonth(events: readonly FeedbackEvent[], months: readonly string[]): { months: MonthCounts[]; totals: ActivityCounts } {
  const byMonth = new Map(months.map((m) => [m, zero()]));
  const totals = zero();
  for (const event of events) {
    const counts = byMonth.get(monthOf(event.at));
    if (!counts) continue;
    counts[event.activity] += 1;
    totals[event.activity] += 1;
  }
  return { months: months.map((month) => ({ month, ...byMonth.get(month)! })), totals };
}
