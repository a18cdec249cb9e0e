import type { AnonymityView, PeerRequestView, PersonRefView } from '../../../src/app/performance/reviews/review-views.js';
import { MAX_ANSWER_LENGTH } from '../../../src/domain/performance/reviews/review-fields.js';
import { attention, card, container, execute, facts, heading, openUrl, subtle, text, type AdaptiveCard, type CardElement } from '../../cards/card-kit.js';
import { refreshUserIds } from '../../cards/checkin-card.js';
import { errorCard } from '../../cards/error-card.js';
import type { TabLinks } from '../../tab-links.js';
import { VERB } from '../../verb-names.js';
import { ratingInputId, reviewAnswerInputId } from '../review-card-data.js';
import { reviewsPageLink } from '../review-links.js';

/** Who the card is for and how to link back: the reviewer (the response's author) and the tab. */
export interface ReviewCardContext {
  readonly reviewerId: string;
  readonly links: TabLinks;
  /** The reviewer's Teams user id, when known, for the automatic refresh. */
  readonly userMri?: string | null;
}

const firstName = (p: PersonRefView): string => p.displayName.split(' ')[0] ?? p.displayName;

/** "14 Dec 2026" from "2026-12-14": dates on cards read the same in every locale. */
export function readableDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const relationLine = (r: PeerRequestView): string =>
  r.relation === 'upward' ? `Upward feedback: ${firstName(r.subject)} is your manager` : `Peer feedback: you work with ${firstName(r.subject)}`;

/**
 * Plainly, who will see the reviewer's name, as the cycle's anonymity says. The projection applies to
 * every reader of the review but the author, so "anonymous" holds for the manager and HR too.
 */
export function anonymityLine(anonymity: AnonymityView, subject: PersonRefView): string {
  const first = firstName(subject);
  switch (anonymity.mode) {
    case 'attributed':
      return `Attributed: ${first} will see your name next to your answers once the review is released; ${first}'s manager and HR see it too.`;
    case 'anonymous':
      return `Anonymous: ${first} will not see your name, and neither will anyone else reading the review. Answers are shown only if at least ${anonymity.threshold} people answer.`;
    case 'aggregated':
      return `Aggregated: ${first} will not see your name or your written answers; only average ratings, and only if at least ${anonymity.threshold} people rate.`;
  }
}

const refreshOf = (r: PeerRequestView, c: ReviewCardContext): CardElement => ({
  action: { type: 'Action.Execute', title: 'Refresh', verb: VERB.reviewRefresh, data: { responseId: r.id, verb: VERB.reviewRefresh } },
  userIds: refreshUserIds(c.reviewerId, c.userMri),
});

const aboutFacts = (r: PeerRequestView): CardElement =>
  facts([
    ['Cycle', r.cycleName],
    ['About', r.subject.jobTitle ? `${r.subject.displayName}, ${r.subject.jobTitle}` : r.subject.displayName],
    ['Relation', r.relation === 'upward' ? 'Upward (you report to them)' : 'Peer'],
    ['Deadline', readableDate(r.deadline)],
  ]);

export interface ReviewFormOptions {
  /** What the reviewer typed, by input id, shown again when the card comes back with a problem. */
  readonly typed?: Readonly<Record<string, string>>;
  /** Problems by field path ("ratings.craft", "answers.went-well"), each shown under its input. */
  readonly fieldErrors?: Readonly<Record<string, string>>;
  /** A problem with the whole submission, with its stable code. */
  readonly problem?: { readonly message: string; readonly code: string } | null;
  /** A line at the top, e.g. "Draft saved". */
  readonly notice?: string;
  readonly reminder?: boolean;
}

/**
 * The peer request as a form in the reviewer's personal chat: the competencies as ratings with the
 * scale's labels (not rating one is allowed), the questions as multi-line inputs, prefilled with the
 * saved draft; Save and Submit are Action.Execute verbs carrying only the response id.
 */
