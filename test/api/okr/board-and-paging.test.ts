import assert from 'node:assert/strict';
import { startTestTandem, type ApiResponse, type TestTandem } from '../../support/tandem-harness.js';

interface CosmosTiming {
  readonly count: number;
  readonly kinds: string[];
}

/** Reads the Cosmos part of Server-Timing: `cosmos;dur=1.2;desc="3 point-read single-partition-query …"`. */
function cosmosTiming(res: ApiResponse): CosmosTiming {
  const header = res.headers.get('server-timing');
  assert.ok(header, 'local test mode sets Server-Timing');
  const match = /cosmos;dur=[\d.]+;desc="(\d+)\s*([^"]*)"/.exec(header);
  assert.ok(match, `unexpected Server-Timing: ${header}`);
  const kinds = match[2]!.split(/\s+/).filter(Boolean);
  assert.equal(kinds.length, Number(match[1]), header);
  return { count: Number(match[1]), kinds };
}

const PLATFORM_BOARD = [
  'Run a platform nobody has to think about',
  'Ship changes to production in minutes, not hours',
  'Database failover becomes boring',
  'Make on-call humane',
  'Pipelines that never make you wait',
  'Preview environments people actually use',
].sort();

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} is not ${expected}`);

/** The board, its filters and paging, the alignment tree and the people lists over HTTP. Read-only. */
describe('API: boards, filters, paging, tree and people', function () {
  this.timeout(30_000);
  let t: TestTandem;
  let active: string;
  let closed: string;
  /** Every objective of the active cycle, in one page. */
  let all: any[];

  /** Follows continuation tokens; returns every page. */
  const pages = async (path: string, as = 'arjun'): Promise<any[][]> => {
    const result: any[][] = [];
    let token: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const sep = path.includes('?') ? '&' : '?';
      const res = await t.request('GET', `${path}${token ? `${sep}continuation=${encodeURIComponent(token)}` : ''}`, { as });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      result.push(res.body.items);
      token = res.body.continuationToken;
      if (!token) return result;
    }
    throw new Error(`paging ${path} does not end`);
  };
  const titles = (items: any[]): string[] => items.map((o) => o.title).sort();

  before(async () => {
    t = await startTestTandem();
    active = await t.cycleId('active');
    closed = await t.cycleId('closed');
    const res = await t.request('GET', `/cycles/${active}/objectives?limit=500`, { as: 'arjun' });
    assert.equal(res.status, 200);
    assert.equal(res.body.continuationToken, undefined);
    all = res.body.items;
  });
  after(() => t.close());

  describe('the team board', () => {
    it("returns only the team's objectives of that cycle, with key results, progress, expected progress and confidence", async () => {
      const res = await t.request('GET', `/cycles/${active}/objectives?team=tm-platform`, { as: 'lena' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const items: any[] = res.body.items;
      assert.deepEqual(titles(items), PLATFORM_BOARD);
      assert.equal(res.body.continuationToken, undefined);
      assert.ok(!items.some((o) => o.title === 'No single point of failure in the data tier'), 'nothing from the closed quarter');

      const cycle = (await t.request('GET', `/cycles/${active}`, { as: 'lena' })).body;
      const start = Date.parse(`${cycle.startDate}T00:00:00Z`);
      const end = Date.parse(`${cycle.endDate}T23:59:59.999Z`);
      const elapsed = (t.clock.now().getTime() - start) / (end - start);
      assert.ok(elapsed > 0.5 && elapsed < 0.65, `the test clock sits mid-quarter (${elapsed})`);

      for (const o of items) {
        assert.equal(o.cycleId, active);
        assert.equal(o.tenantId, items[0].tenantId);
        assert.ok(o.teamIds.includes('tm-platform'));
        assert.ok(o.keyResults.length > 0, `${o.title} has key results`);
        close(o.expectedProgress, elapsed, `${o.title} expectedProgress`);
        // Progress is the weighted mean of the key results' progress.
        const weight = o.keyResults.reduce((s: number, k: any) => s + k.weight, 0);
        close(o.progress, o.keyResults.reduce((s: number, k: any) => s + k.weight * k.progress, 0) / weight, `${o.title} progress`);
        for (const k of o.keyResults) {
          assert.ok(k.progress >= 0 && k.progress <= 1);
          assert.ok(k.id.startsWith(`${o.id}.kr`));
        }
        // Confidence is the lowest key result confidence, shown as a band.
        const known = o.keyResults.map((k: any) => k.confidence).filter((c: number | null) => c !== null);
        if (known.length === 0) {
          assert.equal(o.confidence, null);
          assert.equal(o.confidenceBand, null);
        } else {
          assert.equal(o.confidence, Math.min(...known));
          assert.equal(o.confidenceBand, o.confidence >= 7 ? 'on-track' : o.confidence >= 4 ? 'at-risk' : 'off-track');
        }
        for (const field of ['pk', 'type', 'ownerId', 'participantIds', 'alignedToIds', '_etag', '_rid', '_ts', '_self']) {
          assert.equal(field in o, false, `storage field ${field} leaks`);
        }
      }
      const active0 = items.find((o) => o.title === 'Make on-call humane');
      assert.equal(active0.state, 'active');
      assert.ok(active0.progress > 0, 'seeded check-in history moves progress');
      const draft = items.find((o) => o.title === 'Preview environments people actually use');
      assert.equal(draft.state, 'draft');
      assert.equal(draft.progress, 0);
      assert.equal(draft.confidenceBand, null);
    });

    it('costs at most 3 Cosmos round trips, all point reads or single-partition queries', async () => {
      const res = await t.request('GET', `/cycles/${active}/objectives?team=tm-platform`, { as: 'priya' });
      const timing = cosmosTiming(res);
      assert.ok(timing.count <= 3, `${timing.count} round trips: ${timing.kinds.join(' ')}`);
      for (const kind of timing.kinds) assert.ok(kind === 'point-read' || kind === 'single-partition-query', `round trip of kind ${kind}`);
      assert.equal(timing.kinds.filter((k) => k === 'single-partition-query').length, 1);
    });

    it("the closed quarter's board holds only that quarter's objectives", async () => {
      const res = await t.request('GET', `/cycles/${closed}/objectives?team=tm-platform`, { as: 'lena' });
      assert.equal(res.status, 200);
      assert.deepEqual(titles(res.body.items), ['No single point of failure in the data tier']);
      assert.equal(res.body.items[0].cycleId, closed);
      assert.equal(res.body.items[0].state, 'closed');
      assert.equal(typeof res.body.items[0].grade, 'number');
      assert.notEqual(res.body.items[0].gradeBand, null);
    });

    it('answers 404 for an unknown cycle and 400 for a bad filter', async () => {
      const unknown = await t.request('GET', '/cycles/cyzzzz0000/objectives?team=tm-platform', { as: 'lena' });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'OKR.NOT_FOUND');
      for (const query of ['level=department', 'state=archived', 'confidence=great', 'limit=0', 'limit=501', 'team=bad%20id']) {
        const res = await t.request('GET', `/cycles/${active}/objectives?${query}`, { as: 'lena' });
        assert.equal(res.status, 400, query);
        assert.equal(res.body.error.code, 'API.VALIDATION', query);
      }
    });
  });

  describe('filters', () => {
    it('level', async () => {
      assert.equal(all.length, 20);
      const individual = await t.request('GET', `/cycles/${active}/objectives?level=individual`, { as: 'arjun' });
      assert.equal(individual.body.items.length, 8);
      assert.ok(individual.body.items.every((o: any) => o.level === 'individual'));
      const upper = await t.request('GET', `/cycles/${active}/objectives?level=company,team`, { as: 'arjun' });
      assert.deepEqual(titles(upper.body.items), titles(all.filter((o) => o.level !== 'individual')));
      assert.equal(upper.body.items.filter((o: any) => o.level === 'company').length, 3);
    });

    it('state', async () => {
      const proposed = await t.request('GET', `/cycles/${active}/objectives?state=proposed`, { as: 'arjun' });
      assert.deepEqual(titles(proposed.body.items), ['Pipelines that never make you wait']);
      const open = await t.request('GET', `/cycles/${active}/objectives?state=draft,proposed`, { as: 'arjun' });
      assert.deepEqual(titles(open.body.items), ['Pipelines that never make you wait', 'Preview environments people actually use']);
      const closedState = await t.request('GET', `/cycles/${active}/objectives?state=closed`, { as: 'arjun' });
      assert.deepEqual(closedState.body.items, []);
    });

    it('owner (a person, "me", or a team)', async () => {
      const mine = await t.request('GET', `/cycles/${active}/objectives?owner=me`, { as: 'arjun' });
      assert.deepEqual(titles(mine.body.items), ['Database failover becomes boring']);
      const kenjis = await t.request('GET', `/cycles/${active}/objectives?owner=${t.person('kenji')}`, { as: 'arjun' });
      assert.deepEqual(titles(kenjis.body.items), ['Make on-call humane']);
      const team = await t.request('GET', `/cycles/${active}/objectives?owner=tm-platform`, { as: 'arjun' });
      assert.deepEqual(titles(team.body.items), ['Run a platform nobody has to think about', 'Ship changes to production in minutes, not hours']);
      const nobody = await t.request('GET', `/cycles/${active}/objectives?owner=me`, { as: 'ravi' });
      assert.deepEqual(nobody.body.items, []);
    });

    it('participant=me: owner, contributor or key result owner', async () => {
      const arjun = await t.request('GET', `/cycles/${active}/objectives?participant=me`, { as: 'arjun' });
      assert.deepEqual(titles(arjun.body.items), ['Database failover becomes boring', 'Run a platform nobody has to think about']);
      const ravi = await t.request('GET', `/cycles/${active}/objectives?participant=me`, { as: 'ravi' });
      // Contributor to the platform objective; owns a key result of the engineering one.
      assert.deepEqual(titles(ravi.body.items), ['Make every page feel instant', 'Run a platform nobody has to think about']);
    });

    it('confidence band, alone and combined, across pages', async () => {
      for (const band of ['on-track', 'at-risk', 'off-track']) {
        const expected = all.filter((o) => o.confidenceBand === band);
        const res = await t.request('GET', `/cycles/${active}/objectives?confidence=${band}`, { as: 'arjun' });
        assert.equal(res.status, 200);
        assert.deepEqual(titles(res.body.items), titles(expected), band);
        const paged = (await pages(`/cycles/${active}/objectives?confidence=${band}&limit=2`)).flat();
        assert.deepEqual(titles(paged), titles(expected), `${band}, paged`);
      }
      assert.ok(all.some((o) => o.confidenceBand === 'off-track'), 'the seed has an off-track objective');
      const both = await t.request('GET', `/cycles/${active}/objectives?confidence=at-risk,off-track`, { as: 'arjun' });
      assert.deepEqual(titles(both.body.items), titles(all.filter((o) => o.confidenceBand === 'at-risk' || o.confidenceBand === 'off-track')));
      // Objectives nobody checked in on have no band and match no band filter.
      assert.ok(!both.body.items.some((o: any) => o.confidenceBand === null));
    });

    it('filters combine: team + level + state', async () => {
      const res = await t.request('GET', `/cycles/${active}/objectives?team=tm-platform&level=individual&state=active`, { as: 'arjun' });
      assert.deepEqual(titles(res.body.items), ['Database failover becomes boring', 'Make on-call humane']);
    });
  });

  describe('paging', () => {
    it('limit=2 follows continuation tokens and yields every objective exactly once, in the same order', async () => {
      const result = await pages(`/cycles/${active}/objectives?limit=2`);
      assert.equal(result.length, 10);
      for (const page of result) assert.ok(page.length <= 2 && page.length > 0);
      const ids = result.flat().map((o) => o.id);
      assert.equal(new Set(ids).size, ids.length, 'no objective twice');
      assert.deepEqual(ids, all.map((o) => o.id));
    });

    it('pages a filtered board too', async () => {
      const result = await pages(`/cycles/${active}/objectives?team=tm-platform&limit=4`);
      assert.deepEqual(
        result.map((p) => p.length),
        [4, 2],
      );
      assert.deepEqual(titles(result.flat()), PLATFORM_BOARD);
    });

    it('each page costs one query plus point reads', async () => {
      const first = await t.request('GET', `/cycles/${active}/objectives?limit=2`, { as: 'arjun' });
      const second = await t.request('GET', `/cycles/${active}/objectives?limit=2&continuation=${encodeURIComponent(first.body.continuationToken)}`, { as: 'arjun' });
      assert.equal(second.status, 200);
      for (const res of [first, second]) {
        const timing = cosmosTiming(res);
        assert.ok(timing.count <= 3, timing.kinds.join(' '));
        assert.ok(!timing.kinds.includes('cross-partition-query'));
      }
    });

    it('rejects a garbled continuation token with 400', async () => {
      const res = await t.request('GET', `/cycles/${active}/objectives?limit=2&continuation=not-a-token`, { as: 'arjun' });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'STORE.BAD_CONTINUATION');
    });
  });

  describe('the alignment tree', () => {
    it('nests team objectives under company ones and flags the unaligned team objective', async () => {
      const res = await t.request('GET', `/cycles/${active}/tree?levels=company,team`, { as: 'arjun' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const tree = res.body;
      assert.equal(tree.cycleId, active);
      assert.equal(tree.objectiveCount, 12);
      close(tree.expectedProgress, all[0].expectedProgress, 'tree expectedProgress');

      const byTitle = new Map(all.map((o) => [o.title, o]));
      const nodes = new Map<string, { node: any; parent: any }>();
      const walk = (node: any, parent: any): void => {
        assert.ok(!nodes.has(node.objectiveId), `${node.title} appears once (no seeded objective has two parents)`);
        nodes.set(node.objectiveId, { node, parent });
        assert.notEqual(node.level, 'individual', 'levels=company,team leaves individuals out');
        for (const child of node.children) walk(child, node);
      };
      for (const root of tree.roots) walk(root, null);
      assert.equal(nodes.size, 12);

      const rootTitles = tree.roots.map((r: any) => r.title);
      assert.deepEqual(rootTitles.slice(0, 3).sort(), titles(all.filter((o) => o.level === 'company')));
      const parentOf = (title: string) => nodes.get(byTitle.get(title).id)!.parent?.title ?? null;
      assert.equal(parentOf('Make every page feel instant'), 'Customers love how fast and reliable Contoso is');
      assert.equal(parentOf('Run a platform nobody has to think about'), 'Customers love how fast and reliable Contoso is');
      assert.equal(parentOf('Ship changes to production in minutes, not hours'), 'Make every page feel instant');
      assert.equal(parentOf('Build a pipeline that makes the number predictable'), 'Win the mid-market in Europe and the Americas');
      assert.equal(parentOf('Hire great engineers faster'), 'Build a place where great people do their best work');
      const platformNode = nodes.get(byTitle.get('Run a platform nobody has to think about').id)!.node;
      const customers = byTitle.get('Customers love how fast and reliable Contoso is');
      assert.equal(platformNode.viaKeyResultId, customers.keyResults[2].id);

      const navigation = byTitle.get('Ship the redesigned navigation');
      assert.deepEqual(tree.unalignedIds, [navigation.id]);
      assert.ok(tree.roots.some((r: any) => r.objectiveId === navigation.id), 'the unaligned team objective stands as a root');
      // Roll-up: a parent counts half its own progress and half its children's mean.
      const speed = nodes.get(byTitle.get('Make every page feel instant').id)!.node;
      const childMean = speed.children.reduce((s: number, c: any) => s + c.rolledUpProgress, 0) / speed.children.length;
      close(speed.rolledUpProgress, (speed.progress + childMean) / 2, 'rolled-up progress');
    });

    it('leaves drafts out by default and includes individuals when asked', async () => {
      const res = await t.request('GET', `/cycles/${active}/tree`, { as: 'arjun' });
      assert.equal(res.body.objectiveCount, 19, 'every objective but the one draft');
      const failover = all.find((o) => o.title === 'Database failover becomes boring');
      const flat: any[] = [];
      const walk = (n: any): void => {
        flat.push(n);
        n.children.forEach(walk);
      };
      res.body.roots.forEach(walk);
      const node = flat.find((n) => n.objectiveId === failover.id);
      assert.ok(node);
      assert.equal(node.level, 'individual');
      assert.ok(!flat.some((n) => n.title === 'Preview environments people actually use'));
    });
  });

  describe('people', () => {
    it('lists a tenant\'s people in pages, sorted by name, without other tenants', async () => {
      const result = await pages('/people?limit=5', 'arjun');
      const people = result.flat();
      assert.equal(people.length, 32);
      assert.ok(result.every((p) => p.length <= 5));
      assert.equal(new Set(people.map((p) => p.id)).size, 32);
      const names = people.map((p) => p.displayName);
      assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      assert.equal(new Set(people.map((p) => p.tenantId)).size, 1);
      assert.ok(!names.includes('Grace Hopper'), 'no Fabrikam people');
    });

    it('filters by team and by manager', async () => {
      const team = (await pages('/people?team=tm-platform&limit=2')).flat();
      assert.deepEqual(team.map((p) => p.displayName).sort(), ['Arjun Mehta', 'Fatima Zahra', 'Kenji Tanaka', 'Lena Fischer', 'Priya Nair', 'Ravi Kumar']);
      const reports = await t.request('GET', `/people?manager=${t.person('priya')}`, { as: 'arjun' });
      assert.deepEqual(reports.body.items.map((p: any) => p.displayName), ['Arjun Mehta', 'Fatima Zahra', 'Kenji Tanaka', 'Lena Fischer']);
      const both = await t.request('GET', `/people?team=tm-engineering&manager=${t.person('david')}`, { as: 'arjun' });
      assert.deepEqual(both.body.items.map((p: any) => p.displayName), ['Priya Nair', 'Ravi Kumar', 'Tom Becker']);
      const none = await t.request('GET', '/people?team=tm-nope', { as: 'arjun' });
      assert.deepEqual(none.body.items, []);
    });

    it('/me/reports lists priya\'s four reports, and nobody for arjun', async () => {
      const res = await t.request('GET', '/me/reports', { as: 'priya' });
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.items.map((p: any) => p.displayName), ['Arjun Mehta', 'Fatima Zahra', 'Kenji Tanaka', 'Lena Fischer']);
      assert.ok(res.body.items.every((p: any) => p.managerId === t.person('priya')));
      const paged = (await pages('/me/reports?limit=3', 'priya')).flat();
      assert.equal(paged.length, 4);
      const arjun = await t.request('GET', '/me/reports', { as: 'arjun' });
      assert.deepEqual(arjun.body.items, []);
    });
  });
});
