/**
 * Data-subject requests over HTTP against a real Tandem (local Cosmos, demo world): HR exports
 * everything held about Lena from both stores, then erases her. Afterwards no document in any
 * container of the database (read directly through the Cosmos client) holds her name, email or a
 * text she wrote, while OKR analytics and rating distributions are what they were. The cases share
 * one Tandem and run in order.
 */
import assert from 'node:assert/strict';
import type { Database } from '@azure/cosmos';
import { CosmosConversationReferences } from '../../../../src/store/goals/cosmos-conversation-references.js';
import { CosmosNotificationSettings } from '../../../../src/store/goals/cosmos-notification-settings.js';
import { CONTOSO, startTestTandem, type ApiResponse, type TestTandem } from '../../../support/tandem-harness.js';

const LENA = { name: 'Lena Fischer', email: 'lena.fischer@contoso.example' };

/** Texts Lena wrote (seeded or arranged here) and texts written about her: none may survive erasure. */
const HERS = {
  comment: 'Comment by L: the rollout checklist needs a rollback step',
  checkInNote: 'Check-in note by L: blocked on the staging certificate',
  talkingPoint: 'Talking point by L: more incident exposure please',
  privateNote: 'Private note by L: ask about the SRE rotation',
  progressNote: 'Progress note by L: shadowed two incidents',
  selfReview: 'Shipped the service catalogue API on time.',
  peerResponse: 'Always has time to pair on a tricky problem.',
  feedbackGiven: 'Your design docs are excellent.',
  question: 'Question by L: what should I learn next?',
};
const ABOUT_HER = {
  managerOnly: 'Manager-only feedback about L: ready for more on-call',
  answer: 'Answer about L: learn the deploy tooling end to end',
  managersPrivateNote: 'Private note by P about L: discuss the move to SRE',
  seededPraise: 'review of the ingestion service caught a data-loss bug',
  seededManagerNote: 'Check in on workload',
};

