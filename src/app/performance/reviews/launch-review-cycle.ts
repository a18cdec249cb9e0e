import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { selectParticipants } from '../../../domain/performance/reviews/participants.js';
import { markLaunched } from '../../../domain/performance/reviews/review-cycle-phases.js';
import { newPacket } from '../../../domain/performance/reviews/review-packet.js';
import { mergeRoster, rosterEntryOf } from '../../../domain/performance/reviews/review-roster.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import { listAllPeople } from '../../people/list-all-people.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { freezeOkrContexts } from './freeze-okr-context.js';
import { cycleView } from './review-cycle-views.js';
import type { LaunchResultView } from './review-views.js';

const PARALLEL_WRITES = 16;

/**
 * HR launches a draft cycle: the org as it stands now is frozen into one packet per participant
 * (their manager and that manager's chain become the cycle's managers of record), with a snapshot
 * of their OKR contributions as context. Idempotent: the roster and packets are written first with
 * fixed ids, the cycle flips to "self" last, so a retry after a failure finishes the job and a
 * launched cycle is returned as it is.
 */
export async function launchReviewCycle(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<LaunchResultView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.launch-cycle', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    if (cycle.phase !== 'draft') return ok({ cycle: cycleView(cycle), created: 0, skippedWithoutManager: 0 });

    const tenantId = ctx.actor.tenantId;
    const now = deps.clock.now().toISOString();
    const everyone = await listAllPeople(deps.directory, tenantId);
    guard.knowSubjects(everyone);
    const participants = selectParticipants(everyone, cycle.participants);
    const reviewable = participants.filter((p) => p.managerId !== null);
    if (reviewable.length === 0) return fail('PERF.NOT_READY', 'No participant has a manager to write their review');

    const contexts = await freezeOkrContexts(deps, tenantId, { start: cycle.periodStart, end: cycle.periodEnd }, reviewable.map((p) => p.id), now);
    const packets = reviewable.map((person) => newPacket(cycle, person, contexts.get(person.id)!, now));
    for (const packet of packets) {
      // Creating a packet writes restricted data about its subject: recorded against each of them.
      const allowed = await guard.require('write', 'review-cycle', { id: packet.id, tenantId, subjectId: packet.subjectId });
      if (!allowed.ok) return allowed;
    }

    const roster = await deps.reviews.getRoster(tenantId, cycle.id);
    const merged = mergeRoster(tenantId, cycle.id, roster?.value ?? null, packets.map(rosterEntryOf));
    const savedRoster = await deps.reviews.saveRoster(merged, roster?.etag ?? null);
    if (!savedRoster.ok) return fail('PERF.WRITE_CONTENTION', 'The cycle is being launched by someone else; try again');

    let created = 0;
    for (let i = 0; i < packets.length; i += PARALLEL_WRITES) {
      const results = await Promise.all(packets.slice(i, i + PARALLEL_WRITES).map((p) => deps.reviews.createPacket(p)));
      created += results.filter((r) => r.ok).length;
    }

    const launched = await deps.reviews.replaceCycle(markLaunched(cycle, savedRoster.value.value.entries.length, now), found.value.etag);
    if (!launched.ok) return fail('PERF.WRITE_CONTENTION', 'The cycle changed while launching; launch again to finish');
    return ok({ cycle: cycleView(launched.value.value), created, skippedWithoutManager: participants.length - reviewable.length });
  });
}
