import assert from 'node:assert/strict';
import { seedDemoFeedback } from '../../../../src/app/performance/demo/demo-feedback.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';

describe('the demo feedback seed', function () {
  this.timeout(60_000);
  let t: TestTandem;
  before(async () => {
    t = await startTestTandem();
  });
  after(() => t.close());

  const counts = async () => {
    const repo = t.tandem.performance.feedback;
    const page = { limit: 100 };
    const praise = await repo.listPraise(CONTOSO.tenantId, {}, page);
    const waiting = await repo.listRequestsFor(CONTOSO.tenantId, t.person('priya'), page);
    const aboutFatima = await repo.listFeedbackAbout(CONTOSO.tenantId, t.person('fatima'), {}, page);
    assert.ok(praise.ok && waiting.ok && aboutFatima.ok);
    return { praise: praise.value.items.length, waiting: waiting.value.items.length, aboutFatima: aboutFatima.value.items.length };
  };

  it('seeds once: running it again (a restart) adds nothing', async () => {
    const first = await counts();
    assert.ok(first.praise >= 4 && first.waiting >= 2 && first.aboutFatima >= 1, JSON.stringify(first));
    await seedDemoFeedback(t.tandem.performance);
    assert.deepEqual(await counts(), first);
  });
});
