import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTOSO, demoPersonId } from '../../../src/app/demo/demo-org.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startTandem, type RunningTandem } from '../../../src/server.js';
import { TestClock } from '../../support/test-clock.js';

describe('local runtime: a restart keeps every change', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tandem-restart-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  const start = (): Promise<RunningTandem> =>
    startTandem(loadConfig({ TANDEM_MODE: 'local', PORT: '0', TANDEM_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
      clock: new TestClock(),
      logger: createLogger('silent'),
    });

  const call = async (tandem: RunningTandem, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${tandem.url}/api/v1${path}`, {
      method,
      headers: { 'x-tandem-user': demoPersonId(CONTOSO, 'olivia'), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('restores a new cycle and a new objective after stop and start, and does not seed twice', async () => {
    const first = await start();
    const cycle = await call(first, 'POST', '/cycles', { name: 'Restart test', startDate: '2026-11-01', endDate: '2027-01-31' });
    assert.equal(cycle.status, 201);
    const active = (await call(first, 'GET', '/cycles')).body.items.find((c: any) => c.state === 'active');
    const objectives = (await call(first, 'GET', `/cycles/${active.id}/objectives?participant=me`)).body.items;
    const created = await call(first, 'POST', `/cycles/${active.id}/objectives`, {
      level: 'company',
      owner: { kind: 'person', id: demoPersonId(CONTOSO, 'olivia') },
      title: 'Survive a restart',
      keyResults: [{ title: 'Restarts without loss', ownerId: demoPersonId(CONTOSO, 'olivia'), spec: { type: 'increase-to', start: 0, target: 3, unit: 'number' } }],
    });
    assert.equal(created.status, 201);
    await first.close();
    const snapshot = JSON.parse(await readFile(join(dataDir, 'cosmos-snapshot.json'), 'utf8'));
    assert.equal(snapshot.version, 1);

    const second = await start();
    try {
      const cycles = (await call(second, 'GET', '/cycles')).body.items;
      assert.ok(cycles.some((c: any) => c.id === cycle.body.id && c.name === 'Restart test'));
      assert.equal(cycles.length, 4, 'the seed must not add its cycles again');
      const again = await call(second, 'GET', `/objectives/${created.body.id}`);
      assert.equal(again.status, 200);
      assert.equal(again.body.objective.title, 'Survive a restart');
      const mine = (await call(second, 'GET', `/cycles/${active.id}/objectives?participant=me`)).body.items;
      assert.equal(mine.length, objectives.length + 1);
    } finally {
      await second.close();
    }
  });
});
