import { KEY_RESULT_TYPES, UNITS } from '../key-result.js';
import { COMMITMENTS, OBJECTIVE_LEVELS, OBJECTIVE_STATES } from '../objective.js';
import type { SheetColumn } from './table.js';

/**
 * The column layout of an OKR export, and what an import reads. One row per key result; the
 * objective's columns repeat on each of its rows (an objective without key results has one row
 * with the key result columns empty). Export-only columns carry what the quarter produced
 * (progress, confidence, grades, check-ins): an import reads past them, since values change through
 * check-ins and grading, never through a file.
 */
export type ColumnKind = 'ref' | 'text' | 'enum' | 'number' | 'list' | 'lines';

export interface ColumnDef {
  readonly name: ColumnName;
  readonly kind: ColumnKind;
  readonly importable: boolean;
  /** Objective columns repeat on every row of an objective; the others describe one key result. */
  readonly scope: 'objective' | 'key-result';
  readonly width: number;
  readonly about: string;
  readonly values?: readonly string[];
}

export const COLUMN_NAMES = [
  'objective_id',
  'objective_title',
  'objective_description',
  'level',
  'commitment',
  'state',
  'owner_type',
  'owner_id',
  'owner_email',
  'owner_name',
  'teams',
  'contributor_ids',
  'contributor_emails',
  'aligned_to',
  'objective_progress',
  'objective_grade',
  'reflection',
  'key_result_id',
  'key_result_title',
  'kr_owner_id',
  'kr_owner_email',
  'kr_owner_name',
  'weight',
  'metric_type',
  'unit',
  'currency',
  'start',
  'target',
  'direction',
  'threshold',
  'milestones',
  'current',
  'confidence',
  'kr_progress',
  'kr_grade',
  'kr_grade_reason',
  'check_ins',
  'last_check_in',
] as const;
export type ColumnName = (typeof COLUMN_NAMES)[number];

const col = (
  name: ColumnName,
  kind: ColumnKind,
  scope: ColumnDef['scope'],
  importable: boolean,
  width: number,
  about: string,
  values?: readonly string[],
): ColumnDef => ({ name, kind, scope, importable, width, about, ...(values ? { values } : {}) });

export const OWNER_TYPES = ['person', 'team'] as const;
export const DIRECTIONS = ['stay-above', 'stay-below'] as const;

