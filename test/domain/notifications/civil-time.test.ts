import assert from 'node:assert/strict';
import {
  addDays,
  civilFromDays,
  civilMinutes,
  daysFromCivil,
  daysInMonth,
  formatDateTime,
  fromCivilMinutes,
  isoWeek,
  isoWeekday,
  mondayOf,
  mondayOfIsoWeek,
} from '../../../src/domain/notifications/civil-time.js';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('notifications: civil time', () => {
  it('counts days from 1970-01-01 like Date.UTC, for every day from 1899 to 2101', () => {
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      const days = t / 86_400_000;
      assert.equal(daysFromCivil(civil), days);
      assert.deepEqual(civilFromDays(days), civil);
      assert.equal(isoWeekday(civil), ((date.getUTCDay() + 6) % 7) + 1);
    }
  });

  it('knows the weekday of well-known dates', () => {
    assert.equal(isoWeekday(d('1970-01-01')), 4);
    assert.equal(isoWeekday(d('2026-11-23')), 1);
    assert.equal(isoWeekday(d('2026-11-22')), 7);
    assert.equal(isoWeekday(d('2000-02-29')), 2);
  });

  it('numbers ISO weeks across year ends', () => {
    const cases: [string, number, number][] = [
      ['2026-11-23', 2026, 48],
      ['2020-12-31', 2020, 53],
      ['2021-01-03', 2020, 53],
      ['2021-01-04', 2021, 1],
      ['2024-12-30', 2025, 1],
      ['2027-01-01', 2026, 53],
      ['2026-01-01', 2026, 1],
      ['2015-12-31', 2015, 53],
    ];
    for (const [date, weekYear, week] of cases) assert.deepEqual(isoWeek(d(date)), { weekYear, week }, date);
  });

  it('finds the Monday of a date and of an ISO week', () => {
    assert.deepEqual(mondayOf(d('2026-11-29')), d('2026-11-23'));
    assert.deepEqual(mondayOf(d('2026-11-23')), d('2026-11-23'));
    assert.deepEqual(mondayOf(d('2027-01-01')), d('2026-12-28'));
    assert.deepEqual(mondayOfIsoWeek(2026, 48), d('2026-11-23'));
    assert.deepEqual(mondayOfIsoWeek(2021, 1), d('2021-01-04'));
    assert.deepEqual(mondayOfIsoWeek(2020, 53), d('2020-12-28'));
    for (let i = 0; i < 800; i++) {
      const date = addDays(d('2024-01-01'), i);
      const { weekYear, week } = isoWeek(date);
      assert.deepEqual(mondayOfIsoWeek(weekYear, week), mondayOf(date));
    }
  });

  it('knows month lengths, leap years included', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2026, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2026, 12), 31);
    assert.equal(daysInMonth(2026, 4), 30);
  });

  it('puts date-times on one minute line and back', () => {
    const t = { ...d('2026-03-08'), hour: 2, minute: 30 };
    assert.equal(civilMinutes(t) - civilMinutes({ ...t, hour: 1, minute: 59 }), 31);
    assert.deepEqual(fromCivilMinutes(civilMinutes(t)), t);
    assert.equal(formatDateTime(fromCivilMinutes(civilMinutes(t) + 24 * 60)), '2026-03-09T02:30');
    assert.equal(formatDateTime(fromCivilMinutes(-1)), '1969-12-31T23:59');
  });
});
