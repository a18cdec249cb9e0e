import assert from 'node:assert/strict';
import { createNotificationPipeline, type PipelineSettings } from '../../../src/app/notifications/notification-pipeline.js';
import { silentLogger } from '../../../src/app/notifications/ports/pipeline-logger.js';
import { TestClock } from '../../support/test-clock.js';
import { cycle, keyResult, objective, person } from '../../domain/okr/builders.js';
import { FakeComposer, FakeConversations, FakeOkrStore, FakeSettings, InMemoryLedger, InMemoryQueue, ScriptedSender } from './fakes.js';

const T = 'tenant-a';
const SETTINGS: PipelineSettings = { enabled: true, ratePerTenant: 25, ratePerConversation: 7, maxAttempts: 8, workers: 2, tickSeconds: 60, queueName: 'tandem-send' };

function pipelineRig(config: PipelineSettings = SETTINGS) {
  const clock = new TestClock('2026-11-23T08:00:00.000Z'); // Monday 09:00 in Berlin
  const store = new FakeOkrStore();
  const conversations = new FakeConversations();
  const queue = new InMemoryQueue(clock);
  const ledger = new InMemoryLedger();
  const sender = new ScriptedSender(clock);
  store.cycles.push(cycle({ tenantId: T, id: 'cy', state: 'active' }));
  for (const id of ['ana', 'ben', 'cy']) {
    store.people.push(person({ tenantId: T, id, timezone: 'Europe/Berlin', managerId: id === 'ana' ? null : 'ana' }));
    conversations.add(T, id);
    store.objectives.push(objective({ tenantId: T, cycleId: 'cy', id: `cy.o-${id}`, state: 'active', keyResults: [keyResult({ id: `cy.o-${id}.kr01`, ownerId: id })] }));
  }
  const pipeline = createNotificationPipeline({
    queue,
    ledger,
    conversations,
    settings: new FakeSettings(clock),
    composer: new FakeComposer(),
    sender,
    okr: { goals: store.goals, directory: store.directory },
    clock,
    config,
    logger: silentLogger,
    tenants: () => [T],
    tuning: { worker: { idleMinMs: 5, idleMaxMs: 20 } },
  });
  return { clock, queue, ledger, sender, pipeline };
}

const until = async (condition: () => boolean, timeoutMs = 5000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('app: createNotificationPipeline', () => {
  it('start() ticks at once and the workers send what the tick enqueued; stop() ends both', async () => {
    const r = pipelineRig();
    await r.pipeline.start();
    await until(() => r.ledger.sent.size === 3);
    await r.pipeline.stop();
    assert.equal(r.pipeline.workers.length, 2);
    assert.ok(r.pipeline.workers.every((w) => !w.running));
    assert.deepEqual([...r.ledger.sent.keys()].sort(), [`${T}|ana|checkin-reminder|2026-W48`, `${T}|ben|checkin-reminder|2026-W48`, `${T}|cy|checkin-reminder|2026-W48`]);
    assert.equal(r.queue.messages.size, 0);
    // A later tick in the same period enqueues nothing new.
    assert.equal((await r.pipeline.tick()).enqueued, 0);
  });

  it('does nothing on start() when notifications are switched off, but tick() still works', async () => {
    const r = pipelineRig({ ...SETTINGS, enabled: false });
    await r.pipeline.start();
    assert.ok(r.pipeline.workers.every((w) => !w.running));
    const result = await r.pipeline.tick(new Date('2026-11-27T14:00:00Z')); // Friday 15:00 in Berlin
    assert.equal(result.enqueued, 1, 'the digest for ana, who has two reports');
    assert.equal(r.queue.enqueued, 1);
    await r.pipeline.stop();
  });

  it('adds workers that share the rate limiter and can be stopped on their own', async () => {
    const r = pipelineRig({ ...SETTINGS, workers: 1 });
    await r.pipeline.tick();
    const extra = r.pipeline.addWorker();
    await until(() => r.ledger.sent.size === 3);
    assert.equal(r.pipeline.workers.length, 2);
    await extra.stop();
    assert.equal(extra.stats.sent, 3);
    await r.pipeline.stop();
  });
});
