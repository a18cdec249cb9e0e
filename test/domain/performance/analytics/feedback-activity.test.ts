import assert from 'node:assert/strict';
import { countByMonth, monthsEnding, type FeedbackEvent } from '../../../../src/domain/performance/analytics/feedback-activity.js';

describe('feedback activity by month', () => {
  it('lists the months ending with the current one, across a year boundary', () => {
    assert.deepEqual(monthsEnding(new Date('2027-02-10T08:00:00Z'), 4), ['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('counts each activity in its UTC month, every month listed, outside months ignored', () => {
    const e = (activity: FeedbackEvent['activity'], at: string): FeedbackEvent => ({ personId: 'p', activity, at });
    const counted = countByMonth(
      [e('given', '2026-10-31T23:59:59.000Z'), e('given', '2026-11-01T00:00:00.000Z'), e('received', '2026-11-20T10:00:00.000Z'), e('requestsAnswered', '2026-11-21T10:00:00.000Z'), e('received', '2026-08-01T10:00:00.000Z')],
      ['2026-10', '2026-11', '2026-12'],
    );
    assert.deepEqual(counted.months, [
      { month: '2026-10', given: 1, received: 0, requestsAnswered: 0 },
      { month: '2026-11', given: 1, received: 1, requestsAnswered: 1 },
      { month: '2026-12', given: 0, received: 0, requestsAnswered: 0 },
    ]);
    assert.deepEqual(counted.totals, { given: 2, received: 1, requestsAnswered: 1 });
  });
});
