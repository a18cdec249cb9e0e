import { createHash } from 'node:crypto';
import { applyCheckIn, type CheckIn } from '../../domain/okr/check-in.js';
import { cycleBounds, type Cycle, type CycleState } from '../../domain/okr/cycle.js';
import { closeObjective } from '../../domain/okr/grading.js';
import type { KeyResultSpec } from '../../domain/okr/key-result.js';
import { approveObjective, createObjective, proposeObjective, type Objective } from '../../domain/okr/objective.js';
import { makeKeyResultId, makeObjectiveId } from '../../domain/okr/okr-ids.js';
import { buildManagerChains } from '../../domain/people/org-chart.js';
import type { Person } from '../../domain/people/person.js';
import type { Team } from '../../domain/people/team.js';
import type { Result } from '../../domain/shared/result.js';
import type { Clock } from '../ports/clock.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { GoalsRepository } from '../ports/goals-repository.js';
import { CONTOSO, FABRIKAM, demoPersonId, demoTeamId, type DemoTenant } from './demo-org.js';
import { CONTOSO_CURRENT, CONTOSO_PREVIOUS, FABRIKAM_CURRENT, PREVIOUS_REFLECTIONS, type DemoKeyResult, type DemoObjective } from './demo-okrs.js';
import { quarterContaining } from './quarter.js';
import { seededRandom } from './seeded-random.js';

export interface SeedDeps {
  readonly goals: GoalsRepository;
  readonly directory: DirectoryRepository;
  readonly clock: Clock;
}

const hashSuffix = (text: string, length = 10): string => BigInt(`0x${createHash('sha1').update(text).digest('hex').slice(0, 15)}`).toString(36).padStart(length, '0').slice(-length);

