import { fail, ok, type Result } from '../../shared/result.js';
import type { OneOnOneErrorCode } from './one-on-one-error-codes.js';
import type { OneOnOnePair } from './one-on-one-pair.js';

export const MAX_PRIVATE_NOTE_LENGTH = 20_000;

/**
 * One person's own notes on one meeting, visible to nobody else (not the other side, not HR).
 * A document of its own whose id names its author: it is only ever read by that id, so no query
 * over the pair can return someone else's note.
 */
export interface PrivateNote extends OneOnOnePair {
  readonly id: string;
  readonly meetingId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export const privateNoteId = (meetingId: string, authorId: string): string => `${meetingId}.pn-${authorId}`;

/** Writes (or first creates) the author's note; `existing` is null before the first save. */
export function writePrivateNote(
  pair: OneOnOnePair,
  existing: PrivateNote | null,
  input: { meetingId: string; authorId: string; text: string; now: string },
  expectedRevision?: number,
): Result<PrivateNote, OneOnOneErrorCode> {
  const current = existing?.revision ?? 0;
  if (expectedRevision !== undefined && expectedRevision !== current) {
    return fail('PERF.REVISION_MISMATCH', 'Your note changed elsewhere since you loaded it; reload and try again', { revision: current });
  }
  if (input.text.length > MAX_PRIVATE_NOTE_LENGTH) return fail('PERF.VALIDATION', 'Some fields need attention', { fields: { text: `At most ${MAX_PRIVATE_NOTE_LENGTH} characters` } });
  if (existing) return ok({ ...existing, text: input.text, updatedAt: input.now, revision: existing.revision + 1 });
  return ok({
    ...pair,
    id: privateNoteId(input.meetingId, input.authorId),
    meetingId: input.meetingId,
    authorId: input.authorId,
    text: input.text,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  });
}
