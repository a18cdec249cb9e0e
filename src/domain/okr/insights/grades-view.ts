import { calibrationPrompts, meanGrade, type CalibrationPromptKind, type CalibrationSubject, type SubjectCycleGrade } from './ambition-calibration.js';
import { gradeDistributionAtClose, type GradeDistributionAtClose } from './grade-distribution.js';
import type { InsightsSnapshot } from './insights-snapshot.js';
import { ownerOf, type OwnerRef } from './snapshot-refs.js';
import type { ScopeSelection } from './snapshot-scope.js';

export interface CalibrationPromptView {
  readonly kind: CalibrationPromptKind;
  readonly subject: OwnerRef;
  readonly grades: readonly SubjectCycleGrade[];
}

export interface GradesView {
  /** Grades of the closed objectives in scope, against the 0.7 band. */
  readonly distribution: GradeDistributionAtClose;
  /**
   * Ambition calibration, COACHING PROMPTS ONLY (see ambition-calibration.ts): never a performance
   * signal. Available once the cycle is in grading or closed.
   */
  readonly calibration: {
    readonly available: boolean;
    readonly comparedWith: { readonly cycleId: string; readonly cycleName: string } | null;
    readonly prompts: CalibrationPromptView[];
  };
}

const ownerKey = (kind: 'person' | 'team', index: number): string => `${kind}|${index}`;
const ownerFromKey = (key: string): { ownerPerson: number; ownerTeam: number } => {
  const [kind, index] = key.split('|');
  return kind === 'person' ? { ownerPerson: Number(index), ownerTeam: -1 } : { ownerPerson: -1, ownerTeam: Number(index) };
};

/** The grade distribution at close and, for graded cycles, the ambition calibration prompts. */
export function gradesView(snapshot: InsightsSnapshot, scope: ScopeSelection): GradesView {
  const graded = snapshot.objectives.filter((o, i) => scope.objectives[i] === 1 && o.state === 'closed' && o.grade !== null);
  const distribution = gradeDistributionAtClose(graded.map((o) => o.grade!));
  const available = snapshot.cycle.state === 'grading' || snapshot.cycle.state === 'closed';
  const comparedWith = snapshot.previous ? { cycleId: snapshot.previous.cycleId, cycleName: snapshot.previous.cycleName } : null;
  if (!available) return { distribution, calibration: { available, comparedWith, prompts: [] } };

  // Subjects: the owners of the graded objectives in scope, with their mean grade here and before.
  const gradesByOwner = new Map<string, number[]>();
  for (const o of graded) {
    const key = o.ownerPerson >= 0 ? ownerKey('person', o.ownerPerson) : ownerKey('team', o.ownerTeam);
    gradesByOwner.set(key, [...(gradesByOwner.get(key) ?? []), o.grade!]);
  }
  const previous = new Map((snapshot.previous?.grades ?? []).map((g) => [ownerKey(g.kind, g.index), g.grade]));
  const subjects: CalibrationSubject[] = [...gradesByOwner].map(([key, grades]) => {
    const history: SubjectCycleGrade[] = [{ cycleId: snapshot.cycle.id, cycleName: snapshot.cycle.name, grade: meanGrade(grades) }];
    if (comparedWith) history.push({ ...comparedWith, grade: previous.get(key) ?? null });
    return { kind: key.startsWith('person|') ? 'person' : 'team', id: key, grades: history };
  });
  const order: Record<CalibrationPromptKind, number> = { 'maxed-out': 0, 'far-short': 1 };
  const prompts = calibrationPrompts(subjects)
    .map((p) => ({ kind: p.kind, subject: ownerOf(snapshot, ownerFromKey(p.subject.id)), grades: p.grades }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.subject.name.localeCompare(b.subject.name));
  return { distribution, calibration: { available, comparedWith, prompts } };
}
