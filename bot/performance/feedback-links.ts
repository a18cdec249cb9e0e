import type { TabLinks } from '../tab-links.js';

/**
 * A link to the tab's Feedback section. TabLinks knows the My OKRs route; the Feedback route is
 * the same link with the route swapped, in its plain form (`#/my`) and inside a Teams deep link's
 * encoded webUrl and context (`%23%2Fmy`).
 */
export function feedbackPageLink(links: TabLinks, rest = ''): string {
  const route = `/reviews/feedback${rest ? `/${rest}` : ''}`;
  return links
    .my()
    .replace(/#\/my(?=$|["&])/, `#${route}`)
    .replace(/%23%2Fmy(?=$|%22|&)/g, encodeURIComponent(`#${route}`));
}
