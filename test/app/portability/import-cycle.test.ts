import assert from 'node:assert/strict';
import { exportCycle } from '../../../src/app/portability/export-cycle.js';
import { importCycle, type ImportReport } from '../../../src/app/portability/import-cycle.js';
import type { PortabilityDeps } from '../../../src/app/portability/portability-deps.js';
import type { GoalsRepository } from '../../../src/app/ports/goals-repository.js';
import type { RequestContext } from '../../../src/app/request-context.js';
import type { Objective } from '../../../src/domain/okr/objective.js';
import type { Result } from '../../../src/domain/shared/result.js';
import { spreadsheetCodec } from '../../../src/store/files/spreadsheet-codec.js';
import { startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

/**
 * The import use case against the real local Cosmos server, with the goals store wrapped to fail:
 * a write that fails half-way stops the import with IMPORT.INCOMPLETE, and running the same file
 * again converges (no duplicates, nothing lost); a write that meets a concurrent change is retried
 * on the fresh document and keeps that change where the file does not speak.
 */
describe('import-cycle use case', function () {
  this.timeout(120_000);
  let t: TestTandem;
  let deps: PortabilityDeps;
  let olivia: RequestContext;
  let source: string;
  let csv: Uint8Array;

  before(async () => {
    t = await startTestTandem();
    deps = { ...t.tandem.okr, files: spreadsheetCodec };
    const me = await t.tandem.okr.directory.getPerson((await t.request('GET', '/me', { as: 'olivia' })).body.tenantId, t.person('olivia'));
    olivia = { actor: me! };
    source = await t.cycleId('active');
    const exported = await exportCycle(deps, olivia, source, 'csv');
    assert.ok(exported.ok);
    csv = exported.value.data;
  });
  after(() => t?.close());

  async function newCycle(name: string): Promise<string> {
    const res = await t.request('POST', '/cycles', { as: 'olivia', body: { name, startDate: '2040-01-01', endDate: '2040-03-31' } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }

  const all = (cycleId: string) => t.tandem.okr.goals.listAllObjectives(olivia.actor.tenantId, cycleId, {});
  const run = (d: PortabilityDeps, cycleId: string, dryRun = false) => importCycle(d, olivia, { cycleId, format: 'csv', bytes: csv, dryRun });
  const report = (result: Result<ImportReport>): ImportReport => {
    if (!result.ok) assert.fail(`${result.code}: ${result.message} ${JSON.stringify(result.details ?? {}).slice(0, 800)}`);
    return result.value;
  };

  /** The goals store, with createObjective failing (throwing, like an unreachable store) after `okWrites` writes. */
  function failingAfter(okWrites: number): { deps: PortabilityDeps; writes: () => number } {
    let writes = 0;
    const goals = new Proxy(t.tandem.okr.goals, {
      get(target, property, receiver) {
        const original = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'createObjective' && property !== 'replaceObjective') return typeof original === 'function' ? original.bind(target) : original;
        return async (...args: unknown[]) => {
          if (writes >= okWrites) throw new Error('store unavailable');
          writes += 1;
          return (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      },
    }) as GoalsRepository;
    return { deps: { ...deps, goals }, writes: () => writes };
  }

  it('a write failing half-way stops with IMPORT.INCOMPLETE; running the same import again finishes it without duplicates', async () => {
    const target = await newCycle('Half-way');
    const expected = (await all(source)).length;
    const broken = failingAfter(5);
    const first = await run(broken.deps, target);
    assert.equal(first.ok, false);
    if (first.ok) return;
    assert.equal(first.code, 'IMPORT.INCOMPLETE');
    assert.equal(first.details?.written, 5);
    assert.equal(first.details?.total, expected);
    assert.match(first.message, /Run the same import again/);
    assert.equal((await all(target)).length, 5);

    // The dry run now sees what is left; running it again writes exactly that.
    const dry = report(await run(deps, target, true));
    assert.deepEqual([dry.summary.objectivesCreated, dry.summary.objectivesUnchanged], [expected - 5, 5]);
    const second = report(await run(deps, target));
    assert.equal(second.applied, true);
    assert.equal(second.summary.objectivesCreated, expected - 5);
    const written = await all(target);
    assert.equal(written.length, expected);
    assert.equal(new Set(written.map((o) => o.title)).size, new Set((await all(source)).map((o) => o.title)).size);
    // A third run has nothing to do.
    const third = report(await run(deps, target, true));
    assert.deepEqual([third.changes, third.errors], [[], []]);
  });

  it('a write that meets a concurrent edit is applied again to the fresh document', async () => {
    const target = await newCycle('Concurrent');
    report(await run(deps, target));
    const [first] = await all(target);
    assert.ok(first);
    // The file retitles the objective; someone else edits its description in between plan and write.
    const text = new TextDecoder().decode(csv).replaceAll(`"${first.title}"`, '"Retitled by the import"');
    let interfered = false;
    const goals = new Proxy(t.tandem.okr.goals, {
      get(targetRepo, property, receiver) {
        const original = Reflect.get(targetRepo, property, receiver) as unknown;
        if (property !== 'replaceObjective') return typeof original === 'function' ? original.bind(targetRepo) : original;
        return async (objective: Objective, etag: string) => {
          if (!interfered && objective.id === first.id) {
            interfered = true;
            const res = await t.request('PATCH', `/objectives/${first.id}`, { as: 'olivia', body: { commitment: objective.commitment === 'committed' ? 'aspirational' : 'committed' } });
            assert.equal(res.status, 200, JSON.stringify(res.body));
          }
          return (original as GoalsRepository['replaceObjective']).call(targetRepo, objective, etag);
        };
      },
    }) as GoalsRepository;
    const bytes = new TextEncoder().encode(text);
    const result = report(await importCycle({ ...deps, goals }, olivia, { cycleId: target, format: 'csv', bytes, dryRun: false }));
    assert.ok(interfered);
    assert.equal(result.summary.objectivesUpdated, 1);
    const stored = (await t.tandem.okr.goals.getObjective(olivia.actor.tenantId, first.id))!.value;
    assert.equal(stored.title, 'Retitled by the import');
    // The file names the commitment too, so its value wins over the concurrent edit; the edit did happen in between.
    assert.equal(stored.commitment, first.commitment);
    assert.ok(stored.revision >= first.revision + 2, `revision ${stored.revision}`);
  });

  it('writes nothing at all while any error remains', async () => {
    const target = await newCycle('Errors');
    const bad = new TextDecoder().decode(csv) + '"","Orphan","","individual","aspirational","draft","person","","nobody@contoso.example"\r\n';
    const broken = failingAfter(0);
    const result = await importCycle(broken.deps, olivia, { cycleId: target, format: 'csv', bytes: new TextEncoder().encode(bad), dryRun: false });
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.code, 'IMPORT.HAS_ERRORS');
    assert.equal(broken.writes(), 0);
    assert.deepEqual(await all(target), []);
  });
});
