/**
 * Ambition calibration: COACHING PROMPTS ONLY.
 *
 * These prompts help OKR admins and managers talk about how ambitious goals are: OKRs are meant to
 * stretch, so a 0.7 grade is a success and 1.0 every time suggests targets that were safe bets;
 * very low grades suggest goals that were out of reach or blocked. They are NEVER a performance
 * signal: nothing in performance management (src/domain/performance, src/app/performance,
 * src/api/performance, bot/performance) may import this module or its results, no rating, review
 * or compensation may be derived from them, and they are not exported. A test
 * (test/domain/okr/insights/calibration-wall.test.ts) keeps the performance code from importing it.
 */

/** Graded at least this in the latest two cycles: the targets may not stretch enough. */
export const MAXED_OUT_GRADE = 0.95;
/** Graded at most this in the latest cycle: the targets may have been out of reach or blocked. */
export const FAR_SHORT_GRADE = 0.3;

export type CalibrationSubjectKind = 'person' | 'team';
export type CalibrationPromptKind = 'maxed-out' | 'far-short';

/** A subject's grade in one cycle: the mean of the objectives they owned there (null: none graded). */
export interface SubjectCycleGrade {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly grade: number | null;
}

export interface CalibrationSubject {
  readonly kind: CalibrationSubjectKind;
  readonly id: string;
  /** Newest first: the cycle being looked at, then the closed cycle before it. */
  readonly grades: readonly SubjectCycleGrade[];
}

export interface CalibrationPrompt {
  readonly kind: CalibrationPromptKind;
  readonly subject: { readonly kind: CalibrationSubjectKind; readonly id: string };
  /** The grades the prompt is based on, newest first. */
  readonly grades: readonly SubjectCycleGrade[];
}

/** The mean of the graded objectives a subject owned in a cycle, to two decimals; null when none. */
export function meanGrade(grades: readonly number[]): number | null {
  if (grades.length === 0) return null;
  return Math.round((grades.reduce((a, b) => a + b, 0) / grades.length) * 100) / 100;
}

/**
 * Coaching prompts: subjects graded >= 0.95 two cycles running ("aim higher?"), or <= 0.3 in the
 * latest cycle ("what got in the way?"). Sorted by kind, then subject id, so lists are stable.
 */
export function calibrationPrompts(subjects: readonly CalibrationSubject[]): CalibrationPrompt[] {
  const prompts: CalibrationPrompt[] = [];
  for (const subject of subjects) {
    const [latest, before] = subject.grades;
    if (latest?.grade == null) continue;
    const ref = { kind: subject.kind, id: subject.id };
    if (latest.grade >= MAXED_OUT_GRADE && before?.grade != null && before.grade >= MAXED_OUT_GRADE) {
      prompts.push({ kind: 'maxed-out', subject: ref, grades: [latest, before] });
    } else if (latest.grade <= FAR_SHORT_GRADE) {
      prompts.push({ kind: 'far-short', subject: ref, grades: before ? [latest, before] : [latest] });
    }
  }
  const order: Record<CalibrationPromptKind, number> = { 'maxed-out': 0, 'far-short': 1 };
  return prompts.sort((a, b) => order[a.kind] - order[b.kind] || a.subject.kind.localeCompare(b.subject.kind) || a.subject.id.localeCompare(b.subject.id));
}
