import type { Person } from '../../people/person.js';
import type { Team } from '../../people/team.js';
import type { Cycle } from '../cycle.js';
import { keyResultProgress, type KeyResult, type KeyResultSpec } from '../key-result.js';
import { OBJECTIVE_LEVELS, type Objective } from '../objective.js';
import { objectiveProgress } from '../progress.js';
import { neutralise } from './cell-safety.js';
import { COLUMNS, sheetColumns, type ColumnName } from './columns.js';
import type { ExportSheet } from './table.js';

export interface ExportInput {
  readonly cycle: Cycle;
  readonly objectives: readonly Objective[];
  /** Everyone the objectives name (owners, contributors); unknown ids are exported without an email. */
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly exportedAt: string;
}

type Row = Partial<Record<ColumnName, string | number | null>>;

const LIST_SEPARATOR = '; ';
const round = (n: number, digits = 4): number => Math.round(n * 10 ** digits) / 10 ** digits;

function specCells(spec: KeyResultSpec): Row {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return { metric_type: spec.type, unit: spec.unit, currency: spec.currency ?? null, start: spec.start, target: spec.target };
    case 'guardrail':
      return { metric_type: spec.type, unit: spec.unit, currency: spec.currency ?? null, direction: spec.direction, threshold: spec.threshold };
    case 'milestone':
      return { metric_type: spec.type, milestones: spec.steps.join('\n') };
    case 'binary':
      return { metric_type: spec.type };
  }
}

/** Company objectives first, then team, then individual; within a level in the order they were created. */
export function exportOrder(objectives: readonly Objective[]): Objective[] {
  const level = (o: Objective) => OBJECTIVE_LEVELS.indexOf(o.level);
  return [...objectives].sort((a, b) => level(a) - level(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A cycle's objectives as export rows: one per key result, text neutralised, numbers as numbers. */
export function buildExportSheet(input: ExportInput): ExportSheet {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const email = (id: string) => people.get(id)?.email ?? null;
  const name = (id: string) => people.get(id)?.displayName ?? null;

  const rows: (string | number | null)[][] = [];
  for (const objective of exportOrder(input.objectives)) {
    const owner = objective.owner;
    const objectiveCells: Row = {
      objective_id: objective.id,
      objective_title: objective.title,
      objective_description: objective.description,
      level: objective.level,
      commitment: objective.commitment,
      state: objective.state,
      owner_type: owner.kind,
      owner_id: owner.id,
      owner_email: owner.kind === 'person' ? email(owner.id) : null,
      owner_name: owner.kind === 'person' ? name(owner.id) : (teams.get(owner.id)?.name ?? null),
      teams: objective.teamIds.map((id) => teams.get(id)?.name ?? id).join(LIST_SEPARATOR),
      contributor_ids: objective.contributorIds.join(LIST_SEPARATOR),
      contributor_emails: objective.contributorIds.every((id) => email(id) !== null) ? objective.contributorIds.map((id) => email(id)!).join(LIST_SEPARATOR) : null,
      aligned_to: objective.alignments.map((a) => a.keyResultId ?? a.objectiveId).join(LIST_SEPARATOR),
      objective_progress: round(objectiveProgress(objective.keyResults)),
      objective_grade: objective.grade,
      reflection: objective.reflection,
    };
    const keyResultRows: Row[] = objective.keyResults.map((kr: KeyResult) => ({
      key_result_id: kr.id,
      key_result_title: kr.title,
      kr_owner_id: kr.ownerId,
      kr_owner_email: email(kr.ownerId),
      kr_owner_name: name(kr.ownerId),
      weight: kr.weight,
      ...specCells(kr.spec),
      current: kr.current,
      confidence: kr.confidence,
      kr_progress: round(keyResultProgress(kr.spec, kr.current)),
      kr_grade: kr.grade?.value ?? null,
      kr_grade_reason: kr.grade?.reason ?? null,
      check_ins: kr.checkInCount,
      last_check_in: kr.lastCheckIn?.at ?? null,
    }));
    for (const krCells of keyResultRows.length > 0 ? keyResultRows : [{}]) {
      const row: Row = { ...objectiveCells, ...krCells };
      rows.push(
        COLUMNS.map((c) => {
          const value = row[c.name] ?? null;
          if (value === null) return null;
          if (c.kind === 'number') return typeof value === 'number' ? value : null;
          return neutralise(String(value));
        }),
      );
    }
  }
  return {
    sheetName: 'OKRs',
    columns: sheetColumns(),
    rows,
    about: [
      `Tandem OKR export of ${input.cycle.name} (${input.cycle.startDate} to ${input.cycle.endDate}), cycle ${input.cycle.id}, ${input.objectives.length} objectives, exported ${input.exportedAt}.`,
      'One row per key result; the objective columns repeat on each of its rows. An objective without key results has one row.',
      'Import the file into a cycle to update objectives by their objective_id and add new ones. An import never deletes, never changes states, grades or check-ins.',
      'Text that starts with = + - @ or a quote is written with a leading quote so no spreadsheet runs it as a formula; the import removes that quote again.',
    ],
  };
}
