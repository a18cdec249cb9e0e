import { fail, type Failure } from '../../shared/result.js';

/** Field path → what is wrong with it; the API shows these next to the inputs. */
export type FieldErrors = Record<string, string>;

export const MAX_ANSWER_LENGTH = 5000;
export const MAX_SUMMARY_LENGTH = 10000;
export const MAX_REASON_LENGTH = 1000;
export const MAX_COMMENT_LENGTH = 2000;
export const MAX_PRIVATE_NOTES_LENGTH = 20000;

export const invalid = (fields: FieldErrors, message = 'Some fields are not valid'): Failure<'PERF.VALIDATION'> =>
  fail('PERF.VALIDATION', message, { fields });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export const isCalendarDate = (value: string): boolean =>
  DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
