import { quarterContaining } from '../src/app/demo/quarter.js';
import type { OkrDeps } from '../src/app/okr/okr-deps.js';
import { applyCheckIn, makeCheckIn, type CheckIn } from '../src/domain/okr/check-in.js';
import { createCycle, transitionCycle, type Cycle } from '../src/domain/okr/cycle.js';
import type { KeyResultSpec } from '../src/domain/okr/key-result.js';
import {
  approveObjective,
  createObjective,
  proposeObjective,
  type KeyResultDraft,
  type Objective,
  type ObjectiveLevel,
  type ObjectiveOwner,
} from '../src/domain/okr/objective.js';
import { makeObjectiveId } from '../src/domain/okr/okr-ids.js';
import { buildManagerChains } from '../src/domain/people/org-chart.js';
import type { Person } from '../src/domain/people/person.js';
import type { Team } from '../src/domain/people/team.js';
import type { Result } from '../src/domain/shared/result.js';
import { seededRandom } from '../src/app/demo/seeded-random.js';

/** The shape of a generated tenant. */
export interface WorldSpec {
  readonly name: string;
  /** Must be a demo tenant id: local dev identity only resolves people of the demo tenants. */
  readonly tenantId: string;
  readonly people: number;
  /** A lead plus members; teams form an 8-ary tree under the company team. */
  readonly teamSize: number;
  readonly objectives: number;
  readonly companyObjectives: number;
  readonly teamObjectivesPerTeam: number;
  /** Every n-th active objective gets one check-in per key result. */
  readonly checkInEvery: number;
  readonly seed: number;
}

/** A key result the benchmark can check in on, with who may do it. */
export interface KeyResultRef {
  readonly id: string;
  readonly ownerId: string;
  readonly spec: KeyResultSpec;
}

export interface World {
  readonly spec: WorldSpec;
  readonly cycleId: string;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  /** Team id -> member ids (leads included). */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** Team id -> objectives on its board; person id -> objectives they take part in. */
  readonly boardSize: ReadonlyMap<string, number>;
  readonly participantSize: ReadonlyMap<string, number>;
  /** Company and team objectives that are proposed or active: what the company tree shows. */
  readonly treeSize: number;
  /** Key results of active objectives. */
  readonly activeKeyResults: readonly KeyResultRef[];
  readonly counts: { people: number; teams: number; objectives: Record<ObjectiveLevel, number>; keyResults: number; checkIns: number };
  /** Milliseconds spent building values and writing each kind of document. */
  readonly timings: { buildMs: number; directoryMs: number; objectivesMs: number; checkInsMs: number; totalMs: number };
}

const TEAM_BRANCHING = 8;
const WRITE_PARALLELISM = 32;

