import type { Cycle } from '../../../../src/domain/okr/cycle.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import type { Person } from '../../../../src/domain/people/person.js';
import type { Team } from '../../../../src/domain/people/team.js';
import type { OkrDeps } from '../../../../src/app/okr/okr-deps.js';
import type { DirectoryRepository } from '../../../../src/app/ports/directory-repository.js';
import type { GoalsRepository, ObjectiveFilter } from '../../../../src/app/ports/goals-repository.js';

export interface FakeWorld {
  readonly cycles: Cycle[];
  readonly objectives: Objective[];
  readonly people: Person[];
  readonly teams: Team[];
}

/** Repository methods that change data (createObjective, replaceCycle, upsertPeople, ...). A coach use case must never call one. */
const isWrite = (method: string): boolean => /^(create|replace|delete|upsert|save|update|set|remove|put|patch|record)/.test(method);

const matches = (o: Objective, filter: ObjectiveFilter): boolean =>
  (filter.ownerId === undefined || o.owner.id === filter.ownerId) &&
  (filter.teamId === undefined || o.teamIds.includes(filter.teamId)) &&
  (!filter.states?.length || filter.states.includes(o.state)) &&
  (!filter.levels?.length || filter.levels.includes(o.level));

/**
 * In-memory OKR deps over a small world. Every call is recorded; write methods (and any method the
 * fake does not implement) are recorded as such and throw, so tests can assert nothing was written.
 */
export function fakeDeps(world: FakeWorld, options: { failReads?: boolean } = {}): { deps: OkrDeps; calls: string[]; writes: string[] } {
  const calls: string[] = [];
  const writes: string[] = [];
  const read = <T>(name: string, value: () => T): Promise<T> => {
    calls.push(name);
    if (options.failReads) return Promise.reject(new Error(`${name} failed`));
    return Promise.resolve(value());
  };
  const goalsImpl: Partial<GoalsRepository> = {
    getCycle: (tenantId, cycleId) => read('getCycle', () => {
      const c = world.cycles.find((x) => x.tenantId === tenantId && x.id === cycleId);
      return c ? { value: c, etag: 'e' } : null;
    }),
    listCycles: (tenantId) => read('listCycles', () => world.cycles.filter((c) => c.tenantId === tenantId)),
    getObjectives: (tenantId, cycleId, ids) => read('getObjectives', () => world.objectives.filter((o) => o.tenantId === tenantId && o.cycleId === cycleId && ids.includes(o.id))),
    listAllObjectives: (tenantId, cycleId, filter) => read('listAllObjectives', () => world.objectives.filter((o) => o.tenantId === tenantId && o.cycleId === cycleId && matches(o, filter))),
    listAlignmentSources: (tenantId, cycleId, filter) =>
      read('listAlignmentSources', () =>
        world.objectives.filter((o) => o.tenantId === tenantId && o.cycleId === cycleId && matches(o, filter)).map((o) => ({ id: o.id, level: o.level, title: o.title, alignments: o.alignments, keyResults: o.keyResults })),
      ),
  };
  const directoryImpl: Partial<DirectoryRepository> = {
    getTeam: (tenantId, teamId) => read('getTeam', () => world.teams.find((t) => t.tenantId === tenantId && t.id === teamId) ?? null),
    getPerson: (tenantId, personId) => read('getPerson', () => world.people.find((p) => p.tenantId === tenantId && p.id === personId) ?? null),
  };
  const trap = <T extends object>(impl: Partial<T>, area: string): T =>
    new Proxy(impl as T, {
      get(target, prop, receiver) {
        if (typeof prop !== 'string' || prop === 'then') return Reflect.get(target, prop, receiver);
        if (prop in target) return Reflect.get(target, prop, receiver);
        return () => {
          (isWrite(prop) ? writes : calls).push(`${area}.${prop}`);
          throw new Error(`${area}.${prop} is not available to the coach`);
        };
      },
    });
  return {
    deps: {
      goals: trap<GoalsRepository>(goalsImpl, 'goals'),
      directory: trap<DirectoryRepository>(directoryImpl, 'directory'),
      clock: { now: () => new Date('2026-02-01T09:00:00Z') },
      ids: { unique: () => 'id' },
    } as OkrDeps,
    calls,
    writes,
  };
}
