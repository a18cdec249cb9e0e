import { fail, type Failure } from '../../shared/result.js';

/** A validation failure naming each field with its problem, as the API returns it. */
export const fieldErrors = (fields: Record<string, string>): Failure<'PERF.VALIDATION'> => fail('PERF.VALIDATION', 'Some fields need attention', { fields });
