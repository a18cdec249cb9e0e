import type { Clock } from '../../src/app/ports/clock.js';

/** A clock tests can set and move; defaults to a Sunday in the middle of a quarter. */
export class TestClock implements Clock {
  private current: Date;
  constructor(start = '2026-11-22T12:00:00.000Z') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
