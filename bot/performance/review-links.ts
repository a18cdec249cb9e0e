import type { TabLinks } from '../tab-links.js';
import { feedbackPageLink } from './feedback-links.js';

export type ReviewsSection = 'mine' | 'team';

/**
 * A link to a section of the tab's Reviews area ("My reviews", where peer requests are answered too,
 * or "My team"). Built on the Feedback link, which already swaps the route in plain and deep links.
 */
export function reviewsPageLink(links: TabLinks, section: ReviewsSection): string {
  return feedbackPageLink(links).replace(/#\/reviews\/feedback/, `#/reviews/${section}`).replace(/%23%2Freviews%2Ffeedback/g, encodeURIComponent(`#/reviews/${section}`));
}
