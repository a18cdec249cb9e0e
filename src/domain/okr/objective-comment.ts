import { fail, ok, type Result } from '../shared/result.js';
import { OKR_ERROR, type OkrErrorCode } from './okr-error-codes.js';

export const MAX_COMMENT_LENGTH = 2000;

/** A public comment on an objective: OKRs are open to the whole tenant, and so is their discussion. */
export interface ObjectiveComment {
  readonly tenantId: string;
  readonly cycleId: string;
  readonly id: string;
  readonly objectiveId: string;
  readonly authorId: string;
  readonly text: string;
  readonly at: string;
}

export function makeComment(input: Omit<ObjectiveComment, 'text'> & { text: string }): Result<ObjectiveComment, OkrErrorCode> {
  const text = input.text.trim();
  if (text.length === 0) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields: { text: 'Write something first' } });
  if (text.length > MAX_COMMENT_LENGTH) return fail(OKR_ERROR.validation, 'Some fields need attention', { fields: { text: `At most ${MAX_COMMENT_LENGTH} characters` } });
  return ok({ ...input, text });
}
