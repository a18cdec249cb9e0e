/**
 * Erasure is resumable: a failure half-way (injected here through a fake goals-erasure port wrapped
 * around the real adapter) leaves what was done in place, answers PERF.ERASURE_INCOMPLETE, and the
 * same erasure run again finishes the job, whether it stopped before or after the directory record
 * became a tombstone. Runs the use case directly on the real stores of a test Tandem.
 */
import assert from 'node:assert/strict';
import type { Database } from '@azure/cosmos';
import type { GoalsErasure } from '../../../../src/app/ports/goals-erasure.js';
import { erasePerson } from '../../../../src/app/performance/personal-data/erase-person.js';
import type { PersonalDataDeps } from '../../../../src/app/performance/personal-data/personal-data-deps.js';
import { ERASED_PERSON_ID, TOMBSTONE_NAME } from '../../../../src/domain/performance/personal-data/erasure-markers.js';
import { CosmosErasureLedger } from '../../../../src/store/goals/cosmos-erasure-ledger.js';
import { CosmosGoalsErasure } from '../../../../src/store/goals/cosmos-goals-erasure.js';
import { CosmosPersonalGoalsData } from '../../../../src/store/goals/cosmos-personal-goals-data.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';

/** The real port, except that `step` throws the first time it is called. */
function failingOnce(real: GoalsErasure, step: keyof GoalsErasure): GoalsErasure & { failures: number } {
  let failures = 0;
  const wrapped = {
    get failures() {
      return failures;
    },
    eraseOkrContent: (request) => real.eraseOkrContent(request),
    eraseDirectoryExtras: (request) => real.eraseDirectoryExtras(request),
    dropDerivedAggregates: (tenantId) => real.dropDerivedAggregates(tenantId),
  } as GoalsErasure & { failures: number };
  const original = wrapped[step] as (...args: unknown[]) => Promise<unknown>;
  (wrapped as unknown as Record<string, unknown>)[step] = async (...args: unknown[]) => {
    if (failures === 0) {
      failures += 1;
      throw new Error(`injected failure in ${step}`);
    }
    return original(...args);
  };
  return wrapped;
}

describe('An interrupted erasure completes when run again', function () {
  this.timeout(180_000);
  let t: TestTandem;
  let database: Database;
  const failedSteps: string[] = [];

  before(async () => {
    t = await startTestTandem();
    database = t.directoryContainer().database;
  });
  after(async () => {
    await t?.close();
  });

  function depsWith(goalsErasure: GoalsErasure): PersonalDataDeps {
    const okrs = database.container('okrs');
    const directory = database.container('directory');
    return {
      ...t.tandem.performance,
      goalsData: new CosmosPersonalGoalsData(okrs, directory),
      goalsErasure,
      erasures: new CosmosErasureLedger(directory),
      onErasureStepFailed: (step) => failedSteps.push(step),
    };
  }
  const realErasure = () => new CosmosGoalsErasure(database.container('okrs'), database.container('directory'));
  const hr = async () => ({ actor: (await t.tandem.okr.directory.getPerson(CONTOSO.tenantId, t.person('hannah')))! });

  async function documentsNaming(...needles: string[]): Promise<string[]> {
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const hits: string[] = [];
    for (const { id } of containers) {
      const { resources } = await database.container(id).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
      for (const doc of resources) for (const needle of needles) if (JSON.stringify(doc).toLowerCase().includes(needle.toLowerCase())) hits.push(`${id}/${String(doc.id)}`);
    }
    return hits;
  }

  it('stopped before the tombstone: what was done stays done, the person is still named, and a second run finishes', async () => {
    const kenji = t.person('kenji');
    const deps = depsWith(failingOnce(realErasure(), 'eraseDirectoryExtras'));
    const first = await erasePerson(deps, await hr(), kenji, 'Kenji Tanaka');
    assert.ok(!first.ok && first.code === 'PERF.ERASURE_INCOMPLETE', JSON.stringify(first));
    assert.deepEqual(first.ok ? null : first.details, { step: 'directory' });
    assert.deepEqual(failedSteps, ['directory']);
    const ledger = await deps.erasures.get(CONTOSO.tenantId, kenji);
    assert.deepEqual([ledger?.runs, ledger?.completedAt], [1, null]);
    assert.equal((await deps.directory.getPerson(CONTOSO.tenantId, kenji))!.displayName, 'Kenji Tanaka', 'the tombstone comes last');
    // The review store's part is done already: Kenji's peer response on Arjun's review has no author.
    const assignments = await deps.reviews.listPeerAssignments(CONTOSO.tenantId, kenji);
    assert.deepEqual(assignments, []);
    const arjunPackets = await deps.reviews.listPacketsOfSubject(CONTOSO.tenantId, t.person('arjun'));
    const responses = await deps.reviews.listPeerResponses(CONTOSO.tenantId, arjunPackets[0]!.value.id);
    assert.ok(responses.some((r) => r.authorId === ERASED_PERSON_ID && Object.keys(r.ratings).length > 0));
    assert.ok(responses.every((r) => r.authorId !== kenji));

    const second = await erasePerson(deps, await hr(), kenji, kenji);
    assert.ok(second.ok, JSON.stringify(second));
    assert.deepEqual([second.value.status, second.value.runs], ['erased', 2]);
    assert.equal((await deps.directory.getPerson(CONTOSO.tenantId, kenji))!.displayName, TOMBSTONE_NAME);
    assert.deepEqual(await documentsNaming('Kenji Tanaka', 'kenji.tanaka@contoso.example'), []);
    const ledgerAfter = await deps.erasures.get(CONTOSO.tenantId, kenji);
    assert.deepEqual([ledgerAfter?.runs, ledgerAfter?.completedBy], [2, t.person('hannah')]);

    const third = await erasePerson(deps, await hr(), kenji, kenji);
    assert.ok(third.ok && third.value.status === 'already-erased' && third.value.tally === null);
  });

  it('stopped after the tombstone: the second run needs no name any more and finishes the rest', async () => {
    const fatima = t.person('fatima');
    const active = await t.cycleId('active');
    await t.request('GET', `/cycles/${active}/insights/progress`, { as: 'olivia' }); // builds an aggregate naming her
    const deps = depsWith(failingOnce(realErasure(), 'dropDerivedAggregates'));
    const first = await erasePerson(deps, await hr(), fatima, 'Fatima Zahra');
    assert.ok(!first.ok && first.code === 'PERF.ERASURE_INCOMPLETE' && first.details?.step === 'aggregates', JSON.stringify(first));
    assert.equal((await deps.directory.getPerson(CONTOSO.tenantId, fatima))!.displayName, TOMBSTONE_NAME);
    assert.ok((await documentsNaming('Fatima Zahra')).some((hit) => hit.startsWith('okrs/agg.')), 'the aggregate still names her');

    const second = await erasePerson(deps, await hr(), fatima, fatima);
    assert.ok(second.ok && second.value.status === 'erased' && second.value.runs === 2, JSON.stringify(second));
    assert.ok(second.value.tally!.aggregatesDropped > 0);
    assert.deepEqual(await documentsNaming('Fatima Zahra'), []);
  });

  it('every run is audited: one record per request, ids only', async () => {
    const { resources } = await database
      .container('audit')
      .items.query<any>({ query: "SELECT * FROM c WHERE c.operation = 'personal-data.erase' AND ARRAY_CONTAINS(c.subjectIds, @id)", parameters: [{ name: '@id', value: t.person('kenji') }] })
      .fetchAll();
    assert.equal(resources.length, 3);
    assert.ok(resources.every((r) => !JSON.stringify(r).includes('Kenji')));
  });
});
