import { KEY_RESULT_TYPES, MAX_MILESTONE_STEPS, MAX_TITLE_LENGTH, UNITS, type KeyResultSpec, type KeyResultType, type Unit } from '../key-result.js';
import { COMMITMENTS, OBJECTIVE_LEVELS, OBJECTIVE_STATES, type Commitment, type ObjectiveLevel, type ObjectiveState } from '../objective.js';
import { restore } from './cell-safety.js';
import { COLUMN_BY_NAME, COLUMNS, DIRECTIONS, normaliseHeader, OWNER_TYPES, REQUIRED_COLUMNS, type ColumnName } from './columns.js';
import { IMPORT_ERROR, IMPORT_WARNING, issue, type ImportIssue } from './import-issues.js';
import { MAX_CELL_LENGTH, MAX_IMPORT_ROWS, type CellValue, type Table, type TableRow } from './table.js';

/**
 * Reads an import table into objectives with their key results: checks the header, converts every
 * cell to its column's type, groups rows into objectives and builds key result specs. Pure; ids,
 * people and alignment are resolved against the cycle afterwards (plan-import.ts).
 *
 * Convention for optional values: `undefined` means the column is not in the file (keep what is
 * stored), `null` or an empty list means the cell is empty.
 */

export const MAX_DESCRIPTION_LENGTH = 4000;
export const MAX_CONTRIBUTORS = 50;
export const MAX_ALIGNMENTS = 10;
export const MAX_STEP_LENGTH = 200;
const REF = /^[A-Za-z0-9._-]{1,128}$/;
const CURRENCY = /^[A-Z]{3}$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type OwnerType = (typeof OWNER_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];

export interface ParsedKeyResult {
  readonly row: number;
  /** The key_result_id cell: a Tandem id or a label; null for a new key result. */
  readonly ref: string | null;
  readonly title: string;
  readonly ownerId: string | null;
  readonly ownerEmail: string | null;
  /** null: keep the stored weight (default 1 for a new key result). */
  readonly weight: number | null;
  /** null when the row's metric columns are not usable (the problem is reported). */
  readonly spec: KeyResultSpec | null;
  /** null: keep the stored value (the start value for a new key result). */
  readonly current: number | null;
}

export interface ParsedObjective {
  /** The first row of the objective. */
  readonly row: number;
  /** The objective_id cell: a Tandem id or a label; null for a new objective grouped by title, level and owner. */
  readonly ref: string | null;
  /** What groups the rows of this objective; also what a new objective's id is derived from. */
  readonly groupKey: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly level: ObjectiveLevel | null;
  readonly commitment: Commitment | undefined;
  readonly state: ObjectiveState | undefined;
  readonly ownerType: OwnerType | null;
  readonly ownerId: string | null;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly contributorIds: readonly string[] | undefined;
  readonly contributorEmails: readonly string[] | undefined;
  readonly alignedTo: readonly string[] | undefined;
  readonly keyResults: readonly ParsedKeyResult[];
}

