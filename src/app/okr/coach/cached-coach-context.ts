import type { CoachContext, CoachSibling, CycleGrade } from '../../../domain/okr/coach/coach-checks.js';
import type { Cycle } from '../../../domain/okr/cycle.js';
import type { Clock } from '../../ports/clock.js';
import type { GoalsRepository } from '../../ports/goals-repository.js';
import { loadGradeHistory } from './coach-context.js';

export interface CoachContextCacheOptions {
  /** How long a cycle's titles are reused for the duplicate check while someone types. */
  readonly siblingsTtlMs?: number;
  /** How long an owner's grade history is reused (it only changes when a cycle closes). */
  readonly historyTtlMs?: number;
  /** Entries kept per kind; the oldest go first. */
  readonly maxEntries?: number;
}

interface Entry<T> {
  readonly at: number;
  readonly value: Promise<T>;
}

/**
 * The checks run on every pause in typing; the titles of a large cycle (one projected query) and an
 * owner's grade history (up to three queries) change slowly. This keeps them for a short while per
 * tenant and cycle (titles) or tenant, cycle and owner (history), so a typing session costs the
 * identity and cycle point reads, not a scan of the cycle each time. Keys always start with the
 * tenant, which comes from the verified actor. A failed load is not kept.
 */
export class CoachContextCache {
  private readonly siblings = new Map<string, Entry<CoachSibling[]>>();
  private readonly history = new Map<string, Entry<CycleGrade[]>>();
  private readonly siblingsTtlMs: number;
  private readonly historyTtlMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly goals: GoalsRepository,
    private readonly clock: Clock,
    options: CoachContextCacheOptions = {},
  ) {
    this.siblingsTtlMs = options.siblingsTtlMs ?? 30_000;
    this.historyTtlMs = options.historyTtlMs ?? 300_000;
    this.maxEntries = options.maxEntries ?? 500;
  }

  async load(tenantId: string, cycle: Cycle, ownerId: string, objectiveId: string | null): Promise<CoachContext> {
    const [siblings, gradeHistory] = await Promise.all([
      this.cached(this.siblings, `${tenantId}|${cycle.id}`, this.siblingsTtlMs, async () =>
        (await this.goals.listAlignmentSources(tenantId, cycle.id, {})).map((s) => ({ id: s.id, title: s.title })),
      ),
      this.cached(this.history, `${tenantId}|${cycle.id}|${ownerId}`, this.historyTtlMs, () => loadGradeHistory(this.goals, tenantId, cycle, ownerId)),
    ]);
    return { objectiveId, siblings, gradeHistory };
  }

  private cached<T>(map: Map<string, Entry<T>>, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const hit = map.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value;
    const value = load();
    map.delete(key);
    map.set(key, { at: now, value });
    value.catch(() => {
      if (map.get(key)?.value === value) map.delete(key);
    });
    while (map.size > this.maxEntries) map.delete(map.keys().next().value!);
    return value;
  }
}