export function peerRequestCard(r: PeerRequestView, c: ReviewCardContext, options: ReviewFormOptions = {}): AdaptiveCard {
  const errors = options.fieldErrors ?? {};
  const code = options.problem?.code ?? 'PERF.VALIDATION';
  const fieldError = (path: string, id: string): CardElement | null => (errors[path] ? attention(`${errors[path]} (${code})`, `error_${id}`) : null);
  const competencies = r.competencies.map((competency) => {
    const id = ratingInputId(competency.id);
    const value = options.typed?.[id] ?? (r.ratings[competency.id] !== undefined ? String(r.ratings[competency.id]) : '');
    return container(
      [
        text(competency.name, { weight: 'Bolder' }),
        competency.description ? subtle(competency.description) : null,
        {
          type: 'Input.ChoiceSet',
          id,
          label: `Rating for ${competency.name}`,
          style: 'compact',
          placeholder: 'Not rated',
          choices: competency.scale.points.map((p) => ({ title: `${p.value} · ${p.label}`, value: String(p.value) })),
          ...(value ? { value } : {}),
        },
        fieldError(`ratings.${competency.id}`, id),
      ],
      { spacing: 'Medium' },
    );
  });
  const questions = r.questions.map((q, i) => {
    const id = reviewAnswerInputId(q.id);
    const value = options.typed?.[id] ?? r.answers[q.id] ?? '';
    return container(
      [
        text(`${i + 1}. ${q.text}${q.required ? ' (required)' : ''}`, { weight: 'Bolder' }),
        { type: 'Input.Text', id, label: `Answer to question ${i + 1}`, isMultiline: true, maxLength: MAX_ANSWER_LENGTH, placeholder: 'Your answer', ...(value ? { value } : {}) },
        fieldError(`answers.${q.id}`, id),
      ],
      { spacing: 'Medium' },
    );
  });
  const shown = new Set([...r.competencies.map((comp) => `ratings.${comp.id}`), ...r.questions.map((q) => `answers.${q.id}`)]);
  // Problems with inputs this card does not have (a forged or outdated card) still say what was wrong.
  const otherErrors = Object.entries(errors).filter(([path]) => !shown.has(path)).map(([path, message]) => attention(`${path}: ${message} (${code})`));
  const title = `${options.reminder ? 'Reminder: feedback' : 'Feedback'} for ${r.subject.displayName}`;
  return card(
    [
      heading(title),
      text(`${relationLine(r)}. Your answers go into ${firstName(r.subject)}'s ${r.cycleName}.`),
      aboutFacts(r),
      subtle(anonymityLine(r.anonymity, r.subject), { spacing: 'Small' }),
      options.notice ? text(options.notice, { color: 'Good', spacing: 'Small', id: 'review_notice' }) : null,
      options.problem ? attention(`${options.problem.message} (${options.problem.code})`, 'review_problem') : null,
      ...otherErrors,
      r.competencies.length > 0 ? text('Ratings', { weight: 'Bolder', spacing: 'Large', separator: true }) : null,
      ...competencies,
      r.questions.length > 0 ? text('Questions', { weight: 'Bolder', spacing: 'Large', separator: true }) : null,
      ...questions,
    ],
    {
      actions: [
        execute('Submit feedback', VERB.reviewRespond, { responseId: r.id }, { style: 'positive' }),
        execute('Save draft', VERB.reviewSave, { responseId: r.id }),
        openUrl('Open in Tandem', reviewsPageLink(c.links, 'mine')),
      ],
      refresh: refreshOf(r, c),
      fallbackText: `${title}, due ${readableDate(r.deadline)}`,
    },
  );
}

/** After submitting: what was recorded. Submitted feedback is final. */
export function peerSubmittedCard(r: PeerRequestView, c: ReviewCardContext, problem?: { readonly message: string; readonly code: string }): AdaptiveCard {
  const scaleLabel = new Map(r.competencies.map((comp) => [comp.id, new Map(comp.scale.points.map((p) => [p.value, p.label]))]));
  const ratings = r.competencies.filter((comp) => r.ratings[comp.id] !== undefined).map((comp) => [comp.name, `${r.ratings[comp.id]} · ${scaleLabel.get(comp.id)?.get(r.ratings[comp.id]!) ?? ''}`] as const);
  return card(
    [
      heading(`Thank you: your feedback for ${r.subject.displayName} is submitted`),
      problem ? attention(`${problem.message} (${problem.code})`, 'review_problem') : null,
      text(`${r.cycleName}, ${r.relation === 'upward' ? 'upward' : 'peer'} feedback. Submitted feedback cannot be changed.`),
      subtle(anonymityLine(r.anonymity, r.subject), { spacing: 'Small' }),
      ratings.length > 0 ? facts(ratings) : null,
      ...r.questions.filter((q) => r.answers[q.id]).flatMap((q) => [text(q.text, { weight: 'Bolder', spacing: 'Medium' }), text(r.answers[q.id]!, { spacing: 'None' })]),
    ],
    { actions: [openUrl('Open in Tandem', reviewsPageLink(c.links, 'mine'))], refresh: refreshOf(r, c), fallbackText: `Your feedback for ${r.subject.displayName} is submitted` },
  );
}

