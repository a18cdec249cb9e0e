import assert from 'node:assert/strict';
import type { Person } from '../../../../src/domain/people/person.js';
import { emptyOkrContext } from './okr-fixtures.js';
import { newReviewCycle, type CycleSettingsInput, type ReviewCycle } from '../../../../src/domain/performance/reviews/review-cycle.js';
import { newPacket, type ReviewPacket } from '../../../../src/domain/performance/reviews/review-packet.js';
import type { PeerResponse } from '../../../../src/domain/performance/reviews/peer-response.js';
import type { Result } from '../../../../src/domain/shared/result.js';

export const T = 'tenant-a';
export const NOW = '2026-11-22T12:00:00.000Z';

export const scale = (n = 5, prefix = 'Level') => ({ points: Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `${prefix} ${i + 1}` })) });

export const settings = (overrides: Partial<CycleSettingsInput> = {}): CycleSettingsInput => ({
  name: 'H2 2026 review',
  type: 'semi-annual',
  periodStart: '2026-07-01',
  periodEnd: '2026-12-31',
  participants: { kind: 'all' },
  template: {
    competencies: [
      { id: 'delivery', name: 'Delivery', scale: scale() },
      { id: 'craft', name: 'Craft', scale: scale() },
    ],
    questions: [
      { id: 'went-well', text: 'What went well?', required: true },
      { id: 'next', text: 'What next?' },
    ],
    overallScale: scale(5, 'Overall'),
  },
  deadlines: { self: '2026-11-30', peer: '2026-12-07', manager: '2026-12-14', calibration: '2026-12-21' },
  ...overrides,
});

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected ok, got ${result.code}: ${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result.value;
}

export function expectFail(result: Result<unknown>, code: string): Record<string, string> {
  assert.equal(result.ok, false, 'expected a failure');
  if (result.ok) return {};
  assert.equal(result.code, code, result.message);
  return (result.details?.fields as Record<string, string> | undefined) ?? {};
}

export const cycle = (overrides: Partial<CycleSettingsInput> = {}, phase: ReviewCycle['phase'] = 'self'): ReviewCycle => ({
  ...expectOk(newReviewCycle(settings(overrides), { tenantId: T, id: 'rc1', by: 'hr', now: NOW })),
  phase,
});

export const person = (id: string, managerId: string | null, managerChain: string[] = managerId ? [managerId] : [], extra: Partial<Person> = {}): Person => ({
  tenantId: T,
  id,
  displayName: id,
  email: `${id}@example.com`,
  jobTitle: 'Engineer',
  department: 'Engineering',
  managerId,
  managerChain,
  teamIds: ['team-a'],
  timezone: 'UTC',
  locale: 'en-US',
  roles: ['member'],
  ...extra,
});

/** ann reports to boss, who reports to vp. */
export const packet = (c: ReviewCycle = cycle()): ReviewPacket => newPacket(c, person('ann', 'boss', ['boss', 'vp']), emptyOkrContext(), NOW);

export const response = (id: string, authorId: string, relation: 'peer' | 'upward', ratings: Record<string, number>, answers: Record<string, string> = {}, submittedAt: string | null = NOW): PeerResponse => ({
  tenantId: T,
  id: `rc1.ann.pr${id}`,
  packetId: 'rc1.ann',
  cycleId: 'rc1',
  subjectId: 'ann',
  authorId,
  relation,
  answers,
  ratings,
  createdAt: NOW,
  updatedAt: NOW,
  submittedAt,
});
