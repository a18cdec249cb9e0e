import { stringify } from 'csv-stringify/sync';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { compensationRows, type CompensationExportFacts } from '../../../domain/performance/reviews/compensation-export.js';
import { labelOf } from '../../../domain/performance/reviews/rating-scale.js';
import { finalRating } from '../../../domain/performance/reviews/review-packet.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { readCycleAsAdmin } from './cycle-access.js';
import { packetContext } from './packet-access.js';
import { loadPeopleRefs } from './people-refs.js';
import { packetsOfCycle } from './release-packets.js';
import type { CompensationExportView } from './review-views.js';

/**
 * HR's compensation CSV for a cycle: one row per review the policy lets HR read compensation of,
 * built from review facts only (no OKR field exists in the row type); cells neutralised against
 * spreadsheet formulas.
 */
export async function exportCompensation(deps: PerformanceDeps, ctx: RequestContext, cycleId: string): Promise<Result<CompensationExportView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'reviews.export-compensation', async (guard) => {
    const found = await readCycleAsAdmin(deps, guard, cycleId);
    if (!found.ok) return found;
    const cycle = found.value.value;
    if (!cycle.compensation.enabled) return fail('PERF.COMPENSATION_DISABLED', 'This review cycle has no compensation recommendations');
    if (cycle.phase === 'draft') return fail('PERF.WRONG_PHASE', 'The cycle is not launched yet', { phase: cycle.phase });
    const readable = [];
    for (const p of await packetsOfCycle(deps, cycle)) {
      const pc = packetContext(cycle, p);
      if (await guard.allows('read', 'compensation', pc.facts, pc.state)) readable.push(p.value);
    }
    const refs = await loadPeopleRefs(deps, cycle.tenantId, readable.flatMap((p) => [p.subjectId, p.snapshot.cycleManagerId]));
    const scale = cycle.template.overallScale;
    const facts: CompensationExportFacts[] = readable
      .map((p) => {
        const rating = finalRating(p);
        return {
          subjectId: p.subjectId,
          subjectName: refs(p.subjectId).displayName,
          department: p.snapshot.department,
          managerId: p.snapshot.cycleManagerId,
          managerName: p.snapshot.cycleManagerId ? refs(p.snapshot.cycleManagerId).displayName : null,
          finalRating: rating,
          finalRatingLabel: labelOf(scale, rating),
          meritPercent: p.compensation?.meritPercent ?? null,
          promotion: p.compensation?.promotion ?? null,
          note: p.compensation?.note ?? '',
        };
      })
      .sort((a, b) => a.subjectName.localeCompare(b.subjectName));
    const rows = compensationRows(facts);
    const slug = cycle.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || cycle.id;
    return ok({ filename: `compensation-${slug}.csv`, contentType: 'text/csv', csv: stringify(rows, { record_delimiter: '\r\n' }), rowCount: facts.length });
  });
}