describe('Personal data over HTTP: export and erasure across both stores', function () {
  this.timeout(180_000);
  let t: TestTandem;
  let lena: string;
  let database: Database;
  let activeCycle: string;
  let closedCycle: string;
  let reviewCycle: string;

  const ok = async <T = any>(response: Promise<ApiResponse<T>>, status = 200): Promise<T> => {
    const r = await response;
    assert.equal(r.status, status, JSON.stringify(r.body));
    return r.body;
  };
  const expectError = (r: ApiResponse, status: number, code: string) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.equal(r.body.error.code, code);
  };

  async function allDocuments(): Promise<{ container: string; doc: Record<string, unknown> }[]> {
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const found: { container: string; doc: Record<string, unknown> }[] = [];
    for (const { id } of containers) {
      const { resources } = await database.container(id).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
      found.push(...resources.map((doc) => ({ container: id, doc })));
    }
    return found;
  }

  /** The numbers OKR analytics and calibration show, tenant-wide. */
  async function aggregates() {
    const participation = await ok(t.request('GET', `/cycles/${activeCycle}/insights/participation`, { as: 'olivia' }));
    const progress = await ok(t.request('GET', `/cycles/${activeCycle}/insights/progress`, { as: 'olivia' }));
    const grades = await ok(t.request('GET', `/cycles/${closedCycle}/insights/grades`, { as: 'olivia' }));
    const calibration = await ok(t.request('GET', `/review-cycles/${reviewCycle}/calibration`, { as: 'hannah' }));
    return {
      weeks: participation.weeks,
      progress: progress.progress,
      confidence: progress.confidence,
      grades: grades.distribution,
      ratings: calibration.overall,
      ratingsByTeam: calibration.distributionByTeam.map((d: any) => ({ teamId: d.teamId, people: d.people, unrated: d.unrated, counts: d.counts })),
    };
  }

  before(async function () {
    this.timeout(180_000);
    t = await startTestTandem();
    lena = t.person('lena');
    database = t.directoryContainer().database;
    activeCycle = await t.cycleId('active');
    closedCycle = await t.cycleId('closed');
    reviewCycle = (await ok(t.request('GET', '/review-cycles', { as: 'hannah' }))).items[0].id;

    // Goals store: a comment and a check-in by Lena, an objective that names her, her settings and bot conversations.
    const board = await ok(t.request('GET', `/cycles/${activeCycle}/objectives?participant=me`, { as: 'lena' }));
    const objective = board.items.find((o: any) => o.keyResults.some((kr: any) => kr.ownerId === lena));
    const keyResult = objective.keyResults.find((kr: any) => kr.ownerId === lena);
    await ok(t.request('POST', `/objectives/${objective.id}/comments`, { as: 'lena', body: { text: HERS.comment } }), 201);
    await ok(t.request('POST', `/key-results/${keyResult.id}/check-ins`, { as: 'lena', body: { value: keyResult.current ?? 0, confidence: 6, note: HERS.checkInNote } }), 201);
    await ok(
      t.request('POST', `/cycles/${activeCycle}/objectives`, {
        as: 'priya',
        body: { level: 'team', owner: { kind: 'team', id: t.team('platform') }, title: `Onboard ${LENA.name} to on-call`, contributorIds: [lena], keyResults: [] },
      }),
      201,
    );
    const directory = t.directoryContainer();
    await new CosmosNotificationSettings(directory, () => t.clock.now()).savePreferences({ tenantId: CONTOSO.tenantId, personId: lena, pausedUntil: '2026-12-01T00:00:00.000Z', reminderSlot: null, updatedAt: '2026-11-22T12:00:00.000Z' });
    const conversations = new CosmosConversationReferences(directory);
    await conversations.save({ tenantId: CONTOSO.tenantId, ownerId: lena, scope: 'personal', conversationId: 'a:personal-lena', serviceUrl: 'https://smba.example/', reference: { user: { id: '29:lena', name: LENA.name, aadObjectId: lena }, conversation: { id: 'a:personal-lena' } }, updatedAt: '2026-11-22T12:00:00.000Z', uninstalledAt: null });
    await conversations.save({ tenantId: CONTOSO.tenantId, ownerId: t.team('platform'), scope: 'team', conversationId: '19:platform', serviceUrl: 'https://smba.example/', reference: { user: { id: '29:lena', name: LENA.name, aadObjectId: lena }, conversation: { id: '19:platform' } }, updatedAt: '2026-11-22T12:00:00.000Z', uninstalledAt: null });

    // Review store: feedback about her, a request she made and its answer, her 1:1 talking point and private note,
    // Priya's private note on the same meeting, a progress note on her plan.
    await ok(t.request('POST', '/feedback', { as: 'kenji', body: { recipientId: lena, visibility: 'manager-only', text: ABOUT_HER.managerOnly } }), 201);
    const request = await ok(t.request('POST', '/feedback-requests', { as: 'lena', body: { inviteeIds: [t.person('kenji')], questions: [HERS.question] } }), 201);
    await ok(t.request('POST', `/feedback-requests/${request.id}/responses`, { as: 'kenji', body: { answers: { q1: ABOUT_HER.answer } } }), 201);
    const oneOnOne = await ok(t.request('GET', `/one-on-ones/${lena}`, { as: 'lena' }));
    const meetingId = oneOnOne.meeting.id;
    await ok(t.request('POST', `/one-on-ones/${lena}/talking-points`, { as: 'lena', body: { text: HERS.talkingPoint, meetingId } }), 201);
    await ok(t.request('PATCH', `/one-on-ones/${lena}/meetings/${meetingId}/private-note`, { as: 'lena', body: { text: HERS.privateNote } }));
    await ok(t.request('PATCH', `/one-on-ones/${lena}/meetings/${meetingId}/private-note`, { as: 'priya', body: { text: ABOUT_HER.managersPrivateNote } }));
    await ok(t.request('POST', `/people/${lena}/development-plan/notes`, { as: 'lena', body: { text: HERS.progressNote } }), 201);
  });

  after(async () => {
    await t?.close();
  });

  let exported: any;
  let exportText = '';

  it('exports everything held about her from both stores as a JSON download', async () => {
    const response = await t.request('GET', `/people/${lena}/personal-data`, { as: 'hannah' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="tandem-personal-data-/);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    exported = response.body;
    exportText = JSON.stringify(exported);
    assert.equal(exported.format, 'tandem.personal-data.v1');
    assert.deepEqual([exported.person.id, exported.person.displayName, exported.person.email], [lena, LENA.name, LENA.email]);
    // Goals store.
    assert.ok(exported.goals.objectives.length >= 2);
    assert.ok(exported.goals.comments.some((c: any) => c.text === HERS.comment));
    assert.ok(exported.goals.checkIns.some((c: any) => c.note === HERS.checkInNote));
    assert.equal(exported.goals.notificationPreferences.pausedUntil, '2026-12-01T00:00:00.000Z');
    assert.deepEqual(exported.goals.conversations.map((c: any) => c.conversationId), ['a:personal-lena']);
    // Review store, as HR may see it.
    const p = exported.performance;
    assert.equal(p.reviews.length, 1);
    assert.equal(p.reviews[0].selfReview.answers['went-well'], HERS.selfReview);
    assert.ok(p.peerResponsesWritten.some((r: any) => r.answers['went-well'] === HERS.peerResponse));
    assert.ok(p.feedbackReceived.some((f: any) => f.text === ABOUT_HER.managerOnly));
    assert.ok(p.feedbackReceived.some((f: any) => f.visibility === 'praise' && f.text.includes(ABOUT_HER.seededPraise)));
    assert.ok(p.feedbackGiven.some((f: any) => f.text.startsWith(HERS.feedbackGiven)));
    assert.ok(p.feedbackRequests.about.some((r: any) => r.request.questions[0].text === HERS.question && r.responses[0].answers[0].text === ABOUT_HER.answer));
    assert.ok(p.feedbackRequests.askedToAnswer.length >= 1);
    assert.ok(p.oneOnOnes[0].talkingPoints.some((tp: any) => tp.text === HERS.talkingPoint));
    assert.deepEqual(p.ownPrivateNotes.oneOnOnes.map((n: any) => n.text), [HERS.privateNote]);
    assert.ok(p.developmentPlan.progressNotes.some((n: any) => n.text === HERS.progressNote));
    assert.ok(p.auditRecords.length > 0);
    assert.ok(exported.leftOut.length > 0);
  });

  it('holds nothing about other people beyond what HR may see: no one else’s private notes', () => {
    for (const text of [ABOUT_HER.managersPrivateNote, ABOUT_HER.seededManagerNote, 'Talk about delegation', 'Led the move of the build pipeline']) {
      assert.ok(!exportText.includes(text), `the export holds “${text}”`);
    }
    assert.ok(exported.performance.ownPrivateNotes.oneOnOnes.every((n: any) => n.authorId === lena));
  });

  it('is HR’s alone: a peer, her manager, another tenant and HR about themselves get 404; unknown people too', async () => {
    expectError(await t.request('GET', `/people/${lena}/personal-data`, { as: 'kenji' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/people/${lena}/personal-data`, { as: 'priya' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/people/${lena}/personal-data`, { as: 'fab-ceo' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', `/people/${t.person('hannah')}/personal-data`, { as: 'hannah' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', '/people/nobody-here/personal-data', { as: 'hannah' }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('GET', '/people/bad%2Fid/personal-data', { as: 'hannah' }), 404, 'PERF.NOT_FOUND');
  });

  it('leaves an audit record of the export, and of the subject-access part judged as the person', async () => {
    const { resources } = await database.container('audit').items.query<any>({ query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(c.subjectIds, @id)', parameters: [{ name: '@id', value: lena }] }).fetchAll();
    const hr = resources.find((r) => r.operation === 'personal-data.export' && r.actorId === t.person('hannah'));
    assert.ok(hr, 'HR’s export is audited');
    assert.ok(hr.entries.some((e: any) => e.kind === 'audit-trail' && e.allow));
    const subjectAccess = resources.find((r) => r.operation === 'personal-data.export.subject-access');
    assert.ok(subjectAccess?.entries.some((e: any) => e.kind === 'one-on-one-private-note' && e.allow));
  });

  it('refuses bad erasure requests with a code and changes nothing', async () => {
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'hannah', body: { confirm: 'Lena' } }), 400, 'PERF.CONFIRMATION_MISMATCH');
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'hannah', body: {} }), 400, 'API.VALIDATION');
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'hannah', body: { confirm: LENA.name, force: true } }), 400, 'API.VALIDATION');
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'hannah', rawBody: '{"confirm":', headers: { 'content-type': 'application/json' } }), 400, 'API.MALFORMED_JSON');
    expectError(await t.request('POST', '/people/nobody-here/erase', { as: 'hannah', body: { confirm: 'nobody-here' } }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'priya', body: { confirm: LENA.name } }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('POST', `/people/${lena}/erase`, { as: 'fab-ceo', body: { confirm: LENA.name } }), 404, 'PERF.NOT_FOUND');
    expectError(await t.request('POST', `/people/${t.person('priya')}/erase`, { as: 'hannah', body: { confirm: 'Priya Nair' } }), 409, 'PERF.HAS_DIRECT_REPORTS');
    const me = await ok(t.request('GET', `/people/${lena}`, { as: 'hannah' }));
    assert.equal(me.displayName, LENA.name);
  });

  let baseline: Awaited<ReturnType<typeof aggregates>>;
  let auditBefore: Map<string, string>;

  it('erases her: no document in any container keeps her name, email or a word she wrote, or what was written about her', async () => {
    baseline = await aggregates();
    const named = await ok(t.request('GET', `/cycles/${activeCycle}/insights/participation?week=0`, { as: 'olivia' }));
    assert.ok(JSON.stringify(named).includes(LENA.name), 'before erasure the missing list names her');
    const needles = [LENA.name, LENA.email, ...Object.values(HERS), ...Object.values(ABOUT_HER)].map((n) => n.toLowerCase());
    const documents = await allDocuments();
    // The scan can fail: before erasure every needle is somewhere in the database.
    const texts = documents.map((d) => JSON.stringify(d.doc).toLowerCase());
    assert.deepEqual(needles.filter((needle) => !texts.some((text) => text.includes(needle))), []);
    auditBefore = new Map(documents.filter((d) => d.container === 'audit').map((d) => [d.doc.id as string, d.doc._etag as string]));
    const outcome = await ok(t.request('POST', `/people/${lena}/erase`, { as: 'hannah', body: { confirm: '  lena fischer ' } }));
    assert.equal(outcome.status, 'erased');
    assert.equal(outcome.runs, 1);
    assert.ok(outcome.tally.feedback.feedbackAboutThemDeleted >= 2);
    assert.ok(outcome.tally.aggregatesDropped > 0, 'the insights aggregates built above named her');
    const offending: string[] = [];
    for (const { container, doc } of await allDocuments()) {
      const text = JSON.stringify(doc).toLowerCase();
      for (const needle of needles) if (text.includes(needle)) offending.push(`${container}/${String(doc.id)}: ${needle}`);
    }
    assert.deepEqual(offending, []);
  });

  it('leaves a tombstone in the directory and keeps her objectives with their owner id and alignment', async () => {
    const person = await ok(t.request('GET', `/people/${lena}`, { as: 'priya' }));
    assert.deepEqual([person.displayName, person.email, person.managerId, person.teamIds], ['Former colleague', '', null, []]);
    const board = await ok(t.request('GET', `/cycles/${activeCycle}/objectives?participant=${lena}`, { as: 'priya' }));
    assert.ok(board.items.some((o: any) => o.title === 'Onboard Former colleague to on-call' && o.contributorIds.includes(lena)));
    assert.ok(board.items.some((o: any) => o.keyResults.some((kr: any) => kr.ownerId === lena)));
  });

  it('keeps every aggregate: OKR analytics totals and rating distributions are what they were', async () => {
    assert.deepEqual(await aggregates(), baseline);
  });

  it('OKR analytics no longer name her, though this process held a snapshot that did', async () => {
    const missingInFirstWeek = await ok(t.request('GET', `/cycles/${activeCycle}/insights/participation?week=0`, { as: 'olivia' }));
    const names = missingInFirstWeek.missing.people.filter((p: any) => p.id === lena).map((p: any) => p.name);
    assert.deepEqual(names, ['Former colleague']);
    assert.ok(!JSON.stringify(missingInFirstWeek).includes(LENA.name));
  });

  it('never touches an audit record, and appends one for the erasure', async () => {
    const audit = (await allDocuments()).filter((d) => d.container === 'audit');
    for (const [id, etag] of auditBefore) {
      const now = audit.find((d) => d.doc.id === id);
      assert.ok(now, `audit record ${id} is still there`);
      assert.equal(now.doc._etag, etag, `audit record ${id} is unchanged`);
    }
    const erasures = audit.filter((d) => d.doc.operation === 'personal-data.erase' && (d.doc.subjectIds as string[]).includes(lena));
    assert.ok(erasures.some((d) => d.doc.actorId === t.person('hannah') && (d.doc.entries as any[]).some((e) => e.allow)));
  });

  it('running it again is a no-op: nothing but a new audit record is written', async () => {
    const snapshot = async () => new Map((await allDocuments()).filter((d) => d.container !== 'audit').map((d) => [`${d.container}/${String(d.doc.id)}/${String(d.doc.pk)}`, d.doc._etag as string]));
    const first = await snapshot();
    const again = await ok(t.request('POST', `/people/${lena}/erase`, { as: 'hannah', body: { confirm: lena } }));
    assert.deepEqual([again.status, again.tally], ['already-erased', null]);
    assert.deepEqual(await snapshot(), first);
  });

  it('exports what is left: the tombstone and the numbers kept for aggregates', async () => {
    const after = await ok(t.request('GET', `/people/${lena}/personal-data`, { as: 'hannah' }));
    assert.equal(after.person.displayName, 'Former colleague');
    assert.deepEqual([after.goals.comments, after.goals.conversations, after.goals.notificationPreferences], [[], [], null]);
    assert.deepEqual([after.performance.feedbackReceived, after.performance.oneOnOnes, after.performance.developmentPlan.plan], [[], [], null]);
    assert.equal(after.performance.reviews[0].selfReview.ratings.delivery, 3);
    assert.deepEqual(after.performance.reviews[0].selfReview.answers, {});
  });
});
