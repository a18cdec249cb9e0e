import type { Person } from '../../../domain/people/person.js';
import type { CycleSettingsInput } from '../../../domain/performance/reviews/review-cycle.js';
import type { Result } from '../../../domain/shared/result.js';
import { CONTOSO, demoPersonId } from '../../demo/demo-org.js';
import type { RequestContext } from '../../request-context.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { advanceReviewCycle } from '../reviews/advance-review-cycle.js';
import { createReviewCycle } from '../reviews/create-review-cycle.js';
import { decideNomination } from '../reviews/decide-nomination.js';
import { launchReviewCycle } from '../reviews/launch-review-cycle.js';
import { listPeerRequests } from '../reviews/list-peer-requests.js';
import { saveManagerReview } from '../reviews/manager-review-commands.js';
import { nominateReviewer } from '../reviews/nominate-reviewer.js';
import { submitPeerResponse } from '../reviews/peer-response-commands.js';
import { savePrivateNotes } from '../reviews/save-private-notes.js';
import { saveSelfReview, submitSelfReview } from '../reviews/self-review-commands.js';
import type { ReviewPacketView } from '../reviews/review-views.js';

const FIVE_POINTS = (labels: readonly string[]) => ({ points: labels.map((label, i) => ({ value: i + 1, label })) });
const COMPETENCY_SCALE = FIVE_POINTS(['Developing', 'Progressing', 'Solid', 'Strong', 'Role model']);

/** The demo's template; tests and the tab's screenshots use it too. */
export const DEMO_REVIEW_TEMPLATE: CycleSettingsInput['template'] = {
  competencies: [
    { id: 'delivery', name: 'Delivery', description: 'Ships what matters, reliably, and says early when plans change.', scale: COMPETENCY_SCALE },
    { id: 'collaboration', name: 'Collaboration', description: 'Makes the people around them better; shares context generously.', scale: COMPETENCY_SCALE },
    { id: 'craft', name: 'Craft', description: 'Quality of the work itself: design, code, tests, documents.', scale: COMPETENCY_SCALE },
    { id: 'ownership', name: 'Ownership', description: 'Takes problems end to end, including the unglamorous parts.', scale: COMPETENCY_SCALE },
  ],
  questions: [
    { id: 'went-well', text: 'What went well in this half?', required: true },
    { id: 'improve', text: 'What could have gone better, and what would you do differently?', required: true },
    { id: 'next', text: 'What should the focus be for the next half?', required: false },
  ],
  overallScale: FIVE_POINTS(['Below expectations', 'Partially meets expectations', 'Meets expectations', 'Exceeds expectations', 'Exceptional']),
};

const DAY = 86_400_000;
const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** The half-year a cycle in its manager phase is about: the one that held the date 45 days ago. */
export function demoReviewPeriod(now: Date): { name: string; start: string; end: string } {
  const anchor = new Date(now.getTime() - 45 * DAY);
  const year = anchor.getUTCFullYear();
  const firstHalf = anchor.getUTCMonth() < 6;
  return firstHalf
    ? { name: `H1 ${year} review`, start: `${year}-01-01`, end: `${year}-06-30` }
    : { name: `H2 ${year} review`, start: `${year}-07-01`, end: `${year}-12-31` };
}

const must = <T>(result: Result<T>, step: string): T => {
  if (!result.ok) throw new Error(`demo review cycle: ${step} failed: ${result.code} ${result.message}`);
  return result.value;
};

/**
 * Seeds Contoso's review cycle for the current half, in its manager phase, through the same use
 * cases people use: Platform (Priya) and Mobile (Tom) take part; self reviews are written,
 * nominations approved (and one rejected), peers have answered (enough for Arjun's feedback to
 * show anonymously, not enough for Chloe's), Tom has drafted Chloe's review and Priya keeps notes.
 * Priya's own reviews are left for the demo user to write. Skipped when the cycle exists.
 */
