import { ok, type Result } from '../../shared/result.js';
import { isOnScale, type RatingScale } from './rating-scale.js';
import { invalid, MAX_REASON_LENGTH, type FieldErrors } from './review-fields.js';
import { touched, type NineBoxLevel, type ReviewPacket } from './review-packet.js';

export interface CalibrationInput {
  /** Given fields replace the saved ones; null clears. */
  readonly adjustedRating?: number | null | undefined;
  readonly reason?: string | undefined;
  readonly performance?: NineBoxLevel | null | undefined;
  readonly potential?: NineBoxLevel | null | undefined;
}

const NINE_BOX_LEVELS: readonly number[] = [1, 2, 3];

/** HR's calibration of one review: an adjusted rating always carries its reason; 9-box placement. */
export function calibrate(packet: ReviewPacket, scale: RatingScale, input: CalibrationInput, by: string, now: string): Result<ReviewPacket, 'PERF.VALIDATION'> {
  const saved = packet.calibration;
  const errors: FieldErrors = {};
  const adjustedRating = input.adjustedRating !== undefined ? input.adjustedRating : (saved?.adjustedRating ?? null);
  const reasonText = (input.reason !== undefined ? input.reason : (saved?.reason ?? '')).trim();
  const performance = input.performance !== undefined ? input.performance : (saved?.performance ?? null);
  const potential = input.potential !== undefined ? input.potential : (saved?.potential ?? null);
  if (adjustedRating !== null && !isOnScale(scale, adjustedRating)) errors.adjustedRating = 'Not a point on the overall rating scale';
  if (adjustedRating !== null && reasonText.length === 0) errors.reason = 'An adjusted rating needs a reason';
  if (reasonText.length > MAX_REASON_LENGTH) errors.reason = `At most ${MAX_REASON_LENGTH} characters`;
  if (performance !== null && !NINE_BOX_LEVELS.includes(performance)) errors.performance = 'Low (1), medium (2) or high (3)';
  if (potential !== null && !NINE_BOX_LEVELS.includes(potential)) errors.potential = 'Low (1), medium (2) or high (3)';
  if (Object.keys(errors).length > 0) return invalid(errors);
  return ok(
    touched(packet, { calibration: { adjustedRating, reason: adjustedRating === null && reasonText.length === 0 ? null : reasonText, performance, potential, by, at: now } }, now),
  );
}
