import assert from 'node:assert/strict';
import { InsightsSnapshots } from '../../../src/app/insights/insights-snapshots.js';
import { loadInsights } from '../../../src/app/insights/load-insights.js';
import { getParticipation } from '../../../src/app/insights/get-participation.js';
import { TestClock } from '../../support/test-clock.js';
import { CHECK_INS, CYCLE, NOW, OBJECTIVES, PEOPLE, TEAMS } from '../../domain/okr/insights/fixtures.js';
import { FakeInsightsWorld } from './fake-goals.js';

const MINUTE = 60_000;
const tenant = CYCLE.tenantId;
const ctx = (id: string) => ({ actor: PEOPLE.find((p) => p.id === id)! });

describe('insights: the stored aggregate and its freshness', () => {
  let world: FakeInsightsWorld;
  let clock: TestClock;
  let insights: InsightsSnapshots;
  const make = (options: ConstructorParameters<typeof InsightsSnapshots>[1] = { chunkChars: 1000 }) => new InsightsSnapshots(world.deps(clock), options);
  const load = async (s = insights, cycle = world.cycles[0]!) => s.load(tenant, cycle, await s.readHead(tenant, cycle.id));

  beforeEach(() => {
    world = new FakeInsightsWorld([CYCLE], OBJECTIVES, CHECK_INS, PEOPLE, TEAMS);
    clock = new TestClock(NOW.toISOString());
    insights = make();
  });

  it('builds once, stores a head and chunks (the snapshot is larger than a chunk here), then serves it from memory', async () => {
    const first = await load();
    assert.equal(world.rebuilds(), 1);
    const names = world.aggregateNames(tenant, CYCLE.id);
    assert.ok(names.includes('insights'));
    const chunks = names.filter((n) => n.startsWith(`insights.${first.generation}.`));
    assert.ok(chunks.length > 1, `chunks: ${names.join(', ')}`);
    assert.equal(chunks.length, names.length - 1);

    world.calls.length = 0;
    clock.advance(4 * MINUTE);
    const again = await load();
    assert.equal(again.snapshot, first.snapshot, 'the same parsed snapshot');
    // One head read, no chunk reads, no rebuild.
    assert.deepEqual(world.calls, ['getAggregate:insights']);
  });

  it('another instance reads the stored chunks instead of rebuilding', async () => {
    const first = await load();
    const other = make();
    world.calls.length = 0;
    const read = await load(other);
    assert.equal(world.rebuilds(), 0);
    assert.deepEqual(read.snapshot, first.snapshot);
    assert.equal(read.generation, first.generation);
  });

  it('a small snapshot lives inline in the head: one point read', async () => {
    const inline = make({ chunkChars: 10_000_000 });
    await load(inline);
    assert.deepEqual(world.aggregateNames(tenant, CYCLE.id), ['insights']);
    world.calls.length = 0;
    await load(make({ chunkChars: 10_000_000 }));
    assert.deepEqual(world.calls, ['getAggregate:insights']);
  });

  it('after five minutes it answers at once with what it has and rebuilds in the background', async () => {
    const first = await load();
    clock.advance(6 * MINUTE);
    const stale = await load();
    assert.equal(stale.snapshot.builtAt, first.snapshot.builtAt);
    // The background rebuild finishes shortly.
    for (let i = 0; i < 50 && world.rebuilds() < 2; i++) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 50 && (await insights.readHead(tenant, CYCLE.id))?.generation === first.generation; i++) await new Promise((r) => setTimeout(r, 5));
    const fresh = await load();
    assert.equal(world.rebuilds(), 2);
    assert.equal(fresh.snapshot.builtAt, clock.now().toISOString());
    // The replaced generation's chunks are gone.
    assert.ok(!world.aggregateNames(tenant, CYCLE.id).some((n) => n.startsWith(`insights.${first.generation}.`)));
  });

  it('after an hour, or when the cycle moved on (a transition), it rebuilds before answering', async () => {
    await load();
    clock.advance(61 * MINUTE);
    const rebuilt = await load();
    assert.equal(rebuilt.snapshot.builtAt, clock.now().toISOString());
    assert.equal(world.rebuilds(), 2);

    world.cycles = [{ ...CYCLE, state: 'grading', revision: CYCLE.revision + 1 }];
    const afterTransition = await load();
    assert.equal(world.rebuilds(), 3);
    assert.equal(afterTransition.snapshot.cycle.state, 'grading');
  });

  it('concurrent requests share one rebuild', async () => {
    const results = await Promise.all([load(), load(), load()]);
    assert.equal(world.rebuilds(), 1);
    assert.ok(results.every((r) => r.generation === results[0]!.generation));
  });

  it('two instances rebuilding at once: one head wins, the loser leaves no chunks behind', async () => {
    const a = new InsightsSnapshots(world.deps(clock, { unique: () => 'aaa' }), { chunkChars: 1000 });
    const b = new InsightsSnapshots(world.deps(clock, { unique: () => 'bbb' }), { chunkChars: 1000 });
    const [ra, rb] = await Promise.all([load(a), load(b)]);
    assert.equal(world.rebuilds(), 2);
    const head = await a.readHead(tenant, CYCLE.id);
    const winner = head!.generation;
    assert.ok(['aaa', 'bbb'].includes(winner));
    const loser = winner === 'aaa' ? 'bbb' : 'aaa';
    const names = world.aggregateNames(tenant, CYCLE.id);
    assert.ok(!names.some((n) => n.startsWith(`insights.${loser}.`)), names.join(', '));
    assert.equal(names.length, 1 + head!.chunks);
    assert.deepEqual(ra.snapshot.objectives, rb.snapshot.objectives);
  });

  it('a reader holding a replaced head follows the new one', async () => {
    const first = await load();
    const oldHead = (await insights.readHead(tenant, CYCLE.id))!;
    clock.advance(MINUTE);
    const second = await insights.rebuild(tenant, CYCLE);
    const reader = new InsightsSnapshots(world.deps(clock, { unique: () => 'reader' }), { chunkChars: 1000 });
    world.calls.length = 0;
    const loaded = await reader.load(tenant, CYCLE, oldHead);
    assert.notEqual(second.generation, first.generation);
    assert.equal(loaded.generation, second.generation);
    assert.equal(loaded.snapshot.builtAt, clock.now().toISOString());
    assert.equal(world.rebuilds(), 0, 'followed the new head rather than rebuilding');
  });

  it('when the store fails, an older snapshot is served; with none, the use case answers INSIGHTS.UNAVAILABLE', async () => {
    const first = await load();
    world.failReads = true;
    clock.advance(2 * 60 * MINUTE);
    const fallback = await load(make());
    assert.equal(fallback.snapshot.builtAt, first.snapshot.builtAt);

    const empty = new FakeInsightsWorld([CYCLE], OBJECTIVES, CHECK_INS, PEOPLE, TEAMS);
    empty.failReads = true;
    const broken = new InsightsSnapshots(empty.deps(clock));
    const result = await loadInsights(broken, ctx('zed'), CYCLE.id, {});
    assert.equal(result.ok ? 'ok' : result.code, 'INSIGHTS.UNAVAILABLE');
  });

  it('a write whose connection drops is tried again; one whose answer is lost counts as done', async () => {
    world.failWrites = { count: 2, after: false };
    const first = await load();
    assert.equal((await insights.readHead(tenant, CYCLE.id))?.generation, first.generation);
    // Every chunk and the head landed once; the retries found the head and the chunks in place.
    clock.advance(61 * MINUTE);
    world.failWrites = { count: 100, after: true };
    const second = await load();
    world.failWrites = { count: 0, after: false };
    const head = await insights.readHead(tenant, CYCLE.id);
    assert.equal(head?.generation, second.generation);
    const stored = await load(make());
    assert.deepEqual(stored.snapshot, second.snapshot);
  });

  it('when the store will not take the aggregate, the built one is served from memory, not rebuilt per request', async () => {
    world.failWrites = { count: 1000, after: false };
    const first = await load();
    assert.equal(await insights.readHead(tenant, CYCLE.id), null);
    assert.deepEqual(world.aggregateNames(tenant, CYCLE.id), []);
    clock.advance(MINUTE);
    const again = await load();
    assert.equal(again, first);
    assert.equal(world.rebuilds(), 1);
  });

  it('unknown and malformed cycle ids are OKR.NOT_FOUND; a malformed one reads nothing', async () => {
    const unknown = await loadInsights(insights, ctx('zed'), 'cynosuchcycle', {});
    assert.equal(unknown.ok ? 'ok' : unknown.code, 'OKR.NOT_FOUND');
    world.calls.length = 0;
    const malformed = await loadInsights(insights, ctx('zed'), '../etc', {});
    assert.equal(malformed.ok ? 'ok' : malformed.code, 'OKR.NOT_FOUND');
    assert.deepEqual(world.calls, []);
  });

  it('a use case answers with the freshness of its data and the viewer\'s scope', async () => {
    const result = await getParticipation(insights, ctx('mona'), CYCLE.id, {});
    assert.ok(result.ok);
    assert.equal(result.value.builtAt, NOW.toISOString());
    assert.equal(result.value.refreshAfter, new Date(NOW.getTime() + 5 * MINUTE).toISOString());
    assert.deepEqual(result.value.scope, { kind: 'reports', team: null, people: 3, canSeeAll: false });
    assert.deepEqual(result.value.cycle, { id: CYCLE.id, name: CYCLE.name, state: 'active', startDate: CYCLE.startDate, endDate: CYCLE.endDate });
    const member = await getParticipation(insights, ctx('ann'), CYCLE.id, {});
    assert.equal(member.ok ? 'ok' : member.code, 'INSIGHTS.FORBIDDEN');
  });
});
