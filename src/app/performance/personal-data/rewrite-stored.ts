import type { Result } from '../../../domain/shared/result.js';
import type { StoreWriteError, Versioned } from '../../ports/goals-repository.js';

const ROUNDS = 5;

/**
 * Read, change, replace under the ETag; again when someone wrote in between, so their write is kept.
 * `change` returns null when there is nothing (left) to change: that makes every erasure step
 * idempotent. True when it wrote.
 */
export async function rewriteStored<T>(
  read: () => Promise<Versioned<T> | null>,
  change: (value: T) => T | null,
  write: (value: T, etag: string) => Promise<Result<unknown, StoreWriteError>>,
): Promise<boolean> {
  for (let round = 0; round < ROUNDS; round++) {
    const found = await read();
    if (!found) return false;
    const next = change(found.value);
    if (next === null) return false;
    const written = await write(next, found.etag);
    if (written.ok) return true;
    if (written.code === 'STORE.NOT_FOUND') return false;
  }
  throw new Error('A document kept changing while it was being erased');
}
