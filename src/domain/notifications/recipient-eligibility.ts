/** Why a person gets no check-in reminder this period. */
export type ReminderSkipReason = 'paused' | 'no-key-results' | 'checked-in-recently';
/** Why a manager gets no digest this week. */
export type DigestSkipReason = 'digest-disabled' | 'paused' | 'no-direct-reports';

export type Decision<Reason extends string> = { readonly send: true } | { readonly send: false; readonly reason: Reason };

const DAY_MS = 86_400_000;

export interface ReminderFacts {
  /** No reminders before this instant (ms since the epoch); null when not paused. */
  readonly pausedUntilMs: number | null;
  /** Key results the person owns in objectives of active cycles. */
  readonly ownedKeyResults: number;
  /** The latest check-in on any of those key results (ms since the epoch), or null. */
  readonly lastCheckInMs: number | null;
}

const paused = (pausedUntilMs: number | null, nowMs: number): boolean => pausedUntilMs !== null && pausedUntilMs > nowMs;

/**
 * A check-in reminder goes to an owner of key results in an active cycle who is not paused and
 * did not check in within the last `skipIfCheckedInWithinDays` days (0: never skip).
 */
export function reminderDecision(facts: ReminderFacts, nowMs: number, skipIfCheckedInWithinDays: number): Decision<ReminderSkipReason> {
  if (paused(facts.pausedUntilMs, nowMs)) return { send: false, reason: 'paused' };
  if (facts.ownedKeyResults <= 0) return { send: false, reason: 'no-key-results' };
  if (skipIfCheckedInWithinDays > 0 && facts.lastCheckInMs !== null && facts.lastCheckInMs > nowMs - skipIfCheckedInWithinDays * DAY_MS) {
    return { send: false, reason: 'checked-in-recently' };
  }
  return { send: true };
}

export interface DigestFacts {
  readonly enabled: boolean;
  readonly pausedUntilMs: number | null;
  readonly directReports: number;
}

/** A manager digest goes to every manager with direct reports, unless the tenant turned it off or they are paused. */
export function digestDecision(facts: DigestFacts, nowMs: number): Decision<DigestSkipReason> {
  if (!facts.enabled) return { send: false, reason: 'digest-disabled' };
  if (facts.directReports <= 0) return { send: false, reason: 'no-direct-reports' };
  if (paused(facts.pausedUntilMs, nowMs)) return { send: false, reason: 'paused' };
  return { send: true };
}
