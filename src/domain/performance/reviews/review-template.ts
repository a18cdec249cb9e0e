import { ok, type Result, type Failure } from '../../shared/result.js';
import { isOnScale, normaliseScale, ratingScaleErrors, type RatingScale } from './rating-scale.js';
import { invalid, MAX_ANSWER_LENGTH, type FieldErrors } from './review-fields.js';

export interface Competency {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly scale: RatingScale;
}

/** A free-text question for the self review and for peer and upward reviewers. */
export interface Question {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}

export interface ReviewTemplate {
  readonly competencies: readonly Competency[];
  readonly questions: readonly Question[];
  readonly overallScale: RatingScale;
}

export interface TemplateInput {
  readonly competencies: readonly { readonly id?: string | undefined; readonly name: string; readonly description?: string | undefined; readonly scale: RatingScale }[];
  readonly questions: readonly { readonly id?: string | undefined; readonly text: string; readonly required?: boolean | undefined }[];
  readonly overallScale: RatingScale;
}

export const MAX_COMPETENCIES = 20;
export const MAX_QUESTIONS = 20;
export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_QUESTION_LENGTH = 500;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Builds a template from HR's input: ids that are absent become positional ("c1", "q1"), and every
 * problem is reported at once, keyed by field.
 */
export function buildTemplate(input: TemplateInput, field = 'template'): Result<ReviewTemplate, 'PERF.VALIDATION'> {
  const errors: FieldErrors = {};
  if (input.competencies.length < 1 || input.competencies.length > MAX_COMPETENCIES) errors[`${field}.competencies`] = `A template has 1 to ${MAX_COMPETENCIES} competencies`;
  if (input.questions.length > MAX_QUESTIONS) errors[`${field}.questions`] = `A template has at most ${MAX_QUESTIONS} questions`;

  const competencies = input.competencies.map((c, i): Competency => {
    const at = `${field}.competencies.${i}`;
    const name = c.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) errors[`${at}.name`] = `A name has 1 to ${MAX_NAME_LENGTH} characters`;
    const description = (c.description ?? '').trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) errors[`${at}.description`] = `At most ${MAX_DESCRIPTION_LENGTH} characters`;
    if (c.id !== undefined && !ID.test(c.id)) errors[`${at}.id`] = 'Ids are lower-case letters, digits and dashes';
    Object.assign(errors, ratingScaleErrors(c.scale, `${at}.scale`));
    return { id: c.id ?? `c${i + 1}`, name, description, scale: normaliseScale(c.scale) };
  });
  const questions = input.questions.map((q, i): Question => {
    const at = `${field}.questions.${i}`;
    const text = q.text.trim();
    if (text.length === 0 || text.length > MAX_QUESTION_LENGTH) errors[`${at}.text`] = `A question has 1 to ${MAX_QUESTION_LENGTH} characters`;
    if (q.id !== undefined && !ID.test(q.id)) errors[`${at}.id`] = 'Ids are lower-case letters, digits and dashes';
    return { id: q.id ?? `q${i + 1}`, text, required: q.required ?? false };
  });
  Object.assign(errors, ratingScaleErrors(input.overallScale, `${field}.overallScale`));

  const duplicate = (ids: string[]): boolean => new Set(ids).size !== ids.length;
  if (duplicate(competencies.map((c) => c.id))) errors[`${field}.competencies`] ??= 'Competency ids must be unique';
  if (duplicate(questions.map((q) => q.id))) errors[`${field}.questions`] ??= 'Question ids must be unique';
  if (duplicate(competencies.map((c) => c.name.toLowerCase()))) errors[`${field}.competencies`] ??= 'Competency names must be unique';

  if (Object.keys(errors).length > 0) return invalid(errors, 'The review template is not valid');
  return ok({ competencies, questions, overallScale: normaliseScale(input.overallScale) });
}

export interface AnswerSet {
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
}

export interface CompletenessRules {
  /** Every required question must be answered. */
  readonly requiredAnswers: boolean;
  /** Every competency must be rated. */
  readonly allRatings: boolean;
}

/**
 * Checks answers and ratings against the template: known ids only, ratings on each competency's
 * scale, bounded text; and, when submitting, completeness. Blank answers are dropped.
 */
export function checkAnswerSet(template: ReviewTemplate, set: AnswerSet, complete: CompletenessRules | null): Result<AnswerSet, 'PERF.VALIDATION'> {
  const errors: FieldErrors = {};
  const answers: Record<string, string> = {};
  const ratings: Record<string, number> = {};
  const questions = new Map(template.questions.map((q) => [q.id, q]));
  const competencies = new Map(template.competencies.map((c) => [c.id, c]));
  for (const [id, raw] of Object.entries(set.answers)) {
    if (!questions.has(id)) errors[`answers.${id}`] = 'Not a question of this review';
    else if (raw.length > MAX_ANSWER_LENGTH) errors[`answers.${id}`] = `At most ${MAX_ANSWER_LENGTH} characters`;
    else if (raw.trim().length > 0) answers[id] = raw.trim();
  }
  for (const [id, value] of Object.entries(set.ratings)) {
    const competency = competencies.get(id);
    if (!competency) errors[`ratings.${id}`] = 'Not a competency of this review';
    else if (!isOnScale(competency.scale, value)) errors[`ratings.${id}`] = `Not a point on the scale of ${competency.name}`;
    else ratings[id] = value;
  }
  if (complete) {
    if (complete.requiredAnswers) for (const q of template.questions) if (q.required && answers[q.id] === undefined) errors[`answers.${q.id}`] ??= 'This question needs an answer';
    if (complete.allRatings) for (const c of template.competencies) if (ratings[c.id] === undefined) errors[`ratings.${c.id}`] ??= 'Rate every competency';
  }
  if (Object.keys(errors).length > 0) return invalid(errors) as Failure<'PERF.VALIDATION'>;
  return ok({ answers, ratings });
}
