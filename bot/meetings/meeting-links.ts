import type { TabLinks } from '../tab-links.js';

/**
 * A link to a 1:1 in the tab (the manager's view: `#/reviews/team/<reportId>/one-on-one`). TabLinks
 * knows the My OKRs route; this is the same link with the route swapped, plain (`#/my`) and inside
 * a Teams deep link's encoded webUrl and context (`%23%2Fmy`).
 */
export function oneOnOneLink(links: TabLinks, reportId: string): string {
  const route = `/reviews/team/${encodeURIComponent(reportId)}/one-on-one`;
  return links
    .my()
    .replace(/#\/my(?=$|["&])/, `#${route}`)
    .replace(/%23%2Fmy(?=$|%22|&)/g, encodeURIComponent(`#${route}`));
}
