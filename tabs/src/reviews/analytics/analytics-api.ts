import type { ApiClient } from '../../api/api-client.js';
import type { FeedbackAnalyticsView, ReviewCycleAnalyticsView } from '../../../../src/app/performance/analytics/analytics-views.js';

export type { FeedbackAnalyticsView, ReviewCycleAnalyticsView };

export const FEEDBACK_PERIODS = [3, 6, 12] as const;

export const loadCycleAnalytics = (api: ApiClient, cycleId: string) => api.get<ReviewCycleAnalyticsView>(`/performance-analytics/review-cycles/${encodeURIComponent(cycleId)}`);
export const loadFeedbackAnalytics = (api: ApiClient, months: number) => api.get<FeedbackAnalyticsView>(`/performance-analytics/feedback?months=${months}`);
