import { AsyncResource } from 'node:async_hooks';
import type { Cycle } from '../../domain/okr/cycle.js';
import { previousClosedCycles } from '../../domain/okr/coach/grade-history.js';
import { buildInsightsSnapshot, INSIGHTS_SNAPSHOT_VERSION, type InsightsSnapshot } from '../../domain/okr/insights/insights-snapshot.js';
import { decodeSnapshot, encodeSnapshot, type StoredSnapshot } from '../../domain/okr/insights/snapshot-codec.js';
import { indexSnapshot, type SnapshotIndex } from '../../domain/okr/insights/snapshot-scope.js';
import type { OkrDeps } from '../okr/okr-deps.js';
import { listAllPeople } from '../people/list-all-people.js';
import { InsightsSnapshotStore, type StoredHead } from './snapshot-store.js';

/**
 * Freshness of the insights aggregate. Analytics read a precomputed snapshot per (tenant, cycle)
 * rather than scanning the cycle on every request; the price is that a view may lag the latest
 * check-ins by up to `freshForMs` (and, while a rebuild runs in the background, by the rebuild
 * time on top). Every response says when its data was built.
 *
 * - younger than freshForMs: served as it is;
 * - older, but younger than usableForMs: served at once, and a rebuild starts in the background;
 * - older than usableForMs, missing, built for another revision of the cycle (a transition), or of
 *   an older format: rebuilt before answering.
 */
export interface FreshnessPolicy {
  readonly freshForMs: number;
  readonly usableForMs: number;
}

export const DEFAULT_FRESHNESS: FreshnessPolicy = { freshForMs: 5 * 60_000, usableForMs: 60 * 60_000 };

export interface LoadedSnapshot {
  readonly snapshot: InsightsSnapshot;
  readonly index: SnapshotIndex;
  readonly generation: string;
}

export interface InsightsSnapshotsOptions {
  readonly freshness?: FreshnessPolicy;
  /** Parsed snapshots kept in memory (the most recently used), keyed by tenant and cycle. */
  readonly maxCached?: number;
  /** Serialised characters per stored chunk (tests make it small). */
  readonly chunkChars?: number;
}

/**
 * Loads, rebuilds and caches insights snapshots. One rebuild per (tenant, cycle) at a time in this
 * process; a parsed snapshot is reused for as long as the stored head names the same generation.
 */
export class InsightsSnapshots {
  readonly store: InsightsSnapshotStore;
  readonly freshness: FreshnessPolicy;
  private readonly maxCached: number;
  private readonly memory = new Map<string, LoadedSnapshot>();
  private readonly building = new Map<string, Promise<LoadedSnapshot>>();
  /** Background rebuilds run outside the request that noticed staleness (its timing, its trace). */
  private readonly detached = new AsyncResource('insights-rebuild');

  constructor(
    readonly deps: OkrDeps,
    options: InsightsSnapshotsOptions = {},
  ) {
    this.store = new InsightsSnapshotStore(deps.goals, options.chunkChars);
    this.freshness = options.freshness ?? DEFAULT_FRESHNESS;
    this.maxCached = options.maxCached ?? 8;
  }

  readHead(tenantId: string, cycleId: string): Promise<StoredHead | null> {
    return this.store.readHead(tenantId, cycleId);
  }

  /** The cycle's snapshot per the freshness policy; `head` is the stored head if already read. */
  async load(tenantId: string, cycle: Cycle, head: StoredHead | null): Promise<LoadedSnapshot> {
    const now = this.deps.clock.now().getTime();
    // What this process built itself is good too when the store has nothing newer (its write failed).
    const own = this.memory.get(`${tenantId}|${cycle.id}`);
    const ownAge = own ? now - Date.parse(own.snapshot.builtAt) : Number.NaN;
    if (own && own.snapshot.cycle.revision === cycle.revision && ownAge < this.freshness.usableForMs && (!head || Date.parse(head.builtAt) < Date.parse(own.snapshot.builtAt))) {
      if (ownAge >= this.freshness.freshForMs) this.refreshInBackground(tenantId, cycle);
      return own;
    }
    const age = now - Date.parse(head?.builtAt ?? '');
    if (head && head.cycleRevision === cycle.revision && !(age >= this.freshness.usableForMs)) {
      const loaded = await this.fromHead(tenantId, cycle.id, head);
      if (loaded) {
        if (age >= this.freshness.freshForMs) this.refreshInBackground(tenantId, cycle);
        return loaded;
      }
    }
    try {
      return await this.rebuild(tenantId, cycle);
    } catch (error) {
      // The store stumbled: an older snapshot, if any, beats no answer.
      const fallback = head ? await this.fromHead(tenantId, cycle.id, head).catch(() => null) : null;
      if (fallback) return fallback;
      throw error;
    }
  }

