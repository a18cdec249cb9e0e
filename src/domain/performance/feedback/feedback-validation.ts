import { fail, type Failure } from '../../shared/result.js';

/**
 * A rule a feedback input broke. `rule` is the stable machine-readable name (tests and the tab key on
 * it); `fields` names the offending input for people, in the shape API.VALIDATION uses.
 */
export const invalid = (rule: string, field: string, message: string): Failure<'PERF.VALIDATION'> =>
  fail('PERF.VALIDATION', message, { rule, fields: { [field]: message } });
