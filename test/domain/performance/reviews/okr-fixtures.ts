import type { Cycle } from '../../../../src/domain/okr/cycle.js';
import type { KeyResult } from '../../../../src/domain/okr/key-result.js';
import type { Objective } from '../../../../src/domain/okr/objective.js';
import type { OkrContext } from '../../../../src/domain/performance/reviews/okr-context.js';

export const emptyOkrContext = (): OkrContext => ({ frozenAt: '2026-11-22T12:00:00.000Z', cycles: [], totals: { objectives: 0, keyResults: 0, checkIns: 0 } });

export const okrCycle = (id: string, startDate: string, endDate: string): Cycle => ({
  tenantId: 'tenant-a', id, name: id, startDate, endDate, cadence: 'quarterly', state: 'active', createdAt: '', updatedAt: '', revision: 1,
});

export const kr = (id: string, ownerId: string, checkInCount: number, grade: number | null = null): KeyResult => ({
  id, title: `KR ${id}`, ownerId, weight: 1, spec: { type: 'binary' }, current: null, confidence: null, lastCheckIn: null, checkInCount, grade: grade === null ? null : { value: grade, reason: null }, revision: 1,
});

export const objective = (id: string, cycleId: string, ownerId: string, keyResults: KeyResult[], extra: Partial<Objective> = {}): Objective => ({
  tenantId: 'tenant-a',
  cycleId,
  id,
  level: 'individual',
  owner: { kind: 'person', id: ownerId },
  teamIds: [],
  contributorIds: [],
  title: `Objective ${id}`,
  description: '',
  commitment: 'aspirational',
  alignments: [],
  state: 'active',
  keyResults,
  sentBack: null,
  approvedBy: null,
  grade: null,
  reflection: null,
  carriedFrom: null,
  carriedTo: null,
  createdBy: ownerId,
  createdAt: '',
  updatedAt: '',
  revision: 1,
  ...extra,
});