/** A deterministic random source per key result, so every machine seeds the same history. */
const randomFrom = (seed: string): (() => number) => seededRandom(Number.parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16));

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`Demo seed: ${what}: ${result.code} ${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result.value;
}

function buildPeople(tenant: DemoTenant): Person[] {
  const id = (key: string) => demoPersonId(tenant, key);
  const chains = unwrap(buildManagerChains(tenant.people.map((p) => ({ id: id(p.key), managerId: p.manager ? id(p.manager) : null }))), 'org chart');
  return tenant.people.map((p) => ({
    tenantId: tenant.tenantId,
    id: id(p.key),
    displayName: p.name,
    email: `${p.name.split(' ')[0]!.toLowerCase()}.${p.name.split(' ').slice(-1)[0]!.toLowerCase()}@${tenant.domain}`,
    jobTitle: p.title,
    department: tenant.teams.find((t) => t.key === p.teams[0])?.name ?? null,
    managerId: p.manager ? id(p.manager) : null,
    managerChain: chains.get(id(p.key)) ?? [],
    teamIds: p.teams.map(demoTeamId),
    timezone: p.timezone,
    locale: p.locale,
    roles: ['member', ...(p.roles ?? [])],
  }));
}

const buildTeams = (tenant: DemoTenant): Team[] =>
  tenant.teams.map((t) => ({
    tenantId: tenant.tenantId,
    id: demoTeamId(t.key),
    name: t.name,
    parentTeamId: t.parent ? demoTeamId(t.parent) : null,
    leadId: demoPersonId(tenant, t.lead),
  }));

const NOTES = {
  good: ['Ahead of plan this week.', 'Landed the change we planned; numbers moved as hoped.', 'Steady progress.'],
  ok: ['Moving, slower than planned.', 'One dependency slipped a week.', 'On plan but little slack left.'],
  bad: ['Blocked on another team.', 'Lost a week to incidents.', 'Need help to unblock this.'],
};

/** The value a demo key result shows when `fraction` of the way to its target is done. */
function valueAt(spec: KeyResultSpec, fraction: number, late: boolean, pace: number): number {
  const round = (n: number) => Math.round(n * 100) / 100;
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to': {
      const raw = spec.start + (spec.target - spec.start) * fraction;
      const range = Math.abs(spec.target - spec.start);
      // Money and other large ranges move in round steps, as people report them.
      if (range >= 100_000) return Math.round(raw / 1000) * 1000;
      const whole = Number.isInteger(spec.start) && Number.isInteger(spec.target) && range >= 10;
      return whole ? Math.round(raw) : round(raw);
    }
    case 'milestone':
      return Math.min(spec.steps.length, Math.round(spec.steps.length * fraction));
    case 'binary':
      return pace >= 1 && late ? 1 : 0;
    case 'guardrail': {
      const met = pace >= 1 || !late;
      const margin = Math.max(Math.abs(spec.threshold) * 0.02, 0.05);
      return round(spec.direction === 'stay-above' ? spec.threshold + (met ? margin : -margin) : spec.threshold + (met ? -margin : margin));
    }
  }
}

/** Weekly check-ins from the cycle's start up to now (or its end), following each key result's pace. */
function historyFor(objective: Objective, demo: DemoObjective, cycle: Cycle, now: Date): CheckIn[] {
  const { start, end } = cycleBounds(cycle);
  const last = Math.min(now.getTime(), end);
  const week = 7 * 24 * 3600_000;
  const checkIns: CheckIn[] = [];
  objective.keyResults.forEach((kr, index) => {
    const spec: DemoKeyResult = demo.keyResults[index]!;
    const random = randomFrom(`${objective.id}|${kr.id}`);
    const dates: number[] = [];
    for (let at = start + week + 9.5 * 3600_000; at <= last; at += week) dates.push(at);
    dates.forEach((at, i) => {
      const elapsed = (at - start) / (end - start);
      const fraction = Math.max(0, Math.min(1.05, spec.pace * elapsed + (random() - 0.5) * 0.06));
      const confidence = Math.max(0, Math.min(10, spec.confidence + Math.round((random() - 0.5) * 2)));
      const mood = confidence >= 7 ? NOTES.good : confidence >= 4 ? NOTES.ok : NOTES.bad;
      checkIns.push({
        tenantId: objective.tenantId,
        cycleId: objective.cycleId,
        id: `ci${hashSuffix(`${kr.id}|${i}`, 16)}`,
        objectiveId: objective.id,
        keyResultId: kr.id,
        value: valueAt(kr.spec, fraction, i >= dates.length * 0.6, spec.pace),
        confidence,
        note: mood[Math.floor(random() * mood.length)]!,
        blockers: confidence < 4 ? 'Waiting on a decision from leadership.' : '',
        authorId: kr.ownerId,
        at: new Date(at).toISOString(),
      });
    });
  });
  return checkIns;
}

interface CycleSeed {
  readonly cycle: Cycle;
  readonly objectives: readonly DemoObjective[];
  readonly closeWithReflections: boolean;
}

async function seedObjectives(deps: SeedDeps, tenant: DemoTenant, people: Map<string, Person>, seed: CycleSeed): Promise<void> {
  const { cycle } = seed;
  const now = deps.clock.now();
  const idOf = (key: string) => makeObjectiveId(cycle.id, hashSuffix(`${tenant.tenantId}|${cycle.id}|${key}`));
  const personId = (key: string) => demoPersonId(tenant, key);
  const madeAt = new Date(cycleBounds(cycle).start - 5 * 24 * 3600_000).toISOString();
  for (const demo of seed.objectives) {
    const objectiveId = idOf(demo.key);
    const owner = demo.level === 'team' ? ({ kind: 'team', id: demoTeamId(demo.owner) } as const) : ({ kind: 'person', id: personId(demo.owner) } as const);
    const teamIds = owner.kind === 'team' ? [owner.id] : (people.get(owner.id)?.teamIds ?? []);
    let counter = 0;
    let objective = unwrap(
      createObjective({
        tenantId: tenant.tenantId,
        cycleId: cycle.id,
        objectiveId,
        draft: {
          level: demo.level,
          owner,
          teamIds,
          contributorIds: (demo.contributors ?? []).map(personId),
          title: demo.title,
          description: demo.description ?? '',
          commitment: demo.commitment ?? 'aspirational',
          alignments: (demo.alignTo ?? []).map(([key, krIndex]) => ({
            objectiveId: idOf(key),
            keyResultId: krIndex === undefined ? null : makeKeyResultId(idOf(key), `k${krIndex}`),
          })),
          keyResults: demo.keyResults.map((kr) => ({ title: kr.title, ownerId: personId(kr.owner), weight: kr.weight ?? 1, spec: kr.spec })),
        },
        createdBy: owner.kind === 'person' ? owner.id : personId(tenant.teams.find((t) => t.key === demo.owner)!.lead),
        now: madeAt,
        uniqueSuffix: () => `k${counter++}`,
      }),
      demo.key,
    );
    const state = demo.state ?? 'active';
    if (state !== 'draft') objective = unwrap(proposeObjective(objective, madeAt), `propose ${demo.key}`);
    if (state === 'active') {
      const approver = people.get(objective.owner.id)?.managerId ?? personId(tenant.people[0]!.key);
      objective = unwrap(approveObjective(objective, approver, madeAt), `approve ${demo.key}`);
      const history = historyFor(objective, demo, cycle, now);
      for (let i = 0; i < history.length; i += 25) {
        await Promise.all(history.slice(i, i + 25).map((c) => deps.goals.createCheckIn(c)));
      }
      objective = history.reduce(applyCheckIn, objective);
      if (seed.closeWithReflections) {
        const reflection = PREVIOUS_REFLECTIONS[demo.key] ?? 'We learned what moves this metric and what does not.';
        objective = unwrap(closeObjective(objective, { adjustments: [], reflection }, cycle.endDate + 'T17:00:00.000Z'), `close ${demo.key}`);
      }
    }
    unwrap(await deps.goals.createObjective(objective), `store ${demo.key}`);
  }
}

function cycleFor(tenant: DemoTenant, now: Date, offset: number, state: CycleState): Cycle {
  const quarter = quarterContaining(now, offset);
  const stamp = now.toISOString();
  return {
    tenantId: tenant.tenantId,
    id: `cy${quarter.name.replace(' ', '').toLowerCase()}${hashSuffix(tenant.tenantId, 4)}`,
    name: quarter.name,
    startDate: quarter.startDate,
    endDate: quarter.endDate,
    cadence: 'quarterly',
    state,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
  };
}

/**
 * Seeds the demo organisations: Contoso (32 people, 8 teams, last quarter graded, this quarter
 * running with weekly history, next quarter in planning) and the small Fabrikam. Idempotent:
 * a tenant whose people exist is left as it is, so restarts keep whatever users changed.
 */
export async function seedDemoWorld(deps: SeedDeps): Promise<{ seededTenants: string[] }> {
  const seededTenants: string[] = [];
  const now = deps.clock.now();
  const plans: [DemoTenant, { offset: number; state: CycleState; objectives: readonly DemoObjective[] }[]][] = [
    [
      CONTOSO,
      [
        { offset: -1, state: 'closed', objectives: CONTOSO_PREVIOUS },
        { offset: 0, state: 'active', objectives: CONTOSO_CURRENT },
        { offset: 1, state: 'planning', objectives: [] },
      ],
    ],
    [FABRIKAM, [{ offset: 0, state: 'active', objectives: FABRIKAM_CURRENT }]],
  ];
  for (const [tenant, cycles] of plans) {
    const people = buildPeople(tenant);
    if (await deps.directory.getPerson(tenant.tenantId, people[0]!.id)) continue;
    await deps.directory.upsertTeams(buildTeams(tenant));
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const plan of cycles) {
      const cycle = cycleFor(tenant, now, plan.offset, plan.state);
      unwrap(await deps.goals.createCycle(cycle), `cycle ${cycle.name}`);
      await seedObjectives(deps, tenant, byId, { cycle, objectives: plan.objectives, closeWithReflections: plan.state === 'closed' });
    }
    // People last: their presence marks the tenant as seeded, so a crash mid-seed retries cleanly.
    await deps.directory.upsertPeople(people);
    seededTenants.push(tenant.tenantId);
  }
  return { seededTenants };
}
