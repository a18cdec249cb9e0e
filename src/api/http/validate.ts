import type { z } from 'zod';
import { fail, ok, type Result } from '../../domain/shared/result.js';

/** Parses input with a zod schema; failures list every field with its problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>, 'API.VALIDATION'> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    fields[path] ??= issue.message;
  }
  return fail('API.VALIDATION', 'The request does not have the expected shape', { fields });
}
