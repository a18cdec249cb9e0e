import { dependencyView, type DependencyView } from '../../domain/okr/insights/dependency-view.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots } from './insights-snapshots.js';
import { loadInsights, type InsightsFailure, type InsightsMeta, type InsightsQuery } from './load-insights.js';

export interface DependencyQuery extends InsightsQuery {
  readonly limit: number;
}

export type DependencyInsights = InsightsMeta & DependencyView;

/** Objectives in scope aligned to parents that are at risk. */
export async function getDependencyHealth(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: DependencyQuery): Promise<Result<DependencyInsights, InsightsFailure>> {
  const loaded = await loadInsights(insights, ctx, cycleId, query);
  if (!loaded.ok) return loaded;
  const { loaded: l, scope, meta } = loaded.value;
  return ok({ ...meta, ...dependencyView(l.snapshot, scope, query.limit) });
}
