import { participationView, type ParticipationView } from '../../domain/okr/insights/participation-view.js';
import type { Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots } from './insights-snapshots.js';
import { loadInsights, type InsightsFailure, type InsightsMeta, type InsightsQuery } from './load-insights.js';

export const MISSING_LIMIT = 200;

export interface ParticipationQuery extends InsightsQuery {
  /** Whose check-ins are missing in which week (0-based); default the latest week. */
  readonly week?: number;
}

export type ParticipationInsights = InsightsMeta & ParticipationView;

/** Check-in participation by week and team, and who in scope has not checked in this week. */
export async function getParticipation(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: ParticipationQuery): Promise<Result<ParticipationInsights, InsightsFailure>> {
  const loaded = await loadInsights(insights, ctx, cycleId, query);
  if (!loaded.ok) return loaded;
  const { loaded: l, scope, meta } = loaded.value;
  const view = participationView(l.snapshot, scope, { ...(query.week !== undefined ? { week: query.week } : {}), missingLimit: MISSING_LIMIT });
  return view.ok ? { ok: true, value: { ...meta, ...view.value } } : view;
}