const random = seededRandom;

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`World generator: ${what}: ${result.code} ${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result.value;
}

/** Runs `fn` over `items` with at most `limit` calls in flight. */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const personId = (spec: WorldSpec, index: number): string => `bench-${spec.name}-p${index}`;
const teamId = (spec: WorldSpec, index: number): string => `tm-bench-${spec.name}-${index}`;
const parentTeam = (t: number): number | null => (t === 0 ? null : Math.floor((t - 1) / TEAM_BRANCHING));

/** People in teams of `teamSize`: person t*teamSize leads team t and reports to the parent team's lead. */
function buildOrg(spec: WorldSpec): { people: Person[]; teams: Team[]; members: Map<string, string[]> } {
  const teamCount = Math.ceil(spec.people / spec.teamSize);
  const leadOf = (t: number): number => t * spec.teamSize;
  const teams: Team[] = Array.from({ length: teamCount }, (_, t) => {
    const parent = parentTeam(t);
    return { tenantId: spec.tenantId, id: teamId(spec, t), name: `Team ${t}`, parentTeamId: parent === null ? null : teamId(spec, parent), leadId: personId(spec, leadOf(t)) };
  });
  const lines = Array.from({ length: spec.people }, (_, p) => {
    const t = Math.floor(p / spec.teamSize);
    const isLead = p === leadOf(t);
    const parent = parentTeam(t);
    const manager = isLead ? (parent === null ? null : leadOf(parent)) : leadOf(t);
    // Leads sit on their own team and their manager's team, as in the demo org.
    const teamIndexes = isLead && parent !== null ? [t, parent] : [t];
    return { p, manager, teamIndexes };
  });
  const chains = unwrap(
    buildManagerChains(lines.map((l) => ({ id: personId(spec, l.p), managerId: l.manager === null ? null : personId(spec, l.manager) }))),
    'org chart',
  );
  const members = new Map<string, string[]>(teams.map((t) => [t.id, []]));
  const people: Person[] = lines.map((l) => {
    const id = personId(spec, l.p);
    const teamIds = l.teamIndexes.map((t) => teamId(spec, t));
    teamIds.forEach((t) => members.get(t)!.push(id));
    return {
      tenantId: spec.tenantId,
      id,
      displayName: `Bench Person ${l.p}`,
      email: `person${l.p}@${spec.name}.bench.example`,
      jobTitle: l.p === 0 ? 'Chief Executive Officer' : l.p % spec.teamSize === 0 ? 'Team Lead' : 'Engineer',
      department: `Team ${l.teamIndexes[0]}`,
      managerId: l.manager === null ? null : personId(spec, l.manager),
      managerChain: chains.get(id) ?? [],
      teamIds,
      timezone: 'Europe/Berlin',
      locale: 'en-GB',
      roles: l.p === 0 ? ['member', 'okr-admin'] : ['member'],
    };
  });
  return { people, teams, members };
}

/** One of the five key result types, with plausible numbers. */
function keyResultSpec(rand: () => number): KeyResultSpec {
  const r = rand();
  if (r < 0.45) return { type: 'increase-to', start: 0, target: 10 + Math.floor(rand() * 90), unit: 'number' };
  if (r < 0.65) return { type: 'decrease-to', start: 50 + Math.floor(rand() * 50), target: 10, unit: 'percent' };
  if (r < 0.8) return { type: 'milestone', steps: ['Design', 'Build', 'Roll out', 'Measure'] };
  if (r < 0.9) return { type: 'binary' };
  return { type: 'guardrail', direction: 'stay-above', threshold: 99, unit: 'percent' };
}

/** A valid check-in value for a key result. */
export function checkInValue(spec: KeyResultSpec, rand: () => number): number {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return Math.round(spec.start + (spec.target - spec.start) * rand());
    case 'milestone':
      return Math.floor(rand() * (spec.steps.length + 1));
    case 'binary':
      return rand() < 0.5 ? 0 : 1;
    case 'guardrail':
      return Math.round((spec.threshold - 1 + rand() * 2) * 100) / 100;
  }
}

interface ObjectivePlan {
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly teamIds: readonly string[];
  readonly createdBy: string;
  readonly approver: string;
  readonly alignTo: Objective | null;
  readonly keyResultOwners: () => string;
}

/** Builds the cycle, org, objectives (with key results) and check-ins as domain values, then writes them. */
export async function generateWorld(deps: OkrDeps, spec: WorldSpec, now: Date): Promise<World> {
  const started = performance.now();
  const rand = random(spec.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const stamp = now.toISOString();

  const quarter = quarterContaining(now);
  const cycleId = `cybench${spec.name.replace(/[^a-z0-9]/g, '')}`;
  const planned = unwrap(
    createCycle({ tenantId: spec.tenantId, id: cycleId, name: quarter.name, startDate: quarter.startDate, endDate: quarter.endDate, cadence: 'quarterly', now: stamp }),
    'cycle',
  );
  const cycle: Cycle = unwrap(transitionCycle(planned, 'active', stamp), 'activate cycle');

  const { people, teams, members } = buildOrg(spec);
  const ceo = people[0]!;
  // Teams 1..8 hang under the company team: their leads own the company key results.
  const vps = teams.slice(1, 1 + TEAM_BRANCHING).map((t) => t.leadId!);

  let sequence = 0;
  const objectives: Objective[] = [];
  const make = (plan: ObjectivePlan): Objective => {
    const index = sequence++;
    const objectiveId = makeObjectiveId(cycleId, `b${index.toString(36).padStart(6, '0')}`);
    const keyResults: KeyResultDraft[] = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, k) => ({
      title: `Key result ${k + 1} of objective ${index}`,
      ownerId: plan.keyResultOwners(),
      weight: 1,
      spec: keyResultSpec(rand),
    }));
    const alignTo = plan.alignTo;
    // Spread creation times over the week before now, so ORDER BY createdAt has work to do.
    const createdAt = new Date(now.getTime() - 7 * 24 * 3600_000 + index * 1000).toISOString();
    let kr = 0;
    let objective = unwrap(
      createObjective({
        tenantId: spec.tenantId,
        cycleId,
        objectiveId,
        draft: {
          level: plan.level,
          owner: plan.owner,
          teamIds: plan.teamIds,
          contributorIds: [],
          title: `${plan.level} objective ${index}`,
          description: 'Generated by the benchmark.',
          commitment: rand() < 0.3 ? 'committed' : 'aspirational',
          alignments: alignTo ? [{ objectiveId: alignTo.id, keyResultId: alignTo.keyResults.length > 0 ? pick(alignTo.keyResults).id : null }] : [],
          keyResults,
        },
        createdBy: plan.createdBy,
        now: createdAt,
        uniqueSuffix: () => `k${kr++}`,
      }),
      `objective ${index}`,
    );
    // About 94% active, 3% proposed, 3% draft.
    const state = rand();
    if (state >= 0.03) objective = unwrap(proposeObjective(objective, createdAt), `propose ${index}`);
    if (state >= 0.06) objective = unwrap(approveObjective(objective, plan.approver, createdAt), `approve ${index}`);
    objectives.push(objective);
    return objective;
  };

  const company = Array.from({ length: spec.companyObjectives }, () =>
    make({ level: 'company', owner: { kind: 'person', id: ceo.id }, teamIds: ceo.teamIds, createdBy: ceo.id, approver: ceo.id, alignTo: null, keyResultOwners: () => pick(vps.length > 0 ? vps : [ceo.id]) }),
  );
  const teamObjectives = new Map<string, Objective[]>();
  teams.forEach((team, t) => {
    const list = Array.from({ length: spec.teamObjectivesPerTeam }, (_, k) =>
      make({
        level: 'team',
        owner: { kind: 'team', id: team.id },
        teamIds: [team.id],
        createdBy: team.leadId!,
        approver: team.leadId!,
        alignTo: company[(t + k) % company.length] ?? null,
        keyResultOwners: () => pick(members.get(team.id)!),
      }),
    );
    teamObjectives.set(team.id, list);
  });
  const individual = spec.objectives - objectives.length;
  people.forEach((person, p) => {
    const count = Math.floor(individual / people.length) + (p < individual % people.length ? 1 : 0);
    for (let i = 0; i < count; i++) {
      make({
        level: 'individual',
        owner: { kind: 'person', id: person.id },
        teamIds: person.teamIds,
        createdBy: person.id,
        approver: person.managerId ?? ceo.id,
        alignTo: pick(teamObjectives.get(person.teamIds[0]!)!),
        keyResultOwners: () => person.id,
      });
    }
  });

  // A few check-ins: every n-th active objective, one per key result, folded into the key result.
  const checkIns: CheckIn[] = [];
  let activeSeen = 0;
  objectives.forEach((objective, index) => {
    if (objective.state !== 'active' || activeSeen++ % spec.checkInEvery !== 0) return;
    const i = activeSeen;
    let updated = objective;
    objective.keyResults.forEach((kr, k) => {
      const checkIn = unwrap(
        makeCheckIn(updated, kr, { value: checkInValue(kr.spec, rand), confidence: Math.floor(rand() * 11), note: 'Generated.', blockers: '' }, {
          id: `cibench${i.toString(36)}x${k}`,
          authorId: kr.ownerId,
          at: new Date(now.getTime() - 24 * 3600_000).toISOString(),
        }),
        `check-in ${objective.id}`,
      );
      checkIns.push(checkIn);
      updated = applyCheckIn(updated, checkIn);
    });
    objectives[index] = updated;
  });
  const buildMs = performance.now() - started;

  let phase = performance.now();
  unwrap(await deps.goals.createCycle(cycle), 'store cycle');
  await deps.directory.upsertTeams(teams);
  await inParallel(chunks(people, 50), WRITE_PARALLELISM, (slice) => deps.directory.upsertPeople(slice));
  const directoryMs = performance.now() - phase;
  phase = performance.now();
  await inParallel(objectives, WRITE_PARALLELISM, async (o) => unwrap(await deps.goals.createObjective(o), `store ${o.id}`));
  const objectivesMs = performance.now() - phase;
  phase = performance.now();
  await inParallel(checkIns, WRITE_PARALLELISM, async (c) => unwrap(await deps.goals.createCheckIn(c), `store ${c.id}`));
  const checkInsMs = performance.now() - phase;

  const boardSize = new Map<string, number>();
  const participantSize = new Map<string, number>();
  for (const o of objectives) {
    for (const t of o.teamIds) boardSize.set(t, (boardSize.get(t) ?? 0) + 1);
    const participants = new Set([...(o.owner.kind === 'person' ? [o.owner.id] : []), ...o.contributorIds, ...o.keyResults.map((kr) => kr.ownerId)]);
    for (const p of participants) participantSize.set(p, (participantSize.get(p) ?? 0) + 1);
  }
  const level = (l: ObjectiveLevel): number => objectives.filter((o) => o.level === l).length;
  return {
    spec,
    cycleId,
    people,
    teams,
    members,
    boardSize,
    participantSize,
    treeSize: objectives.filter((o) => o.level !== 'individual' && o.state !== 'draft').length,
    activeKeyResults: objectives
      .filter((o) => o.state === 'active')
      .flatMap((o) => o.keyResults.map((kr) => ({ id: kr.id, ownerId: kr.ownerId, spec: kr.spec }))),
    counts: {
      people: people.length,
      teams: teams.length,
      objectives: { company: level('company'), team: level('team'), individual: level('individual') },
      keyResults: objectives.reduce((sum, o) => sum + o.keyResults.length, 0),
      checkIns: checkIns.length,
    },
    timings: { buildMs, directoryMs, objectivesMs, checkInsMs, totalMs: performance.now() - started },
  };
}