export interface ReadResult {
  readonly objectives: readonly ParsedObjective[];
  readonly errors: readonly ImportIssue[];
  readonly warnings: readonly ImportIssue[];
  /** Data rows that held anything. */
  readonly rowCount: number;
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const isFormula = (value: CellValue | undefined): value is { formula: string } => typeof value === 'object' && value !== null;

const OBJECTIVE_COLUMNS = COLUMNS.filter((c) => c.scope === 'objective' && c.importable).map((c) => c.name);
const KEY_RESULT_COLUMNS = COLUMNS.filter((c) => c.scope === 'key-result' && c.importable).map((c) => c.name);
const OWNER_COLUMNS: readonly ColumnName[] = ['owner_id', 'owner_email', 'owner_name'];

interface HeaderMap {
  readonly index: ReadonlyMap<ColumnName, number>;
  /** Positions of columns that are not ours and hold data. */
  readonly unknown: ReadonlyMap<number, string>;
}

function readHeader(table: Table, errors: ImportIssue[]): HeaderMap | null {
  const index = new Map<ColumnName, number>();
  const unknown = new Map<number, string>();
  table.header.forEach((raw, position) => {
    const name = normaliseHeader(raw);
    const shown = raw.trim() || `column ${position + 1}`;
    if (name === '') {
      // An unnamed column is fine as long as it is empty (spreadsheets leave such columns behind).
      if (table.rows.some((r) => !isBlank(r.cells[position]))) {
        errors.push(issue(1, shown, IMPORT_ERROR.unknownColumn, `Column ${position + 1} has values but no name in the header row`));
        unknown.set(position, shown);
      }
      return;
    }
    const def = COLUMN_BY_NAME.get(name);
    if (!def) {
      errors.push(issue(1, shown, IMPORT_ERROR.unknownColumn, `"${shown}" is not a column of a Tandem OKR file`));
      unknown.set(position, shown);
      return;
    }
    if (index.has(def.name)) {
      errors.push(issue(1, def.name, IMPORT_ERROR.duplicateColumn, `The column ${def.name} appears more than once`));
      return;
    }
    index.set(def.name, position);
  });
  let usable = !errors.some((e) => e.code === IMPORT_ERROR.duplicateColumn);
  for (const name of REQUIRED_COLUMNS) {
    if (!index.has(name)) {
      errors.push(issue(1, name, IMPORT_ERROR.missingColumn, `The file needs a column ${name}`));
      usable = false;
    }
  }
  if (!OWNER_COLUMNS.some((c) => index.has(c))) {
    errors.push(issue(1, 'owner_id', IMPORT_ERROR.missingColumn, 'The file needs an owner column: owner_id, owner_email or both'));
    usable = false;
  }
  const hasKeyResults = KEY_RESULT_COLUMNS.some((c) => index.has(c));
  if (hasKeyResults) {
    for (const name of ['key_result_title', 'metric_type'] as const) {
      if (!index.has(name)) {
        errors.push(issue(1, name, IMPORT_ERROR.missingColumn, `Key result columns need a column ${name}`));
        usable = false;
      }
    }
  }
  return usable ? { index, unknown } : null;
}

/** One row's cells by column, converting and reporting as it goes. */
class RowReader {
  constructor(
    private readonly row: TableRow,
    private readonly header: HeaderMap,
    private readonly errors: ImportIssue[],
    private readonly warnings: ImportIssue[],
  ) {}

  get rowNumber(): number {
    return this.row.number;
  }

  has(name: ColumnName): boolean {
    return this.header.index.has(name);
  }

  raw(name: ColumnName): CellValue | undefined {
    const position = this.header.index.get(name);
    return position === undefined ? undefined : (this.row.cells[position] ?? null);
  }

  blank(name: ColumnName): boolean {
    return isBlank(this.raw(name));
  }

  error(name: ColumnName | null, code: string, message: string): null {
    this.errors.push(issue(this.row.number, name, code, message));
    return null;
  }

  warn(name: ColumnName | null, code: string, message: string): void {
    this.warnings.push(issue(this.row.number, name, code, message));
  }

  /** The cell as text with the export's neutralising quote removed; null when empty or unusable. */
  text(name: ColumnName, { trim = true, max }: { trim?: boolean; max?: number } = {}): string | null {
    const value = this.raw(name);
    if (isBlank(value)) return null;
    if (isFormula(value)) return this.error(name, IMPORT_ERROR.formulaCell, 'This cell holds a formula; Tandem imports values only. Paste the values instead of the formula');
    const asText = typeof value === 'string' ? restore(value) : String(value);
    const text = trim ? asText.trim() : asText;
    if (text.length > MAX_CELL_LENGTH) return this.error(name, IMPORT_ERROR.tooLong, `At most ${MAX_CELL_LENGTH} characters in a cell`);
    if (max !== undefined && text.length > max) return this.error(name, IMPORT_ERROR.tooLong, `At most ${max} characters (this has ${text.length})`);
    return text === '' ? null : text;
  }

  /** Untrimmed text, '' for an empty cell; undefined when the column is absent. */
  longText(name: ColumnName, max: number): string | undefined {
    if (!this.has(name)) return undefined;
    return this.text(name, { trim: false, max }) ?? '';
  }

  ref(name: ColumnName): string | null {
    const text = this.text(name);
    if (text === null) return null;
    if (!REF.test(text)) return this.error(name, IMPORT_ERROR.badId, `"${text}" is not a usable id: letters, digits, dots, hyphens and underscores only`);
    return text;
  }

