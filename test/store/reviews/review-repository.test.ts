import assert from 'node:assert/strict';
import { newPeerResponse, peerAssignmentOf } from '../../../src/domain/performance/reviews/peer-response.js';
import { newReviewCycle, type ReviewCycle } from '../../../src/domain/performance/reviews/review-cycle.js';
import { newPacket, type ReviewPacket } from '../../../src/domain/performance/reviews/review-packet.js';
import { nominate } from '../../../src/domain/performance/reviews/nominations.js';
import { CosmosReviewRepository } from '../../../src/store/reviews/cosmos-review-repository.js';
import { REVIEW_CONTAINERS } from '../../../src/store/reviews/review-containers.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { emptyOkrContext } from '../../domain/performance/reviews/okr-fixtures.js';
import { expectOk, person, settings } from '../../domain/performance/reviews/review-builders.js';

const T = CONTOSO.tenantId;
const NOW = '2026-11-22T12:00:00.000Z';

describe('the review repository on the restricted reviews container', () => {
  let t: TestTandem;
  let repo: CosmosReviewRepository;
  let cycle: ReviewCycle;
  before(async () => {
    t = await startTestTandem({ TANDEM_SEED: 'false' });
    repo = new CosmosReviewRepository(t.directoryContainer().database.container(REVIEW_CONTAINERS.reviews.id!));
    cycle = expectOk(newReviewCycle(settings({ type: 'probation', compensation: { enabled: true, visibleToSubjectAfterRelease: true } }), { tenantId: T, id: 'rcstore1', by: 'hr', now: NOW }));
  });
  after(() => t.close());

  const subject = () => ({ ...person('subject-1', 'boss-1', ['boss-1', 'vp-1']), tenantId: T });

  it('round-trips a cycle, keeping its own type apart from the document type, and guards replaces with the ETag', async () => {
    const created = expectOk(await repo.createCycle(cycle));
    assert.deepEqual(created.value, cycle);
    const read = await repo.getCycle(T, cycle.id);
    assert.deepEqual(read?.value, cycle);
    assert.equal(read?.value.type, 'probation');
    assert.deepEqual((await repo.listCycles(T)).map((c) => c.id), [cycle.id]);
    const renamed = expectOk(await repo.replaceCycle({ ...cycle, name: 'Renamed', revision: 2 }, read!.etag));
    assert.equal(renamed.value.name, 'Renamed');
    const stale = await repo.replaceCycle({ ...cycle, name: 'Stale' }, read!.etag);
    assert.equal(!stale.ok && stale.code, 'STORE.CONFLICT');
    assert.equal((await repo.createCycle(cycle)).ok, false, 'duplicate id');
  });

  it('keeps another tenant’s cycles, rosters and packets out of reach', async () => {
    assert.equal(await repo.getCycle(FABRIKAM.tenantId, cycle.id), null);
    assert.deepEqual(await repo.listCycles(FABRIKAM.tenantId), []);
    assert.equal(await repo.getPacket(FABRIKAM.tenantId, `${cycle.id}.subject-1`), null);
  });

  it('creates and replaces a roster', async () => {
    const first = expectOk(await repo.saveRoster({ tenantId: T, cycleId: cycle.id, entries: [{ packetId: 'p1', subjectId: 's1', cycleManagerId: 'm1' }] }, null));
    assert.equal((await repo.saveRoster({ tenantId: T, cycleId: cycle.id, entries: [] }, null)).ok, false, 'created once');
    expectOk(await repo.saveRoster({ ...first.value, entries: [...first.value.entries, { packetId: 'p2', subjectId: 's2', cycleManagerId: null }] }, first.etag));
    assert.deepEqual((await repo.getRoster(T, cycle.id))?.value, { tenantId: T, cycleId: cycle.id, entries: [{ packetId: 'p1', subjectId: 's1', cycleManagerId: 'm1' }, { packetId: 'p2', subjectId: 's2', cycleManagerId: null }] });
  });

  let packet: ReviewPacket;
  it('round-trips a packet in its subject’s partition and lists a subject’s packets', async () => {
    packet = newPacket(cycle, subject(), emptyOkrContext(), NOW);
    const created = expectOk(await repo.createPacket(packet));
    assert.deepEqual(created.value, packet);
    assert.equal((await repo.createPacket(packet)).ok, false);
    const read = await repo.getPacket(T, packet.id);
    assert.deepEqual(read?.value, packet);
    const listed = await repo.listPacketsOfSubject(T, 'subject-1');
    assert.deepEqual(listed.map((p) => p.value), [packet]);
    assert.equal(listed[0]!.etag, read!.etag);
    assert.deepEqual((await repo.getPackets(T, [packet.id, 'rcx.nobody', 'garbage'])).map((p) => p.value.id), [packet.id]);
    for (const bad of ['', 'no-dot', 'a.b.c', 'a/b.c']) assert.equal(await repo.getPacket(T, bad), null, bad);
    // The policy facts are stored with the document.
    const raw = await t.directoryContainer().database.container('reviews').item(packet.id, `${T}|subject-1`).read();
    assert.equal(raw.resource.cycleManagerId, 'boss-1');
    assert.deepEqual(raw.resource.cycleManagerChain, ['vp-1']);
    assert.equal(raw.resource.type, 'review-packet');
  });

  it('replaces a packet only with the current ETag', async () => {
    const read = (await repo.getPacket(T, packet.id))!;
    const changed = expectOk(nominate(read.value, { id: 'nm1', responseId: `${packet.id}.prabc`, relation: 'peer', nominee: { ...person('peer-1', 'x'), tenantId: T } }, NOW));
    expectOk(await repo.replacePacket(changed, read.etag));
    const stale = await repo.replacePacket(changed, read.etag);
    assert.equal(!stale.ok && stale.code, 'STORE.CONFLICT');
    packet = (await repo.getPacket(T, packet.id))!.value;
    assert.equal(packet.nominations.length, 1);
  });

  it('round-trips peer responses in the subject’s partition and assignments in the reviewer’s', async () => {
    const slot = newPeerResponse(packet, packet.nominations[0]!, NOW);
    expectOk(await repo.createPeerResponse(slot));
    const read = (await repo.getPeerResponse(T, slot.id))!;
    assert.deepEqual(read.value, slot);
    expectOk(await repo.replacePeerResponse({ ...slot, answers: { q: 'a' }, submittedAt: NOW }, read.etag));
    assert.equal((await repo.replacePeerResponse(slot, read.etag)).ok, false);
    assert.deepEqual((await repo.listPeerResponses(T, packet.id)).map((r) => r.answers), [{ q: 'a' }]);
    assert.equal(await repo.getPeerResponse(T, 'not-a-response'), null);
    assert.equal(await repo.getPeerResponse(FABRIKAM.tenantId, slot.id), null);
    await repo.addPeerAssignment(peerAssignmentOf(slot));
    await repo.addPeerAssignment(peerAssignmentOf(slot));
    assert.deepEqual(await repo.listPeerAssignments(T, 'peer-1'), [peerAssignmentOf(slot)], 'a retried assignment is stored once');
    assert.deepEqual(await repo.listPeerAssignments(T, 'subject-1'), []);
  });
});
