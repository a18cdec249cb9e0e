import assert from 'node:assert/strict';
import { digestDecision, reminderDecision } from '../../../src/domain/notifications/recipient-eligibility.js';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 86_400_000;

describe('notifications: who gets a reminder or a digest', () => {
  const owner = { pausedUntilMs: null, ownedKeyResults: 2, lastCheckInMs: NOW - 7 * DAY };

  it('reminds an owner of key results who has not checked in for a while', () => {
    assert.deepEqual(reminderDecision(owner, NOW, 3), { send: true });
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: null }, NOW, 3), { send: true });
  });

  it('skips people without key results in an active cycle', () => {
    assert.deepEqual(reminderDecision({ ...owner, ownedKeyResults: 0, lastCheckInMs: null }, NOW, 3), { send: false, reason: 'no-key-results' });
  });

  it('skips people who checked in within the last N days, and only within them', () => {
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: NOW - 2 * DAY }, NOW, 3), { send: false, reason: 'checked-in-recently' });
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: NOW - 3 * DAY + 1 }, NOW, 3), { send: false, reason: 'checked-in-recently' });
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: NOW - 3 * DAY }, NOW, 3), { send: true });
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: NOW - 6 * DAY }, NOW, 7), { send: false, reason: 'checked-in-recently' });
    assert.deepEqual(reminderDecision({ ...owner, lastCheckInMs: NOW - 60_000 }, NOW, 0), { send: true }, '0 days: never skip');
  });

  it('skips paused people until their pause ends', () => {
    assert.deepEqual(reminderDecision({ ...owner, pausedUntilMs: NOW + 1 }, NOW, 3), { send: false, reason: 'paused' });
    assert.deepEqual(reminderDecision({ ...owner, pausedUntilMs: NOW }, NOW, 3), { send: true });
    assert.deepEqual(reminderDecision({ ...owner, pausedUntilMs: NOW - DAY }, NOW, 3), { send: true });
    assert.deepEqual(reminderDecision({ pausedUntilMs: NOW + DAY, ownedKeyResults: 0, lastCheckInMs: null }, NOW, 3), { send: false, reason: 'paused' });
  });

  it('sends a digest to managers with direct reports unless disabled or paused', () => {
    assert.deepEqual(digestDecision({ enabled: true, pausedUntilMs: null, directReports: 3 }, NOW), { send: true });
    assert.deepEqual(digestDecision({ enabled: false, pausedUntilMs: null, directReports: 3 }, NOW), { send: false, reason: 'digest-disabled' });
    assert.deepEqual(digestDecision({ enabled: true, pausedUntilMs: null, directReports: 0 }, NOW), { send: false, reason: 'no-direct-reports' });
    assert.deepEqual(digestDecision({ enabled: true, pausedUntilMs: NOW + DAY, directReports: 3 }, NOW), { send: false, reason: 'paused' });
  });
});
