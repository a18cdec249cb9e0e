import { isInScope } from '../../../domain/performance/analytics/analytics-scope.js';
import { completionOf, packetProgress, type Completion, type PacketProgress } from '../../../domain/performance/analytics/review-completion.js';
import { disclose, discloseBreakdown } from '../../../domain/performance/analytics/small-groups.js';
import { groupByTeam } from '../../../domain/performance/analytics/team-groups.js';
import type { DocumentKind } from '../../../domain/performance/document-kinds.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ratingDistribution } from '../../../domain/performance/reviews/calibration-aggregates.js';
import { responsePolicyFacts } from '../../../domain/performance/reviews/peer-response.js';
import type { RatingScale } from '../../../domain/performance/reviews/rating-scale.js';
import { finalRating } from '../../../domain/performance/reviews/review-packet.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycle } from '../reviews/cycle-access.js';
import { packetContext, type PacketContext } from '../reviews/packet-access.js';
import { packetsOfCycle } from '../reviews/release-packets.js';
import { cycleSummaryView } from '../reviews/review-cycle-views.js';
import { loadAnalyticsViewer, teamNameOf, type AnalyticsViewer } from './analytics-viewer.js';
import { mapLimited } from './map-limited.js';
import type { RatingsAggregate, ReviewCycleAnalyticsView, TeamAggregateView } from './analytics-views.js';

/** The sections a packet's progress is made of: all of them must be readable for the packet to count. */
const PROGRESS_SECTIONS: readonly DocumentKind[] = ['self-review', 'nomination', 'manager-review', 'release', 'acknowledgement'];

/** Parallel peer-response queries per request (one single-partition query per packet). */
const RESPONSE_QUERIES_AT_ONCE = 8;

interface RatingFact {
  readonly teamIds: readonly string[];
  readonly finalRating: number | null;
}

const ratingsOf = (facts: readonly RatingFact[], scale: RatingScale): RatingsAggregate => ({
  unrated: facts.filter((f) => f.finalRating === null).length,
  counts: ratingDistribution(
    facts.map((f) => ({ subjectId: '', teamIds: f.teamIds, finalRating: f.finalRating, performance: null, potential: null })),
    scale,
  ),
});

const inViewerScope = (viewer: AnalyticsViewer, subjectId: string): boolean => {
  if (viewer.scope.kind === 'tenant') return true;
  const subject = viewer.directory.get(subjectId);
  return subject !== undefined && isInScope(viewer.scope, subject);
};

/** Ids of the packet's submitted peer responses that the viewer may read, each asked of the policy. */
async function readableSubmitted(guard: AccessGuard, ctx: PacketContext, responses: Awaited<ReturnType<PerformanceDeps['reviews']['listPeerResponses']>>): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const response of responses) {
    if (response.submittedAt === null) continue;
    if (await guard.allows('read', 'peer-response', responsePolicyFacts(response, ctx.packet), ctx.state)) ids.add(response.id);
  }
  return ids;
}

/** Discloses an aggregate overall and per team, the cycle's threshold deciding what is shown. */
function breakdown<F extends { teamIds: readonly string[] }, T extends object>(viewer: AnalyticsViewer, facts: readonly F[], threshold: number, aggregate: (facts: readonly F[]) => T) {
  const overall = disclose(facts.length, aggregate(facts), threshold);
  const teams = groupByTeam(facts);
  const byTeam: TeamAggregateView<T>[] = discloseBreakdown(
    teams.map((t) => ({ key: t.teamId, people: t.members.length, value: aggregate(t.members) })),
    threshold,
    { shown: overall.shown, people: facts.length },
  ).map(({ key, aggregate: a }) => ({ teamId: key, teamName: teamNameOf(viewer, key), aggregate: a }));
  return { overall, byTeam };
}

/**
 * HR (the tenant) or a manager (the people below them): how far a review cycle's reviews have got,
 * and the spread of final ratings for calibration. Each packet counts only when the policy lets the
 * viewer read every section its progress is made of (ratings: the calibration section).
 */
export async function getReviewCycleAnalytics(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<ReviewCycleAnalyticsView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'analytics.review-cycle', async (guard) => {
    const viewer = await loadAnalyticsViewer(deps, guard, 'calibration', `review-cycle.${cycleId}`);
    if (!viewer) return notFound('That analytics view');
    const found = await readCycle(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    const threshold = cycle.anonymity.threshold;

    const counted: PacketContext[] = [];
    const rated: RatingFact[] = [];
    for (const stored of await packetsOfCycle(deps, cycle)) {
      if (!inViewerScope(viewer, stored.value.subjectId)) continue;
      const pc = packetContext(cycle, stored);
      let readable = true;
      for (const kind of PROGRESS_SECTIONS) {
        if (!(await guard.allows('read', kind, pc.facts, pc.state))) {
          readable = false;
          break;
        }
      }
      if (readable) counted.push(pc);
      if (await guard.allows('read', 'calibration', pc.facts, pc.state)) rated.push({ teamIds: pc.packet.snapshot.teamIds, finalRating: finalRating(pc.packet) });
    }

    // Peer responses only for packets that asked for some: one single-partition query each.
    const responses = await mapLimited(counted, RESPONSE_QUERIES_AT_ONCE, (pc) =>
      pc.packet.nominations.some((n) => n.status === 'approved') ? deps.reviews.listPeerResponses(pc.packet.tenantId, pc.packet.id) : Promise.resolve([]),
    );
    const progress: PacketProgress[] = [];
    for (const [i, pc] of counted.entries()) progress.push(packetProgress(pc.packet, await readableSubmitted(guard, pc, responses[i]!)));

    const scale = cycle.template.overallScale;
    return ok({
      cycle: cycleSummaryView(cycle),
      scope: { kind: viewer.scope.kind, people: viewer.people.length },
      threshold,
      completion: breakdown<PacketProgress, Completion>(viewer, progress, threshold, completionOf),
      ratings: { scale: { points: scale.points.map((p) => ({ ...p })) }, ...breakdown(viewer, rated, threshold, (facts) => ratingsOf(facts, scale)) },
    });
  });
}
