/**
 * A small world whose numbers are worked out by hand in the tests. A ten-week cycle (70 days from
 * Monday 2026-01-05); "now" is 2026-02-08 12:00 UTC, 34.5 days in, so expected-by-now is
 * 34.5 / 70 = 0.4929 and "well behind" means progress below 0.2429. Weeks 0-4 have begun.
 *
 *   zed (CEO, OKR admin)
 *   ├── mona (manager, leads t-eng)
 *   │   ├── ann  (t-eng)
 *   │   └── bob  (t-eng, manages cat)
 *   │       └── cat (t-eng)
 *   └── xav (leads t-sales)
 */
import type { Cycle } from '../../../../src/domain/okr/cycle.js';
import type { CheckInFact } from '../../../../src/domain/okr/insights/insights-snapshot.js';
import type { KeyResult } from '../../../../src/domain/okr/key-result.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import type { Person } from '../../../../src/domain/people/person.js';
import type { Team } from '../../../../src/domain/people/team.js';
import { binarySpec, cycle as baseCycle, decreaseSpec, guardrailSpec, increaseSpec, keyResult, milestoneSpec, objective, person, team, TENANT } from '../builders.js';

export const CYCLE: Cycle = baseCycle({ id: 'cyinsights', name: '2026 Q1', startDate: '2026-01-05', endDate: '2026-03-15', state: 'active', revision: 2 });
export const NOW = new Date('2026-02-08T12:00:00.000Z');

const p = (id: string, name: string, managerId: string | null, teamIds: string[], roles: Person['roles'] = ['member']): Person =>
  person({ id, displayName: name, managerId, teamIds, roles });
export const PEOPLE: Person[] = [
  p('zed', 'Zed', null, [], ['member', 'okr-admin']),
  p('mona', 'Mona', 'zed', ['t-eng']),
  p('ann', 'Ann', 'mona', ['t-eng']),
  p('bob', 'Bob', 'mona', ['t-eng']),
  p('cat', 'Cat', 'bob', ['t-eng']),
  p('xav', 'Xavier', 'zed', ['t-sales']),
];
export const TEAMS: Team[] = [team({ id: 't-eng', name: 'Engineering', leadId: 'mona' }), team({ id: 't-sales', name: 'Sales', leadId: 'xav' })];

const id = (key: string): string => `${CYCLE.id}.ob${key}`;
export const OBJ = { co: id('co'), eng: id('eng'), ann: id('ann'), cat: id('cat'), xav: id('xav'), draft: id('draft') };
const kr = (objectiveKey: keyof typeof OBJ, n: string, overrides: Partial<KeyResult>): KeyResult => keyResult({ id: `${OBJ[objectiveKey]}.kr${n}`, title: `KR ${objectiveKey} ${n}`, ...overrides });

export const OBJECTIVES: Objective[] = [
  objective({
    cycleId: CYCLE.id, id: OBJ.co, level: 'company', title: 'Win the market', state: 'active', owner: { kind: 'person', id: 'zed' }, teamIds: [],
    keyResults: [kr('co', '1', { ownerId: 'xav', spec: increaseSpec(0, 100), current: 20, confidence: 2, checkInCount: 1 })],
  }),
  objective({
    cycleId: CYCLE.id, id: OBJ.eng, level: 'team', title: 'Ship the platform', state: 'active', owner: { kind: 'team', id: 't-eng' }, teamIds: ['t-eng'],
    alignments: [{ objectiveId: OBJ.co, keyResultId: null }],
    keyResults: [
      kr('eng', '1', { ownerId: 'ann', spec: increaseSpec(0, 10), current: 5, confidence: 8, checkInCount: 2 }),
      kr('eng', '2', { ownerId: 'bob', spec: milestoneSpec(['a', 'b', 'c', 'd']), current: 1, confidence: 6, checkInCount: 1 }),
    ],
  }),
  objective({
    cycleId: CYCLE.id, id: OBJ.ann, title: 'Faster builds', state: 'active', owner: { kind: 'person', id: 'ann' }, teamIds: ['t-eng'],
    alignments: [{ objectiveId: OBJ.eng, keyResultId: null }],
    keyResults: [kr('ann', '1', { ownerId: 'ann', spec: decreaseSpec(100, 50), current: 90, confidence: 5, checkInCount: 2 })],
  }),
  objective({
    cycleId: CYCLE.id, id: OBJ.cat, title: 'Learn the codebase', state: 'active', owner: { kind: 'person', id: 'cat' }, teamIds: ['t-eng'],
    alignments: [{ objectiveId: OBJ.co, keyResultId: null }],
    keyResults: [kr('cat', '1', { ownerId: 'cat', spec: binarySpec(), current: 0 })],
  }),
  objective({
    cycleId: CYCLE.id, id: OBJ.xav, title: 'Keep uptime', state: 'active', owner: { kind: 'person', id: 'xav' }, teamIds: ['t-sales'],
    keyResults: [kr('xav', '1', { ownerId: 'xav', spec: guardrailSpec('stay-above', 95), current: 90, confidence: 7, checkInCount: 1 })],
  }),
  objective({
    cycleId: CYCLE.id, id: OBJ.draft, title: 'Not committed yet', state: 'draft', owner: { kind: 'person', id: 'bob' }, teamIds: ['t-eng'],
    keyResults: [kr('draft', '1', { ownerId: 'bob', confidence: 1, checkInCount: 0 })],
  }),
];

const at = (day: string): string => `${day}T10:00:00.000Z`;
export const CHECK_INS: CheckInFact[] = [
  { keyResultId: `${OBJ.co}.kr1`, value: 20, at: at('2026-01-20') }, // week 2
  { keyResultId: `${OBJ.eng}.kr1`, value: 5, at: at('2026-02-03') }, // week 4 (listed out of order on purpose)
  { keyResultId: `${OBJ.eng}.kr1`, value: 2, at: at('2026-01-13') }, // week 1
  { keyResultId: `${OBJ.eng}.kr2`, value: 1, at: at('2026-01-27') }, // week 3
  { keyResultId: `${OBJ.ann}.kr1`, value: 95, at: at('2026-01-13') }, // week 1
  { keyResultId: `${OBJ.ann}.kr1`, value: 90, at: at('2026-02-03') }, // week 4
  { keyResultId: `${OBJ.xav}.kr1`, value: 90, at: at('2026-01-20') }, // week 2
  { keyResultId: `${CYCLE.id}.obgone.kr1`, value: 3, at: at('2026-01-20') }, // a deleted key result: ignored
];

export { TENANT };
