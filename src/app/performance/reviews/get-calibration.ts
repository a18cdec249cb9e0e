import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { distributionByTeam, nineBox, ratingDistribution, type CalibrationFacts } from '../../../domain/performance/reviews/calibration-aggregates.js';
import { draftStatus, finalRating } from '../../../domain/performance/reviews/review-packet.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { packetContext } from './packet-access.js';
import { loadPeopleRefs } from './people-refs.js';
import { packetsOfCycle } from './release-packets.js';
import { cycleSummaryView } from './review-cycle-views.js';
import type { CalibrationRowView, CalibrationView } from './review-views.js';

/**
 * HR's calibration board: every review's proposed, adjusted and final rating, the distribution of
 * final ratings overall and per team (teams as at launch), and the 9-box. Only review ratings are
 * counted; the OKR context plays no part.
 */
export async function getCalibration(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<CalibrationView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.get-calibration', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    const tenantId = cycle.tenantId;
    const packets = [];
    for (const p of await packetsOfCycle(deps, cycle)) {
      const pc = packetContext(cycle, p);
      if (await guard.allows('read', 'calibration', pc.facts, pc.state)) packets.push(p.value);
    }
    const refs = await loadPeopleRefs(deps, tenantId, packets.flatMap((p) => [p.subjectId, p.snapshot.cycleManagerId]));
    const facts: CalibrationFacts[] = packets.map((p) => ({
      subjectId: p.subjectId,
      teamIds: p.snapshot.teamIds,
      finalRating: finalRating(p),
      performance: p.calibration?.performance ?? null,
      potential: p.calibration?.potential ?? null,
    }));
    const rows: CalibrationRowView[] = packets
      .map((p) => ({
        packetId: p.id,
        subject: refs(p.subjectId),
        teamIds: p.snapshot.teamIds,
        cycleManager: p.snapshot.cycleManagerId ? refs(p.snapshot.cycleManagerId) : null,
        managerReview: draftStatus(p.managerReview),
        proposedRating: p.managerReview?.submittedAt ? p.managerReview.overallRating : null,
        adjustedRating: p.calibration?.adjustedRating ?? null,
        reason: p.calibration?.reason ?? null,
        finalRating: finalRating(p),
        performance: p.calibration?.performance ?? null,
        potential: p.calibration?.potential ?? null,
        released: p.release !== null,
      }))
      .sort((a, b) => a.subject.displayName.localeCompare(b.subject.displayName));
    const teamNames = new Map((await deps.directory.listTeams(tenantId)).map((t) => [t.id, t.name]));
    const scale = cycle.template.overallScale;
    return ok({
      cycle: cycleSummaryView(cycle),
      scale: { points: scale.points.map((p) => ({ ...p })) },
      rows,
      overall: ratingDistribution(facts, scale),
      distributionByTeam: distributionByTeam(facts, scale).map((d) => ({ ...d, teamName: d.teamId === null ? 'No team' : (teamNames.get(d.teamId) ?? 'Former team') })),
      nineBox: nineBox(facts),
    });
  });
}
