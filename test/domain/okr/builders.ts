import assert from 'node:assert/strict';
import type { Cycle } from '../../../src/domain/okr/cycle.js';
import type { KeyResult, KeyResultSpec } from '../../../src/domain/okr/key-result.js';
import type { CreateObjectiveInput, KeyResultDraft, Objective, ObjectiveDraft } from '../../../src/domain/okr/objective.js';
import type { Person } from '../../../src/domain/people/person.js';
import type { Team } from '../../../src/domain/people/team.js';
import type { Failure, Result } from '../../../src/domain/shared/result.js';

export const TENANT = 'tenant-1';
export const OTHER_TENANT = 'tenant-2';
export const CYCLE_ID = 'cy2026q1';
export const OBJECTIVE_ID = `${CYCLE_ID}.obalpha1`;
export const KR_ID = `${OBJECTIVE_ID}.kr01`;
export const NOW = '2026-02-01T09:00:00.000Z';
export const LATER = '2026-02-02T09:00:00.000Z';

/* ---------- result helpers ---------- */

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result.value;
}

export function expectFail<T>(result: Result<T>, code: string): Failure {
  if (result.ok) assert.fail(`expected failure ${code}, got ok`);
  assert.equal(result.code, code, `${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result;
}

/** The field keys of an OKR.VALIDATION failure, sorted. */
export function failedFields(failure: Failure): string[] {
  const fields = (failure.details?.fields ?? {}) as Record<string, string>;
  return Object.keys(fields).sort();
}

/** Counter-based suffixes: "01", "02", ... */
export function counter(start = 1): () => string {
  let n = start;
  return () => String(n++).padStart(2, '0');
}

/* ---------- specs ---------- */

export const increaseSpec = (start = 0, target = 100): KeyResultSpec => ({ type: 'increase-to', start, target, unit: 'number' });
export const decreaseSpec = (start = 100, target = 40): KeyResultSpec => ({ type: 'decrease-to', start, target, unit: 'number' });
export const milestoneSpec = (steps: readonly string[] = ['design', 'build', 'ship', 'measure']): KeyResultSpec => ({ type: 'milestone', steps });
export const binarySpec = (): KeyResultSpec => ({ type: 'binary' });
export const guardrailSpec = (direction: 'stay-above' | 'stay-below' = 'stay-above', threshold = 95): KeyResultSpec => ({
  type: 'guardrail',
  direction,
  threshold,
  unit: 'percent',
});

/* ---------- people ---------- */

export function person(overrides: Partial<Person> = {}): Person {
  return {
    tenantId: TENANT,
    id: 'person',
    displayName: 'A Person',
    email: 'person@example.com',
    jobTitle: 'Engineer',
    department: null,
    managerId: null,
    managerChain: [],
    teamIds: [],
    timezone: 'Europe/Berlin',
    locale: 'de-DE',
    roles: ['member'],
    ...overrides,
  };
}

export function team(overrides: Partial<Team> = {}): Team {
  return { tenantId: TENANT, id: 'team-1', name: 'Team One', parentTeamId: null, leadId: null, ...overrides };
}

/* ---------- cycles ---------- */

export function cycle(overrides: Partial<Cycle> = {}): Cycle {
  return {
    tenantId: TENANT,
    id: CYCLE_ID,
    name: '2026 Q1',
    startDate: '2026-01-01',
    endDate: '2026-03-31',
    cadence: 'quarterly',
    state: 'planning',
    createdAt: NOW,
    updatedAt: NOW,
    revision: 1,
    ...overrides,
  };
}

/* ---------- key results and objectives ---------- */

export function keyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: KR_ID,
    title: 'Grow weekly active users',
    ownerId: 'owner',
    weight: 1,
    spec: increaseSpec(),
    current: 0,
    confidence: null,
    lastCheckIn: null,
    checkInCount: 0,
    grade: null,
    revision: 1,
    ...overrides,
  };
}

export function keyResultDraft(overrides: Partial<KeyResultDraft> = {}): KeyResultDraft {
  return { title: 'Grow weekly active users', ownerId: 'owner', weight: 1, spec: increaseSpec(), ...overrides };
}

export function objectiveDraft(overrides: Partial<ObjectiveDraft> = {}): ObjectiveDraft {
  return {
    level: 'individual',
    owner: { kind: 'person', id: 'owner' },
    teamIds: ['team-1'],
    contributorIds: [],
    title: 'Delight our users',
    description: 'Make the product something people love',
    commitment: 'aspirational',
    alignments: [],
    keyResults: [keyResultDraft()],
    ...overrides,
  };
}

export function createInput(draft: Partial<ObjectiveDraft> = {}, overrides: Partial<CreateObjectiveInput> = {}): CreateObjectiveInput {
  return {
    tenantId: TENANT,
    cycleId: CYCLE_ID,
    objectiveId: OBJECTIVE_ID,
    draft: objectiveDraft(draft),
    createdBy: 'owner',
    now: NOW,
    uniqueSuffix: counter(),
    ...overrides,
  };
}

/** kr(n) -> a key result id under OBJECTIVE_ID (or the given objective id). */
export const krId = (suffix: string, objectiveId = OBJECTIVE_ID): string => `${objectiveId}.kr${suffix}`;

export function objective(overrides: Partial<Objective> = {}): Objective {
  const id = overrides.id ?? OBJECTIVE_ID;
  return {
    tenantId: TENANT,
    cycleId: CYCLE_ID,
    id,
    level: 'individual',
    owner: { kind: 'person', id: 'owner' },
    teamIds: ['team-1'],
    contributorIds: [],
    title: 'Delight our users',
    description: '',
    commitment: 'aspirational',
    alignments: [],
    state: 'draft',
    keyResults: [keyResult({ id: krId('01', id) })],
    sentBack: null,
    approvedBy: null,
    grade: null,
    reflection: null,
    carriedFrom: null,
    carriedTo: null,
    createdBy: 'owner',
    createdAt: NOW,
    updatedAt: NOW,
    revision: 1,
    ...overrides,
  };
}

/** Deterministic PRNG (mulberry32) so shuffles are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
