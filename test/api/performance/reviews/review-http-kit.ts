import assert from 'node:assert/strict';
import type { ApiResponse, TestTandem } from '../../../support/tandem-harness.js';
import { DEMO_REVIEW_TEMPLATE } from '../../../../src/app/performance/demo/demo-review-cycle.js';
import type { ReviewPacketView } from '../../../../src/app/performance/reviews/review-views.js';

/** A create-cycle body for the test clock's year (2026-11-22), with the demo template. */
export const cycleBody = (overrides: Record<string, unknown> = {}) => ({
  name: `Test review ${Math.random().toString(36).slice(2, 8)}`,
  type: 'annual',
  periodStart: '2026-07-01',
  periodEnd: '2026-12-31',
  participants: { kind: 'teams', teamIds: ['tm-platform'] },
  template: DEMO_REVIEW_TEMPLATE,
  deadlines: { self: '2026-11-30', peer: '2026-12-07', manager: '2026-12-14', calibration: '2026-12-21' },
  anonymity: { mode: 'anonymous', threshold: 3 },
  compensation: { enabled: true, visibleToSubjectAfterRelease: false },
  ...overrides,
});

export const ALL_RATINGS = { delivery: 4, collaboration: 3, craft: 4, ownership: 5 };
export const SELF_ANSWERS = { 'went-well': 'Shipped the new build pipeline', improve: 'Delegate more' };

export function expectStatus<T>(response: ApiResponse<T>, status: number, what = ''): T {
  assert.equal(response.status, status, `${what} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export function expectError(response: ApiResponse, status: number, code: string, what = ''): void {
  assert.equal(response.status, status, `${what} → ${response.status} ${JSON.stringify(response.body)}`);
  assert.equal((response.body as { error?: { code?: string } }).error?.code, code, `${what}: ${JSON.stringify(response.body)}`);
}

export class ReviewDriver {
  constructor(readonly t: TestTandem) {}

  async createCycle(overrides: Record<string, unknown> = {}, as = 'hannah'): Promise<string> {
    return expectStatus(await this.t.request<{ id: string }>('POST', '/review-cycles', { as, body: cycleBody(overrides) }), 201, 'create cycle').id;
  }

  async launch(cycleId: string): Promise<{ created: number; skippedWithoutManager: number }> {
    return expectStatus(await this.t.request('POST', `/review-cycles/${cycleId}/launch`, { as: 'hannah' }), 200, 'launch');
  }

  async advance(cycleId: string, to: string): Promise<void> {
    expectStatus(await this.t.request('POST', `/review-cycles/${cycleId}/advance`, { as: 'hannah', body: { to } }), 200, `advance to ${to}`);
  }

  /** Creates and launches a cycle. */
  async launched(overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await this.createCycle(overrides);
    await this.launch(id);
    return id;
  }

  packetId(cycleId: string, key: string): string {
    return `${cycleId}.${this.t.person(key)}`;
  }

  async packet(cycleId: string, subject: string, as: string): Promise<ReviewPacketView> {
    return expectStatus(await this.t.request<ReviewPacketView>('GET', `/review-packets/${this.packetId(cycleId, subject)}`, { as }), 200, `packet of ${subject} as ${as}`);
  }

  async nominateAndApprove(cycleId: string, subject: string, manager: string, nominees: string[], relation: 'peer' | 'upward' = 'peer'): Promise<void> {
    const path = `/review-packets/${this.packetId(cycleId, subject)}`;
    for (const nominee of nominees) {
      const view = expectStatus(await this.t.request<ReviewPacketView>('POST', `${path}/nominations`, { as: subject, body: { nomineeId: this.t.person(nominee), relation } }), 201, `nominate ${nominee}`);
      const nomination = view.nominations!.items.find((n) => n.nominee.id === this.t.person(nominee))!;
      expectStatus(await this.t.request('POST', `${path}/nominations/${nomination.id}/decision`, { as: manager, body: { decision: 'approve' } }), 200, `approve ${nominee}`);
    }
  }

  async requestFor(reviewer: string, cycleId: string, subject: string): Promise<string> {
    const list = expectStatus(await this.t.request<{ items: { id: string; cycleId: string; subject: { id: string } }[] }>('GET', '/reviews/peer-requests', { as: reviewer }), 200);
    const found = list.items.find((r) => r.cycleId === cycleId && r.subject.id === this.t.person(subject));
    assert.ok(found, `${reviewer} has a request about ${subject}`);
    return found.id;
  }

  async respond(reviewer: string, cycleId: string, subject: string, answers: Record<string, string>, ratings: Record<string, number>): Promise<void> {
    const id = await this.requestFor(reviewer, cycleId, subject);
    expectStatus(await this.t.request('POST', `/peer-responses/${id}/submit`, { as: reviewer, body: { answers, ratings } }), 200, `${reviewer} responds`);
  }

  async submitManagerReview(cycleId: string, subject: string, manager: string, overallRating = 4): Promise<ReviewPacketView> {
    return expectStatus(
      await this.t.request<ReviewPacketView>('POST', `/review-packets/${this.packetId(cycleId, subject)}/manager-review/submit`, {
        as: manager,
        body: { ratings: ALL_RATINGS, comments: { delivery: 'Reliable' }, summary: 'A good half', overallRating },
      }),
      200,
      `manager review of ${subject}`,
    );
  }
}
