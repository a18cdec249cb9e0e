import { approvedNominationFor } from '../../../domain/performance/reviews/nominations.js';
import { peerRequestPeriod, reminderPeriod, type ReminderPhase } from '../../../domain/performance/reviews/reminder-periods.js';
import { DEFAULT_REMINDER_TIMING, dueReminderDay, openedBefore, reminderOpenIn, type ReminderTiming } from '../../../domain/performance/reviews/reminder-schedule.js';
import type { PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import type { ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import { WallClocks } from '../../notifications/local-time.js';
import type { NotificationPlanner, PlannedNotification } from '../../notifications/ports/notification-planner.js';
import type { DirectoryRepository } from '../../ports/directory-repository.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { ReviewRepository } from '../ports/review-repository.js';

/** The actor of the planner's audit records: a system process, not a person. */
export const REMINDER_PLANNER_ACTOR = 'system:review-reminders';

export interface ReviewReminderPlannerDeps {
  readonly reviews: Pick<ReviewRepository, 'listCycles' | 'getRoster' | 'getPackets' | 'listPeerResponses'>;
  readonly directory: Pick<DirectoryRepository, 'getPeople'>;
  /** Each run that reads packets leaves one audit record: which cycles' review status it read. */
  readonly audit: AuditLog;
  readonly ids: { unique(): string };
  readonly timing?: ReminderTiming;
  /**
   * A tenant is planned at most this often (the review store is read for every open cycle). The
   * tick asks every minute; reminders are due for a whole day and cards may wait a few minutes.
   */
  readonly minIntervalMs?: number;
}

export const DEFAULT_REVIEW_PLAN_INTERVAL_MS = 5 * 60_000;

/** Who owes what in one cycle, read from the store. */
interface CycleWork {
  readonly cycle: ReviewCycle;
  readonly packets: readonly ReviewPacket[];
  /** Live, unsubmitted peer responses (approved nomination), in peer phase only. */
  readonly pendingResponses: readonly PeerResponse[];
}

/**
 * Finds the review notifications due in a tenant, for the scheduler's tick to queue once each:
 *  - a peer request card for every pending response while the peer phase is open (the same key as the
 *    approval's, so a card queued at approval is not sent again; approvals in the self phase get their
 *    card here when the peer phase opens);
 *  - deadline reminders, `daysBefore` days ahead of a phase deadline and on the day, from `hour` on the
 *    recipient's wall clock: the subject for an unsubmitted self review, each reviewer once for their
 *    pending requests in the cycle, the cycle manager once for the reviews they still owe.
 * It reads the restricted store as the system, to learn only who is owed a nudge; each message is
 * composed at send time through the policy-checked use cases as its recipient, and drops itself when
 * the work is done by then. The subject is never told about peer responses: nothing here looks at
 * who answered, only at who has not.
 */
export function createReviewReminderPlanner(deps: ReviewReminderPlannerDeps): NotificationPlanner {
  const timing = deps.timing ?? DEFAULT_REMINDER_TIMING;
  const minIntervalMs = deps.minIntervalMs ?? DEFAULT_REVIEW_PLAN_INTERVAL_MS;
  const lastPlanned = new Map<string, number>();

  async function cycleWork(cycle: ReviewCycle): Promise<CycleWork> {
    const roster = await deps.reviews.getRoster(cycle.tenantId, cycle.id);
    const packets = roster ? (await deps.reviews.getPackets(cycle.tenantId, roster.value.entries.map((e) => e.packetId))).map((p) => p.value) : [];
    if (cycle.phase !== 'peer') return { cycle, packets, pendingResponses: [] };
    const responses = await Promise.all(
      packets.filter((p) => p.nominations.some((n) => n.status === 'approved')).map((p) => deps.reviews.listPeerResponses(cycle.tenantId, p.id)),
    );
    const byPacket = new Map(packets.map((p) => [p.id, p]));
    const pendingResponses = responses.flat().filter((r) => {
      const packet = byPacket.get(r.packetId);
      return r.submittedAt === null && packet !== undefined && approvedNominationFor(packet, r.id)?.nomineeId === r.authorId;
    });
    return { cycle, packets, pendingResponses };
  }

  return {
    name: 'review-reminders',
    async plan(tenantId: string, now: Date): Promise<readonly PlannedNotification[]> {
      const nowMs = now.getTime();
      const last = lastPlanned.get(tenantId);
      if (last !== undefined && nowMs - last < minIntervalMs && nowMs >= last) return [];
      lastPlanned.set(tenantId, nowMs);

      const cycles = (await deps.reviews.listCycles(tenantId)).filter((c) => c.phase === 'self' || c.phase === 'peer' || c.phase === 'manager');
      if (cycles.length === 0) return [];
      const work = await Promise.all(cycles.map(cycleWork));
      // Compact on purpose: a run every few minutes reads only who has not submitted yet, so it is
      // recorded per cycle rather than per packet (a per-packet record would dwarf the data itself).
      await deps.audit.append({
        id: `au${nowMs.toString(36)}${deps.ids.unique()}`,
        tenantId,
        at: now.toISOString(),
        actorId: REMINDER_PLANNER_ACTOR,
        operation: 'reviews.plan-reminders',
        subjectIds: [],
        entries: work.map(({ cycle, packets }) => ({
          action: 'read',
          kind: 'review-cycle',
          documentId: cycle.id,
          subjectId: '',
          allow: true,
          reason: `submission status of ${packets.length} packets, to find who is owed a reminder`,
        })),
      });

      // Who is owed what, before looking at anyone's wall clock.
      const owed: { recipientId: string; cycle: ReviewCycle; phase: ReminderPhase; openedAt?: string }[] = [];
      const planned: PlannedNotification[] = [];
      for (const { cycle, packets, pendingResponses } of work) {
        for (const packet of packets) {
          if (reminderOpenIn('self', cycle.phase) && !packet.selfReview?.submittedAt) owed.push({ recipientId: packet.subjectId, cycle, phase: 'self' });
          if (reminderOpenIn('manager', cycle.phase) && !packet.managerReview?.submittedAt && packet.snapshot.cycleManagerId) {
            owed.push({ recipientId: packet.snapshot.cycleManagerId, cycle, phase: 'manager' });
          }
        }
        for (const response of pendingResponses) {
          planned.push({ recipientId: response.authorId, kind: 'review-peer-request', period: peerRequestPeriod(response) });
          owed.push({ recipientId: response.authorId, cycle, phase: 'peer', openedAt: response.createdAt });
        }
      }
      if (owed.length === 0) return planned;

      const people = await deps.directory.getPeople(tenantId, [...new Set(owed.map((o) => o.recipientId))]);
      const zoneOf = new Map(people.filter((p) => p.tenantId === tenantId).map((p) => [p.id, p.timezone]));
      const clocks = new WallClocks(now);
      const seen = new Set<string>();
      for (const item of owed) {
        const zone = zoneOf.get(item.recipientId);
        if (zone === undefined) continue; // no longer in the directory: nobody to remind
        const day = dueReminderDay(item.cycle.deadlines[item.phase], clocks.of(zone).local, timing);
        if (day === null) continue;
        if (item.openedAt !== undefined && !openedBefore(item.openedAt, day)) continue;
        const period = reminderPeriod(day, item.cycle.id, item.phase);
        const key = `${item.recipientId}|${period}`;
        if (seen.has(key)) continue;
        seen.add(key);
        planned.push({ recipientId: item.recipientId, kind: 'review-reminder', period });
      }
      return planned;
    },
  };
}
