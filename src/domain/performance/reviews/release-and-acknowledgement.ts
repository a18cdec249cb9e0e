import { fail, ok, type Result } from '../../shared/result.js';
import { invalid, MAX_COMMENT_LENGTH } from './review-fields.js';
import { touched, type ReviewPacket } from './review-packet.js';

/** Releases one review to its subject; needs the manager review submitted. Releasing twice changes nothing. */
export function releasePacket(packet: ReviewPacket, by: string, now: string): Result<{ packet: ReviewPacket; changed: boolean }, 'PERF.NOT_READY'> {
  if (packet.release) return ok({ packet, changed: false });
  if (!packet.managerReview?.submittedAt) return fail('PERF.NOT_READY', 'The manager review is not submitted yet');
  return ok({ packet: touched(packet, { release: { releasedAt: now, by } }, now), changed: true });
}

/** The subject acknowledges a released review, once, with an optional comment. */
export function acknowledgeReview(packet: ReviewPacket, comment: string | undefined, now: string): Result<ReviewPacket, 'PERF.VALIDATION' | 'PERF.ALREADY_SUBMITTED' | 'PERF.WRONG_PHASE'> {
  if (!packet.release) return fail('PERF.WRONG_PHASE', 'The review is not released yet');
  if (packet.acknowledgement) return fail('PERF.ALREADY_SUBMITTED', 'The review is acknowledged already');
  const text = (comment ?? '').trim();
  if (text.length > MAX_COMMENT_LENGTH) return invalid({ comment: `At most ${MAX_COMMENT_LENGTH} characters` });
  return ok(touched(packet, { acknowledgement: { at: now, comment: text.length > 0 ? text : null } }, now));
}