  choice<T extends string>(name: ColumnName, values: readonly T[]): T | null {
    const text = this.text(name);
    if (text === null) return null;
    const wanted = text.toLowerCase();
    const found = values.find((v) => v === wanted);
    if (!found) return this.error(name, IMPORT_ERROR.badValue, `"${text}" is not one of ${values.join(', ')}`);
    return found;
  }

  number(name: ColumnName): number | null {
    const value = this.raw(name);
    if (isBlank(value)) return null;
    if (isFormula(value)) return this.error(name, IMPORT_ERROR.formulaCell, 'This cell holds a formula; Tandem imports values only. Paste the values instead of the formula');
    if (typeof value === 'number') return Number.isFinite(value) ? value : this.error(name, IMPORT_ERROR.badNumber, 'Not a finite number');
    if (typeof value === 'boolean') return this.error(name, IMPORT_ERROR.badNumber, `Expected a number, found ${String(value)}`);
    const text = restore(String(value)).trim();
    if (!NUMBER.test(text)) return this.error(name, IMPORT_ERROR.badNumber, `"${text.slice(0, 40)}" is not a number: write it plainly, such as 1234.5 or -3`);
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : this.error(name, IMPORT_ERROR.badNumber, `"${text.slice(0, 40)}" is too large`);
  }

  /** Semicolon (or comma, space, line) separated values; undefined when the column is absent. */
  list(name: ColumnName): string[] | undefined {
    if (!this.has(name)) return undefined;
    const text = this.text(name);
    return text === null ? [] : text.split(/[;,\s]+/).filter((s) => s !== '');
  }

