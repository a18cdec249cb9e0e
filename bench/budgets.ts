import type { KindResult, RequestKind } from './okr-api-bench.js';
import { KIND_LABELS } from './okr-api-bench.js';

/** One budget line of the issue, judged on one world and request kind. */
export interface BudgetCheck {
  readonly budget: string;
  readonly world: string;
  readonly kind: RequestKind;
  readonly measured: string;
  readonly pass: boolean;
}

const READ_VIEWS: readonly RequestKind[] = ['team-board', 'my-okrs', 'company-tree'];
const BOARD_CALL_KINDS = new Set(['point-read', 'single-partition-query']);
const MAX_BOARD_ROUND_TRIPS = 3;
const MAX_APP_P95_MS = 10;
const SMALL_WORLD_E2E_P95_MS: Partial<Record<RequestKind, number>> = { 'team-board': 50, 'check-in': 50 };

const ms = (n: number): string => `${n.toFixed(1)} ms`;

/**
 * The budgets: read views (boards, and the company tree, the company's board) take at most
 * 3 round trips, all point reads or single-partition queries; our own time p95 <= 10 ms for every
 * request; in the small world team board and check-in p95 <= 50 ms end to end. Every response must
 * also match the generated data.
 */
export function checkBudgets(results: readonly KindResult[], latencyWorlds: ReadonlySet<string>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const r of results) {
    const label = KIND_LABELS[r.kind];
    checks.push({ budget: 'responses match the generated world', world: r.world, kind: r.kind, measured: r.errors === 0 ? `${r.samples} ok` : `${r.errors} wrong: ${r.firstError}`, pass: r.errors === 0 });
    if (READ_VIEWS.includes(r.kind)) {
      const kinds = r.callKinds.filter((k) => !BOARD_CALL_KINDS.has(k));
      checks.push({
        budget: `${label}: <= ${MAX_BOARD_ROUND_TRIPS} round trips, point reads / single-partition queries only`,
        world: r.world,
        kind: r.kind,
        measured: `${r.roundTrips.min}-${r.roundTrips.max} round trips; ${r.callKinds.join(', ')}`,
        pass: r.roundTrips.max <= MAX_BOARD_ROUND_TRIPS && kinds.length === 0,
      });
    }
    // Judged on the overlap-aware own time, which is never below the header's app figure.
    const own = Math.max(r.ownMs.p95, r.appMs.p95);
    checks.push({
      budget: `${label}: own time p95 <= ${MAX_APP_P95_MS} ms`,
      world: r.world,
      kind: r.kind,
      measured: `${ms(own)} (Server-Timing app p95 ${ms(r.appMs.p95)})`,
      pass: own <= MAX_APP_P95_MS,
    });
    const e2eLimit = SMALL_WORLD_E2E_P95_MS[r.kind];
    if (latencyWorlds.has(r.world) && e2eLimit !== undefined) {
      checks.push({ budget: `${label}: end-to-end p95 <= ${e2eLimit} ms`, world: r.world, kind: r.kind, measured: ms(r.e2eMs.p95), pass: r.e2eMs.p95 <= e2eLimit });
    }
  }
  return checks;
}

// ---- OKR insights (bench/insights-bench.ts) ----

/** Issue #8: analytics for a tenant of 5,000 people and 20,000 objectives with p95 <= 300 ms. */
export const INSIGHTS_P95_MS = 300;
const INSIGHTS_MAX_ROUND_TRIPS = 3;

export interface InsightsBudgetCheck {
  readonly budget: string;
  readonly world: string;
  readonly view: string;
  readonly measured: string;
  readonly pass: boolean;
}

/**
 * Every insights endpoint, warm: answers match the generated world, end-to-end p95 <= 300 ms, and
 * at most 3 round trips, all point reads (identity, cycle, the aggregate's head).
 */
export function checkInsightsBudgets(outcomes: readonly import('./insights-bench.js').InsightsBenchOutcome[]): InsightsBudgetCheck[] {
  return outcomes.flatMap((o) =>
    o.results.flatMap((r) => [
      { budget: `insights ${r.view}: responses match the generated world`, world: r.world, view: r.view, measured: r.errors === 0 ? `${r.samples} ok` : `${r.errors} wrong: ${r.firstError}`, pass: r.errors === 0 },
      { budget: `insights ${r.view}: end-to-end p95 <= ${INSIGHTS_P95_MS} ms`, world: r.world, view: r.view, measured: ms(r.e2eMs.p95), pass: r.e2eMs.p95 <= INSIGHTS_P95_MS },
      {
        budget: `insights ${r.view}: <= ${INSIGHTS_MAX_ROUND_TRIPS} round trips, point reads only`,
        world: r.world,
        view: r.view,
        measured: `${r.roundTrips.min}-${r.roundTrips.max} round trips; ${r.callKinds.join(', ')}`,
        pass: r.roundTrips.max <= INSIGHTS_MAX_ROUND_TRIPS && r.callKinds.every((k) => k === 'point-read'),
      },
    ]),
  );
}
