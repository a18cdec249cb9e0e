import type { OkrDeps } from '../../../src/app/okr/okr-deps.js';
import type { Versioned } from '../../../src/app/ports/goals-repository.js';
import type { Cycle } from '../../../src/domain/okr/cycle.js';
import type { CheckInFact } from '../../../src/domain/okr/insights/insights-snapshot.js';
import type { Objective, ObjectiveState } from '../../../src/domain/okr/objective.js';
import type { Person } from '../../../src/domain/people/person.js';
import type { Team } from '../../../src/domain/people/team.js';
import { fail, ok } from '../../../src/domain/shared/result.js';
import { TestClock } from '../../support/test-clock.js';

/** The parts of the goals and directory stores insights touch, in memory, with a call log. */
export class FakeInsightsWorld {
  readonly calls: string[] = [];
  readonly aggregates = new Map<string, { body: string; etag: string }>();
  private etags = 0;
  failReads = false;
  /** Throws on the next n aggregate writes (a reset connection); 'after' writes first, then throws (the answer is lost). */
  failWrites: { count: number; after: boolean } = { count: 0, after: false };
  /** Runs before a rebuild's bulk reads answer, so tests can interleave two rebuilds. */
  beforeBulkRead: () => Promise<void> = async () => undefined;

  constructor(
    public cycles: Cycle[],
    public objectives: Objective[],
    public checkIns: CheckInFact[],
    public people: Person[],
    public teams: Team[],
  ) {}

  private key = (tenantId: string, cycleId: string, name: string) => `${tenantId}|${cycleId}|${name}`;

  aggregateNames(tenantId: string, cycleId: string): string[] {
    return [...this.aggregates.keys()].filter((k) => k.startsWith(`${tenantId}|${cycleId}|`)).map((k) => k.split('|')[2]!).sort();
  }

  deps(clock = new TestClock(), ids = (() => { let n = 0; return { unique: () => `g${++n}` }; })()): OkrDeps & { clock: TestClock } {
    const world = this;
    const goals = {
      getCycle: async (tenantId: string, cycleId: string): Promise<Versioned<Cycle> | null> => {
        world.calls.push('getCycle');
        const c = world.cycles.find((x) => x.tenantId === tenantId && x.id === cycleId);
        return c ? { value: c, etag: 'e' } : null;
      },
      listCycles: async (tenantId: string) => {
        world.calls.push('listCycles');
        return world.cycles.filter((c) => c.tenantId === tenantId);
      },
      listCycleObjectives: async (tenantId: string, cycleId: string, states: readonly ObjectiveState[]) => {
        world.calls.push(`listCycleObjectives:${cycleId}`);
        await world.beforeBulkRead();
        if (world.failReads) throw new Error('store down');
        return world.objectives.filter((o) => o.tenantId === tenantId && o.cycleId === cycleId && states.includes(o.state));
      },
      listCheckInFacts: async (_tenantId: string, cycleId: string) => {
        world.calls.push(`listCheckInFacts:${cycleId}`);
        return world.checkIns;
      },
      getAggregate: async (tenantId: string, cycleId: string, name: string) => {
        world.calls.push(`getAggregate:${name}`);
        const found = world.aggregates.get(world.key(tenantId, cycleId, name));
        return found ? { value: JSON.parse(found.body) as unknown, etag: found.etag } : null;
      },
      putAggregate: async (tenantId: string, cycleId: string, name: string, body: unknown, etag: string | null) => {
        world.calls.push(`putAggregate:${name}`);
        const lose = world.failWrites.count > 0;
        if (lose) world.failWrites.count -= 1;
        if (lose && !world.failWrites.after) throw new Error('socket hang up');
        const key = world.key(tenantId, cycleId, name);
        const existing = world.aggregates.get(key);
        if (etag === null && existing) return fail('STORE.DUPLICATE' as const, 'exists');
        if (etag !== null && existing?.etag !== etag) return fail('STORE.CONFLICT' as const, 'changed');
        const stored = { body: JSON.stringify(body), etag: `etag${++world.etags}` };
        world.aggregates.set(key, stored);
        if (lose) throw new Error('socket hang up (after the write)');
        return ok({ value: body, etag: stored.etag });
      },
      deleteAggregate: async (tenantId: string, cycleId: string, name: string) => {
        world.calls.push(`deleteAggregate:${name}`);
        world.aggregates.delete(world.key(tenantId, cycleId, name));
      },
    };
    const directory = {
      queryPeople: async (tenantId: string) => {
        world.calls.push('queryPeople');
        return ok({ items: world.people.filter((p) => p.tenantId === tenantId) });
      },
      listTeams: async (tenantId: string) => {
        world.calls.push('listTeams');
        return world.teams.filter((t) => t.tenantId === tenantId);
      },
    };
    return { goals, directory, clock, ids } as unknown as OkrDeps & { clock: TestClock };
  }

  rebuilds(): number {
    return this.calls.filter((c) => c.startsWith('listCheckInFacts')).length;
  }
}
