import assert from 'node:assert/strict';
import { chainReports, chooseScope, reportsByManager } from '../../../../src/domain/okr/insights/insights-scope.js';

describe('insights: who sees whom', () => {
  const lines = [
    { id: 'zed', manager: null },
    { id: 'mona', manager: 'zed' },
    { id: 'ann', manager: 'mona' },
    { id: 'bob', manager: 'mona' },
    { id: 'cat', manager: 'bob' },
    { id: 'xav', manager: 'zed' },
    // A loop in bad directory data must not hang the walk.
    { id: 'l1', manager: 'l2' },
    { id: 'l2', manager: 'l1' },
  ];
  const byManager = reportsByManager(lines);

  it('manager-chain reports are everyone below, not the manager', () => {
    assert.deepEqual([...chainReports(byManager, 'mona')].sort(), ['ann', 'bob', 'cat']);
    assert.deepEqual([...chainReports(byManager, 'bob')], ['cat']);
    assert.deepEqual([...chainReports(byManager, 'ann')], []);
    assert.deepEqual([...chainReports(byManager, 'zed')].sort(), ['ann', 'bob', 'cat', 'mona', 'xav']);
    assert.deepEqual([...chainReports(byManager, 'l1')], ['l2']);
  });

  it('OKR admins see all by default and may narrow to reports; managers see reports only; others nothing', () => {
    const admin = { id: 'zed', roles: ['member', 'okr-admin'] as const };
    const member = { id: 'mona', roles: ['member'] as const };
    assert.equal(chooseScope(admin, true, undefined), 'all');
    assert.equal(chooseScope(admin, false, 'reports'), 'reports');
    assert.equal(chooseScope(member, true, undefined), 'reports');
    assert.equal(chooseScope(member, true, 'all'), null);
    assert.equal(chooseScope(member, false, undefined), null);
    assert.equal(chooseScope({ id: 'hr', roles: ['member', 'hr-admin'] }, false, undefined), null);
  });
});
