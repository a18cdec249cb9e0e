/**
 * The writing coach's rule-based checks: pure, always on, no network. Each check points at one
 * field of the objective form, says in plain words what would make the objective better, and
 * never blocks saving. The server runs them when an objective is checked or proposed; the tab
 * shows them in place as the person types.
 */
import { RECOMMENDED_MAX_KEY_RESULTS, type Unit } from '../key-result.js';
import type { Commitment, Objective, ObjectiveLevel } from '../objective.js';
import { describesChange, hasDigit, leadingTaskVerb, readsAsNumber, titleSimilarity } from './wording.js';

export const COACH_CHECK = {
  krNotMeasurable: 'COACH.KR_NOT_MEASURABLE',
  krTaskWording: 'COACH.KR_TASK_WORDING',
  krCannotMove: 'COACH.KR_CANNOT_MOVE',
  krWrongDirection: 'COACH.KR_WRONG_DIRECTION',
  tooFewKeyResults: 'COACH.TOO_FEW_KEY_RESULTS',
  tooManyKeyResults: 'COACH.TOO_MANY_KEY_RESULTS',
  objectiveIsNumber: 'COACH.OBJECTIVE_IS_A_NUMBER',
  possibleDuplicate: 'COACH.POSSIBLE_DUPLICATE',
  notAligned: 'COACH.NOT_ALIGNED',
  sandbagging: 'COACH.SANDBAGGING',
  overreach: 'COACH.OVERREACH',
} as const;
export type CoachCheckCode = (typeof COACH_CHECK)[keyof typeof COACH_CHECK];
export type CoachSeverity = 'hint' | 'warning';

export interface CoachCheck {
  readonly code: CoachCheckCode;
  readonly severity: CoachSeverity;
  /** The form field it points at: title, commitment, alignments, keyResults, keyResults.<i>.<title|target|start|steps|type>. */
  readonly field: string;
  /** What the coach noticed, in plain words. */
  readonly message: string;
  /** What would make it better. */
  readonly suggestion: string;
  /** The other objective, for a possible duplicate. */
  readonly related?: { readonly objectiveId: string; readonly title: string };
}

/**
 * A key result's type and numbers as the person has typed them so far: numbers may still be
 * missing (null). A saved key result's spec fits this shape as it is.
 */
export type CoachSpec =
  | { readonly type: 'increase-to' | 'decrease-to'; readonly start: number | null; readonly target: number | null; readonly unit?: Unit }
  | { readonly type: 'milestone'; readonly steps: readonly string[] }
  | { readonly type: 'binary' }
  | { readonly type: 'guardrail'; readonly direction: 'stay-above' | 'stay-below'; readonly threshold: number | null; readonly unit?: Unit };

export interface CoachKeyResult {
  readonly title: string;
  readonly spec: CoachSpec;
}

/** What the checks read of an objective; a draft being typed or a saved objective. */
export interface CoachDraft {
  readonly level: ObjectiveLevel;
  readonly title: string;
  readonly commitment: Commitment;
  readonly alignmentCount: number;
  readonly keyResults: readonly CoachKeyResult[];
}

/** Another objective of the same cycle, for the duplicate check. */
export interface CoachSibling {
  readonly id: string;
  readonly title: string;
}

/** The owner's grade in one earlier closed cycle: the mean of their graded objectives there, or null when they had none. */
export interface CycleGrade {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly grade: number | null;
}

export interface CoachContext {
  /** The objective itself when it exists, so it is not its own duplicate. */
  readonly objectiveId?: string | null;
  readonly siblings: readonly CoachSibling[];
  /** The owner's most recent closed cycles before this one, newest first. */
  readonly gradeHistory: readonly CycleGrade[];
}

export const MIN_KEY_RESULTS = 2;
export const DUPLICATE_SIMILARITY = 0.7;
/** A cycle graded at least this counts as "1.0" (grades are rounded to two decimals). */
export const SANDBAGGING_GRADE = 0.995;
export const OVERREACH_GRADE = 0.3;

const isFiniteNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
const formatGrade = (grade: number): string => grade.toFixed(1);

function keyResultChecks(kr: CoachKeyResult, index: number): CoachCheck[] {
  const at = (field: string) => `keyResults.${index}.${field}`;
  const checks: CoachCheck[] = [];
  const spec = kr.spec;
  const verb = leadingTaskVerb(kr.title);
  if (verb) {
    checks.push({
      code: COACH_CHECK.krTaskWording,
      severity: 'hint',
      field: at('title'),
      message: `“${verb}” describes a task, not an outcome.`,
      suggestion: 'Say what changes when the work is done, e.g. a number that moves for customers or the team.',
    });
  }
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to': {
      if (!isFiniteNumber(spec.start) || !isFiniteNumber(spec.target)) {
        checks.push({
          code: COACH_CHECK.krNotMeasurable,
          severity: 'warning',
          field: at(isFiniteNumber(spec.target) ? 'start' : 'target'),
          message: 'This key result has no number yet.',
          suggestion: 'Give it a starting value and a target, so everyone can see how far along it is.',
        });
      } else if (spec.start === spec.target) {
        checks.push({
          code: COACH_CHECK.krCannotMove,
          severity: 'warning',
          field: at('target'),
          message: 'The target equals the start, so this key result cannot move during the cycle.',
          suggestion: spec.type === 'increase-to' ? 'Set a target above today’s value.' : 'Set a target below today’s value.',
        });
      } else if (spec.type === 'increase-to' ? spec.target < spec.start : spec.target > spec.start) {
        checks.push({
          code: COACH_CHECK.krWrongDirection,
          severity: 'warning',
          field: at('target'),
          message: spec.type === 'increase-to' ? 'The target is below the start, but the type is “Increase to”.' : 'The target is above the start, but the type is “Decrease to”.',
          suggestion: spec.type === 'increase-to' ? 'Raise the target, or choose “Decrease to”.' : 'Lower the target, or choose “Increase to”.',
        });
      }
      break;
    }
    case 'guardrail':
      if (!isFiniteNumber(spec.threshold)) {
        checks.push({
          code: COACH_CHECK.krNotMeasurable,
          severity: 'warning',
          field: at('threshold'),
          message: 'This guardrail has no threshold yet.',
          suggestion: 'Name the level it must stay above or below.',
        });
      }
      break;
    case 'milestone':
      if (spec.steps.filter((s) => s.trim().length > 0).length === 0) {
        checks.push({
          code: COACH_CHECK.krNotMeasurable,
          severity: 'warning',
          field: at('steps'),
          message: 'This key result has no steps to measure it by.',
          suggestion: 'List the steps, one per line, or choose a number to move instead.',
        });
      }
      break;
    case 'binary':
      if (!hasDigit(kr.title)) {
        checks.push({
          code: COACH_CHECK.krNotMeasurable,
          severity: 'hint',
          field: at('type'),
          message: 'Done / not done shows no progress along the way, and this one names no number.',
          suggestion: 'Which number would show it worked? Consider “Increase to” or “Decrease to” with a start and a target.',
        });
      }
      break;
  }
  return checks;
}

function countChecks(count: number): CoachCheck[] {
  if (count < MIN_KEY_RESULTS) {
    return [
      {
        code: COACH_CHECK.tooFewKeyResults,
        severity: 'hint',
        field: 'keyResults',
        message: count === 0 ? 'No key results yet.' : 'One key result rarely captures an objective.',
        suggestion: 'Two to five key results show from different sides whether the objective is met.',
      },
    ];
  }
  if (count > RECOMMENDED_MAX_KEY_RESULTS) {
    return [
      {
        code: COACH_CHECK.tooManyKeyResults,
        severity: 'warning',
        field: 'keyResults',
        message: `${count} key results: five is the upper end.`,
        suggestion: 'Keep the ones that matter most; more key results spread the team’s attention thin.',
      },
    ];
  }
  return [];
}

