/**
 * HR's compensation export. Its rows are built from review facts only: the type below has no room
 * for OKR data, and the wall tests check the output for OKR titles and grades.
 */
export const COMPENSATION_COLUMNS = [
  'employee_id',
  'employee_name',
  'department',
  'manager_id',
  'manager_name',
  'final_rating',
  'final_rating_label',
  'merit_percent',
  'promotion',
  'note',
] as const;

export interface CompensationExportFacts {
  readonly subjectId: string;
  readonly subjectName: string;
  readonly department: string | null;
  readonly managerId: string | null;
  readonly managerName: string | null;
  readonly finalRating: number | null;
  readonly finalRatingLabel: string | null;
  readonly meritPercent: number | null;
  readonly promotion: boolean | null;
  readonly note: string;
}

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection), plus tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading formula character gets a quote in front. */
export const neutraliseCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** Header and one row per review, every cell a neutralised string. */
export function compensationRows(facts: readonly CompensationExportFacts[]): string[][] {
  const text = (value: string | number | boolean | null): string => neutraliseCell(value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  return [
    [...COMPENSATION_COLUMNS],
    ...facts.map((f) => [f.subjectId, f.subjectName, f.department, f.managerId, f.managerName, f.finalRating, f.finalRatingLabel, f.meritPercent, f.promotion, f.note].map(text)),
  ];
}