export const COLUMNS: readonly ColumnDef[] = [
  col('objective_id', 'ref', 'objective', true, 34, 'Tandem id of the objective. Keep it to update the objective; leave it empty to create one (rows with the same title, level and owner form one new objective). Any other label groups the rows of a new objective and can be named in aligned_to.'),
  col('objective_title', 'text', 'objective', true, 40, 'The objective (at most 200 characters). Required.'),
  col('objective_description', 'text', 'objective', true, 40, 'Why it matters (at most 4,000 characters).'),
  col('level', 'enum', 'objective', true, 12, 'company, team or individual. Required.', OBJECTIVE_LEVELS),
  col('commitment', 'enum', 'objective', true, 14, 'committed or aspirational (default aspirational).', COMMITMENTS),
  col('state', 'enum', 'objective', true, 10, 'draft, proposed or active for a new objective (default draft). An import never moves an existing objective between states.', OBJECTIVE_STATES),
  col('owner_type', 'enum', 'objective', true, 10, 'person or team (default: team for team objectives, else person).', OWNER_TYPES),
  col('owner_id', 'ref', 'objective', true, 38, 'The owner: a person id or a team id. Give the id, the email, or both (they must name the same person).'),
  col('owner_email', 'text', 'objective', true, 30, 'The owning person\u2019s email.'),
  col('owner_name', 'text', 'objective', false, 24, 'The owner\u2019s name. Read for a team owner when owner_id is empty; otherwise export only.'),
  col('teams', 'list', 'objective', false, 24, 'Boards that show the objective (export only: it follows the owner).'),
  col('contributor_ids', 'list', 'objective', true, 30, 'Contributors\u2019 person ids, separated by semicolons.'),
  col('contributor_emails', 'list', 'objective', true, 30, 'Contributors\u2019 emails, separated by semicolons, in the same order as contributor_ids when both are given.'),
  col('aligned_to', 'list', 'objective', true, 34, 'What the objective aligns to: objective ids or key result ids of the cycle, or objective_id / key_result_id labels of this file, separated by semicolons.'),
  col('objective_progress', 'number', 'objective', false, 10, 'Weighted progress 0\u20131 (export only).'),
  col('objective_grade', 'number', 'objective', false, 10, 'Grade 0\u20131 once closed (export only).'),
  col('reflection', 'text', 'objective', false, 30, 'Reflection written when closing (export only).'),
  col('key_result_id', 'ref', 'key-result', true, 40, 'Tandem id of the key result. Keep it to update it; leave it empty to add one.'),
  col('key_result_title', 'text', 'key-result', true, 40, 'The key result (at most 200 characters).'),
  col('kr_owner_id', 'ref', 'key-result', true, 38, 'The key result owner\u2019s person id (default: the objective\u2019s owner when a person).'),
  col('kr_owner_email', 'text', 'key-result', true, 30, 'The key result owner\u2019s email.'),
  col('kr_owner_name', 'text', 'key-result', false, 24, 'The key result owner\u2019s name (export only).'),
  col('weight', 'number', 'key-result', true, 8, 'Relative weight above 0, at most 100 (default 1).'),
  col('metric_type', 'enum', 'key-result', true, 14, 'increase-to, decrease-to, milestone, binary or guardrail.', KEY_RESULT_TYPES),
  col('unit', 'enum', 'key-result', true, 10, 'number, percent or currency (increase-to, decrease-to, guardrail; default number).', UNITS),
  col('currency', 'text', 'key-result', true, 9, 'Three-letter currency code such as EUR, for unit currency.'),
  col('start', 'number', 'key-result', true, 10, 'Start value (increase-to, decrease-to).'),
  col('target', 'number', 'key-result', true, 10, 'Target value (increase-to, decrease-to).'),
  col('direction', 'enum', 'key-result', true, 12, 'stay-above or stay-below (guardrail).', DIRECTIONS),
  col('threshold', 'number', 'key-result', true, 10, 'Threshold (guardrail).'),
  col('milestones', 'lines', 'key-result', true, 30, 'Milestone steps, one per line (milestone).'),
  col('current', 'number', 'key-result', true, 10, 'Current value: steps done for milestones, 0 or 1 for binary. Imported only for key results without check-ins; after that, values move through check-ins.'),
  col('confidence', 'number', 'key-result', false, 10, 'Latest confidence 0\u201310 (export only).'),
  col('kr_progress', 'number', 'key-result', false, 10, 'Progress 0\u20131 (export only).'),
  col('kr_grade', 'number', 'key-result', false, 10, 'Grade 0\u20131 once graded (export only).'),
  col('kr_grade_reason', 'text', 'key-result', false, 30, 'Why the grade differs from the measured progress (export only).'),
  col('check_ins', 'number', 'key-result', false, 9, 'Number of check-ins (export only).'),
  col('last_check_in', 'text', 'key-result', false, 22, 'Time of the latest check-in, UTC (export only).'),
];

export const COLUMN_BY_NAME: ReadonlyMap<string, ColumnDef> = new Map(COLUMNS.map((c) => [c.name, c]));

/** Columns an import cannot do without. At least one owner column is needed too. */
export const REQUIRED_COLUMNS: readonly ColumnName[] = ['objective_title', 'level'];

/**
 * Header cells are matched leniently: case, surrounding spaces and spaces or hyphens instead of
 * underscores do not matter ("Objective Title" is objective_title).
 */
export const normaliseHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export const sheetColumns = (): SheetColumn[] =>
  COLUMNS.map((c) => ({ name: c.name, numeric: c.kind === 'number', importable: c.importable, width: c.width, about: c.about, ...(c.values ? { values: c.values } : {}) }));
