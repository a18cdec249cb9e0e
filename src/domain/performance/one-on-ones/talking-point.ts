import { fail, ok, type Result } from '../../shared/result.js';
import type { OneOnOneErrorCode } from './one-on-one-error-codes.js';
import type { OneOnOnePair } from './one-on-one-pair.js';

export const MAX_TALKING_POINT_LENGTH = 500;

/**
 * One point on the shared agenda, stored as its own document: two people adding points at the same
 * moment write two documents and can never overwrite each other. It stays on the agenda of the
 * meeting it was added to and, while unchecked, moves on with every completed meeting (see agenda.ts).
 */
export interface TalkingPoint extends OneOnOnePair {
  readonly id: string;
  /** The meeting it was added to. */
  readonly meetingId: string;
  readonly authorId: string;
  readonly text: string;
  /** Position on the agenda, ascending; moves pick a value between the neighbours. */
  readonly rank: number;
  readonly done: boolean;
  /** The meeting in which it was checked off. */
  readonly doneInMeetingId: string | null;
  readonly doneBy: string | null;
  readonly doneAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

/** Ranks start from the creation time in seconds since 2024: small enough to leave room for many moves between two points. */
const RANK_EPOCH = Date.UTC(2024, 0, 1);

/** A fraction of a millisecond from the id, so two points added in the same millisecond still get distinct ranks. */
function idFraction(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % 1_000_000) / 1e9;
}

export const initialRank = (now: string, id: string): number => (Date.parse(now) - RANK_EPOCH) / 1000 + idFraction(id);

function checkText(text: string): Result<string, OneOnOneErrorCode> {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail('PERF.VALIDATION', 'Some fields need attention', { fields: { text: 'Write the talking point' } });
  if (trimmed.length > MAX_TALKING_POINT_LENGTH) return fail('PERF.VALIDATION', 'Some fields need attention', { fields: { text: `At most ${MAX_TALKING_POINT_LENGTH} characters` } });
  return ok(trimmed);
}

export function newTalkingPoint(pair: OneOnOnePair, input: { id: string; meetingId: string; authorId: string; text: string; now: string }): Result<TalkingPoint, OneOnOneErrorCode> {
  const text = checkText(input.text);
  if (!text.ok) return text;
  return ok({
    ...pair,
    id: input.id,
    meetingId: input.meetingId,
    authorId: input.authorId,
    text: text.value,
    rank: initialRank(input.now, input.id),
    done: false,
    doneInMeetingId: null,
    doneBy: null,
    doneAt: null,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}

const stale = (point: TalkingPoint, expectedRevision: number | undefined): Result<never, OneOnOneErrorCode> | null =>
  expectedRevision !== undefined && expectedRevision !== point.revision
    ? fail('PERF.REVISION_MISMATCH', 'The talking point changed since you loaded it; reload and try again', { revision: point.revision })
    : null;

/** Either side may check points off; only the author may reword one. */
export function rewordTalkingPoint(point: TalkingPoint, text: string, by: string, now: string, expectedRevision?: number): Result<TalkingPoint, OneOnOneErrorCode> {
  const mismatch = stale(point, expectedRevision);
  if (mismatch) return mismatch;
  if (point.authorId !== by) return fail('PERF.FORBIDDEN', 'Only the person who added a talking point can change its wording');
  const checked = checkText(text);
  if (!checked.ok) return checked;
  return ok({ ...point, text: checked.value, updatedAt: now, revision: point.revision + 1 });
}

/** `inMeetingId`: the upcoming meeting whose agenda the point is on now. */
export function checkTalkingPoint(point: TalkingPoint, done: boolean, inMeetingId: string, by: string, now: string, expectedRevision?: number): Result<TalkingPoint, OneOnOneErrorCode> {
  const mismatch = stale(point, expectedRevision);
  if (mismatch) return mismatch;
  if (point.done === done) return ok(point);
  return ok(
    done
      ? { ...point, done: true, doneInMeetingId: inMeetingId, doneBy: by, doneAt: now, updatedAt: now, revision: point.revision + 1 }
      : { ...point, done: false, doneInMeetingId: null, doneBy: null, doneAt: null, updatedAt: now, revision: point.revision + 1 },
  );
}

export function rerankTalkingPoint(point: TalkingPoint, rank: number, now: string): TalkingPoint {
  return { ...point, rank, updatedAt: now, revision: point.revision + 1 };
}
