import type { FeedbackNotifier } from '../../app/performance/feedback/feedback-notifier.js';
import type { ReviewNotifier } from '../../app/performance/reviews/review-notifier.js';
import type { PerformanceDeps } from '../../app/performance/performance-deps.js';
import type { PersonalDataPorts } from '../../app/performance/personal-data/personal-data-deps.js';
import type { Route } from '../http/api-types.js';
import { auditRoutes } from './audit-routes.js';
import { developmentPlanRoutes } from './development-plan-routes.js';
import { feedbackRoutes } from './feedback-routes.js';
import { oneOnOneRoutes } from './one-on-one-routes.js';
import { performanceAnalyticsRoutes } from './performance-analytics-routes.js';
import { personalDataRoutes } from './personal-data-routes.js';
import { reviewRoutes } from './review-routes.js';

/** What some performance routes need besides the deps: the senders the server builds after the routes. */
export interface PerformanceWiring {
  /** Feedback request cards and praise posts through the send pipeline; none: nothing is sent. */
  readonly feedbackNotifier?: FeedbackNotifier;
  /** Peer request cards to approved nominees through the send pipeline; none: nothing is sent. */
  readonly reviewNotifier?: ReviewNotifier;
  /** The goals-store ports data-subject requests need; none: the personal-data routes are not served. */
  readonly personalData?: PersonalDataPorts;
}

/** Every route that touches restricted data; only these are handed the performance deps. */
export function performanceRoutes(deps: PerformanceDeps, wiring: PerformanceWiring = {}): Route[] {
  return [...auditRoutes(deps), ...feedbackRoutes(deps, wiring.feedbackNotifier), ...reviewRoutes(deps, wiring.reviewNotifier), ...oneOnOneRoutes(deps), ...developmentPlanRoutes(deps), ...performanceAnalyticsRoutes(deps), ...(wiring.personalData ? personalDataRoutes({ ...deps, ...wiring.personalData }) : [])];
}
