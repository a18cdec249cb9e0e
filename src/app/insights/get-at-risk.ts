import { atRiskView, type AtRiskView } from '../../domain/okr/insights/at-risk-view.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots } from './insights-snapshots.js';
import { loadInsights, type InsightsFailure, type InsightsMeta, type InsightsQuery } from './load-insights.js';

export interface AtRiskQuery extends InsightsQuery {
  /** Items per list; the totals are always complete. */
  readonly limit: number;
}

export type AtRiskInsights = InsightsMeta & AtRiskView;

/** Objectives and key results in scope with low confidence or well behind expected-by-now, worst first. */
export async function getAtRisk(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: AtRiskQuery): Promise<Result<AtRiskInsights, InsightsFailure>> {
  const loaded = await loadInsights(insights, ctx, cycleId, query);
  if (!loaded.ok) return loaded;
  const { loaded: l, scope, meta } = loaded.value;
  return ok({ ...meta, ...atRiskView(l.snapshot, scope, query.limit) });
}
