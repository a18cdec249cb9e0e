import { z } from 'zod';

/**
 * Cosmos continuation tokens are wrapped so clients get an opaque, URL-safe string and a forged
 * or garbled token is caught here rather than deep inside the SDK.
 */
const wrapped = z.object({ v: z.literal(1), t: z.string().min(1).max(16_384) });

export const wrapContinuation = (cosmosToken: string | undefined): string | undefined =>
  cosmosToken === undefined ? undefined : Buffer.from(JSON.stringify({ v: 1, t: cosmosToken })).toString('base64url');

export function unwrapContinuation(token: string | undefined): { ok: true; value: string | undefined } | { ok: false } {
  if (token === undefined) return { ok: true, value: undefined };
  try {
    const parsed = wrapped.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { ok: true, value: parsed.data.t } : { ok: false };
  } catch {
    return { ok: false };
  }
}