/** The peer phase is over (or not open yet) and nothing was submitted: no form. */
export function peerClosedCard(r: PeerRequestView, c: ReviewCardContext): AdaptiveCard {
  const open = r.phase === 'self' || r.phase === 'draft';
  return card(
    [
      heading(`Feedback for ${r.subject.displayName}`),
      aboutFacts(r),
      text(open ? 'Feedback opens when HR starts the peer phase; this card will show the form then.' : 'Feedback for this review is closed: answers are no longer taken.'),
    ],
    { actions: [openUrl('Open in Tandem', reviewsPageLink(c.links, 'mine'))], refresh: refreshOf(r, c), fallbackText: `Feedback for ${r.subject.displayName}` },
  );
}

/** A reminder for several pending requests in one cycle: one line and one button per request. */
export function peerReminderCard(requests: readonly PeerRequestView[], c: ReviewCardContext): AdaptiveCard {
  const first = requests[0]!;
  return card(
    [
      heading(`Reminder: ${requests.length} feedback requests due ${readableDate(first.deadline)}`),
      text(`For ${first.cycleName}. Each takes a few minutes; your answers are saved as drafts until you submit.`),
      ...requests.map((r) => subtle(`${r.subject.displayName}: ${r.relation === 'upward' ? 'upward' : 'peer'} feedback`, { spacing: 'Small', size: 'Default' })),
    ],
    {
      actions: [...requests.slice(0, 5).map((r) => execute(`Answer for ${r.subject.displayName}`, VERB.reviewRefresh, { responseId: r.id })), openUrl('Open in Tandem', reviewsPageLink(c.links, 'mine'))],
      fallbackText: `${requests.length} feedback requests are due ${readableDate(first.deadline)}`,
    },
  );
}

/** The subject's self review is not submitted and its deadline is near (or today). */
export function selfReviewReminderCard(input: { readonly cycleName: string; readonly deadline: string; readonly started: boolean; readonly links: TabLinks }): AdaptiveCard {
  return card(
    [
      heading(`Reminder: your self review is due ${readableDate(input.deadline)}`),
      text(`${input.cycleName}: ${input.started ? 'your draft is saved; submit it when it is ready' : 'you have not started it yet'}. Your manager reads it before writing your review.`),
    ],
    { actions: [openUrl('Write my self review', reviewsPageLink(input.links, 'mine'))], fallbackText: `Your self review is due ${readableDate(input.deadline)}` },
  );
}

/** The cycle manager still owes reviews and the manager deadline is near (or today). */
export function managerReviewReminderCard(input: { readonly cycleName: string; readonly deadline: string; readonly subjects: readonly PersonRefView[]; readonly links: TabLinks }): AdaptiveCard {
  const n = input.subjects.length;
  return card(
    [
      heading(`Reminder: ${n === 1 ? 'a review' : `${n} reviews`} to write by ${readableDate(input.deadline)}`),
      text(`${input.cycleName}: not submitted yet for`),
      ...input.subjects.map((s) => subtle(s.displayName, { spacing: 'None', size: 'Default' })),
    ],
    { actions: [openUrl('Open My team', reviewsPageLink(input.links, 'team'))], fallbackText: `${n} reviews to write by ${readableDate(input.deadline)}` },
  );
}

/** A card action that could not be carried out, with the stable code of what went wrong. */
export function reviewErrorCard(title: string, message: string, code: string): AdaptiveCard {
  return errorCard(title, message, { hint: `Nothing was saved. (${code})` });
}
