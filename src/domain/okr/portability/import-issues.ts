/**
 * Stable codes for what an OKR import can find wrong with a file, and the shape every finding
 * takes: the spreadsheet row (the header is row 1, the first data row is row 2; null for the whole
 * file), the column name (null when no single column is at fault), a code and a message.
 */
export const IMPORT_ERROR = {
  badFile: 'IMPORT.BAD_FILE',
  tooLarge: 'IMPORT.TOO_LARGE',
  empty: 'IMPORT.EMPTY',
  missingColumn: 'IMPORT.MISSING_COLUMN',
  unknownColumn: 'IMPORT.UNKNOWN_COLUMN',
  duplicateColumn: 'IMPORT.DUPLICATE_COLUMN',
  missingValue: 'IMPORT.MISSING_VALUE',
  badNumber: 'IMPORT.BAD_NUMBER',
  badValue: 'IMPORT.BAD_VALUE',
  tooLong: 'IMPORT.TOO_LONG',
  tooManyValues: 'IMPORT.TOO_MANY_VALUES',
  formulaCell: 'IMPORT.FORMULA_CELL',
  badId: 'IMPORT.BAD_ID',
  unknownId: 'IMPORT.UNKNOWN_ID',
  duplicateId: 'IMPORT.DUPLICATE_ID',
  inconsistentObjective: 'IMPORT.INCONSISTENT_OBJECTIVE',
  unknownOwner: 'IMPORT.UNKNOWN_OWNER',
  ownerMismatch: 'IMPORT.OWNER_MISMATCH',
  unknownContributor: 'IMPORT.UNKNOWN_CONTRIBUTOR',
  badAlignment: 'IMPORT.BAD_ALIGNMENT',
  alignmentLoop: 'IMPORT.ALIGNMENT_LOOP',
  immutableField: 'IMPORT.IMMUTABLE_FIELD',
  objectiveClosed: 'IMPORT.OBJECTIVE_CLOSED',
  cycleNotOpen: 'IMPORT.CYCLE_NOT_OPEN',
  tooManyKeyResults: 'IMPORT.TOO_MANY_KEY_RESULTS',
  /** A rule of the OKR domain refused the row (e.g. an increase-to target below its start). */
  invalidValue: 'IMPORT.INVALID_VALUE',
} as const;

/** Findings that do not stop an import: the file is applied, and this is what it did not do. */
export const IMPORT_WARNING = {
  stateNotChanged: 'IMPORT.STATE_NOT_CHANGED',
  currentNotApplied: 'IMPORT.CURRENT_NOT_APPLIED',
  ignoredValue: 'IMPORT.IGNORED_VALUE',
  possibleDuplicate: 'IMPORT.POSSIBLE_DUPLICATE',
} as const;

/** Failures of the import as a whole (the use case answers with these, the API maps them to HTTP). */
export const IMPORT_FAILURE = {
  /** Applying was asked for, but the file has errors: nothing was written. */
  hasErrors: 'IMPORT.HAS_ERRORS',
  /** Some objectives were written, then a write failed; running the same import again finishes it. */
  incomplete: 'IMPORT.INCOMPLETE',
  tooLarge: 'IMPORT.TOO_LARGE',
} as const;

export type ImportErrorCode = (typeof IMPORT_ERROR)[keyof typeof IMPORT_ERROR];
export type ImportWarningCode = (typeof IMPORT_WARNING)[keyof typeof IMPORT_WARNING];

export interface ImportIssue {
  /** Spreadsheet row: 1 is the header, 2 the first data row; null for the file as a whole. */
  readonly row: number | null;
  /** The column's name as the export writes it; null when no single column is at fault. */
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export const issue = (row: number | null, column: string | null, code: string, message: string): ImportIssue => ({ row, column, code, message });

/** Findings in reading order: the file first, then by row, then by column name. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
}
