import assert from 'node:assert/strict';
import { buildManagerChains, isInManagerChain } from '../../../src/domain/people/org-chart.js';

describe('org chart', () => {
  it('builds manager chains nearest first', () => {
    const result = buildManagerChains([
      { id: 'ceo', managerId: null },
      { id: 'vp', managerId: 'ceo' },
      { id: 'mgr', managerId: 'vp' },
      { id: 'ic', managerId: 'mgr' },
    ]);
    assert.ok(result.ok);
    assert.deepEqual(result.value.get('ic'), ['mgr', 'vp', 'ceo']);
    assert.deepEqual(result.value.get('ceo'), []);
    assert.ok(isInManagerChain({ managerChain: result.value.get('ic')! }, 'vp'));
    assert.ok(!isInManagerChain({ managerChain: result.value.get('vp')! }, 'ic'));
  });

  it('rejects reporting loops and unknown managers with stable codes', () => {
    const loop = buildManagerChains([
      { id: 'a', managerId: 'b' },
      { id: 'b', managerId: 'a' },
    ]);
    assert.equal(loop.ok ? 'ok' : loop.code, 'ORG.MANAGER_CYCLE');
    const unknown = buildManagerChains([{ id: 'a', managerId: 'ghost' }]);
    assert.equal(unknown.ok ? 'ok' : unknown.code, 'ORG.UNKNOWN_MANAGER');
  });
});
