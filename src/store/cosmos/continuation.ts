import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * Cosmos continuation tokens are wrapped so clients get an opaque, URL-safe string. The wrapper
 * carries a digest binding the token to the partition and query it was issued for, so a garbled,
 * hand-made or reused-elsewhere token is refused here instead of quietly restarting from page one
 * (the local server does that with tokens it cannot parse). The digest is not a secret: tokens only
 * continue queries that are already scoped to the caller's tenant.
 */
const wrapped = z.object({ v: z.literal(1), t: z.string().min(1).max(16_384), d: z.string().length(22) });

const digest = (scope: string, cosmosToken: string): string => createHash('sha256').update(`${scope}\n${cosmosToken}`).digest('base64url').slice(0, 22);

export const wrapContinuation = (scope: string, cosmosToken: string | undefined): string | undefined =>
  cosmosToken === undefined ? undefined : Buffer.from(JSON.stringify({ v: 1, t: cosmosToken, d: digest(scope, cosmosToken) })).toString('base64url');

export function unwrapContinuation(scope: string, token: string | undefined): { ok: true; value: string | undefined } | { ok: false } {
  if (token === undefined) return { ok: true, value: undefined };
  try {
    const parsed = wrapped.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.d === digest(scope, parsed.data.t) ? { ok: true, value: parsed.data.t } : { ok: false };
  } catch {
    return { ok: false };
  }
}