  /** Canonical text of an objective cell, for comparing the rows of one objective; null when empty. */
  canonical(name: ColumnName): string | null {
    const value = this.raw(name);
    if (isBlank(value)) return null;
    if (isFormula(value)) return `=${value.formula}`;
    const text = typeof value === 'string' ? restore(value) : String(value);
    return name === 'objective_description' ? text : text.trim().toLowerCase();
  }
}

function readSpec(r: RowReader, type: KeyResultType): KeyResultSpec | null {
  const unit = (r.choice('unit', UNITS) ?? 'number') as Unit;
  const currencyText = r.text('currency');
  let currency: string | undefined;
  if (currencyText !== null) {
    if (CURRENCY.test(currencyText.toUpperCase())) currency = currencyText.toUpperCase();
    else r.error('currency', IMPORT_ERROR.badValue, `"${currencyText}" is not a three-letter currency code such as EUR`);
  }
  const need = (name: ColumnName, value: number | null, what: string): value is number => {
    if (value !== null) return true;
    if (r.blank(name)) r.error(name, IMPORT_ERROR.missingValue, `A ${type} key result needs its ${what}`);
    return false;
  };
  const ignore = (...names: ColumnName[]) => {
    for (const name of names) {
      if (r.has(name) && !r.blank(name)) r.warn(name, IMPORT_WARNING.ignoredValue, `A ${type} key result has no ${name}; the value is not imported`);
    }
  };
  const currencyPart = currency ? { currency } : {};
  switch (type) {
    case 'increase-to':
    case 'decrease-to': {
      const start = r.number('start');
      const target = r.number('target');
      ignore('direction', 'threshold', 'milestones');
      if (unit === 'currency' && currency === undefined && currencyText === null) r.error('currency', IMPORT_ERROR.missingValue, 'A currency key result needs a currency code such as EUR');
      const okStart = need('start', start, 'start value');
      const okTarget = need('target', target, 'target value');
      return okStart && okTarget ? { type, start, target, unit, ...currencyPart } : null;
    }
    case 'guardrail': {
      const direction = r.choice('direction', DIRECTIONS);
      const threshold = r.number('threshold');
      ignore('start', 'target', 'milestones');
      if (direction === null && r.blank('direction')) r.error('direction', IMPORT_ERROR.missingValue, 'A guardrail needs a direction: stay-above or stay-below');
      if (unit === 'currency' && currency === undefined && currencyText === null) r.error('currency', IMPORT_ERROR.missingValue, 'A currency key result needs a currency code such as EUR');
      const okThreshold = need('threshold', threshold, 'threshold');
      return direction !== null && okThreshold ? { type, direction, threshold, unit, ...currencyPart } : null;
    }
    case 'milestone': {
      ignore('start', 'target', 'direction', 'threshold', 'unit', 'currency');
      const text = r.text('milestones', { trim: false });
      const steps = text === null ? [] : text.split(/\r?\n/).filter((s) => s.trim() !== '');
      if (steps.length === 0) {
        if (r.blank('milestones')) r.error('milestones', IMPORT_ERROR.missingValue, 'A milestone key result needs its steps, one per line');
        return null;
      }
      if (steps.length > MAX_MILESTONE_STEPS) return r.error('milestones', IMPORT_ERROR.tooManyValues, `At most ${MAX_MILESTONE_STEPS} steps (this has ${steps.length})`);
      if (steps.some((s) => s.length > MAX_STEP_LENGTH)) return r.error('milestones', IMPORT_ERROR.tooLong, `A step has at most ${MAX_STEP_LENGTH} characters`);
      return { type, steps };
    }
    case 'binary':
      ignore('start', 'target', 'direction', 'threshold', 'milestones', 'unit', 'currency');
      return { type };
  }
}

function readKeyResult(r: RowReader): ParsedKeyResult | null {
  const ref = r.ref('key_result_id');
  const title = r.text('key_result_title', { max: MAX_TITLE_LENGTH });
  if (title === null && r.blank('key_result_title')) r.error('key_result_title', IMPORT_ERROR.missingValue, 'A key result needs a title');
  const type = r.choice('metric_type', KEY_RESULT_TYPES);
  if (type === null && r.blank('metric_type')) r.error('metric_type', IMPORT_ERROR.missingValue, `A key result needs a metric_type: ${KEY_RESULT_TYPES.join(', ')}`);
  const weight = r.number('weight');
  if (weight !== null && !(weight > 0 && weight <= 100)) r.error('weight', IMPORT_ERROR.badValue, 'The weight is above 0 and at most 100');
  const spec = type === null ? null : readSpec(r, type);
  const current = r.number('current');
  return {
    row: r.rowNumber,
    ref,
    title: title ?? '',
    ownerId: r.ref('kr_owner_id'),
    ownerEmail: r.text('kr_owner_email'),
    weight: weight !== null && weight > 0 && weight <= 100 ? weight : null,
    spec,
    current,
  };
}

interface Group {
  readonly key: string;
  readonly first: RowReader;
  readonly objective: Omit<ParsedObjective, 'keyResults'>;
  readonly keyResults: ParsedKeyResult[];
}

function readObjective(r: RowReader, ref: string | null, groupKey: string): Omit<ParsedObjective, 'keyResults'> {
  const title = r.text('objective_title', { max: MAX_TITLE_LENGTH });
  if (title === null && r.blank('objective_title')) r.error('objective_title', IMPORT_ERROR.missingValue, 'An objective needs a title');
  const level = r.choice('level', OBJECTIVE_LEVELS);
  if (level === null && r.blank('level')) r.error('level', IMPORT_ERROR.missingValue, `An objective needs a level: ${OBJECTIVE_LEVELS.join(', ')}`);
  const contributorIds = r.list('contributor_ids');
  const contributorEmails = r.list('contributor_emails');
  const alignedTo = r.list('aligned_to');
  for (const [name, list, max] of [
    ['contributor_ids', contributorIds, MAX_CONTRIBUTORS],
    ['contributor_emails', contributorEmails, MAX_CONTRIBUTORS],
    ['aligned_to', alignedTo, MAX_ALIGNMENTS],
  ] as const) {
    if (list && new Set(list).size > max) r.error(name, IMPORT_ERROR.tooManyValues, `At most ${max} values (this has ${new Set(list).size})`);
  }
  for (const id of [...(contributorIds ?? []), ...(alignedTo ?? [])]) {
    if (!REF.test(id)) r.error(contributorIds?.includes(id) ? 'contributor_ids' : 'aligned_to', IMPORT_ERROR.badId, `"${id.slice(0, 60)}" is not a usable id`);
  }
  return {
    row: r.rowNumber,
    ref,
    groupKey,
    title: title ?? '',
    description: r.longText('objective_description', MAX_DESCRIPTION_LENGTH),
    level,
    commitment: r.choice('commitment', COMMITMENTS) ?? undefined,
    state: r.choice('state', OBJECTIVE_STATES) ?? undefined,
    ownerType: r.choice('owner_type', OWNER_TYPES),
    ownerId: r.ref('owner_id'),
    ownerEmail: r.text('owner_email'),
    ownerName: r.text('owner_name'),
    contributorIds,
    contributorEmails,
    alignedTo,
  };
}

/** The key that puts a row without an objective_id into a new objective: level, owner and title. */
function newObjectiveKey(r: RowReader): string {
  const level = r.canonical('level') ?? '';
  const ownerType = r.canonical('owner_type') ?? '';
  const owner = r.canonical('owner_id') ?? r.canonical('owner_email') ?? r.canonical('owner_name') ?? '';
  const title = (r.canonical('objective_title') ?? '').replace(/\s+/g, ' ');
  return `new|${level}|${ownerType}|${owner}|${title}`;
}

const KR_PRESENT_COLUMNS: readonly ColumnName[] = KEY_RESULT_COLUMNS;

export function readImportTable(table: Table): ReadResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (table.header.every((h) => h.trim() === '')) {
    return { objectives: [], errors: [issue(null, null, IMPORT_ERROR.empty, 'The file is empty: it needs a header row with the column names')], warnings, rowCount: 0 };
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return { objectives: [], errors: [issue(null, null, IMPORT_ERROR.tooLarge, `A file holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows; split it`)], warnings, rowCount: table.rows.length };
  }
  const header = readHeader(table, errors);
  if (!header) return { objectives: [], errors, warnings, rowCount: table.rows.length };

