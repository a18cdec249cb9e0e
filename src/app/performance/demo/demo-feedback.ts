import type { FeedbackVisibility } from '../../../domain/performance/feedback/feedback-item.js';
import type { Person } from '../../../domain/people/person.js';
import type { Result } from '../../../domain/shared/result.js';
import { CONTOSO, demoPersonId } from '../../demo/demo-org.js';
import type { RequestContext } from '../../request-context.js';
import { answerFeedbackRequest } from '../feedback/answer-feedback-request.js';
import { createFeedbackRequest } from '../feedback/create-feedback-request.js';
import { NO_FEEDBACK_NOTIFICATIONS } from '../feedback/feedback-notifier.js';
import { giveFeedback } from '../feedback/give-feedback.js';
import type { PerformanceDeps } from '../performance-deps.js';

interface DemoFeedback {
  readonly from: string;
  readonly to: string;
  readonly visibility: FeedbackVisibility;
  readonly text: string;
}

/** Praise on the wall, private feedback to its recipient, and manager-only notes for the manager chain. */
const FEEDBACK: readonly DemoFeedback[] = [
  { from: 'david', to: 'priya', visibility: 'praise', text: 'The Platform team ran the failover drill two weeks early and with zero customer impact. Priya kept everyone calm and the runbook is now the best we have.' },
  { from: 'arjun', to: 'lena', visibility: 'praise', text: 'Lena’s review of the ingestion service caught a data-loss bug before it shipped. Thorough and kind, as always.' },
  { from: 'sofia', to: 'carlos', visibility: 'praise', text: 'Carlos closed the Americas quarter with three new logos and mentored two new account executives along the way.' },
  { from: 'hannah', to: 'emma', visibility: 'praise', text: 'Emma’s new-manager programme got the best rating we have ever had for a learning course.' },
  { from: 'lena', to: 'arjun', visibility: 'private', text: 'Your design docs are excellent. In reviews, try to leave room for others to propose options before you share yours: people tend to stop thinking once you have spoken.' },
  { from: 'david', to: 'priya', visibility: 'private', text: 'Your quarterly planning was the clearest in Engineering. Next step: delegate more of the cross-team coordination to Arjun so you get time for hiring.' },
  { from: 'priya', to: 'kenji', visibility: 'private', text: 'The alert clean-up halved our pages. Please write it up for the engineering blog; other teams want to copy it.' },
  { from: 'tom', to: 'ben', visibility: 'private', text: 'Great job on the release train. Please flag schedule risks earlier: we learnt about the App Store delay on the day.' },
  { from: 'arjun', to: 'fatima', visibility: 'manager-only', text: 'Fatima has quietly carried most of the on-call load this month. She will not say so herself; worth a look at the rota.' },
  { from: 'ben', to: 'chloe', visibility: 'manager-only', text: 'Chloe seems overloaded with both Android releases; she missed two design reviews she wanted to attend.' },
];

interface DemoRequest {
  readonly requester: string;
  /** Who it is about; the requester when absent. */
  readonly about?: string;
  readonly invitees: readonly string[];
  readonly questions: readonly string[];
  /** Invitees who answered already, with an answer per question (blank: skipped). */
  readonly answers: Readonly<Record<string, readonly string[]>>;
}

/** Requests: one of Arjun's with some answers and one waiting for Priya (the default demo user); Priya's own about a report. */
const REQUESTS: readonly DemoRequest[] = [
  {
    requester: 'arjun',
    invitees: ['lena', 'kenji', 'priya'],
    questions: ['What should I keep doing?', 'What should I do differently to grow into a tech lead?'],
    answers: {
      lena: ['Writing things down: your docs make decisions easy to follow.', 'Hand over more of the hands-on work and pair with others on the hard parts.'],
      kenji: ['Owning incidents end to end, including the follow-ups.', ''],
    },
  },
  {
    requester: 'tom',
    invitees: ['priya', 'ben'],
    questions: ['How was working with Mobile on the shared release tooling?', 'One thing I could do to make cross-team work smoother?'],
    answers: {},
  },
  {
    requester: 'priya',
    about: 'fatima',
    invitees: ['arjun', 'lena'],
    questions: ['What has Fatima done well this quarter?', 'Where could she use more support?'],
    answers: { arjun: ['She rebuilt the deploy dashboard and everyone uses it now.', 'Reviewing other teams’ changes: she is hesitant to push back.'] },
  },
];

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo feedback: ${what} failed: ${result.code} ${result.message}`);
  return result.value;
}

/**
 * Seeds Contoso's continuous feedback through the same use cases people use (so it is audited and
 * the policy is asked), with no cards sent. Feedback is skipped when the praise wall has anything,
 * requests when Priya has any waiting for her: a restart seeds nothing twice.
 */
export async function seedDemoFeedback(deps: PerformanceDeps): Promise<void> {
  const tenantId = CONTOSO.tenantId;
  const keys = new Set([...FEEDBACK.flatMap((f) => [f.from, f.to]), ...REQUESTS.flatMap((r) => [r.requester, ...r.invitees, ...(r.about ? [r.about] : [])])]);
  const found = await deps.directory.getPeople(tenantId, [...keys].map((k) => demoPersonId(CONTOSO, k)));
  const people = new Map<string, Person>(found.map((p) => [p.id, p]));
  const as = (key: string): RequestContext => {
    const actor = people.get(demoPersonId(CONTOSO, key));
    if (!actor) throw new Error(`demo feedback: ${key} is not in the directory`);
    return { actor };
  };
  const id = (key: string): string => demoPersonId(CONTOSO, key);

  const praise = await deps.feedback.listPraise(tenantId, {}, { limit: 1 });
  if (praise.ok && praise.value.items.length === 0) {
    for (const f of FEEDBACK) must(await giveFeedback(deps, NO_FEEDBACK_NOTIFICATIONS, as(f.from), { recipientId: id(f.to), visibility: f.visibility, text: f.text }), `${f.from} → ${f.to}`);
  }

  const waiting = await deps.feedback.listRequestsFor(tenantId, id('priya'), { limit: 1 });
  if (waiting.ok && waiting.value.items.length === 0) {
    for (const r of REQUESTS) {
      const request = must(
        await createFeedbackRequest(deps, NO_FEEDBACK_NOTIFICATIONS, as(r.requester), { ...(r.about ? { subjectId: id(r.about) } : {}), inviteeIds: r.invitees.map(id), questions: r.questions }),
        `request by ${r.requester}`,
      );
      for (const [invitee, texts] of Object.entries(r.answers)) {
        const answers = Object.fromEntries(request.questions.map((q, i) => [q.id, texts[i] ?? '']));
        must(await answerFeedbackRequest(deps, as(invitee), request.id, answers), `${invitee}'s answer`);
      }
    }
  }
}
