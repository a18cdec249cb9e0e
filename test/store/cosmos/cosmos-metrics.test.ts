import assert from 'node:assert/strict';
import { CosmosTrace, measured, runWithCosmosTrace } from '../../../src/store/cosmos/cosmos-metrics.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Cosmos trace', () => {
  it('counts parallel calls once in the time spent waiting', () => {
    const trace = new CosmosTrace();
    trace.calls.push({ kind: 'point-read', startedAt: 0, ms: 10 }, { kind: 'point-read', startedAt: 2, ms: 10 }, { kind: 'write', startedAt: 20, ms: 5 });
    assert.equal(trace.totalMs, 17);
  });

  it('records each call of the request it runs in, and nothing outside one', async () => {
    const trace = new CosmosTrace();
    await runWithCosmosTrace(trace, () => Promise.all([measured('point-read', () => wait(5)), measured('single-partition-query', () => wait(5))]));
    await measured('write', () => wait(1));
    assert.deepEqual(trace.calls.map((c) => c.kind).sort(), ['point-read', 'single-partition-query']);
    assert.ok(trace.totalMs < trace.calls.reduce((sum, c) => sum + c.ms, 0));
  });
});
