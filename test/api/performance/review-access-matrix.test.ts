import assert from 'node:assert/strict';
import type { PolicyState } from '../../../src/domain/performance/access-policy.js';
import type { DocumentKind, ReviewPhase } from '../../../src/domain/performance/document-kinds.js';
import { expected, ROLES, type RoleName } from '../../support/performance-access-spec.js';
import { CONTOSO, FABRIKAM, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { ALL_RATINGS, ReviewDriver, SELF_ANSWERS, expectStatus } from './reviews/review-http-kit.js';

/**
 * The access matrix over HTTP, as seeded users, through a whole review cycle: at every phase each
 * role reads the review packet and tries each write, and what comes back must match the same
 * specification the domain matrix uses. Lena is the subject; Priya was her manager when the cycle
 * launched (the manager of record); Lena then moved to Tom, so Tom is her current manager.
 */
const PEOPLE: Record<RoleName, { as: string; tenant?: typeof FABRIKAM }> = {
  subject: { as: 'lena' },
  'current-manager': { as: 'tom' },
  'manager-chain': { as: 'david' },
  'cycle-manager': { as: 'priya' },
  'hr-admin': { as: 'hannah' },
  'peer-reviewer': { as: 'arjun' },
  'other-employee': { as: 'jonas' },
  'other-tenant': { as: FABRIKAM.people[0]!.key, tenant: FABRIKAM },
};

/** Packet sections and the kind of document each one is. */
const SECTIONS: Record<string, DocumentKind> = {
  selfReview: 'self-review',
  nominations: 'nomination',
  peerFeedback: 'peer-response',
  managerReview: 'manager-review',
  privateNotes: 'manager-private-notes',
  calibration: 'calibration',
  compensation: 'compensation',
  okrContext: 'okr-context',
  release: 'release',
  acknowledgement: 'acknowledgement',
};

/** Writes that can be repeated without changing the flow, and the kind each one writes. */
const WRITES: { kind: DocumentKind; method: string; path: string; body: unknown }[] = [
  { kind: 'self-review', method: 'PATCH', path: 'self-review', body: { answers: SELF_ANSWERS } },
  { kind: 'manager-review', method: 'PATCH', path: 'manager-review', body: { summary: 'A good half' } },
  { kind: 'manager-private-notes', method: 'PATCH', path: 'private-notes', body: { text: 'Ask about the on-call load' } },
  { kind: 'compensation', method: 'PATCH', path: 'compensation', body: { meritPercent: 3, promotion: false } },
  { kind: 'calibration', method: 'PATCH', path: 'calibration', body: { performance: 2, potential: 3 } },
];

describe('the review access matrix over HTTP, as seeded users, through every phase', function () {
  let t: TestTandem;
  let d: ReviewDriver;
  let cycleId: string;
  let packetPath: string;
  before(async () => {
    t = await startTestTandem();
    d = new ReviewDriver(t);
    cycleId = await d.launched({ anonymity: { mode: 'attributed', threshold: 3 }, compensation: { enabled: true, visibleToSubjectAfterRelease: true } });
    packetPath = `/review-packets/${d.packetId(cycleId, 'lena')}`;
    expectStatus(await t.request('POST', `${packetPath}/self-review/submit`, { as: 'lena', body: { answers: SELF_ANSWERS, ratings: ALL_RATINGS } }), 200);
    await d.nominateAndApprove(cycleId, 'lena', 'priya', ['arjun']);
    // Lena moves to Tom's team after launch: Priya stays her manager of record for this cycle.
    const directory = t.tandem.okr.directory;
    const lena = (await directory.getPerson(CONTOSO.tenantId, t.person('lena')))!;
    const tom = (await directory.getPerson(CONTOSO.tenantId, t.person('tom')))!;
    await directory.upsertPeople([{ ...lena, managerId: tom.id, managerChain: [tom.id, ...tom.managerChain] }]);
  });
  after(() => t.close());

  const state = (phase: ReviewPhase): PolicyState => ({ phase, compensationVisibleAfterRelease: true });

  async function checkPhase(phase: ReviewPhase): Promise<void> {
    const mismatches: string[] = [];
    for (const role of ROLES) {
      const who = PEOPLE[role];
      const response = await t.request('GET', packetPath, { as: who.as, ...(who.tenant ? { tenant: who.tenant } : {}) });
      const visible = Object.entries(SECTIONS).filter(([, kind]) => expected(role, 'read', kind, state(phase)));
      // The same answer through the list of one person's reviews: listed exactly when something is visible.
      const listed = await t.request<{ items: { id: string }[] }>('GET', `/people/${t.person('lena')}/reviews`, { as: who.as, ...(who.tenant ? { tenant: who.tenant } : {}) });
      const isListed = listed.status === 200 && listed.body.items.some((p) => packetPath.endsWith(p.id));
      if (isListed !== (visible.length > 0 && role !== 'peer-reviewer')) mismatches.push(`${role}: listed ${isListed} (${listed.status})`);
      if (role === 'peer-reviewer') {
        // A reviewer reaches their own response through /peer-responses, never the subject's packet.
        if (response.status !== 404) mismatches.push(`${role}: packet answered ${response.status}`);
        continue;
      }
      if (visible.length === 0) {
        if (response.status !== 404) mismatches.push(`${role}: packet answered ${response.status}, want 404`);
      } else if (response.status !== 200) {
        mismatches.push(`${role}: packet answered ${response.status}, want 200`);
      } else {
        for (const [section, kind] of Object.entries(SECTIONS)) {
          const want = expected(role, 'read', kind, state(phase));
          if ((section in response.body) !== want) mismatches.push(`${role}: section ${section} ${want ? 'missing' : 'shown'}`);
        }
      }
      for (const write of WRITES) {
        const attempt = await t.request(write.method, `${packetPath}/${write.path}`, { as: who.as, body: write.body, ...(who.tenant ? { tenant: who.tenant } : {}) });
        const code = (attempt.body as { error?: { code?: string } } | undefined)?.error?.code;
        const outcome = `${attempt.status} ${code ?? ''}`.trim();
        if (expected(role, 'write', write.kind, state(phase))) {
          if (!(attempt.status === 200 || code === 'PERF.ALREADY_SUBMITTED')) mismatches.push(`${role} ${write.path}: ${outcome}, want allowed`);
        } else if (!expected(role, 'read', write.kind, state(phase)) && !(role === 'subject' && visible.length > 0 && attempt.status === 404)) {
          if (attempt.status !== 404) mismatches.push(`${role} ${write.path}: ${outcome}, want 404`);
        } else if (!(attempt.status === 403 || attempt.status === 404 || code === 'PERF.WRONG_PHASE')) {
          mismatches.push(`${role} ${write.path}: ${outcome}, want 403/409`);
        }
      }
    }
    assert.deepEqual(mismatches, [], `phase ${phase}`);
  }

  it('self phase', () => checkPhase('self'));

  it('peer phase', async () => {
    await d.advance(cycleId, 'peer');
    await d.respond('arjun', cycleId, 'lena', SELF_ANSWERS, ALL_RATINGS);
    await checkPhase('peer');
    const own = await t.request('GET', `/peer-responses/${await d.requestFor('arjun', cycleId, 'lena')}`, { as: 'arjun' });
    assert.equal(own.status, 200, 'the reviewer reads their own response');
  });

  it('manager phase', async () => {
    await d.advance(cycleId, 'manager');
    await checkPhase('manager');
  });

  it('calibration phase', async () => {
    for (const [subject, manager] of [['lena', 'priya'], ['arjun', 'priya'], ['kenji', 'priya'], ['fatima', 'priya'], ['priya', 'david'], ['ravi', 'david']] as const) {
      await d.submitManagerReview(cycleId, subject, manager);
    }
    await d.advance(cycleId, 'calibration');
    await checkPhase('calibration');
  });

  it('released, before and after the acknowledgement', async () => {
    await d.advance(cycleId, 'released');
    await checkPhase('released');
    expectStatus(await t.request('POST', `${packetPath}/acknowledge`, { as: 'lena', body: { comment: 'Thanks' } }), 200);
    await checkPhase('released');
  });
});
