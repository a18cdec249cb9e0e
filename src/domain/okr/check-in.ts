import { fail, ok, type Result } from '../shared/result.js';
import { MAX_CONFIDENCE, MIN_CONFIDENCE } from './confidence.js';
import { validateCheckInValue, type KeyResult } from './key-result.js';
import type { Objective } from './objective.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';

export const MAX_NOTE_LENGTH = 2000;

/** A check-in is append-only: it is written once and never changed. */
export interface CheckIn {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly id: string;
  readonly objectiveId: string;
  readonly keyResultId: string;
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
  readonly blockers: string;
  readonly authorId: string;
  readonly at: string;
}

export interface CheckInInput {
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
  readonly blockers: string;
}

/** Validates a check-in against its objective and key result and builds the record. */
export function makeCheckIn(
  objective: Objective,
  keyResult: KeyResult,
  input: CheckInInput,
  meta: { id: string; authorId: string; at: string },
): Result<CheckIn, OkrErrorCode> {
  if (objective.state !== 'active') {
    return fail(OKR_ERROR.objectiveNotActive, 'Check-ins are recorded on active objectives only', { state: objective.state });
  }
  const value = validateCheckInValue(keyResult.spec, input.value);
  if (!value.ok) return value;
  const fields: Record<string, string> = {};
  if (!Number.isInteger(input.confidence) || input.confidence < MIN_CONFIDENCE || input.confidence > MAX_CONFIDENCE) {
    fields.confidence = `Confidence is a whole number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}`;
  }
  if (input.note.length > MAX_NOTE_LENGTH) fields.note = `At most ${MAX_NOTE_LENGTH} characters`;
  if (input.blockers.length > MAX_NOTE_LENGTH) fields.blockers = `At most ${MAX_NOTE_LENGTH} characters`;
  if (Object.keys(fields).length > 0) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields });
  return ok({
    tenantId: objective.tenantId,
    cycleId: objective.cycleId,
    id: meta.id,
    objectiveId: objective.id,
    keyResultId: keyResult.id,
    value: value.value,
    confidence: input.confidence,
    note: input.note,
    blockers: input.blockers,
    authorId: meta.authorId,
    at: meta.at,
  });
}

/** Orders check-ins by time, then id, so concurrent check-ins agree on which one is latest. */
export const isLaterThan = (a: { at: string; id: string }, b: { at: string; id: string }): boolean =>
  a.at > b.at || (a.at === b.at && a.id > b.id);

/**
 * Folds a recorded check-in into its key result. Whatever order concurrent check-ins arrive in,
 * the key result ends with the latest one's value and counts every one of them.
 */
export function applyCheckIn(objective: Objective, checkIn: CheckIn): Objective {
  return {
    ...objective,
    keyResults: objective.keyResults.map((kr) => {
      if (kr.id !== checkIn.keyResultId) return kr;
      const newest = kr.lastCheckIn === null || isLaterThan(checkIn, kr.lastCheckIn);
      return {
        ...kr,
        checkInCount: kr.checkInCount + 1,
        ...(newest
          ? {
              current: checkIn.value,
              confidence: checkIn.confidence,
              lastCheckIn: { id: checkIn.id, at: checkIn.at, authorId: checkIn.authorId },
            }
          : {}),
      };
    }),
  };
}
