import assert from 'node:assert/strict';
import { seedDemoOneOnOnes } from '../../../../src/app/performance/demo/demo-one-on-ones.js';
import { oneOnOnePair } from '../../../../src/domain/performance/one-on-ones/one-on-one-pair.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';

describe('the demo 1:1s and development plans', function () {
  this.timeout(120_000);
  let t: TestTandem;
  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  /** Everything the seed writes for one pair and one plan, as stored. */
  async function snapshot() {
    const deps = t.tandem.performance;
    const pairs = await Promise.all(
      [['priya', 'arjun'], ['priya', 'lena'], ['priya', 'kenji'], ['priya', 'fatima'], ['david', 'priya']].map(async ([manager, report]) => {
        const pair = oneOnOnePair(CONTOSO.tenantId, t.person(report!), t.person(manager!));
        const meetings = await deps.oneOnOnes.listMeetings(pair);
        const upcoming = meetings.find((m) => m.status === 'upcoming');
        const points = upcoming ? await deps.oneOnOnes.listTalkingPoints(pair, { meetingId: upcoming.id, carriedOverPointIds: [] }) : [];
        return { meetings: meetings.length, statuses: meetings.map((m) => m.status).sort(), points: points.length, items: (await deps.oneOnOnes.listActionItems(pair, '2000-01-01T00:00:00.000Z')).length };
      }),
    );
    const plans = await Promise.all(['arjun', 'lena', 'fatima', 'priya'].map(async (key) => (await deps.developmentPlans.getPlan(CONTOSO.tenantId, t.person(key)))?.value.revision ?? 0));
    const notes = (await deps.developmentPlans.listNotes(CONTOSO.tenantId, t.person('arjun'), 100)).length;
    return { pairs, plans, notes };
  }

  it('seeds a past and an upcoming meeting per pair, with points and action items, and plans for several people', async () => {
    const seeded = await snapshot();
    for (const pair of seeded.pairs) {
      assert.deepEqual(pair.statuses, ['done', 'upcoming']);
      assert.ok(pair.points >= 2 && pair.items >= 1, JSON.stringify(pair));
    }
    assert.ok(seeded.plans.every((revision) => revision > 0));
    assert.ok(seeded.notes >= 2);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await snapshot();
    await seedDemoOneOnOnes(t.tandem.performance);
    assert.deepEqual(await snapshot(), before);
  });
});