export async function seedDemoReviewCycle(deps: PerformanceDeps): Promise<void> {
  const tenantId = CONTOSO.tenantId;
  const now = deps.clock.now();
  const period = demoReviewPeriod(now);
  if ((await deps.reviews.listCycles(tenantId)).some((c) => c.name === period.name)) return;

  const people = new Map<string, Person>();
  for (const key of ['hannah', 'priya', 'tom', 'david', 'arjun', 'lena', 'kenji', 'fatima', 'ben', 'chloe', 'diego', 'sara', 'nina']) {
    const person = await deps.directory.getPerson(tenantId, demoPersonId(CONTOSO, key));
    if (!person) return; // the directory is not seeded: nothing to build on
    people.set(key, person);
  }
  const as = (key: string): RequestContext => ({ actor: people.get(key)! });
  const id = (key: string): string => people.get(key)!.id;
  const teamIds = [...new Set([...people.get('arjun')!.teamIds, ...people.get('ben')!.teamIds])];

  const cycle = must(
    await createReviewCycle(deps, as('hannah'), {
      name: period.name,
      type: 'semi-annual',
      periodStart: period.start,
      periodEnd: period.end,
      participants: { kind: 'teams', teamIds },
      template: DEMO_REVIEW_TEMPLATE,
      deadlines: { self: isoDate(new Date(now.getTime() - 14 * DAY)), peer: isoDate(new Date(now.getTime() - 3 * DAY)), manager: isoDate(new Date(now.getTime() + 14 * DAY)), calibration: isoDate(new Date(now.getTime() + 28 * DAY)) },
      anonymity: { mode: 'anonymous', threshold: 3 },
      compensation: { enabled: true, visibleToSubjectAfterRelease: false },
    }),
    'create',
  );
  must(await launchReviewCycle(deps, as('hannah'), cycle.id), 'launch');
  const packet = (key: string): string => `${cycle.id}.${id(key)}`;

  // Self reviews: most submitted, Kenji's still a draft, Fatima's not started.
  const selfReviews: [string, Record<string, string>, Record<string, number>, boolean][] = [
    ['arjun', { 'went-well': 'Led the move of the build pipeline to the new runners; build times halved.', improve: 'I took on too much alone in August and reviews piled up.', next: 'Mentor Lena on the deploy tooling.' }, { delivery: 4, collaboration: 3, craft: 4, ownership: 5 }, true],
    ['lena', { 'went-well': 'Shipped the service catalogue API on time.', improve: 'Ask for help earlier when blocked.' }, { delivery: 3, collaboration: 4, craft: 3, ownership: 3 }, true],
    ['kenji', { 'went-well': 'Cut paging noise by a third with better alert routing.' }, { delivery: 4 }, false],
    ['priya', { 'went-well': 'The team hit its reliability goals and hired two engineers.', improve: 'Roadmap communication to Sales was late twice.' }, { delivery: 4, collaboration: 4, craft: 3, ownership: 4 }, true],
    ['ben', { 'went-well': 'Rebuilt offline sync for iOS; crash-free sessions are up.', improve: 'Documentation lagged behind the code.' }, { delivery: 4, collaboration: 3, craft: 5, ownership: 4 }, true],
    ['chloe', { 'went-well': 'Brought Android to parity with iOS for checkout.', improve: 'Estimates were optimistic on the payments work.', next: 'Own the Android release train.' }, { delivery: 3, collaboration: 5, craft: 4, ownership: 4 }, true],
  ];
  for (const [key, answers, ratings, submit] of selfReviews) {
    must(await (submit ? submitSelfReview : saveSelfReview)(deps, as(key), packet(key), { answers, ratings }), `self review of ${key}`);
  }

  // Nominations, decided by the manager of record.
  const nominate = async (subject: string, nominee: string, relation: 'peer' | 'upward'): Promise<ReviewPacketView> =>
    must(await nominateReviewer(deps, as(subject), packet(subject), { nomineeId: id(nominee), relation }), `nomination of ${nominee} for ${subject}`);
  const decide = async (manager: string, subject: string, view: ReviewPacketView, nominee: string, approve: boolean, reason?: string) => {
    const nomination = view.nominations!.items.find((n) => n.nominee.id === id(nominee))!;
    return must(await decideNomination(deps, as(manager), packet(subject), nomination.id, { approve, reason }), `decision on ${nominee} for ${subject}`);
  };
  let view: ReviewPacketView | undefined;
  for (const nominee of ['lena', 'kenji', 'fatima', 'ben']) view = await nominate('arjun', nominee, 'peer');
  for (const nominee of ['lena', 'kenji', 'fatima', 'ben']) view = await decide('priya', 'arjun', view!, nominee, true);
  for (const nominee of ['diego', 'sara', 'nina', 'ben']) view = await nominate('chloe', nominee, 'peer');
  for (const nominee of ['diego', 'sara', 'nina']) view = await decide('tom', 'chloe', view!, nominee, true);
  await decide('tom', 'chloe', view!, 'ben', false, 'Ben is reviewing three people already this cycle.');
  view = await nominate('priya', 'arjun', 'upward');
  await decide('david', 'priya', view, 'arjun', true);

  must(await advanceReviewCycle(deps, as('hannah'), cycle.id, 'peer'), 'advance to peer');

  // Peer feedback: three for Arjun (shown, anonymously), two for Chloe (below the threshold: nothing shows).
  const answer = async (reviewer: string, subject: string, answers: Record<string, string>, ratings: Record<string, number>) => {
    const requests = must(await listPeerRequests(deps, as(reviewer)), `peer requests of ${reviewer}`);
    const request = requests.items.find((r) => r.subject.id === id(subject))!;
    must(await submitPeerResponse(deps, as(reviewer), request.id, { answers, ratings }), `feedback from ${reviewer} on ${subject}`);
  };
  await answer('lena', 'arjun', { 'went-well': 'Always has time to pair on a tricky problem.', improve: 'Could write things down more; a lot lives in his head.' }, { delivery: 4, collaboration: 4, craft: 5, ownership: 4 });
  await answer('kenji', 'arjun', { 'went-well': 'The pipeline migration was planned carefully; zero downtime.', improve: 'Loop SRE in earlier on infrastructure changes.' }, { delivery: 5, collaboration: 3, craft: 4, ownership: 5 });
  await answer('fatima', 'arjun', { 'went-well': 'Great code reviews: kind and thorough.', improve: 'Sometimes takes over instead of coaching.' }, { delivery: 4, collaboration: 3, craft: 4, ownership: 4 });
  await answer('diego', 'chloe', { 'went-well': 'Turned designs into pixel-perfect screens fast.', improve: 'Share progress earlier so design can react.' }, { delivery: 4, collaboration: 5, craft: 4 });
  await answer('sara', 'chloe', { 'went-well': 'Test builds were always ready for QA on time.', improve: 'Release notes were thin.' }, { delivery: 4, collaboration: 4, ownership: 3 });
  await answer('arjun', 'priya', { 'went-well': 'Protects the team’s focus time.', improve: 'More context on why priorities change.' }, { collaboration: 4, ownership: 4 });

  must(await advanceReviewCycle(deps, as('hannah'), cycle.id, 'manager'), 'advance to manager');

  must(
    await saveManagerReview(deps, as('tom'), packet('chloe'), {
      ratings: { delivery: 3, collaboration: 5, craft: 4 },
      comments: { collaboration: 'The glue of the Android and design work this half.' },
      summary: 'A strong half: checkout parity landed and Chloe raised the bar for collaboration with design.',
    }),
    'manager review draft for chloe',
  );
  must(await savePrivateNotes(deps, as('priya'), packet('arjun'), 'Talk about delegation before the review conversation. Promotion case for next half?'), 'private notes');
}
