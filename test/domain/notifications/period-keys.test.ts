import assert from 'node:assert/strict';
import { addDays, formatDate } from '../../../src/domain/notifications/civil-time.js';
import { parseSlot } from '../../../src/domain/notifications/local-slot.js';
import { periodOf, periodStartDate, previousPeriod, slotDay } from '../../../src/domain/notifications/period-keys.js';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('notifications: period keys', () => {
  it('weekly: the ISO week, the same for every day from Monday to Sunday', () => {
    for (let i = 0; i < 7; i++) assert.equal(periodOf('weekly', addDays(d('2026-11-23'), i)).key, '2026-W48');
    assert.equal(periodOf('weekly', d('2026-11-22')).key, '2026-W47');
    assert.equal(periodOf('weekly', d('2027-01-01')).key, '2026-W53');
    assert.equal(periodOf('weekly', d('2024-12-31')).key, '2025-W01');
    const week = periodOf('weekly', d('2026-11-25'));
    assert.equal(formatDate(week.start), '2026-11-23');
    assert.equal(formatDate(week.end), '2026-11-30');
  });

  it('biweekly: fixed pairs of ISO weeks that every server agrees on', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 365 * 3; i++) {
      const date = addDays(d('2025-06-02'), i);
      const period = periodOf('biweekly', date);
      seen.set(period.key, (seen.get(period.key) ?? 0) + 1);
      assert.equal(formatDate(addDays(period.start, 14)), formatDate(period.end));
      assert.ok(formatDate(period.start) <= formatDate(date) && formatDate(date) < formatDate(period.end));
    }
    // Every full pair holds 14 days; only the first and last may be cut.
    const counts = [...seen.values()];
    assert.ok(counts.slice(1, -1).every((c) => c === 14));
    const key = periodOf('biweekly', d('2026-11-23')).key;
    assert.match(key, /^\d{4}-W\d{2}\.\.\d{4}-W\d{2}$/);
    // Two consecutive weeks share a key or follow each other, never more.
    const a = periodOf('biweekly', d('2026-11-23'));
    const b = periodOf('biweekly', d('2026-11-30'));
    const c = periodOf('biweekly', d('2026-12-07'));
    assert.ok((a.key === b.key) !== (b.key === c.key));
  });

  it('biweekly across a 53-week year', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 28; i++) keys.add(periodOf('biweekly', addDays(d('2026-12-14'), i)).key);
    assert.ok(keys.size === 2 || keys.size === 3);
    for (const key of keys) assert.match(key, /^202[67]-W\d{2}\.\.202[67]-W\d{2}$/);
  });

  it('monthly: the calendar month', () => {
    assert.equal(periodOf('monthly', d('2026-11-30')).key, '2026-11');
    assert.equal(periodOf('monthly', d('2026-12-01')).key, '2026-12');
    assert.equal(formatDate(periodOf('monthly', d('2026-12-31')).end), '2027-01-01');
    assert.equal(previousPeriod('monthly', d('2027-01-05')).key, '2026-12');
    assert.equal(previousPeriod('weekly', d('2026-11-23')).key, '2026-W47');
  });

  it('places a slot: its weekday in the (first) week, or the first such weekday of the month', () => {
    const monday = parseSlot('monday', '09:00')!;
    const friday = parseSlot('friday', '15:00')!;
    assert.equal(formatDate(slotDay('weekly', periodOf('weekly', d('2026-11-26')), friday.weekday)), '2026-11-27');
    const pair = periodOf('biweekly', d('2026-11-26'));
    assert.equal(formatDate(slotDay('biweekly', pair, monday.weekday)), formatDate(pair.start));
    assert.equal(formatDate(slotDay('monthly', periodOf('monthly', d('2026-11-15')), monday.weekday)), '2026-11-02');
    assert.equal(formatDate(slotDay('monthly', periodOf('monthly', d('2026-06-15')), monday.weekday)), '2026-06-01');
    assert.equal(formatDate(slotDay('monthly', periodOf('monthly', d('2026-06-15')), 7)), '2026-06-07');
  });

  it('reads back the first day of a period from its key, for storage partitions', () => {
    assert.equal(periodStartDate('2026-W48'), '2026-11-23');
    assert.equal(periodStartDate('2026-W01'), '2025-12-29');
    assert.equal(periodStartDate(periodOf('biweekly', d('2026-11-26')).key), formatDate(periodOf('biweekly', d('2026-11-26')).start));
    assert.equal(periodStartDate('2026-11'), '2026-11-01');
    for (const bad of ['', '2026', '2026-W54', '2026-W00', '2026-13', 'x-W01', '2026-11..2026-12', '2026-W4']) assert.equal(periodStartDate(bad), null, bad);
  });

  it('parses slots and refuses malformed ones', () => {
    assert.deepEqual(parseSlot('monday', '09:00'), { weekday: 1, minuteOfDay: 540 });
    assert.deepEqual(parseSlot('sunday', '23:59'), { weekday: 7, minuteOfDay: 1439 });
    for (const [day, time] of [['Monday', '09:00'], ['monday', '9:00'], ['monday', '24:00'], ['monday', '09:60'], ['someday', '09:00']] as const) {
      assert.equal(parseSlot(day, time), null, `${day} ${time}`);
    }
  });
});
