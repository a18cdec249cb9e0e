import { ApiError } from '../../api/api-client.js';
import { describeError } from '../../components/describe-error.js';
import { strings } from '../../strings.js';

/** What the page's filters ask for: a scope (null: the viewer's default) and a team ('' for all). */
export interface InsightsFilter {
  readonly scope: 'all' | 'reports' | null;
  readonly team: string;
}

export const insightsPath = (cycleId: string, view: string, filter: InsightsFilter, extra: Record<string, string> = {}): string => {
  const params = new URLSearchParams(extra);
  if (filter.scope) params.set('scope', filter.scope);
  if (filter.team) params.set('team', filter.team);
  const query = params.toString();
  return `/cycles/${encodeURIComponent(cycleId)}/insights/${view}${query ? `?${query}` : ''}`;
};

/** Insights errors in plain words; anything else as the rest of the tab says it. */
export function describeInsightsError(error: unknown): string {
  if (error instanceof ApiError && strings.insights.errors[error.code]) return strings.insights.errors[error.code]!;
  return describeError(error);
}
