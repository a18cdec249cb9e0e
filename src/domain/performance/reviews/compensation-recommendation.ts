import { fail, ok, type Result } from '../../shared/result.js';
import { invalid, MAX_COMMENT_LENGTH, type FieldErrors } from './review-fields.js';
import type { ReviewCycle } from './review-cycle.js';
import { touched, type ReviewPacket } from './review-packet.js';

export const MAX_MERIT_PERCENT = 100;

export interface CompensationInput {
  readonly meritPercent: number | null;
  readonly promotion: boolean | null;
  readonly note?: string | undefined;
}

/**
 * A manager's (or HR's) compensation recommendation. Its figures are typed in by a person; nothing
 * derives them from ratings or from OKR grades.
 */
export function recommendCompensation(packet: ReviewPacket, cycle: ReviewCycle, input: CompensationInput, by: string, now: string): Result<ReviewPacket, 'PERF.VALIDATION' | 'PERF.COMPENSATION_DISABLED'> {
  if (!cycle.compensation.enabled) return fail('PERF.COMPENSATION_DISABLED', 'This review cycle has no compensation recommendations');
  const errors: FieldErrors = {};
  const merit = input.meritPercent;
  if (merit !== null && (!Number.isFinite(merit) || merit < 0 || merit > MAX_MERIT_PERCENT || Math.round(merit * 100) !== merit * 100)) {
    errors.meritPercent = `A percentage from 0 to ${MAX_MERIT_PERCENT} with at most two decimals`;
  }
  const note = (input.note ?? '').trim();
  if (note.length > MAX_COMMENT_LENGTH) errors.note = `At most ${MAX_COMMENT_LENGTH} characters`;
  if (Object.keys(errors).length > 0) return invalid(errors);
  return ok(touched(packet, { compensation: { meritPercent: merit, promotion: input.promotion, note, by, at: now } }, now));
}
