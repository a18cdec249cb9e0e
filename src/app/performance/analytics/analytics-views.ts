/**
 * THE CONTRACT of the performance-management analytics API (restricted). All paths under /api/v1.
 *
 * GET /performance-analytics/review-cycles/:cycleId   → ReviewCycleAnalyticsView
 * GET /performance-analytics/feedback?months=1..24    → FeedbackAnalyticsView (default 6 months, this month last)
 *
 * Who: HR admins over the whole tenant; managers over the people below them in the current manager
 * chain. Anyone else, an unknown cycle, a draft cycle (non-HR) and another tenant's cycle: 404 PERF.NOT_FOUND.
 * Every document counted was first allowed by the access policy for the viewer (each decision is in
 * the request's one audit record); what the viewer may not read is not counted, not even as a number.
 *
 * Small groups: every aggregate over fewer people than the threshold (the cycle's anonymity threshold;
 * 3 for feedback) is withheld: `{ shown: false, reason: 'too-few-people', threshold }` instead of
 * numbers, never a zero. When exactly one group of a breakdown is withheld while the total is shown,
 * the smallest shown group is withheld too, so the hidden one cannot be worked out by subtraction.
 * Errors: 400 API.VALIDATION (bad or unknown query parameter), 404 PERF.NOT_FOUND.
 */
import type { AnalyticsScope } from '../../../domain/performance/analytics/analytics-scope.js';
import type { ActivityCounts, MonthCounts } from '../../../domain/performance/analytics/feedback-activity.js';
import type { Completion } from '../../../domain/performance/analytics/review-completion.js';
import type { Disclosure } from '../../../domain/performance/analytics/small-groups.js';
import type { RatingCountView, RatingScaleView, ReviewCycleSummaryView } from '../reviews/review-views.js';

export type { Disclosure, Shown, Withheld } from '../../../domain/performance/analytics/small-groups.js';
export type { Completion, CompletionStage, StageCounts, StageStatus } from '../../../domain/performance/analytics/review-completion.js';
export type { ActivityCounts, FeedbackActivity, MonthCounts } from '../../../domain/performance/analytics/feedback-activity.js';

export interface AnalyticsScopeView {
  readonly kind: AnalyticsScope['kind'];
  /** People in the scope now (the directory), whether or not they take part in what is counted. */
  readonly people: number;
}

/** One team's aggregate; teams are those at launch for reviews, current teams for feedback. */
export interface TeamAggregateView<T> {
  /** null: people in no team. A person in two teams counts in both. */
  readonly teamId: string | null;
  readonly teamName: string;
  readonly aggregate: Disclosure<T>;
}

export interface RatingsAggregate {
  /** Reviews without a final rating yet. */
  readonly unrated: number;
  /** Every point of the overall scale, zeros included. */
  readonly counts: readonly RatingCountView[];
}

export interface ReviewCycleAnalyticsView {
  readonly cycle: ReviewCycleSummaryView;
  readonly scope: AnalyticsScopeView;
  /** The cycle's anonymity threshold: the smallest group shown. */
  readonly threshold: number;
  /** Packets by status of each stage (self review, peer feedback, manager review, release, acknowledgement). */
  readonly completion: { readonly overall: Disclosure<Completion>; readonly byTeam: readonly TeamAggregateView<Completion>[] };
  /** Final ratings (HR's adjustment, else the submitted proposal) for calibration. */
  readonly ratings: { readonly scale: RatingScaleView; readonly overall: Disclosure<RatingsAggregate>; readonly byTeam: readonly TeamAggregateView<RatingsAggregate>[] };
}

export interface FeedbackAggregate {
  readonly months: readonly MonthCounts[];
  readonly totals: ActivityCounts;
}

export interface FeedbackAnalyticsView {
  readonly scope: AnalyticsScopeView;
  readonly threshold: number;
  /** "YYYY-MM", oldest first, ending with the current month (UTC). */
  readonly months: readonly string[];
  /**
   * given: feedback and praise written by people in scope; received: written about them;
   * requestsAnswered: feedback requests they answered (counted in the month of the answer).
   */
  readonly overall: Disclosure<FeedbackAggregate>;
  readonly byTeam: readonly TeamAggregateView<FeedbackAggregate>[];
}
