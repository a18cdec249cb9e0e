import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { buildExportSheet } from '../../domain/okr/portability/export-rows.js';
import type { TransferFormat } from '../../domain/okr/portability/table.js';
import { canTransferCycle } from '../../domain/okr/portability/transfer-policy.js';
import { participantIds } from '../../domain/okr/objective.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { getCycle } from '../okr/get-cycle.js';
import { forbidden } from '../okr/objective-mutation.js';
import type { RequestContext } from '../request-context.js';
import type { PortabilityDeps } from './portability-deps.js';
import { CONTENT_TYPES } from './table-codec.js';

export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly objectives: number;
}

/** A file name from the cycle's name: "2026 Q1" -> tandem-okrs-2026-q1.csv. */
export function exportFileName(cycleName: string, format: TransferFormat): string {
  const slug = cycleName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `tandem-okrs${slug ? `-${slug}` : ''}.${format}`;
}

/**
 * Every objective of a cycle with its key results as a CSV or XLSX file that imports back to the
 * same OKRs. Four round trips: the cycle, its objectives (one single-partition query), the people
 * they name and the teams.
 */
export async function exportCycle(deps: PortabilityDeps, ctx: RequestContext, cycleId: string, format: TransferFormat): Promise<Result<ExportedFile, OkrErrorCode>> {
  const found = await getCycle(deps, ctx, cycleId);
  if (!found.ok) return found;
  const cycle = found.value.value;
  if (!canTransferCycle(ctx.actor, cycle.tenantId)) return forbidden('Exporting a whole cycle is for OKR admins; everyone can read the OKRs on the board');
  const tenantId = ctx.actor.tenantId;
  const objectives = await deps.goals.listAllObjectives(tenantId, cycle.id, {});
  const personIds = [...new Set(objectives.flatMap((o) => participantIds(o)))];
  const [people, teams] = await Promise.all([deps.directory.getPeople(tenantId, personIds), deps.directory.listTeams(tenantId)]);
  const sheet = buildExportSheet({ cycle, objectives, people, teams, exportedAt: deps.clock.now().toISOString() });
  const data = await deps.files.encode(format, sheet);
  return ok({ fileName: exportFileName(cycle.name, format), contentType: CONTENT_TYPES[format], data, objectives: objectives.length });
}
