import type { InsightsErrorCode } from '../../domain/okr/insights/insights-error-codes.js';
import type { InsightsScopeKind } from '../../domain/okr/insights/insights-scope.js';
import { teamRef, type TeamRef } from '../../domain/okr/insights/snapshot-refs.js';
import { selectScope, type ScopeSelection } from '../../domain/okr/insights/snapshot-scope.js';
import type { CycleState } from '../../domain/okr/cycle.js';
import { isCycleId } from '../../domain/okr/okr-ids.js';
import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import { getCycle } from '../okr/get-cycle.js';
import { notFound } from '../okr/objective-mutation.js';
import type { RequestContext } from '../request-context.js';
import type { InsightsSnapshots, LoadedSnapshot } from './insights-snapshots.js';

export const INSIGHTS_UNAVAILABLE = 'INSIGHTS.UNAVAILABLE';
export type InsightsFailure = OkrErrorCode | InsightsErrorCode | typeof INSIGHTS_UNAVAILABLE;

export interface InsightsQuery {
  /** 'all' (OKR admins only) or 'reports' (the viewer's manager-chain reports). Default: all for admins, reports for managers. */
  readonly scope?: InsightsScopeKind;
  readonly team?: string;
}

/** What every insights response starts with: which cycle, whose data, and how fresh it is. */
export interface InsightsMeta {
  readonly cycle: { readonly id: string; readonly name: string; readonly state: CycleState; readonly startDate: string; readonly endDate: string };
  readonly scope: { readonly kind: InsightsScopeKind; readonly team: TeamRef | null; readonly people: number; readonly canSeeAll: boolean };
  /** When the aggregate behind this answer was built: check-ins after it are not in it yet. */
  readonly builtAt: string;
  /** A request after this instant starts a rebuild. */
  readonly refreshAfter: string;
}

export interface LoadedInsights {
  readonly loaded: LoadedSnapshot;
  readonly scope: ScopeSelection;
  readonly meta: InsightsMeta;
}

/**
 * The common first half of every insights query: the cycle (404 when it is not the viewer's), the
 * aggregate (head point read in parallel with the cycle's; rebuilt only when the freshness policy
 * says so), and the viewer's scope (403 for people who are neither OKR admins nor managers).
 */
export async function loadInsights(insights: InsightsSnapshots, ctx: RequestContext, cycleId: string, query: InsightsQuery): Promise<Result<LoadedInsights, InsightsFailure>> {
  if (!isCycleId(cycleId)) return notFound('cycle');
  const tenantId = ctx.actor.tenantId;
  const [cycle, head] = await Promise.all([getCycle(insights.deps, ctx, cycleId), insights.readHead(tenantId, cycleId)]);
  if (!cycle.ok) return cycle;
  let loaded: LoadedSnapshot;
  try {
    loaded = await insights.load(tenantId, cycle.value.value, head);
  } catch {
    return fail(INSIGHTS_UNAVAILABLE, 'Insights cannot be computed right now; try again in a minute');
  }
  const { snapshot, index } = loaded;
  const scope = selectScope(snapshot, index, ctx.actor, { ...(query.scope ? { scope: query.scope } : {}), ...(query.team !== undefined ? { teamId: query.team } : {}) });
  if (!scope.ok) return scope;
  const { id, name, state, startDate, endDate } = snapshot.cycle;
  return ok({
    loaded,
    scope: scope.value,
    meta: {
      cycle: { id, name, state, startDate, endDate },
      scope: {
        kind: scope.value.kind,
        team: scope.value.teamIndex === null ? null : teamRef(snapshot, scope.value.teamIndex),
        people: scope.value.peopleCount,
        canSeeAll: ctx.actor.roles.includes('okr-admin'),
      },
      builtAt: snapshot.builtAt,
      refreshAfter: new Date(Date.parse(snapshot.builtAt) + insights.freshness.freshForMs).toISOString(),
    },
  });
}
