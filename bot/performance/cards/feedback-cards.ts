import type { FeedbackRequestDetail } from '../../../src/app/performance/feedback/feedback-views.js';
import { FEEDBACK_TEXT_MAX } from '../../../src/domain/performance/feedback/feedback-text.js';
import type { Person } from '../../../src/domain/people/person.js';
import { attention, card, container, execute, heading, openUrl, subtle, text, type AdaptiveCard, type CardElement } from '../../cards/card-kit.js';
import { refreshUserIds } from '../../cards/checkin-card.js';
import { errorCard } from '../../cards/error-card.js';
import type { TabLinks } from '../../tab-links.js';
import { VERB } from '../../verb-names.js';
import { answerInputId } from '../feedback-card-data.js';
import { feedbackPageLink } from '../feedback-links.js';

type Named = Pick<Person, 'id' | 'displayName'>;

export interface FeedbackCardContext {
  readonly detail: FeedbackRequestDetail;
  readonly subject: Named;
  readonly requester: Named;
  /** The invitee the card is for. */
  readonly invitee: Named;
  readonly links: TabLinks;
  /** The invitee's Teams user id, when known, for the automatic refresh. */
  readonly userMri?: string | null;
}

const firstName = (p: Named): string => p.displayName.split(' ')[0] ?? p.displayName;

function askedLine(c: FeedbackCardContext): string {
  return c.requester.id === c.subject.id
    ? `${c.requester.displayName} asked for your feedback.`
    : `${c.requester.displayName} asked for your feedback about ${c.subject.displayName}.`;
}

/** Who reads the answers, as the policy has it: the requester, the subject's managers and HR. */
function audienceLine(c: FeedbackCardContext): string {
  return c.requester.id === c.subject.id
    ? `Who reads your answers: ${firstName(c.subject)}, ${firstName(c.subject)}'s managers and HR.`
    : `Who reads your answers: ${firstName(c.requester)}, ${firstName(c.subject)}'s managers and HR. ${firstName(c.subject)} does not.`;
}

const refreshOf = (c: FeedbackCardContext): CardElement => ({
  action: { type: 'Action.Execute', title: 'Refresh', verb: VERB.feedbackRefresh, data: { requestId: c.detail.request.id, verb: VERB.feedbackRefresh } },
  userIds: refreshUserIds(c.invitee.id, c.userMri),
});

export interface FormOptions {
  /** What the invitee typed, shown again when the card comes back with a problem. */
  readonly typed?: Readonly<Record<string, string>>;
  /** A problem with what was sent, with its stable code. */
  readonly problem?: { readonly message: string; readonly code: string } | null;
  readonly reminder?: boolean;
}

/**
 * The request as a form in the invitee's personal chat: one multi-line input per question,
 * prefilled with earlier answers, and an Action.Execute that carries only the request id.
 */
export function feedbackRequestCard(c: FeedbackCardContext, options: FormOptions = {}): AdaptiveCard {
  const { request, myResponse } = c.detail;
  const earlier = new Map((myResponse?.answers ?? []).map((a) => [a.questionId, a.text]));
  const questions = request.questions.map((q, i) => {
    const value = options.typed?.[q.id] ?? earlier.get(q.id) ?? '';
    return container(
      [
        text(`${i + 1}. ${q.text}`, { weight: 'Bolder' }),
        { type: 'Input.Text', id: answerInputId(q.id), label: `Answer to question ${i + 1}`, isMultiline: true, maxLength: FEEDBACK_TEXT_MAX, placeholder: 'Your answer', ...(value ? { value } : {}) },
      ],
      { spacing: 'Medium' },
    );
  });
  const title = `${options.reminder ? 'Reminder: feedback' : 'Feedback'} for ${c.subject.displayName}`;
  return card(
    [
      heading(title),
      text(askedLine(c)),
      subtle(audienceLine(c)),
      myResponse ? subtle('You answered already; sending again replaces your answers.', { spacing: 'Small' }) : null,
      options.problem ? attention(`${options.problem.message} (${options.problem.code})`, 'feedback_problem') : null,
      ...questions,
    ],
    {
      actions: [execute(myResponse ? 'Update my feedback' : 'Send feedback', VERB.feedbackRespond, { requestId: request.id }, { style: 'positive' }), openUrl('Open in Tandem', feedbackPageLink(c.links))],
      refresh: refreshOf(c),
      fallbackText: `${title}: ${askedLine(c)}`,
    },
  );
}

/** After a submit: what was recorded, and a way to change it while the request is open. */
export function feedbackThanksCard(c: FeedbackCardContext, updated: boolean): AdaptiveCard {
  const answers = c.detail.myResponse?.answers ?? [];
  const questionText = new Map(c.detail.request.questions.map((q) => [q.id, q.text]));
  return card(
    [
      heading(updated ? 'Your feedback is updated' : 'Thank you: your feedback is saved'),
      text(`For ${c.subject.displayName}, as ${c.requester.id === c.subject.id ? firstName(c.requester) : `${firstName(c.requester)} asked`}.`),
      subtle(audienceLine(c)),
      ...answers.flatMap((a) => [text(questionText.get(a.questionId) ?? a.questionId, { weight: 'Bolder', spacing: 'Medium' }), text(a.text, { spacing: 'None' })]),
    ],
    {
      actions: [
        ...(c.detail.request.canAnswer ? [execute('Change my answers', VERB.feedbackRefresh, { requestId: c.detail.request.id, mode: 'edit' })] : []),
        openUrl('Open in Tandem', feedbackPageLink(c.links)),
      ],
      refresh: refreshOf(c),
      fallbackText: 'Your feedback is saved',
    },
  );
}

/** The request was closed: nothing more to answer. */
export function feedbackClosedCard(c: FeedbackCardContext): AdaptiveCard {
  return card(
    [
      heading(`Feedback for ${c.subject.displayName}`),
      text(c.detail.myResponse ? 'This request is closed. Your answers were kept.' : 'This request is closed: answers are no longer taken.'),
    ],
    { actions: [openUrl('Open in Tandem', feedbackPageLink(c.links))], fallbackText: 'This feedback request is closed' },
  );
}

/** A card action that could not be carried out, with the stable code of what went wrong. */
export function feedbackErrorCard(title: string, message: string, code: string): AdaptiveCard {
  return errorCard(title, message, { hint: `Nothing was saved. (${code})` });
}
