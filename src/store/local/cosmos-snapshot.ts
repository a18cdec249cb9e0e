import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Database } from '@azure/cosmos';
import { z } from 'zod';

/**
 * The local Cosmos server keeps data in memory only. These functions save every container to a
 * JSON file and load it back, through the ordinary client, so restarts lose nothing.
 */
const snapshotSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  containers: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

const SYSTEM_FIELDS = new Set(['_rid', '_self', '_etag', '_attachments', '_ts']);
const stripSystemFields = (doc: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !SYSTEM_FIELDS.has(key)));

export async function saveSnapshot(database: Database, containerIds: readonly string[], file: string): Promise<number> {
  const containers: Record<string, Record<string, unknown>[]> = {};
  let count = 0;
  for (const id of containerIds) {
    const { resources } = await database.container(id).items.readAll<Record<string, unknown> & { id: string }>().fetchAll();
    containers[id] = resources.map(stripSystemFields);
    count += resources.length;
  }
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a crash mid-save leaves the previous snapshot intact.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), containers }));
  await rename(temporary, file);
  return count;
}

/** Loads a snapshot into empty containers; returns how many documents it restored (0 when none exists). */
export async function restoreSnapshot(database: Database, file: string): Promise<number> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const snapshot = snapshotSchema.parse(JSON.parse(raw));
  let count = 0;
  for (const [containerId, docs] of Object.entries(snapshot.containers)) {
    const container = database.container(containerId);
    for (let i = 0; i < docs.length; i += 50) {
      await Promise.all(docs.slice(i, i + 50).map((doc) => container.items.upsert(doc)));
    }
    count += docs.length;
  }
  return count;
}

/**
 * Saves shortly after writes stop (debounced), at most one save at a time, and once more on flush.
 */
export class SnapshotScheduler {
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<unknown> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly save: () => Promise<unknown>,
    private readonly delayMs = 500,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  markDirty(): void {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.saving;
    if (!this.dirty) return;
    this.dirty = false;
    this.saving = this.save().catch((error) => {
      this.dirty = true;
      this.onError(error);
    });
    await this.saving;
  }
}
