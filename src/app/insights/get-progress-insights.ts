import { progressView, type ProgressView } from '../../domain/okr/insights/progress-view.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots } from './insights-snapshots.js';
import { loadInsights, type InsightsFailure, type InsightsMeta, type InsightsQuery } from './load-insights.js';

export type ProgressInsights = InsightsMeta & ProgressView;

/** Progress and confidence distributions, and progress against expected-by-now week by week. */
export async function getProgressInsights(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: InsightsQuery): Promise<Result<ProgressInsights, InsightsFailure>> {
  const loaded = await loadInsights(insights, ctx, cycleId, query);
  if (!loaded.ok) return loaded;
  const { loaded: l, scope, meta } = loaded.value;
  return ok({ ...meta, ...progressView(l.snapshot, scope) });
}
