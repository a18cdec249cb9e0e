import assert from 'node:assert/strict';
import type { DirectoryRepository } from '../../../src/app/ports/directory-repository.js';
import type { GoalsRepository, Page, PageRequest } from '../../../src/app/ports/goals-repository.js';
import type { CheckIn } from '../../../src/domain/okr/check-in.js';
import type { Cycle } from '../../../src/domain/okr/cycle.js';
import type { Objective } from '../../../src/domain/okr/objective.js';
import type { Result } from '../../../src/domain/shared/result.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';

const A = CONTOSO.tenantId;
const B = FABRIKAM.tenantId;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`expected success, got ${result.code}: ${result.message}`);
  return result.value;
}

function expectCode(result: Result<unknown>, code: string): void {
  assert.equal(result.ok, false, `expected ${code}, got success`);
  if (!result.ok) assert.equal(result.code, code);
}

/** Every item of a paged query, following continuation tokens. */
async function drain<T>(query: (page: PageRequest) => Promise<Result<Page<T>>>, limit: number): Promise<T[][]> {
  const pages: T[][] = [];
  let continuationToken: string | undefined;
  for (let guard = 0; guard < 200; guard++) {
    const page = unwrap(await query({ limit, ...(continuationToken ? { continuationToken } : {}) }));
    pages.push(page.items);
    continuationToken = page.continuationToken;
    if (!continuationToken) return pages;
  }
  throw new Error('paging does not end');
}

const wrapToken = (inner: unknown): string => Buffer.from(JSON.stringify(inner)).toString('base64url');

