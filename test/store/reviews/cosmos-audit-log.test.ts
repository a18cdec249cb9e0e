import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditRecord } from '../../../src/domain/performance/audit-record.js';
import { CosmosAuditLog } from '../../../src/store/reviews/cosmos-audit-log.js';
import { REVIEW_CONTAINERS } from '../../../src/store/reviews/review-containers.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('the audit log on the restricted audit container', () => {
  let t: TestTandem;
  let log: CosmosAuditLog;
  before(async () => {
    t = await startTestTandem();
    const database = t.directoryContainer().database;
    log = new CosmosAuditLog(database.container(REVIEW_CONTAINERS.audit.id!));
  });
  after(() => t.close());

  const record = (id: string, at: string, subjectIds: string[], tenantId = CONTOSO.tenantId): AuditRecord => ({
    id,
    tenantId,
    at,
    actorId: 'actor',
    operation: 'test.op',
    subjectIds,
    entries: subjectIds.map((s) => ({ action: 'read', kind: 'development-plan', documentId: `plan.${s}`, subjectId: s, allow: true, reason: 'test' })),
  });

  it('lists a subject’s records across months, newest first, and only that tenant’s', async () => {
    await log.append(record('a1', '2026-09-03T10:00:00.000Z', ['s1']));
    await log.append(record('a2', '2026-11-20T10:00:00.000Z', ['s1', 's2']));
    await log.append(record('a3', '2026-11-21T10:00:00.000Z', ['s2']));
    await log.append(record('a4', '2026-11-21T11:00:00.000Z', ['s1'], FABRIKAM.tenantId));
    await log.append(record('a5', '2025-01-01T00:00:00.000Z', ['s1']));
    const found = await log.listForSubject(CONTOSO.tenantId, 's1', new Date('2026-11-22T00:00:00Z'), 12);
    assert.deepEqual(found.map((r) => r.id), ['a2', 'a1'], 'a5 is older than 12 months; a4 is another tenant');
    assert.equal((found[0] as unknown as Record<string, unknown>).pk, undefined, 'storage fields are not part of the record');
  });

  it('treats a retried append of the same record as done', async () => {
    const r = record('retry', '2026-11-22T09:00:00.000Z', ['s3']);
    await log.append(r);
    await log.append(r);
    assert.equal((await log.listForSubject(CONTOSO.tenantId, 's3', new Date('2026-11-22T12:00:00Z'), 0)).length, 1);
  });

  it('has no code path that updates or deletes an audit record', async () => {
    const adapter = await readFile('src/store/reviews/cosmos-audit-log.ts', 'utf8');
    const imported = /import \{([^}]*)\} from '..\/cosmos\/cosmos-operations.js'/.exec(adapter)?.[1]?.split(',').map((s) => s.trim()).sort();
    assert.deepEqual(imported, ['createDoc', 'queryAll', 'withoutFields']);
    assert.doesNotMatch(adapter, /\.(replace|upsert|delete|patch)\(|replaceDoc|upsertDoc|deleteDoc/);
    const port = await readFile('src/app/performance/ports/audit-log.ts', 'utf8');
    assert.deepEqual([...port.matchAll(/^\s+(\w+)\(/gm)].map((m) => m[1]).sort(), ['append', 'listForSubject']);
    // Nothing else in the code base opens the audit container.
    const openers: string[] = [];
    for (const file of [...(await sourceFiles('src')), ...(await sourceFiles('bot'))]) {
      const text = await readFile(file, 'utf8');
      if (/REVIEW_CONTAINERS\.audit|container\(['"]audit['"]\)/.test(text)) openers.push(file);
    }
    assert.deepEqual(openers, [join('src', 'store', 'reviews', 'create-review-store.ts')]);
  });
});
