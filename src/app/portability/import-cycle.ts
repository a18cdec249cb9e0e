import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import type { ColumnName } from '../../domain/okr/portability/columns.js';
import { IMPORT_FAILURE, issue, type ImportIssue } from '../../domain/okr/portability/import-issues.js';
import {
  applyDesired,
  planImport,
  writeWaves,
  type ApplyEnv,
  type ImportAction,
  type ImportSummary,
  type KeyResultCounts,
  type PlannedObjective,
} from '../../domain/okr/portability/plan-import.js';
import { readImportTable, type ReadResult } from '../../domain/okr/portability/read-rows.js';
import { MAX_IMPORT_BYTES, type TransferFormat } from '../../domain/okr/portability/table.js';
import { canTransferCycle } from '../../domain/okr/portability/transfer-policy.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import { mapConcurrent } from '../notifications/map-concurrent.js';
import { getCycle } from '../okr/get-cycle.js';
import { forbidden } from '../okr/objective-mutation.js';
import { listAllPeople } from '../people/list-all-people.js';
import type { RequestContext } from '../request-context.js';
import type { PortabilityDeps } from './portability-deps.js';

export interface ImportRequest {
  readonly cycleId: string;
  readonly format: TransferFormat;
  readonly bytes: Uint8Array;
  /** true: only report what the import would do. */
  readonly dryRun: boolean;
}

/** One objective the import creates or changes. */
export interface ImportChange {
  readonly row: number;
  readonly objectiveId: string;
  readonly title: string;
  readonly action: Exclude<ImportAction, 'unchanged'>;
  readonly changedColumns: readonly ColumnName[];
  readonly keyResults: KeyResultCounts;
}

export interface ImportReport {
  readonly cycleId: string;
  readonly format: TransferFormat;
  readonly dryRun: boolean;
  /** Whether the changes were written (never on a dry run, never while errors remain). */
  readonly applied: boolean;
  readonly summary: ImportSummary;
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  readonly changes: readonly ImportChange[];
}

export type ImportFailureCode = OkrErrorCode | (typeof IMPORT_FAILURE)[keyof typeof IMPORT_FAILURE];

/** Objectives written at the same time, within one wave. */
const WRITE_CONCURRENCY = 8;
/** Attempts per objective when someone else changes it while the import writes. */
const MAX_WRITE_ATTEMPTS = 10;

const EMPTY_SUMMARY: ImportSummary = {
  rows: 0,
  objectivesCreated: 0,
  objectivesUpdated: 0,
  objectivesUnchanged: 0,
  keyResultsCreated: 0,
  keyResultsUpdated: 0,
  keyResultsUnchanged: 0,
};

const changeOf = (item: PlannedObjective): ImportChange => ({
  row: item.row,
  objectiveId: item.objective.id,
  title: item.objective.title,
  action: item.action as ImportChange['action'],
  changedColumns: item.changedColumns,
  keyResults: item.keyResults,
});

type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * Writes one planned objective. The plan's target state is absolute (the file's values), so it is
 * applied again to the document as it is now: a concurrent edit is kept where the file does not
 * speak, an objective a previous run already wrote comes out unchanged, and one that exists by now
 * is updated rather than created twice.
 */
async function writeOne(deps: PortabilityDeps, env: ApplyEnv, item: PlannedObjective): Promise<WriteOutcome> {
  const tenantId = env.tenantId;
  if (item.action === 'create') {
    const created = await deps.goals.createObjective(item.objective);
    if (created.ok) return { ok: true };
    // STORE.DUPLICATE: a previous run (or someone else) wrote it meanwhile; update it below.
  }
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const stored = await deps.goals.getObjective(tenantId, item.objective.id);
    const applied = applyDesired(item.desired, stored?.value ?? null, env);
    if (!applied.ok) return { ok: false, issues: applied.issues };
    if (applied.value.action === 'unchanged') return { ok: true };
    const written = stored ? await deps.goals.replaceObjective(applied.value.objective, stored.etag) : await deps.goals.createObjective(applied.value.objective);
    if (written.ok) return { ok: true };
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 5 * (attempt + 1))));
  }
  return { ok: false, issues: [issue(item.row, null, IMPORT_FAILURE.incomplete, 'The objective kept changing while the import wrote it')] };
}

