import { fail, ok, type Result } from '../../domain/shared/result.js';

/** If-Match carries a revision as an ETag: "3", W/"3" or 3. Absent or "*" means unconditional. */
export function parseIfMatch(header: string | undefined): Result<number | undefined, 'API.BAD_IF_MATCH'> {
  if (header === undefined || header.trim() === '*') return ok(undefined);
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  return match ? ok(Number(match[1])) : fail('API.BAD_IF_MATCH', 'If-Match must be an ETag this API returned, such as "3"');
}

export const etagFor = (revision: number): string => `"${revision}"`;