/** The Cosmos goals and directory repositories against the real local server. */
describe('store: CosmosGoalsRepository and CosmosDirectoryRepository', function () {
  this.timeout(30_000);
  let t: TestTandem;
  let goals: GoalsRepository;
  let directory: DirectoryRepository;
  let activeId: string;
  let closedId: string;
  let planningId: string;
  let activeObjectives: Objective[];
  let closedObjectives: Objective[];

  before(async () => {
    t = await startTestTandem();
    goals = t.tandem.okr.goals;
    directory = t.tandem.okr.directory;
    activeId = await t.cycleId('active');
    closedId = await t.cycleId('closed');
    planningId = await t.cycleId('planning');
    activeObjectives = await goals.listAllObjectives(A, activeId, {});
    closedObjectives = await goals.listAllObjectives(A, closedId, {});
    assert.equal(activeObjectives.length, 20);
    assert.equal(closedObjectives.length, 5);
  });
  after(() => t.close());

  describe('optimistic concurrency', () => {
    it('replacing a cycle with a stale ETag is STORE.CONFLICT', async () => {
      const stored = (await goals.getCycle(A, planningId))!;
      assert.ok(stored.etag);
      const renamed = unwrap(await goals.replaceCycle({ ...stored.value, name: '2027 Q1 (renamed)', revision: stored.value.revision + 1 }, stored.etag));
      assert.notEqual(renamed.etag, stored.etag);
      assert.equal(renamed.value.name, '2027 Q1 (renamed)');
      expectCode(await goals.replaceCycle({ ...stored.value, name: 'lost update' }, stored.etag), 'STORE.CONFLICT');
      assert.equal((await goals.getCycle(A, planningId))!.value.name, '2027 Q1 (renamed)');
      unwrap(await goals.replaceCycle({ ...renamed.value, name: stored.value.name }, renamed.etag));
    });

    it('replacing or deleting an objective with a stale ETag is STORE.CONFLICT', async () => {
      const id = activeObjectives.find((o) => o.title === 'Make on-call humane')!.id;
      const first = (await goals.getObjective(A, id))!;
      const written = unwrap(await goals.replaceObjective({ ...first.value, description: 'edited once' }, first.etag));
      expectCode(await goals.replaceObjective({ ...first.value, description: 'edited from a stale read' }, first.etag), 'STORE.CONFLICT');
      expectCode(await goals.deleteObjective(A, id, first.etag), 'STORE.CONFLICT');
      const now = (await goals.getObjective(A, id))!;
      assert.equal(now.value.description, 'edited once');
      assert.equal(now.etag, written.etag);
    });

    it('replacing a document that is gone is STORE.NOT_FOUND', async () => {
      const objective = activeObjectives[0]!;
      const stored = (await goals.getObjective(A, objective.id))!;
      const ghost = { ...stored.value, id: `${activeId}.obghost0000` };
      expectCode(await goals.replaceObjective(ghost, stored.etag), 'STORE.NOT_FOUND');
    });
  });

  describe('duplicates', () => {
    it('creating a cycle, objective or check-in whose id exists is STORE.DUPLICATE', async () => {
      const cycle = (await goals.getCycle(A, activeId))!.value;
      expectCode(await goals.createCycle({ ...cycle, name: 'Twin' }), 'STORE.DUPLICATE');
      const objective = activeObjectives[1]!;
      expectCode(await goals.createObjective({ ...objective, title: 'Twin' }), 'STORE.DUPLICATE');
      const checkIn = unwrap(await goals.listCheckIns(A, objective.keyResults[0]!.id, { limit: 1 })).items[0]!;
      expectCode(await goals.createCheckIn({ ...checkIn, note: 'twin' }), 'STORE.DUPLICATE');
      assert.equal((await goals.getObjective(A, objective.id))!.value.title, objective.title, 'the original is untouched');
      assert.equal((await goals.getCheckIn(A, activeId, checkIn.id))!.note, checkIn.note);
    });
  });

  describe('tenant isolation', () => {
    let twinCycle: Cycle;
    let twinObjective: Objective;
    let contosoObjective: Objective;

    it("tenant B's id does not read tenant A's cycle, objective, check-in, person or team", async () => {
      contosoObjective = activeObjectives.find((o) => o.title === 'Database failover becomes boring')!;
      assert.equal(await goals.getCycle(B, activeId), null);
      assert.equal(await goals.getObjective(B, contosoObjective.id), null);
      assert.deepEqual(await goals.getObjectives(B, activeId, [contosoObjective.id]), []);
      assert.deepEqual(await goals.listAllObjectives(B, activeId, {}), []);
      assert.deepEqual(unwrap(await goals.queryObjectives(B, activeId, {}, { limit: 100 })).items, []);
      assert.deepEqual(unwrap(await goals.listCheckIns(B, contosoObjective.keyResults[0]!.id, { limit: 100 })).items, []);
      const checkIn = unwrap(await goals.listCheckIns(A, contosoObjective.keyResults[0]!.id, { limit: 1 })).items[0]!;
      assert.equal(await goals.getCheckIn(B, activeId, checkIn.id), null);
      assert.equal(await directory.getPerson(B, t.person('arjun')), null);
      assert.deepEqual(await directory.getPeople(B, [t.person('arjun'), t.person('priya')]), []);
      assert.equal(await directory.getTeam(B, 'tm-platform'), null);
      assert.ok((await goals.listCycles(B)).every((c) => c.tenantId === B));
    });

    it('documents of two tenants with the same ids stay apart', async () => {
      const cycle = (await goals.getCycle(A, activeId))!.value;
      twinCycle = unwrap(await goals.createCycle({ ...cycle, tenantId: B, name: 'Fabrikam twin cycle' })).value;
      twinObjective = unwrap(
        await goals.createObjective({
          ...contosoObjective,
          tenantId: B,
          title: 'Fabrikam twin objective',
          owner: { kind: 'person', id: t.person('fab-analyst', FABRIKAM) },
          teamIds: ['tm-fab-ops'],
          alignments: [],
          contributorIds: [],
        }),
      ).value;
      const checkIn = unwrap(await goals.listCheckIns(A, contosoObjective.keyResults[0]!.id, { limit: 1 })).items[0]!;
      const twinCheckIn: CheckIn = { ...checkIn, tenantId: B, note: 'Fabrikam twin check-in' };
      unwrap(await goals.createCheckIn(twinCheckIn));

      assert.equal((await goals.getCycle(A, activeId))!.value.name, cycle.name);
      assert.equal((await goals.getCycle(B, activeId))!.value.name, 'Fabrikam twin cycle');
      assert.equal((await goals.getObjective(A, contosoObjective.id))!.value.title, 'Database failover becomes boring');
      assert.equal((await goals.getObjective(B, contosoObjective.id))!.value.title, 'Fabrikam twin objective');
      assert.deepEqual(
        (await goals.getObjectives(B, activeId, activeObjectives.map((o) => o.id))).map((o) => o.title),
        ['Fabrikam twin objective'],
      );
      assert.deepEqual(
        (await goals.getObjectives(A, activeId, [contosoObjective.id])).map((o) => [o.tenantId, o.title]),
        [[A, 'Database failover becomes boring']],
      );
      assert.deepEqual(
        unwrap(await goals.queryObjectives(B, activeId, {}, { limit: 100 })).items.map((o) => o.id),
        [twinObjective.id],
      );
      const contosoAll = await goals.listAllObjectives(A, activeId, {});
      assert.equal(contosoAll.length, 20);
      assert.ok(contosoAll.every((o) => o.tenantId === A));
      assert.equal((await goals.getCheckIn(A, activeId, checkIn.id))!.note, checkIn.note);
      assert.equal((await goals.getCheckIn(B, activeId, checkIn.id))!.note, 'Fabrikam twin check-in');
      assert.deepEqual(
        unwrap(await goals.listCheckIns(B, contosoObjective.keyResults[0]!.id, { limit: 100 })).items.map((c) => c.note),
        ['Fabrikam twin check-in'],
      );
      assert.ok(unwrap(await goals.listCheckIns(A, contosoObjective.keyResults[0]!.id, { limit: 100 })).items.every((c) => c.tenantId === A));
      assert.ok((await goals.listCycles(A)).every((c) => c.tenantId === A && c.name !== 'Fabrikam twin cycle'));

      // Over HTTP, each tenant's user sees their own document behind the same id.
      const asFabrikam = await t.request('GET', `/objectives/${contosoObjective.id}`, { as: 'fab-analyst', tenant: FABRIKAM });
      assert.equal(asFabrikam.status, 200, JSON.stringify(asFabrikam.body));
      assert.equal(asFabrikam.body.objective.title, 'Fabrikam twin objective');
      const asContoso = await t.request('GET', `/objectives/${contosoObjective.id}`, { as: 'arjun' });
      assert.equal(asContoso.body.objective.title, 'Database failover becomes boring');
      const other = activeObjectives.find((o) => o.title === 'Make on-call humane')!;
      assert.equal((await t.request('GET', `/objectives/${other.id}`, { as: 'fab-analyst', tenant: FABRIKAM })).status, 404);
    });

    it('a person or team with the same id in two tenants stays apart', async () => {
      const arjun = (await directory.getPerson(A, t.person('arjun')))!;
      await directory.upsertPeople([{ ...arjun, tenantId: B, displayName: 'Arjun Twin', managerId: null, managerChain: [] }]);
      const platform = (await directory.getTeam(A, 'tm-platform'))!;
      await directory.upsertTeams([{ ...platform, tenantId: B, name: 'Fabrikam Platform', leadId: null }]);

      assert.equal((await directory.getPerson(A, arjun.id))!.displayName, 'Arjun Mehta');
      assert.equal((await directory.getPerson(A, arjun.id))!.managerId, t.person('priya'));
      assert.equal((await directory.getPerson(B, arjun.id))!.displayName, 'Arjun Twin');
      assert.deepEqual(
        (await directory.getPeople(A, [arjun.id])).map((p) => [p.tenantId, p.displayName]),
        [[A, 'Arjun Mehta']],
      );
      assert.equal((await directory.getTeam(A, 'tm-platform'))!.name, 'Platform');
      assert.equal((await directory.getTeam(B, 'tm-platform'))!.name, 'Fabrikam Platform');
      const contosoPlatform = unwrap(await directory.queryPeople(A, { teamId: 'tm-platform' }, { limit: 100 })).items;
      assert.equal(contosoPlatform.length, 6);
      assert.ok(contosoPlatform.every((p) => p.tenantId === A));
      assert.deepEqual(
        unwrap(await directory.queryPeople(B, { teamId: 'tm-platform' }, { limit: 100 })).items.map((p) => p.displayName),
        ['Arjun Twin'],
      );
      assert.ok((await directory.listTeams(A)).every((team) => team.tenantId === A));
      assert.equal((await directory.listTeams(A)).filter((team) => team.id === 'tm-platform').length, 1);
    });
  });

  describe('continuation tokens', () => {
    it('follows genuine tokens through every page exactly once', async () => {
      const pages = await drain((page) => goals.queryObjectives(A, activeId, {}, page), 3);
      assert.equal(pages.length, 7);
      const ids = pages.flat().map((o) => o.id);
      assert.equal(new Set(ids).size, 20);
      assert.deepEqual(new Set(ids), new Set(activeObjectives.map((o) => o.id)));
      const people = (await drain((page) => directory.queryPeople(A, {}, page), 10)).flat();
      assert.equal(new Set(people.map((p) => p.id)).size, 32);
    });

    it('a garbled token is STORE.BAD_CONTINUATION', async () => {
      const kr = activeObjectives[0]!.keyResults[0]!.id;
      for (const token of ['garbage!', 'bm90IGpzb24', wrapToken({ v: 2, t: 'x' }), wrapToken({ v: 1, t: '' }), wrapToken({ v: 1 }), wrapToken([1, 2])]) {
        expectCode(await goals.queryObjectives(A, activeId, {}, { limit: 2, continuationToken: token }), 'STORE.BAD_CONTINUATION');
        expectCode(await goals.listCheckIns(A, kr, { limit: 2, continuationToken: token }), 'STORE.BAD_CONTINUATION');
        expectCode(await directory.queryPeople(A, {}, { limit: 2, continuationToken: token }), 'STORE.BAD_CONTINUATION');
      }
    });

    it('a forged token in the right envelope is STORE.BAD_CONTINUATION, not a silent restart from page one', async () => {
      // The envelope is plain base64url JSON, so anyone can wrap any string in it.
      const forged = wrapToken({ v: 1, t: 'forged-by-the-client' });
      const result = await goals.queryObjectives(A, activeId, {}, { limit: 2, continuationToken: forged });
      if (result.ok) {
        const firstPage = unwrap(await goals.queryObjectives(A, activeId, {}, { limit: 2 })).items.map((o) => o.id);
        assert.fail(
          `a forged token was accepted and answered ${result.value.items.length} items` +
            (JSON.stringify(result.value.items.map((o) => o.id)) === JSON.stringify(firstPage) ? ' (the first page again)' : ''),
        );
      }
      expectCode(result, 'STORE.BAD_CONTINUATION');
    });

    it("a token replayed against another tenant's or cycle's query never yields that query's foreign documents", async () => {
      const first = unwrap(await goals.queryObjectives(A, activeId, {}, { limit: 2 }));
      assert.ok(first.continuationToken);
      for (const [tenant, cycle] of [
        [B, activeId],
        [A, closedId],
      ] as const) {
        const replayed = await goals.queryObjectives(tenant, cycle, {}, { limit: 100, continuationToken: first.continuationToken });
        if (replayed.ok) assert.ok(replayed.value.items.every((o) => o.tenantId === tenant && o.cycleId === cycle));
        else assert.equal(replayed.code, 'STORE.BAD_CONTINUATION');
      }
    });
  });

  describe('cycle partitions', () => {
    it("queries of one cycle never return another cycle's documents", async () => {
      assert.ok(activeObjectives.every((o) => o.cycleId === activeId && o.tenantId === A));
      assert.ok(closedObjectives.every((o) => o.cycleId === closedId && o.state === 'closed'));
      const closedIds = new Set(closedObjectives.map((o) => o.id));
      assert.ok(!activeObjectives.some((o) => closedIds.has(o.id)));

      // The same filter in two cycles: the platform board of each quarter.
      const activePlatform = await goals.listAllObjectives(A, activeId, { teamId: 'tm-platform' });
      const closedPlatform = await goals.listAllObjectives(A, closedId, { teamId: 'tm-platform' });
      assert.ok(activePlatform.length >= 6 && activePlatform.every((o) => o.cycleId === activeId));
      assert.deepEqual(closedPlatform.map((o) => o.title), ['No single point of failure in the data tier']);
      const pages = await drain((page) => goals.queryObjectives(A, closedId, {}, page), 2);
      assert.deepEqual(new Set(pages.flat().map((o) => o.id)), closedIds);
      assert.deepEqual(unwrap(await goals.queryObjectives(A, planningId, {}, { limit: 100 })).items, []);

      // Asking one cycle's partition for another cycle's ids finds nothing.
      const mixed = await goals.getObjectives(A, activeId, [closedObjectives[0]!.id, activeObjectives[0]!.id]);
      assert.deepEqual(mixed.map((o) => o.id), [activeObjectives[0]!.id]);
      assert.deepEqual(await goals.getObjectives(A, planningId, activeObjectives.map((o) => o.id)), []);

      // Check-ins live with their cycle.
      const closedKr = closedObjectives[0]!.keyResults[0]!;
      const history = unwrap(await goals.listCheckIns(A, closedKr.id, { limit: 500 })).items;
      assert.ok(history.length > 0);
      assert.ok(history.every((c) => c.cycleId === closedId && c.keyResultId === closedKr.id));
      assert.equal(await goals.getCheckIn(A, activeId, history[0]!.id), null);
      assert.ok(await goals.getCheckIn(A, closedId, history[0]!.id));

      // Objective queries return objectives only, not the check-ins that share their partition.
      for (const o of activeObjectives) {
        assert.ok(Array.isArray(o.keyResults) && typeof o.level === 'string', `${o.id} is an objective`);
        for (const field of ['pk', 'type', 'ownerId', 'participantIds', 'alignedToIds', '_etag', '_rid']) assert.equal(field in o, false, field);
      }
      // Cycles live in the tenant's cycle list, not in a cycle partition.
      assert.equal(await goals.getCycle(A, activeObjectives[0]!.id), null);
      assert.deepEqual(
        (await goals.listCycles(A)).map((c) => c.id).sort(),
        [activeId, closedId, planningId].sort(),
      );
    });

    it('a written objective round-trips without storage fields and is found by its derived filters', async () => {
      const source = activeObjectives.find((o) => o.title === 'Make on-call humane')!;
      const copy: Objective = {
        ...source,
        cycleId: planningId,
        id: `${planningId}.obroundtrip1`,
        keyResults: source.keyResults.map((kr, i) => ({ ...kr, id: `${planningId}.obroundtrip1.kr${i}x`, ownerId: t.person('lena') })),
        contributorIds: [t.person('fatima')],
        alignments: [],
        state: 'draft',
      };
      const created = unwrap(await goals.createObjective(copy));
      assert.deepEqual(created.value, copy);
      assert.deepEqual((await goals.getObjective(A, copy.id))!.value, copy);
      const find = async (filter: Parameters<GoalsRepository['listAllObjectives']>[2]) => (await goals.listAllObjectives(A, planningId, filter)).map((o) => o.id);
      assert.deepEqual(await find({ participantId: t.person('lena') }), [copy.id]);
      assert.deepEqual(await find({ participantId: t.person('fatima') }), [copy.id]);
      assert.deepEqual(await find({ participantId: t.person('kenji') }), [copy.id], 'the person owner is a participant');
      assert.deepEqual(await find({ ownerId: t.person('kenji') }), [copy.id]);
      assert.deepEqual(await find({ states: ['active'] }), []);
      assert.deepEqual(await find({ levels: ['individual'], states: ['draft'] }), [copy.id]);
      assert.deepEqual(await goals.listAllObjectives(A, activeId, { participantId: t.person('fatima'), ownerId: t.person('kenji') }), []);
      unwrap(await goals.deleteObjective(A, copy.id, created.etag));
      assert.equal(await goals.getObjective(A, copy.id), null);
    });
  });
});
