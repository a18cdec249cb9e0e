import assert from 'node:assert/strict';
import { AccessGuard, guarded } from '../../../src/app/performance/access-guard.js';
import type { PerformanceDeps } from '../../../src/app/performance/performance-deps.js';
import type { AuditRecord } from '../../../src/domain/performance/audit-record.js';
import type { Person } from '../../../src/domain/people/person.js';

const T = 'tenant-a';
const person = (id: string, managerId: string | null, managerChain: string[], roles: Person['roles'] = ['member']): Person => ({
  tenantId: T, id, displayName: id, email: `${id}@example.com`, jobTitle: 'x', department: null, managerId, managerChain, teamIds: [], timezone: 'UTC', locale: 'en-US', roles,
});
const people = [person('boss', null, []), person('ann', 'boss', ['boss']), person('peer', 'boss', ['boss']), person('hr', null, [], ['member', 'hr-admin'])];

function depsWith(appended: AuditRecord[]): PerformanceDeps {
  let n = 0;
  return {
    directory: { getPerson: async (tenantId: string, id: string) => people.find((p) => p.tenantId === tenantId && p.id === id) ?? null },
    clock: { now: () => new Date('2026-11-22T12:00:00Z') },
    ids: { unique: () => `id${++n}` },
    audit: { append: async (r: AuditRecord) => void appended.push(r), listForSubject: async () => [] },
  } as unknown as PerformanceDeps;
}
const plan = { id: 'plan.ann', tenantId: T, subjectId: 'ann' };

describe('the access guard', () => {
  it('answers 404 to someone who may not know the document exists, 403 to someone who may read it', async () => {
    const deps = depsWith([]);
    const asPeer = new AccessGuard(deps, { actor: people[2]! }, 'test');
    const denied = await asPeer.require('read', 'development-plan', plan);
    assert.equal(!denied.ok && denied.code, 'PERF.NOT_FOUND');
    const asHr = new AccessGuard(deps, { actor: people[3]! }, 'test');
    assert.equal((await asHr.require('read', 'development-plan', plan)).ok, true);
    const write = await asHr.require('write', 'development-plan', plan);
    assert.equal(!write.ok && write.code, 'PERF.FORBIDDEN');
  });

  it('conceals documents about someone the directory does not know', async () => {
    const guard = new AccessGuard(depsWith([]), { actor: people[3]! }, 'test');
    const result = await guard.require('read', 'development-plan', { id: 'plan.ghost', tenantId: T, subjectId: 'ghost' });
    assert.equal(!result.ok && result.code, 'PERF.NOT_FOUND');
  });

  it('appends one audit record per operation with every decision, allowed or denied, even when the operation throws', async () => {
    const appended: AuditRecord[] = [];
    const deps = depsWith(appended);
    await assert.rejects(
      guarded(deps, { actor: people[2]! }, 'test.failing', async (guard) => {
        await guard.check('read', 'development-plan', plan);
        await guard.check('write', 'feedback-private', { id: 'fb1', tenantId: T, subjectId: 'ann', authorId: 'peer' });
        throw new Error('store down');
      }),
    );
    assert.equal(appended.length, 1);
    const [record] = appended;
    assert.equal(record!.actorId, 'peer');
    assert.equal(record!.operation, 'test.failing');
    assert.deepEqual(record!.subjectIds, ['ann']);
    assert.deepEqual(record!.entries.map((e) => [e.action, e.kind, e.documentId, e.allow]), [
      ['read', 'development-plan', 'plan.ann', false],
      ['write', 'feedback-private', 'fb1', true],
    ]);
  });

  it('appends nothing for an operation that touched no restricted data', async () => {
    const appended: AuditRecord[] = [];
    assert.equal(await guarded(depsWith(appended), { actor: people[0]! }, 'test.nothing', async () => 42), 42);
    assert.equal(appended.length, 0);
  });
});

describe('the access guard with subjects the operation loaded already', () => {
  it('decides from them without reading the directory again', async () => {
    let reads = 0;
    const deps = depsWith([]);
    const counting = { ...deps, directory: { getPerson: async (...args: [string, string]) => (reads++, deps.directory.getPerson(...args)) } } as unknown as PerformanceDeps;
    const guard = new AccessGuard(counting, { actor: people[3]! }, 'test');
    guard.knowSubjects(people);
    assert.equal((await guard.require('read', 'development-plan', plan)).ok, true);
    assert.equal(reads, 0);
  });
});
