import assert from 'node:assert/strict';
import { demoReviewPeriod, seedDemoReviewCycle } from '../../../../src/app/performance/demo/demo-review-cycle.js';
import type { PerformanceDeps } from '../../../../src/app/performance/performance-deps.js';
import { advanceReviewCycle } from '../../../../src/app/performance/reviews/advance-review-cycle.js';
import { createReviewCycle } from '../../../../src/app/performance/reviews/create-review-cycle.js';
import { submitManagerReview } from '../../../../src/app/performance/reviews/manager-review-commands.js';
import { recommendCompensation } from '../../../../src/app/performance/reviews/recommend-compensation.js';
import { releaseReview } from '../../../../src/app/performance/reviews/release-review.js';
import { getReviewPacket } from '../../../../src/app/performance/reviews/get-review-packet.js';
import { launchReviewCycle } from '../../../../src/app/performance/reviews/launch-review-cycle.js';
import { listReviewsToWrite } from '../../../../src/app/performance/reviews/list-reviews-to-write.js';
import { savePrivateNotes } from '../../../../src/app/performance/reviews/save-private-notes.js';
import { saveSelfReview } from '../../../../src/app/performance/reviews/self-review-commands.js';
import type { ReviewPacketView } from '../../../../src/app/performance/reviews/review-views.js';
import type { RequestContext } from '../../../../src/app/request-context.js';
import type { Result } from '../../../../src/domain/shared/result.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';
import { cycleBody } from '../../../api/performance/reviews/review-http-kit.js';

function expectCode(result: Result<unknown>, code: string): void {
  assert.equal(result.ok ? 'ok' : result.code, code);
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`${result.code}: ${result.message}`);
  return result.value;
}

