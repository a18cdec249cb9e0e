import { z } from 'zod';
import { getFeedbackAnalytics } from '../../app/performance/analytics/get-feedback-analytics.js';
import { getReviewCycleAnalytics } from '../../app/performance/analytics/get-review-cycle-analytics.js';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import { MAX_MONTHS } from '../../domain/performance/analytics/feedback-activity.js';
import { respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';

/** Strict: an unknown parameter (a typo) is a 400, not silently ignored; repeated parameters (arrays) too. */
export const reviewCycleAnalyticsQuerySchema = z.strictObject({});
export const feedbackAnalyticsQuerySchema = z.strictObject({ months: z.coerce.number().int().min(1).max(MAX_MONTHS).optional() });

/** Restricted analytics for HR and managers; the contract is src/app/performance/analytics/analytics-views.ts. */
export function performanceAnalyticsRoutes(deps: PerformanceDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/performance-analytics/review-cycles/:cycleId',
      handler: async ({ ctx, params, query }) => {
        const q = validate(reviewCycleAnalyticsQuerySchema, query);
        return q.ok ? respond(await getReviewCycleAnalytics(deps, ctx, params.cycleId!)) : q;
      },
    },
    {
      method: 'get',
      path: '/performance-analytics/feedback',
      handler: async ({ ctx, query }) => {
        const q = validate(feedbackAnalyticsQuerySchema, query);
        return q.ok ? respond(await getFeedbackAnalytics(deps, ctx, q.value)) : q;
      },
    },
  ];
}