function duplicateCheck(title: string, context: CoachContext): CoachCheck[] {
  if (title.trim().length === 0) return [];
  let best: { sibling: CoachSibling; similarity: number } | null = null;
  for (const sibling of context.siblings) {
    if (sibling.id === context.objectiveId) continue;
    const similarity = titleSimilarity(title, sibling.title);
    if (similarity >= DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { sibling, similarity };
  }
  if (!best) return [];
  return [
    {
      code: COACH_CHECK.possibleDuplicate,
      severity: 'warning',
      field: 'title',
      message: `This looks like “${best.sibling.title}”, which already exists in this cycle.`,
      suggestion: 'Align to it or contribute to it instead of running the same objective twice.',
      related: { objectiveId: best.sibling.id, title: best.sibling.title },
    },
  ];
}

function historyChecks(draft: CoachDraft, history: readonly CycleGrade[]): CoachCheck[] {
  const [last, before] = history;
  if (draft.commitment === 'aspirational' && last?.grade != null && before?.grade != null && last.grade >= SANDBAGGING_GRADE && before.grade >= SANDBAGGING_GRADE) {
    return [
      {
        code: COACH_CHECK.sandbagging,
        severity: 'hint',
        field: 'keyResults',
        message: `Your objectives closed at 1.0 in ${before.cycleName} and ${last.cycleName}.`,
        suggestion: 'Aspirational OKRs should stretch: 0.7 is a success. Aim higher with these targets.',
      },
    ];
  }
  if (draft.commitment === 'committed' && last?.grade != null && last.grade <= OVERREACH_GRADE) {
    return [
      {
        code: COACH_CHECK.overreach,
        severity: 'warning',
        field: 'commitment',
        message: `Committed means delivered in full, and your objectives closed at ${formatGrade(last.grade)} in ${last.cycleName}.`,
        suggestion: 'Make this objective aspirational, or set targets you are confident to reach this cycle.',
      },
    ];
  }
  return [];
}

/** Every check for a draft objective, in form order: title, commitment, alignment, key results. */
export function runCoachChecks(draft: CoachDraft, context: CoachContext): CoachCheck[] {
  const checks: CoachCheck[] = [];
  const title = draft.title.trim();
  if (title.length > 0 && readsAsNumber(title)) {
    checks.push({
      code: COACH_CHECK.objectiveIsNumber,
      severity: 'hint',
      field: 'title',
      message: describesChange(title) ? 'The objective reads like a key result: a number that moves.' : 'The objective reads like a number rather than an aim.',
      suggestion: 'Say what you want to achieve and why it matters in words; put the number in a key result.',
    });
  }
  checks.push(...duplicateCheck(title, context));
  const history = historyChecks(draft, context.gradeHistory);
  checks.push(...history.filter((c) => c.field === 'commitment'));
  if (draft.level !== 'company' && draft.alignmentCount === 0) {
    checks.push({
      code: COACH_CHECK.notAligned,
      severity: 'hint',
      field: 'alignments',
      message: draft.level === 'team' ? 'This team objective does not align to anything above it.' : 'This objective does not align to a team or company objective.',
      suggestion: 'Choose the objective it helps with, so everyone sees how the work connects.',
    });
  }
  // Rows still blank are not key results yet: they neither count nor get hints.
  const written = draft.keyResults.map((kr, index) => ({ kr, index })).filter(({ kr }) => kr.title.trim().length > 0);
  checks.push(...countChecks(written.length));
  checks.push(...history.filter((c) => c.field !== 'commitment'));
  for (const { kr, index } of written) checks.push(...keyResultChecks(kr, index));
  return checks;
}

/** The checks' view of a saved objective (its key results' specs fit CoachSpec as they are). */
export function coachDraftOf(objective: Pick<Objective, 'level' | 'title' | 'commitment' | 'alignments' | 'keyResults'>): CoachDraft {
  return {
    level: objective.level,
    title: objective.title,
    commitment: objective.commitment,
    alignmentCount: objective.alignments.length,
    keyResults: objective.keyResults.map((kr) => ({ title: kr.title, spec: kr.spec })),
  };
}
