import assert from 'node:assert/strict';
import { dependencyAlerts } from '../../../../src/domain/okr/insights/dependency-health.js';

describe('insights: dependency health', () => {
  it('lists aligned objectives with at-risk parents, each parent once, never itself', () => {
    const atRisk = new Set(['co', 'eng']);
    const alerts = dependencyAlerts(
      [
        { id: 'co', parents: [] },
        { id: 'eng', parents: ['co', 'co'] },
        { id: 'ann', parents: ['eng', 'sales'] },
        { id: 'bob', parents: ['sales'] },
        { id: 'loop', parents: ['loop'] },
      ],
      (id) => atRisk.has(id) || id === 'loop',
    );
    assert.deepEqual(alerts, [
      { objective: 'eng', atRiskParents: ['co'] },
      { objective: 'ann', atRiskParents: ['eng'] },
    ]);
  });
});
