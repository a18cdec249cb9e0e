import assert from 'node:assert/strict';
import { countDirectReports, indexKeyResultOwners } from '../../../src/domain/notifications/key-result-owners.js';
import { keyResult, krId, objective, person } from '../okr/builders.js';

describe('notifications: key result owners', () => {
  it('counts key results per owner on active objectives and keeps the latest check-in', () => {
    const owners = indexKeyResultOwners([
      objective({
        id: 'o1',
        state: 'active',
        keyResults: [
          keyResult({ id: krId('01', 'o1'), ownerId: 'ana', lastCheckIn: { id: 'c1', at: '2026-11-20T10:00:00.000Z', authorId: 'ana' } }),
          keyResult({ id: krId('02', 'o1'), ownerId: 'ana', lastCheckIn: { id: 'c2', at: '2026-11-21T10:00:00.000Z', authorId: 'ana' } }),
          keyResult({ id: krId('03', 'o1'), ownerId: 'ben' }),
        ],
      }),
      objective({ id: 'o2', state: 'draft', keyResults: [keyResult({ id: krId('01', 'o2'), ownerId: 'cy' })] }),
      objective({ id: 'o3', state: 'proposed', keyResults: [keyResult({ id: krId('01', 'o3'), ownerId: 'ben' })] }),
    ]);
    assert.deepEqual(owners.get('ana'), { ownedKeyResults: 2, lastCheckInMs: Date.parse('2026-11-21T10:00:00.000Z') });
    assert.deepEqual(owners.get('ben'), { ownedKeyResults: 1, lastCheckInMs: null });
    assert.equal(owners.has('cy'), false);
  });

  it('counts direct reports', () => {
    const reports = countDirectReports([person({ id: 'a', managerId: null }), person({ id: 'b', managerId: 'a' }), person({ id: 'c', managerId: 'a' }), person({ id: 'd', managerId: 'b' })]);
    assert.deepEqual([...reports.entries()].sort(), [
      ['a', 2],
      ['b', 1],
    ]);
  });
});