  /** Rebuilds now (one rebuild per tenant and cycle at a time) and makes it the current snapshot. */
  rebuild(tenantId: string, cycle: Cycle): Promise<LoadedSnapshot> {
    const key = `${tenantId}|${cycle.id}`;
    const running = this.building.get(key);
    if (running) return running;
    const build = this.buildAndStore(tenantId, cycle).finally(() => this.building.delete(key));
    this.building.set(key, build);
    return build;
  }

  private refreshInBackground(tenantId: string, cycle: Cycle): void {
    this.detached.runInAsyncScope(() => {
      this.rebuild(tenantId, cycle).catch(() => undefined);
    });
  }

  private async fromHead(tenantId: string, cycleId: string, head: StoredHead, retry = true): Promise<LoadedSnapshot | null> {
    const key = `${tenantId}|${cycleId}`;
    const cached = this.memory.get(key);
    if (cached && cached.generation === head.generation) {
      this.remember(key, cached);
      return cached;
    }
    const json = await this.store.readBody(tenantId, cycleId, head);
    if (json === null) {
      // A newer generation replaced this one while we read: follow the new head once.
      const latest = retry ? await this.store.readHead(tenantId, cycleId) : null;
      return latest && latest.generation !== head.generation ? this.fromHead(tenantId, cycleId, latest, false) : null;
    }
    let snapshot: InsightsSnapshot;
    try {
      snapshot = decodeSnapshot(JSON.parse(json) as StoredSnapshot);
    } catch {
      return null; // Written by another version: rebuild.
    }
    if (snapshot.version !== INSIGHTS_SNAPSHOT_VERSION || snapshot.tenantId !== tenantId || snapshot.cycle?.id !== cycleId) return null;
    return this.remember(key, { snapshot, index: indexSnapshot(snapshot), generation: head.generation });
  }

  private remember(key: string, loaded: LoadedSnapshot): LoadedSnapshot {
    this.memory.delete(key);
    this.memory.set(key, loaded);
    while (this.memory.size > this.maxCached) this.memory.delete(this.memory.keys().next().value!);
    return loaded;
  }

  private async buildAndStore(tenantId: string, cycle: Cycle): Promise<LoadedSnapshot> {
    const { goals, directory, clock, ids } = this.deps;
    const [objectives, checkIns, people, teams, previous] = await Promise.all([
      goals.listCycleObjectives(tenantId, cycle.id, ['active', 'closed']),
      goals.listCheckInFacts(tenantId, cycle.id),
      listAllPeople(directory, tenantId),
      directory.listTeams(tenantId),
      this.previousCycle(tenantId, cycle),
    ]);
    const snapshot = buildInsightsSnapshot({ cycle, objectives, checkIns, people, teams, previous, now: clock.now() });
    const generation = ids.unique();
    const json = JSON.stringify(encodeSnapshot(snapshot));
    // The head as it is now (a rebuild takes a while), so the write replaces exactly that one.
    const current = await this.store.readHead(tenantId, cycle.id).catch(() => null);
    // Whether it is stored, another writer won, or the store failed, this snapshot is fresh: use it here.
    await this.store.write(tenantId, cycle.id, json, { generation, builtAt: snapshot.builtAt, cycleRevision: cycle.revision }, current).catch(() => false);
    return this.remember(`${tenantId}|${cycle.id}`, { snapshot, index: indexSnapshot(snapshot), generation });
  }

  /** The closed cycle before this one with its graded objectives, for ambition calibration. */
  private async previousCycle(tenantId: string, cycle: Cycle): Promise<{ cycle: Cycle; objectives: Awaited<ReturnType<OkrDeps['goals']['listCycleObjectives']>> } | null> {
    const [before] = previousClosedCycles(await this.deps.goals.listCycles(tenantId), cycle, 1);
    return before ? { cycle: before, objectives: await this.deps.goals.listCycleObjectives(tenantId, before.id, ['closed']) } : null;
  }
}
