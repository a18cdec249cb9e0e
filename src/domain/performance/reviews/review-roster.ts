import type { ReviewPacket } from './review-packet.js';

/**
 * Who a launched cycle reviews and who writes each review: one small document per cycle, so HR's
 * views and a manager's "reviews to write" find packets by point reads instead of cross-partition queries.
 */
export interface ReviewRoster {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly entries: readonly RosterEntry[];
}

export interface RosterEntry {
  readonly packetId: string;
  readonly subjectId: string;
  readonly cycleManagerId: string | null;
}

export const rosterEntryOf = (packet: ReviewPacket): RosterEntry => ({ packetId: packet.id, subjectId: packet.subjectId, cycleManagerId: packet.snapshot.cycleManagerId });

/** Adds entries for new packets; entries already there keep what they said at first launch. */
export function mergeRoster(tenantId: string, cycleId: string, existing: ReviewRoster | null, entries: readonly RosterEntry[]): ReviewRoster {
  const known = new Map((existing?.entries ?? []).map((e) => [e.packetId, e]));
  for (const entry of entries) if (!known.has(entry.packetId)) known.set(entry.packetId, entry);
  return { tenantId, cycleId, entries: [...known.values()] };
}
