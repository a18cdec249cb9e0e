import { packetOfErasedSubject, packetWithoutPerson, responseAboutErasedSubject, responseOfErasedAuthor, rosterWithoutPerson } from '../../../domain/performance/personal-data/review-erasure.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { mapLimited } from '../analytics/map-limited.js';
import { rewriteStored } from './rewrite-stored.js';

export interface ReviewErasureTally {
  readonly packetsAboutThem: number;
  readonly peerResponsesAboutThem: number;
  readonly peerResponsesByThem: number;
  readonly otherPackets: number;
  readonly rosters: number;
}

export interface ErasureTarget {
  readonly tenantId: string;
  readonly personId: string;
  /** How they were named (empty once the directory record is a tombstone). */
  readonly mentions: readonly string[];
  readonly mentionReplacement: string;
  readonly now: string;
}

const PACKETS_AT_ONCE = 8;

/**
 * The review store's part of an erasure (see PERSONAL-DATA.md). Every step can run again: what is
 * done already is left alone, so an erasure that stopped half-way finishes when run again.
 */
export async function eraseReviewRecords(deps: PerformanceDeps, target: ErasureTarget): Promise<ReviewErasureTally> {
  const { tenantId, personId, now } = target;
  const { reviews } = deps;
  let packetsAboutThem = 0;
  let peerResponsesAboutThem = 0;
  let peerResponsesByThem = 0;
  let otherPackets = 0;
  let rosters = 0;

  // Their own reviews: ratings and statuses stay for the aggregates, every word goes.
  for (const { value: packet } of await reviews.listPacketsOfSubject(tenantId, personId)) {
    if (await rewriteStored(() => reviews.getPacket(tenantId, packet.id), (p) => packetOfErasedSubject(p, now), (p, etag) => reviews.replacePacket(p, etag))) packetsAboutThem += 1;
    for (const response of await reviews.listPeerResponses(tenantId, packet.id)) {
      if (await rewriteStored(() => reviews.getPeerResponse(tenantId, response.id), (r) => responseAboutErasedSubject(r, now), (r, etag) => reviews.replacePeerResponse(r, etag))) peerResponsesAboutThem += 1;
    }
  }

  // Peer responses they wrote: ratings stay, words and author go; then their pointers to them.
  for (const assignment of await reviews.listPeerAssignments(tenantId, personId)) {
    if (await rewriteStored(() => reviews.getPeerResponse(tenantId, assignment.responseId), (r) => responseOfErasedAuthor(r, now), (r, etag) => reviews.replacePeerResponse(r, etag))) peerResponsesByThem += 1;
    await reviews.deletePeerAssignment(tenantId, personId, assignment.responseId);
  }

  // Everyone else's reviews where they appear: as manager of record, HR, nominee or deciding manager.
  for (const cycle of await reviews.listCycles(tenantId)) {
    const roster = await reviews.getRoster(tenantId, cycle.id);
    if (!roster) continue;
    if (await rewriteStored(() => reviews.getRoster(tenantId, cycle.id), (r) => rosterWithoutPerson(r, personId), (r, etag) => reviews.saveRoster(r, etag))) rosters += 1;
    const others = roster.value.entries.filter((e) => e.subjectId !== personId);
    const changed = await mapLimited(others, PACKETS_AT_ONCE, async (entry) => {
      const found = await reviews.getPacket(tenantId, entry.packetId);
      if (!found) return false;
      // A response the nomination still ties to them (in case no pointer led to it above): before the nomination lets go of them.
      for (const nomination of found.value.nominations.filter((n) => n.nomineeId === personId && n.status === 'approved')) {
        const anonymised = await rewriteStored(
          () => reviews.getPeerResponse(tenantId, nomination.responseId),
          (r) => (r.authorId === personId ? responseOfErasedAuthor(r, now) : null),
          (r, etag) => reviews.replacePeerResponse(r, etag),
        );
        if (anonymised) peerResponsesByThem += 1;
      }
      return rewriteStored(
        () => reviews.getPacket(tenantId, entry.packetId),
        (p) => packetWithoutPerson(p, personId, target.mentions, target.mentionReplacement, now),
        (p, etag) => reviews.replacePacket(p, etag),
      );
    });
    otherPackets += changed.filter(Boolean).length;
  }
  return { packetsAboutThem, peerResponsesAboutThem, peerResponsesByThem, otherPackets, rosters };
}
