import assert from 'node:assert/strict';
import { COMPENSATION_COLUMNS, compensationRows, neutraliseCell } from '../../../../src/domain/performance/reviews/compensation-export.js';

describe('the compensation export rows', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const risky of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) assert.equal(neutraliseCell(risky), `'${risky}`);
    for (const safe of ['Ann', '3.5', '', 'a=b']) assert.equal(neutraliseCell(safe), safe);
  });

  it('has a header and one row per review, blanks where nothing is known, booleans as yes/no', () => {
    const rows = compensationRows([
      { subjectId: 's1', subjectName: '=cmd()', department: null, managerId: 'm1', managerName: 'Boss', finalRating: 4, finalRatingLabel: 'Exceeds', meritPercent: 3.5, promotion: true, note: '@risky' },
      { subjectId: 's2', subjectName: 'Bea', department: 'Eng', managerId: null, managerName: null, finalRating: null, finalRatingLabel: null, meritPercent: null, promotion: false, note: '' },
    ]);
    assert.deepEqual(rows[0], [...COMPENSATION_COLUMNS]);
    assert.deepEqual(rows[1], ['s1', "'=cmd()", '', 'm1', 'Boss', '4', 'Exceeds', '3.5', 'yes', "'@risky"]);
    assert.deepEqual(rows[2], ['s2', 'Bea', 'Eng', '', '', '', '', '', 'no', '']);
    assert.ok(COMPENSATION_COLUMNS.every((c) => !/okr|grade|objective|key_result/i.test(c)));
  });
});
