import type { OneOnOneErrorCode } from '../../../domain/performance/one-on-ones/one-on-one-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { Versioned } from '../../ports/goals-repository.js';
import { notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { OneOnOneRecordKind, OneOnOneRecords } from '../ports/one-on-one-repository.js';

/** How often a read-modify-write is tried when the other side keeps writing in between. */
export const MAX_WRITE_ATTEMPTS = 40;

/** A small random pause, so writers that collided do not retry in lock step. */
export const retryPause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + attempt)));

/**
 * Read-modify-write under the ETag: when the other side wrote the document in between, read it
 * again and re-apply the change to what they wrote, so neither edit is lost. A change that needs
 * the caller's revision (If-Match) fails with PERF.REVISION_MISMATCH on the fresh copy instead.
 */
export async function updateWithRetry<K extends OneOnOneRecordKind>(
  deps: Pick<PerformanceDeps, 'oneOnOnes'>,
  kind: K,
  first: Versioned<OneOnOneRecords[K]>,
  change: (current: OneOnOneRecords[K]) => Result<OneOnOneRecords[K], OneOnOneErrorCode>,
): Promise<Result<OneOnOneRecords[K], OneOnOneErrorCode>> {
  let current = first;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const next = change(current.value);
    if (!next.ok) return next;
    if (next.value === current.value) return ok(current.value);
    const written = await deps.oneOnOnes.replace(kind, next.value, current.etag);
    if (written.ok) return ok(written.value.value);
    if (written.code !== 'STORE.CONFLICT') return notFound();
    await retryPause(attempt);
    const { tenantId, reportId, id } = current.value;
    const again = await deps.oneOnOnes.get(kind, tenantId, reportId, id);
    if (!again) return notFound();
    current = again;
  }
  return fail('PERF.WRITE_CONTENTION', 'Too many changes at once; try again');
}
