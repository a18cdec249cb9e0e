import type { GoalsRepository } from '../ports/goals-repository.js';

/**
 * Persists a cycle's insights aggregate in the cycle's own partition of the okrs container: a small
 * head document ("agg.insights") that names the current generation, plus the serialised snapshot,
 * inline in the head when it is tiny or split over chunk documents ("agg.insights.<gen>.<n>") when
 * it is not (a Cosmos document holds at most 2 MB). Every request reads the head, so it stays
 * small; the chunks are read (by point reads in parallel) only when a process does not hold that
 * generation in memory yet. Writers: chunks first, then the head with its ETag (so two instances
 * rebuilding at once cannot both win), then the previous generation's chunks go.
 */
export const SNAPSHOT_HEAD = 'insights';
/** Characters of serialised JSON per chunk: JSON inside a string escapes quotes, so this stays well under 2 MB. */
export const CHUNK_CHARS = 900_000;
/** Up to this many characters the snapshot rides in the head itself: one point read, still cheap to repeat. */
export const INLINE_CHARS = 16_000;
export const HEAD_VERSION = 1;

interface HeadBody {
  readonly version: number;
  readonly generation: string;
  readonly builtAt: string;
  readonly cycleRevision: number;
  readonly chunks: number;
  readonly inline?: string;
}

export interface StoredHead extends HeadBody {
  readonly etag: string;
}

/** Chunk writes in flight at once: each is up to about 1 MB. */
const WRITE_PARALLELISM = 4;

const chunkName = (generation: string, index: number): string => `${SNAPSHOT_HEAD}.${generation}.${index}`;

/**
 * One retry after a transport failure (a reset connection, a timeout). Safe here: chunk names are
 * unique per generation, and the head write is checked by reading the head back.
 */
async function twice<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    return call();
  }
}

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  return results;
}

const isHead = (body: unknown): body is HeadBody => {
  const b = body as Partial<HeadBody> | null;
  return (
    typeof b === 'object' && b !== null && b.version === HEAD_VERSION && typeof b.generation === 'string' && typeof b.builtAt === 'string' &&
    typeof b.cycleRevision === 'number' && typeof b.chunks === 'number' && (b.inline === undefined || typeof b.inline === 'string')
  );
};

export class InsightsSnapshotStore {
  constructor(
    private readonly goals: GoalsRepository,
    private readonly chunkChars = CHUNK_CHARS,
  ) {}

  /** The current head, or null when there is none (or it is of another format). */
  async readHead(tenantId: string, cycleId: string): Promise<StoredHead | null> {
    const found = await twice(() => this.goals.getAggregate(tenantId, cycleId, SNAPSHOT_HEAD));
    return found && isHead(found.value) ? { ...found.value, etag: found.etag } : null;
  }

  /** The serialised snapshot a head names; null when a chunk is gone (a newer generation replaced it). */
  async readBody(tenantId: string, cycleId: string, head: StoredHead): Promise<string | null> {
    if (head.inline !== undefined) return head.inline;
    const parts = await Promise.all(Array.from({ length: head.chunks }, (_, i) => twice(() => this.goals.getAggregate(tenantId, cycleId, chunkName(head.generation, i)))));
    if (parts.some((p) => p === null || typeof p.value !== 'string')) return null;
    return parts.map((p) => p!.value as string).join('');
  }

  /**
   * Writes a new generation and makes it current, replacing `previous` (the head as last read, or
   * null when there was none). False when another writer got there first: its snapshot stands.
   */
  async write(tenantId: string, cycleId: string, json: string, meta: { generation: string; builtAt: string; cycleRevision: number }, previous: StoredHead | null): Promise<boolean> {
    const size = this.chunkChars;
    const chunks = json.length <= Math.min(INLINE_CHARS, size) ? [] : Array.from({ length: Math.ceil(json.length / size) }, (_, i) => json.slice(i * size, (i + 1) * size));
    const removeChunks = (generation: string, count: number) =>
      inBatches(Array.from({ length: count }, (_, i) => i), WRITE_PARALLELISM, (i) => this.goals.deleteAggregate(tenantId, cycleId, chunkName(generation, i)).catch(() => undefined));
    try {
      // A duplicate is this generation's own chunk, written by a first attempt whose answer was lost.
      const written = await inBatches(chunks, WRITE_PARALLELISM, (chunk, i) => twice(() => this.goals.putAggregate(tenantId, cycleId, chunkName(meta.generation, i), chunk, null)));
      if (written.some((w) => !w.ok && w.code !== 'STORE.DUPLICATE')) throw new Error('chunk write refused');
    } catch (error) {
      await removeChunks(meta.generation, chunks.length);
      throw error;
    }
    const head: HeadBody = { version: HEAD_VERSION, ...meta, chunks: chunks.length, ...(chunks.length === 0 ? { inline: json } : {}) };
    const replaced = await twice(() => this.goals.putAggregate(tenantId, cycleId, SNAPSHOT_HEAD, head, previous?.etag ?? null)).catch(() => null);
    if (!replaced?.ok) {
      // Refused (another writer won) or unanswered: the head says which.
      const current = await this.readHead(tenantId, cycleId).catch(() => null);
      if (current?.generation !== meta.generation) {
        await removeChunks(meta.generation, chunks.length);
        return false;
      }
    }
    // Readers that still hold the old head find its chunks gone and read the head again.
    if (previous && previous.chunks > 0) await removeChunks(previous.generation, previous.chunks);
    return true;
  }
}
