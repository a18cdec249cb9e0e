import { gradesView, type GradesView } from '../../domain/okr/insights/grades-view.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots } from './insights-snapshots.js';
import { loadInsights, type InsightsFailure, type InsightsMeta, type InsightsQuery } from './load-insights.js';

export type GradeInsights = InsightsMeta & GradesView;

/**
 * The grade distribution at close against the 0.7 band and the ambition calibration prompts.
 * The prompts are for coaching conversations only and never a performance signal: performance
 * management must not import this use case or the domain module behind it.
 */
export async function getGradeInsights(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: InsightsQuery): Promise<Result<GradeInsights, InsightsFailure>> {
  const loaded = await loadInsights(insights, ctx, cycleId, query);
  if (!loaded.ok) return loaded;
  const { loaded: l, scope, meta } = loaded.value;
  return ok({ ...meta, ...gradesView(l.snapshot, scope) });
}
