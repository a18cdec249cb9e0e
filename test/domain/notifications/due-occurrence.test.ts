import assert from 'node:assert/strict';
import { civilMinutes, formatDateTime, fromCivilMinutes, type LocalDateTime } from '../../../src/domain/notifications/civil-time.js';
import { dueOccurrence } from '../../../src/domain/notifications/due-occurrence.js';
import { parseSlot } from '../../../src/domain/notifications/local-slot.js';
import type { ReminderCadence } from '../../../src/domain/notifications/period-keys.js';

const at = (iso: string): LocalDateTime => {
  const [date, time] = iso.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
};
const MONDAY_9 = parseSlot('monday', '09:00')!;

/** Every minute (or every `step` minutes) of a stretch of wall-clock time at which the slot is due, grouped by period. */
function dueMinutes(from: string, days: number, slot = MONDAY_9, cadence: ReminderCadence = 'weekly', catchUp = 60, step = 1): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const start = civilMinutes(at(from));
  for (let m = start; m < start + days * 1440; m += step) {
    const due = dueOccurrence(fromCivilMinutes(m), slot, cadence, catchUp);
    if (due) found.set(due.period, [...(found.get(due.period) ?? []), formatDateTime(fromCivilMinutes(m))]);
  }
  return found;
}

describe('notifications: due occurrence', () => {
  it('is not due before the slot, due at it, and for the catch-up window after it', () => {
    assert.equal(dueOccurrence(at('2026-11-23T08:59'), MONDAY_9, 'weekly'), null);
    assert.deepEqual(dueOccurrence(at('2026-11-23T09:00'), MONDAY_9, 'weekly'), { period: '2026-W48', at: at('2026-11-23T09:00'), lateByMinutes: 0 });
    assert.equal(dueOccurrence(at('2026-11-23T20:59'), MONDAY_9, 'weekly', 720)?.lateByMinutes, 719);
    assert.equal(dueOccurrence(at('2026-11-23T21:00'), MONDAY_9, 'weekly', 720), null);
    assert.equal(dueOccurrence(at('2026-11-24T09:00'), MONDAY_9, 'weekly'), null);
    assert.equal(dueOccurrence(at('2026-11-22T09:00'), MONDAY_9, 'weekly'), null);
  });

  it('weekly: due once a week, in a window of catch-up minutes that starts at the slot', () => {
    const found = dueMinutes('2026-11-16T00:00', 21);
    assert.deepEqual([...found.keys()], ['2026-W47', '2026-W48', '2026-W49']);
    for (const minutes of found.values()) assert.equal(minutes.length, 60);
    assert.equal(found.get('2026-W48')![0], '2026-11-23T09:00');
  });

  it('catches up on a slot late in the period after the period turned (Sunday 23:00, checked Monday 05:00)', () => {
    const sunday = parseSlot('sunday', '23:00')!;
    const due = dueOccurrence(at('2026-11-30T05:00'), sunday, 'weekly', 720);
    assert.deepEqual(due, { period: '2026-W48', at: at('2026-11-29T23:00'), lateByMinutes: 360 });
    assert.equal(dueOccurrence(at('2026-11-30T11:00'), sunday, 'weekly', 720), null);
  });

  it('biweekly: due in the first week of each pair only', () => {
    const found = dueMinutes('2026-11-02T00:00', 56, MONDAY_9, 'biweekly', 30);
    assert.equal(found.size, 4);
    const firstMinutes = [...found.values()].map((m) => m[0]!);
    for (let i = 1; i < firstMinutes.length; i++) {
      assert.equal(civilMinutes(at(firstMinutes[i]!)) - civilMinutes(at(firstMinutes[i - 1]!)), 14 * 1440);
    }
  });

  it('monthly: due on the first given weekday of each month', () => {
    const found = dueMinutes('2026-01-01T00:00', 365, MONDAY_9, 'monthly', 60, 60);
    assert.deepEqual(
      [...found.entries()].map(([period, minutes]) => `${period} ${minutes[0]}`),
      [
        '2026-01 2026-01-05T09:00',
        '2026-02 2026-02-02T09:00',
        '2026-03 2026-03-02T09:00',
        '2026-04 2026-04-06T09:00',
        '2026-05 2026-05-04T09:00',
        '2026-06 2026-06-01T09:00',
        '2026-07 2026-07-06T09:00',
        '2026-08 2026-08-03T09:00',
        '2026-09 2026-09-07T09:00',
        '2026-10 2026-10-05T09:00',
        '2026-11 2026-11-02T09:00',
        '2026-12 2026-12-07T09:00',
      ],
    );
  });

  it('a slot in the hour skipped by daylight saving is due as soon as the wall clock jumps past it', () => {
    // US clocks go from 01:59 to 03:00 on 2026-03-08: the wall clock never shows 02:30.
    const slot = parseSlot('sunday', '02:30')!;
    assert.equal(dueOccurrence(at('2026-03-08T01:59'), slot, 'weekly'), null);
    assert.deepEqual(dueOccurrence(at('2026-03-08T03:00'), slot, 'weekly')?.period, '2026-W10');
  });

  it('a slot in the hour repeated by daylight saving is due in both passes, with one period key', () => {
    const slot = parseSlot('sunday', '01:30')!;
    const first = dueOccurrence(at('2026-11-01T01:30'), slot, 'weekly', 30);
    const second = dueOccurrence(at('2026-11-01T01:30'), slot, 'weekly', 30);
    assert.equal(first?.period, '2026-W44');
    assert.equal(second?.period, first?.period);
  });

  it('handles every weekday slot over a year without gaps or doubles', () => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      const slot = { weekday: weekday as 1, minuteOfDay: 17 * 60 + 45 };
      const found = dueMinutes('2026-01-01T00:00', 364, slot, 'weekly', 45, 45);
      assert.equal(found.size, 52, `weekday ${weekday}`);
    }
  });
});
