import type { PeerResponse } from '../reviews/peer-response.js';
import { touched, type Nomination, type ReviewPacket } from '../reviews/review-packet.js';
import type { ReviewRoster } from '../reviews/review-roster.js';
import { ERASED_PERSON_ID, REMOVED_TEXT } from './erasure-markers.js';
import { cutMentions } from './mentions.js';

const unchanged = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

const mapValues = (record: Readonly<Record<string, string>>, map: (text: string) => string): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, map(v)]));

/**
 * A review about the erased person: numbers and statuses stay (ratings, 9-box, merit, dates), so
 * rating distributions and completion counts are what they were; every word goes: self-review
 * answers, the manager's comments and summary, private notes, the calibration reason, the
 * compensation note, the acknowledgement comment, nomination reasons, and the OKR context (titles
 * and reflections of their objectives; its totals stay). Null when there is nothing left to remove.
 */
export function packetOfErasedSubject(packet: ReviewPacket, now: string): ReviewPacket | null {
  const next: ReviewPacket = {
    ...packet,
    okrContext: { ...packet.okrContext, cycles: [] },
    selfReview: packet.selfReview && { ...packet.selfReview, answers: {} },
    nominations: packet.nominations.map((n) => ({ ...n, decisionReason: null })),
    managerReview: packet.managerReview && { ...packet.managerReview, comments: {}, summary: '' },
    privateNotes: null,
    calibration: packet.calibration && { ...packet.calibration, reason: null },
    compensation: packet.compensation && { ...packet.compensation, note: '' },
    acknowledgement: packet.acknowledgement && { ...packet.acknowledgement, comment: null },
  };
  return unchanged(next, packet) ? null : touched(packet, next, now);
}

const by = (id: string, personId: string): string => (id === personId ? ERASED_PERSON_ID : id);

function nominationsWithout(nominations: readonly Nomination[], personId: string): Nomination[] {
  return nominations
    // A proposal or refusal naming them led to nothing: it goes. An approved one keeps its response slot.
    .filter((n) => n.nomineeId !== personId || n.status === 'approved')
    .map((n) => ({
      ...n,
      nomineeId: by(n.nomineeId, personId),
      ...(n.decidedBy === personId ? { decidedBy: ERASED_PERSON_ID, decisionReason: n.decisionReason === null ? null : REMOVED_TEXT } : {}),
    }));
}

/**
 * Someone else's review after erasing `personId`: where they wrote (as the manager of record,
 * calibrating HR, or a deciding manager) their words are replaced by REMOVED_TEXT and their id by
 * ERASED_PERSON_ID; their private notes go; they leave the snapshot's manager chain, so the review
 * grants them nothing any more; an approved nomination of them keeps its slot without their name;
 * mentions of their name in the texts that stay are replaced. Ratings stay. Null when nothing changes.
 */
export function packetWithoutPerson(packet: ReviewPacket, personId: string, mentions: readonly string[], replacement: string, now: string): ReviewPacket | null {
  const cut = (text: string) => cutMentions(text, mentions, replacement);
  const wroteReview = packet.managerReview?.authorId === personId;
  const keptNotes = packet.snapshot.cycleManagerId === personId ? null : packet.privateNotes;
  const next: ReviewPacket = {
    ...packet,
    snapshot: {
      ...packet.snapshot,
      cycleManagerId: packet.snapshot.cycleManagerId === personId ? null : packet.snapshot.cycleManagerId,
      cycleManagerChain: packet.snapshot.cycleManagerChain.filter((id) => id !== personId),
    },
    okrContext: {
      ...packet.okrContext,
      cycles: packet.okrContext.cycles.map((c) => ({
        ...c,
        objectives: c.objectives.map((o) => ({ ...o, title: cut(o.title), reflection: o.reflection === null ? null : cut(o.reflection), keyResults: o.keyResults.map((kr) => ({ ...kr, title: cut(kr.title) })) })),
      })),
    },
    selfReview: packet.selfReview && { ...packet.selfReview, answers: mapValues(packet.selfReview.answers, cut) },
    nominations: nominationsWithout(packet.nominations, personId).map((n) => ({ ...n, decisionReason: n.decisionReason === null ? null : cut(n.decisionReason) })),
    managerReview: packet.managerReview && {
      ...packet.managerReview,
      authorId: by(packet.managerReview.authorId, personId),
      comments: mapValues(packet.managerReview.comments, (text) => (wroteReview ? REMOVED_TEXT : cut(text))),
      summary: wroteReview && packet.managerReview.summary !== '' ? REMOVED_TEXT : cut(packet.managerReview.summary),
    },
    privateNotes: keptNotes && { ...keptNotes, text: cut(keptNotes.text) },
    calibration: packet.calibration && {
      ...packet.calibration,
      by: by(packet.calibration.by, personId),
      reason: packet.calibration.reason === null ? null : packet.calibration.by === personId ? REMOVED_TEXT : cut(packet.calibration.reason),
    },
    compensation: packet.compensation && {
      ...packet.compensation,
      by: by(packet.compensation.by, personId),
      note: packet.compensation.by === personId && packet.compensation.note !== '' ? REMOVED_TEXT : cut(packet.compensation.note),
    },
    release: packet.release && { ...packet.release, by: by(packet.release.by, personId) },
    acknowledgement: packet.acknowledgement && { ...packet.acknowledgement, comment: packet.acknowledgement.comment === null ? null : cut(packet.acknowledgement.comment) },
  };
  return unchanged(next, packet) ? null : touched(packet, next, now);
}

/** A peer response the erased person wrote: its ratings stay for the aggregates, its words and its author go. */
export function responseOfErasedAuthor(response: PeerResponse, now: string): PeerResponse | null {
  if (response.authorId === ERASED_PERSON_ID && Object.keys(response.answers).length === 0) return null;
  return { ...response, authorId: ERASED_PERSON_ID, answers: {}, updatedAt: now };
}

/** A peer response about the erased person: its ratings stay, its words about them go; the reviewer keeps their own record. */
export function responseAboutErasedSubject(response: PeerResponse, now: string): PeerResponse | null {
  return Object.keys(response.answers).length === 0 ? null : { ...response, answers: {}, updatedAt: now };
}

/** A roster where the erased person was the manager of record: the entry keeps its packet, not their id. */
export function rosterWithoutPerson(roster: ReviewRoster, personId: string): ReviewRoster | null {
  if (!roster.entries.some((e) => e.cycleManagerId === personId)) return null;
  return { ...roster, entries: roster.entries.map((e) => (e.cycleManagerId === personId ? { ...e, cycleManagerId: null } : e)) };
}
