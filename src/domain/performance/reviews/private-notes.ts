import { ok, type Result } from '../../shared/result.js';
import { invalid, MAX_PRIVATE_NOTES_LENGTH } from './review-fields.js';
import { touched, type ReviewPacket } from './review-packet.js';

/** The cycle manager's own notes: never shown to anyone else, not even HR. */
export function writePrivateNotes(packet: ReviewPacket, text: string, now: string): Result<ReviewPacket, 'PERF.VALIDATION'> {
  if (text.length > MAX_PRIVATE_NOTES_LENGTH) return invalid({ text: `At most ${MAX_PRIVATE_NOTES_LENGTH} characters` });
  return ok(touched(packet, { privateNotes: { text, updatedAt: now } }, now));
}