describe('review use cases on the real store', () => {
  let t: TestTandem;
  let deps: PerformanceDeps;
  const as = async (key: string): Promise<RequestContext> => ({ actor: (await deps.directory.getPerson(CONTOSO.tenantId, t.person(key)))! });
  before(async () => {
    t = await startTestTandem();
    deps = t.tandem.performance;
  });
  after(() => t.close());

  describe('the demo review cycle', () => {
    it('is in its manager phase with Priya’s and Tom’s teams alive', async () => {
      const period = demoReviewPeriod(t.clock.now());
      const cycle = (await deps.reviews.listCycles(CONTOSO.tenantId)).find((c) => c.name === period.name)!;
      assert.ok(cycle, period.name);
      assert.equal(cycle.phase, 'manager');
      const packetId = (key: string) => `${cycle.id}.${t.person(key)}`;
      const arjun = value(await getReviewPacket(deps, await as('priya'), packetId('arjun')));
      assert.equal(arjun.selfReview!.status, 'submitted');
      assert.equal(arjun.peerFeedback?.mode === 'anonymous' && arjun.peerFeedback.groups[0]!.count, 3);
      assert.ok(arjun.privateNotes!.text.length > 0);
      assert.ok(arjun.okrContext!.totals.objectives > 0);
      assert.equal(arjun.can.editManagerReview, true, 'left for the demo user to write');
      const chloe = value(await getReviewPacket(deps, await as('tom'), packetId('chloe')));
      assert.equal(chloe.managerReview!.status, 'draft');
      assert.deepEqual(chloe.peerFeedback, { mode: 'anonymous', threshold: 3, groups: [] }, 'two answers: below the threshold');
      assert.ok(chloe.nominations!.identitiesHidden);
      const priyaToWrite = value(await listReviewsToWrite(deps, await as('priya')));
      assert.deepEqual(priyaToWrite.items.filter((i) => i.cycleId === cycle.id).map((i) => i.subject.displayName).sort(), ['Arjun Mehta', 'Fatima Zahra', 'Kenji Tanaka', 'Lena Fischer']);
      const tomToWrite = value(await listReviewsToWrite(deps, await as('tom')));
      assert.equal(tomToWrite.items.filter((i) => i.cycleId === cycle.id).length, 5);
    });

    it('is seeded once: seeding again changes nothing', async () => {
      const before = await deps.reviews.listCycles(CONTOSO.tenantId);
      const packetsBefore = await deps.reviews.listPacketsOfSubject(CONTOSO.tenantId, t.person('arjun'));
      await seedDemoReviewCycle(deps);
      assert.deepEqual(await deps.reviews.listCycles(CONTOSO.tenantId), before);
      assert.deepEqual((await deps.reviews.listPacketsOfSubject(CONTOSO.tenantId, t.person('arjun'))).map((p) => p.value), packetsBefore.map((p) => p.value));
    });
  });

  it('finishes a launch that failed half-way when HR launches again', async () => {
    const hannah = await as('hannah');
    const cycle = value(await createReviewCycle(deps, hannah, { ...cycleBody({ name: 'Interrupted launch' }), template: cycleBody().template } as never));
    let failOnce = true;
    const flaky: PerformanceDeps = {
      ...deps,
      reviews: Object.assign(Object.create(Object.getPrototypeOf(deps.reviews)), deps.reviews, {
        replaceCycle: async (...args: Parameters<PerformanceDeps['reviews']['replaceCycle']>) => {
          if (failOnce) {
            failOnce = false;
            return { ok: false as const, code: 'STORE.CONFLICT' as const, message: 'simulated' };
          }
          return deps.reviews.replaceCycle(...args);
        },
      }),
    };
    const first = await launchReviewCycle(flaky, hannah, cycle.id);
    assert.equal(!first.ok && first.code, 'PERF.WRITE_CONTENTION');
    assert.equal((await deps.reviews.getCycle(CONTOSO.tenantId, cycle.id))!.value.phase, 'draft', 'the cycle flips last');
    assert.ok(await deps.reviews.getPacket(CONTOSO.tenantId, `${cycle.id}.${t.person('arjun')}`), 'packets were written first');
    const second = value(await launchReviewCycle(flaky, hannah, cycle.id));
    assert.deepEqual([second.cycle.phase, second.cycle.packetCount, second.created], ['self', 6, 0]);
    const third = value(await launchReviewCycle(deps, hannah, cycle.id));
    assert.deepEqual([third.created, third.cycle.revision], [0, second.cycle.revision], 'a launched cycle is returned as it is');
  });

  it('loses no write when the subject and the manager change the same packet at once', async () => {
    const hannah = await as('hannah');
    const cycle = value(await createReviewCycle(deps, hannah, cycleBody({ name: 'Concurrent writes' }) as never));
    value(await launchReviewCycle(deps, hannah, cycle.id));
    const packetId = `${cycle.id}.${t.person('lena')}`;
    const [lena, priya] = [await as('lena'), await as('priya')];
    const writes: Promise<Result<ReviewPacketView>>[] = [];
    for (let i = 0; i < 4; i++) {
      writes.push(saveSelfReview(deps, lena, packetId, { answers: { 'went-well': `draft ${i}` } }));
      writes.push(savePrivateNotes(deps, priya, packetId, `note ${i}`));
    }
    const results = await Promise.all(writes);
    assert.ok(results.every((r) => r.ok), JSON.stringify(results.filter((r) => !r.ok)));
    const stored = (await deps.reviews.getPacket(CONTOSO.tenantId, packetId))!.value;
    assert.equal(stored.revision, 1 + 8, 'every write landed on top of the one before');
    assert.match(stored.selfReview!.answers['went-well']!, /^draft \d$/);
    assert.match(stored.privateNotes!.text, /^note \d$/);
  });

  it('shows the subject their compensation after release only when the cycle says so', async () => {
    const hannah = await as('hannah');
    const cycle = value(await createReviewCycle(deps, hannah, cycleBody({ name: 'Pay visible', participants: { kind: 'teams', teamIds: ['tm-mobile'] }, compensation: { enabled: true, visibleToSubjectAfterRelease: true } }) as never));
    value(await launchReviewCycle(deps, hannah, cycle.id));
    for (const to of ['peer', 'manager'] as const) value(await advanceReviewCycle(deps, hannah, cycle.id, to));
    const packetId = (key: string) => `${cycle.id}.${t.person(key)}`;
    const review = { ratings: { delivery: 3, collaboration: 3, craft: 3, ownership: 3 }, overallRating: 3 };
    for (const key of ['ben', 'chloe', 'diego', 'sara', 'nina']) value(await submitManagerReview(deps, await as('tom'), packetId(key), review));
    value(await submitManagerReview(deps, await as('david'), packetId('tom'), review));
    value(await recommendCompensation(deps, await as('tom'), packetId('ben'), { meritPercent: 4, promotion: true }));
    value(await advanceReviewCycle(deps, hannah, cycle.id, 'calibration'));
    const before = value(await getReviewPacket(deps, await as('ben'), packetId('ben')));
    assert.ok(!('compensation' in before), 'not before release');
    value(await releaseReview(deps, hannah, packetId('ben')));
    const after = value(await getReviewPacket(deps, await as('ben'), packetId('ben')));
    assert.deepEqual([after.compensation?.meritPercent, after.compensation?.promotion], [4, true]);
    assert.ok(!('compensation' in value(await getReviewPacket(deps, await as('chloe'), packetId('chloe')))), 'Chloe’s is not released');
    expectCode(await recommendCompensation(deps, await as('ben'), packetId('ben'), { meritPercent: 50, promotion: true }), 'PERF.FORBIDDEN');
  });

  it('appends exactly one audit record per operation, naming the use case', async () => {
    const appended: string[] = [];
    const watched: PerformanceDeps = { ...deps, audit: { ...deps.audit, append: async (r) => { appended.push(r.operation); await deps.audit.append(r); } } };
    const cycle = (await deps.reviews.listCycles(CONTOSO.tenantId)).find((c) => c.phase === 'manager')!;
    await getReviewPacket(watched, await as('priya'), `${cycle.id}.${t.person('arjun')}`);
    await getReviewPacket(watched, await as('jonas'), `${cycle.id}.${t.person('arjun')}`);
    assert.deepEqual(appended, ['reviews.get-packet', 'reviews.get-packet'], 'a denied read is audited too');
  });
});