/**
 * Imports a CSV or XLSX file into a cycle: reads and checks every row first, and writes nothing
 * while any error remains. A dry run stops there and reports what would be created and updated.
 *
 * Writes go objective by objective (Cosmos has no transaction across documents, and the local
 * server's batches are not atomic). Ids of new objectives and key results follow from the file, so
 * if a write fails half-way, running the same import again converges: what was written comes out
 * unchanged, the rest is written.
 */
export async function importCycle(deps: PortabilityDeps, ctx: RequestContext, request: ImportRequest): Promise<Result<ImportReport, ImportFailureCode>> {
  const found = await getCycle(deps, ctx, request.cycleId);
  if (!found.ok) return found;
  const cycle = found.value.value;
  if (!canTransferCycle(ctx.actor, cycle.tenantId)) return forbidden('Importing into a cycle is for OKR admins');
  if (request.bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail(IMPORT_FAILURE.tooLarge, `A file has at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { limit: MAX_IMPORT_BYTES });
  }
  const base = { cycleId: cycle.id, format: request.format, dryRun: request.dryRun, applied: false } as const;

  const decoded = await deps.files.decode(request.format, request.bytes);
  const read: ReadResult = decoded.ok ? readImportTable(decoded.table) : { objectives: [], errors: [decoded.issue], warnings: [], rowCount: 0 };
  const tenantId = ctx.actor.tenantId;
  const now = deps.clock.now().toISOString();
  const [existing, people, teams] =
    read.objectives.length === 0
      ? [[], [], []]
      : await Promise.all([deps.goals.listAllObjectives(tenantId, cycle.id, {}), listAllPeople(deps.directory, tenantId), deps.directory.listTeams(tenantId)]);
  const plan = planImport(read, { cycle, actorId: ctx.actor.id, now, existing, people, teams });
  const changing = plan.items.filter((i) => i.action !== 'unchanged');
  const report: ImportReport = {
    ...base,
    summary: read.objectives.length === 0 ? { ...EMPTY_SUMMARY, rows: read.rowCount } : plan.summary,
    errors: plan.errors,
    warnings: plan.warnings,
    changes: changing.map(changeOf),
  };
  if (request.dryRun) return ok(report);
  if (plan.errors.length > 0) {
    return fail(IMPORT_FAILURE.hasErrors, `The file has ${plan.errors.length === 1 ? '1 error' : `${plan.errors.length} errors`}; nothing was imported`, { report });
  }

  const env: ApplyEnv = { tenantId, cycleId: cycle.id, actorId: ctx.actor.id, now };
  const problems: ImportIssue[] = [];
  let written = 0;
  let stopped = false;
  for (const wave of writeWaves(changing)) {
    await mapConcurrent(wave, WRITE_CONCURRENCY, async (item) => {
      if (stopped) return;
      try {
        const outcome = await writeOne(deps, env, item);
        if (outcome.ok) written += 1;
        else {
          problems.push(...outcome.issues);
          stopped = true;
        }
      } catch {
        problems.push(issue(item.row, null, IMPORT_FAILURE.incomplete, 'The store did not accept the write'));
        stopped = true;
      }
    });
    if (stopped) break;
  }
  if (problems.length > 0) {
    return fail(
      IMPORT_FAILURE.incomplete,
      `${written} of ${changing.length} objectives were written before the import stopped. Run the same import again to finish it: what was written comes out unchanged.`,
      { written, total: changing.length, issues: problems, report },
    );
  }
  return ok({ ...report, applied: true });
}
