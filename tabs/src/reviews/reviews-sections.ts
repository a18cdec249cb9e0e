import { lazy, type ComponentType } from 'react';
import type { Person } from '../api/types.js';

export type ReviewsSection = 'mine' | 'team' | 'feedback' | 'growth' | 'cycles' | 'calibration' | 'analytics' | 'privacy';

export interface SectionProps {
  /** What follows the section in the route (#/reviews/<section>/<rest>), e.g. a person or cycle id. */
  readonly rest: readonly string[];
}

/** Each section of the Reviews area loads on demand. */
export const SECTIONS: Record<ReviewsSection, { component: ComponentType<SectionProps>; visible: (me: Person, managesPeople: boolean) => boolean }> = {
  mine: { component: lazy(() => import('./my-reviews/my-reviews.js')), visible: () => true },
  team: { component: lazy(() => import('./my-team/my-team.js')), visible: (_me, managesPeople) => managesPeople },
  feedback: { component: lazy(() => import('./feedback/feedback-page.js')), visible: () => true },
  growth: { component: lazy(() => import('./growth/development-plan-page.js')), visible: () => true },
  cycles: { component: lazy(() => import('./cycles/cycles-admin.js')), visible: (me) => me.roles.includes('hr-admin') },
  calibration: { component: lazy(() => import('./calibration/calibration-page.js')), visible: (me) => me.roles.includes('hr-admin') },
  analytics: { component: lazy(() => import('./analytics/review-analytics.js')), visible: (me, managesPeople) => me.roles.includes('hr-admin') || managesPeople },
  privacy: { component: lazy(() => import('./privacy/privacy-page.js')), visible: (me) => me.roles.includes('hr-admin') },
};