  const groups = new Map<string, Group>();
  const order: Group[] = [];
  let previous: Group | null = null;
  let rowCount = 0;
  for (const row of table.rows) {
    if (row.cells.every((c) => isBlank(c))) continue;
    rowCount += 1;
    const r = new RowReader(row, header, errors, warnings);
    for (const [position, name] of header.unknown) {
      if (!isBlank(row.cells[position])) r.error(null, IMPORT_ERROR.unknownColumn, `A value in "${name}", which is not a column of a Tandem OKR file`);
    }
    if (row.cells.length > table.header.length) {
      const extra = row.cells.slice(table.header.length).findIndex((c) => !isBlank(c));
      if (extra >= 0) r.error(null, IMPORT_ERROR.unknownColumn, `A value in column ${table.header.length + extra + 1}, which has no name in the header row`);
    }

    // Which objective does this row belong to?
    const ref = r.ref('objective_id');
    let group: Group | null = null;
    if (ref !== null) group = groups.get(`ref|${ref}`) ?? null;
    else if (r.blank('objective_id') && r.blank('objective_title')) {
      group = previous;
      if (!group) {
        r.error('objective_title', IMPORT_ERROR.missingValue, 'An objective needs a title');
        continue;
      }
    } else if (r.blank('objective_id')) {
      const key = newObjectiveKey(r);
      group = groups.get(key) ?? null;
      // A row that repeats the title of the objective just above and leaves its other cells empty (or the same) continues it.
      if (!group && previous && r.canonical('objective_title') === previous.first.canonical('objective_title')) {
        const conflicting = OBJECTIVE_COLUMNS.some((c) => c !== 'objective_id' && r.canonical(c) !== null && r.canonical(c) !== previous!.first.canonical(c));
        if (!conflicting) group = previous;
      }
    } else {
      continue; // objective_id was unusable; reported.
    }

    if (group) {
      // A later row of an objective: its objective cells are empty or repeat the first row's.
      for (const name of OBJECTIVE_COLUMNS) {
        const value = r.canonical(name);
        if (value !== null && value !== group.first.canonical(name)) {
          r.error(name, IMPORT_ERROR.inconsistentObjective, `This row belongs to the objective of row ${group.first.rowNumber}, whose ${name} is different; give every row of an objective the same values or leave them empty`);
        }
      }
    } else {
      const key = ref !== null ? `ref|${ref}` : newObjectiveKey(r);
      group = { key, first: r, objective: readObjective(r, ref, key), keyResults: [] };
      groups.set(key, group);
      order.push(group);
    }
    previous = group;

    if (KR_PRESENT_COLUMNS.some((c) => r.has(c) && !r.blank(c))) {
      const keyResult = readKeyResult(r);
      if (keyResult) group.keyResults.push(keyResult);
    }
  }
  return { objectives: order.map((g) => ({ ...g.objective, keyResults: g.keyResults })), errors, warnings, rowCount };
}
