import type { GoalStatus } from '../../../domain/performance/development-plans/growth-goal.js';
import { addDays, calendarDateOf } from '../../../domain/performance/one-on-ones/calendar-date.js';
import { oneOnOnePair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import type { Person } from '../../../domain/people/person.js';
import type { Result } from '../../../domain/shared/result.js';
import { CONTOSO, demoPersonId } from '../../demo/demo-org.js';
import type { RequestContext } from '../../request-context.js';
import { addGrowthGoal } from '../development-plans/add-growth-goal.js';
import { addPlanAction } from '../development-plans/add-plan-action.js';
import { addProgressNote } from '../development-plans/add-progress-note.js';
import { addSkill } from '../development-plans/add-skill.js';
import { addActionItem } from '../one-on-ones/add-action-item.js';
import { addTalkingPoint } from '../one-on-ones/add-talking-point.js';
import { completeOneOnOneMeeting } from '../one-on-ones/complete-meeting.js';
import { editOneOnOneSharedNotes } from '../one-on-ones/edit-shared-notes.js';
import { scheduleOneOnOneMeeting } from '../one-on-ones/schedule-meeting.js';
import { updateActionItem } from '../one-on-ones/update-action-item.js';
import { updateTalkingPoint } from '../one-on-ones/update-talking-point.js';
import { writeOneOnOnePrivateNote } from '../one-on-ones/write-private-note.js';
import type { PerformanceDeps } from '../performance-deps.js';

type Side = 'manager' | 'report';

/** One demo 1:1 series: last week's meeting (some points checked, some carried over) and next week's. */
interface DemoPair {
  readonly manager: string;
  readonly report: string;
  /** Points on last week's agenda: who added it, and whether it was discussed (checked off). */
  readonly past: readonly { by: Side; text: string; done: boolean }[];
  readonly sharedNotes: string;
  readonly privateNotes: Partial<Record<Side, string>>;
  readonly actionItems: readonly { by: Side; owner: Side; text: string; dueInDays: number | null; done: boolean }[];
  /** New points for next week, beside the ones carried over. */
  readonly next: readonly { by: Side; text: string }[];
}

const PAIRS: readonly DemoPair[] = [
  {
    manager: 'priya',
    report: 'arjun',
    past: [
      { by: 'report', text: 'Ingestion service design review: feedback from the platform guild', done: true },
      { by: 'manager', text: 'On-call load this quarter', done: true },
      { by: 'report', text: 'Interest in leading the Q3 reliability push', done: false },
    ],
    sharedNotes: 'Design review went well; two open questions on back-pressure. On-call: fewer pages since the alert clean-up. Arjun wants to take on more technical leadership.',
    privateNotes: { manager: 'Arjun is ready for a tech-lead trial. Talk to David about scope before promising anything.', report: 'Ask about the staff engineer expectations document.' },
    actionItems: [
      { by: 'manager', owner: 'report', text: 'Write up the back-pressure options for the design doc', dueInDays: 4, done: false },
      { by: 'report', owner: 'manager', text: 'Share the staff engineer expectations document', dueInDays: -3, done: true },
      { by: 'manager', owner: 'manager', text: 'Ask David about a tech-lead trial for the reliability push', dueInDays: 6, done: false },
    ],
    next: [
      { by: 'report', text: 'Conference talk proposal: can I submit?' },
      { by: 'manager', text: 'Mentoring Fatima on the deploy tooling' },
    ],
  },
  {
    manager: 'priya',
    report: 'lena',
    past: [
      { by: 'report', text: 'First month on the API gateway team: what is going well', done: true },
      { by: 'report', text: 'Pairing more with Kenji on incidents', done: false },
      { by: 'manager', text: 'Code review turnaround', done: true },
    ],
    sharedNotes: 'Settling in well. Reviews are thorough; aim to turn them around within a day. Lena would like more incident exposure.',
    privateNotes: { manager: 'Check in on workload: Lena tends not to say no.' },
    actionItems: [
      { by: 'manager', owner: 'manager', text: 'Add Lena to the secondary on-call rotation', dueInDays: 5, done: false },
      { by: 'report', owner: 'report', text: 'Read the incident review guide', dueInDays: -1, done: true },
    ],
    next: [{ by: 'report', text: 'Feedback on my first design doc' }],
  },
  {
    manager: 'priya',
    report: 'kenji',
    past: [
      { by: 'manager', text: 'Error budget policy rollout', done: true },
      { by: 'report', text: 'Time zone overlap for handovers (Sydney / Bengaluru / Berlin)', done: false },
    ],
    sharedNotes: 'Error budget policy is live for two services. Handover timing still painful; try a written handover first.',
    privateNotes: { report: 'Raise the weekend pager fatigue if it continues.' },
    actionItems: [{ by: 'report', owner: 'report', text: 'Draft a written handover template', dueInDays: 2, done: false }],
    next: [{ by: 'manager', text: 'Capacity planning for the holiday freeze' }],
  },
  {
    manager: 'priya',
    report: 'fatima',
    past: [
      { by: 'report', text: 'Deploy tooling: where I am stuck', done: true },
      { by: 'manager', text: 'Goals for the development plan', done: false },
    ],
    sharedNotes: 'Unblocked on the deploy tooling; Arjun will pair on the rollout scripts. Development plan goals carried to next week.',
    privateNotes: { manager: 'Fatima is growing fast: consider her for the tooling owner role next half.' },
    actionItems: [{ by: 'manager', owner: 'report', text: 'Bring a first draft of two growth goals', dueInDays: 6, done: false }],
    next: [{ by: 'report', text: 'Rotation to the mobile team for a sprint?' }],
  },
  {
    manager: 'david',
    report: 'priya',
    past: [
      { by: 'report', text: 'Platform headcount for next year', done: true },
      { by: 'manager', text: 'Calibration preparation for the half-year review', done: false },
      { by: 'report', text: 'Tech-lead trial for Arjun', done: true },
    ],
    sharedNotes: 'Headcount: one more SRE approved in principle. Arjun trial: agreed, scope it to the reliability push.',
    privateNotes: { manager: 'Priya is stretched thin; keep an eye on her calendar.', report: 'Mention the interview load on the team.' },
    actionItems: [
      { by: 'report', owner: 'report', text: 'Send the SRE job description to recruiting', dueInDays: 3, done: false },
      { by: 'manager', owner: 'manager', text: 'Confirm the headcount with finance', dueInDays: -2, done: true },
    ],
    next: [{ by: 'report', text: 'Interview load on the platform team' }],
  },
];

interface DemoPlan {
  readonly person: string;
  /** Who writes it: the person themselves or their manager. */
  readonly writer: 'self' | 'manager';
  readonly goals: readonly { title: string; description: string; inDays: number; status: GoalStatus }[];
  readonly skills: readonly { name: string; current: number; target: number }[];
  readonly actions: readonly { text: string; dueInDays: number | null; done: boolean }[];
  readonly notes: readonly { by: 'self' | 'manager'; text: string; goal?: number }[];
}

const PLANS: readonly DemoPlan[] = [
  {
    person: 'arjun',
    writer: 'self',
    goals: [
      { title: 'Lead the design of one cross-team service', description: 'Own the design, review and rollout of the ingestion service, including the decision record.', inDays: 120, status: 'in-progress' },
      { title: 'Mentor a newer engineer through a full project', description: 'Pair with Fatima on the deploy tooling from design to rollout.', inDays: 150, status: 'not-started' },
    ],
    skills: [
      { name: 'System design', current: 3, target: 4 },
      { name: 'Mentoring', current: 2, target: 3 },
      { name: 'Incident command', current: 3, target: 3 },
    ],
    actions: [
      { text: 'Present the ingestion design at the platform guild', dueInDays: -10, done: true },
      { text: 'Take the internal design reviews course', dueInDays: 45, done: false },
    ],
    notes: [
      { by: 'self', text: 'Design review done; the guild asked good questions about back-pressure.', goal: 0 },
      { by: 'manager', text: 'Strong start on the design goal. Next: write the decision record.', goal: 0 },
    ],
  },
  {
    person: 'lena',
    writer: 'manager',
    goals: [{ title: 'Own the API gateway on-call runbook', description: 'Keep the runbook current and walk a new joiner through it.', inDays: 90, status: 'in-progress' }],
    skills: [
      { name: 'Incident response', current: 2, target: 3 },
      { name: 'Go', current: 3, target: 4 },
    ],
    actions: [{ text: 'Shadow two incidents as secondary', dueInDays: 30, done: false }],
    notes: [{ by: 'manager', text: 'Runbook restructured; good clarity on the escalation steps.', goal: 0 }],
  },
  {
    person: 'fatima',
    writer: 'self',
    goals: [{ title: 'Ship the new deploy tooling to all platform services', description: 'From prototype to default path, with docs.', inDays: 100, status: 'in-progress' }],
    skills: [{ name: 'Kubernetes', current: 2, target: 4 }],
    actions: [{ text: 'Pair with Arjun on the rollout scripts', dueInDays: 14, done: false }],
    notes: [],
  },
  {
    person: 'priya',
    writer: 'self',
    goals: [
      { title: 'Grow a second tech lead on the platform team', description: 'Give Arjun a scoped tech-lead trial and coach him through it.', inDays: 180, status: 'in-progress' },
      { title: 'Run calibration for the platform team with HR', description: 'Prepare evidence for every report before calibration.', inDays: 40, status: 'not-started' },
    ],
    skills: [
      { name: 'Coaching', current: 3, target: 4 },
      { name: 'Hiring', current: 3, target: 4 },
    ],
    actions: [{ text: 'Read "The Manager\'s Path", chapters 5 to 7', dueInDays: 20, done: false }],
    notes: [{ by: 'manager', text: 'Good progress on delegation this month.', goal: 0 }],
  },
];

const must = <T>(result: Result<T>, step: string): T => {
  if (!result.ok) throw new Error(`demo 1:1s: ${step} failed: ${result.code} ${result.message} ${JSON.stringify(result.details ?? {})}`);
  return result.value;
};

async function seedPair(deps: PerformanceDeps, people: ReadonlyMap<string, Person>, demo: DemoPair, today: string): Promise<void> {
  const manager = people.get(demo.manager)!;
  const report = people.get(demo.report)!;
  if (report.managerId !== manager.id) return;
  if ((await deps.oneOnOnes.listMeetings(oneOnOnePair(report.tenantId, report.id, manager.id))).length > 0) return;
  const as = (side: Side): RequestContext => ({ actor: side === 'manager' ? manager : report });
  const idOf = (side: Side): string => (side === 'manager' ? manager.id : report.id);

  const past = must(await scheduleOneOnOneMeeting(deps, as('manager'), report.id, { date: addDays(today, -7) }), 'schedule');
  for (const point of demo.past) {
    const added = must(await addTalkingPoint(deps, as(point.by), report.id, { text: point.text, meetingId: past.id }), 'talking point');
    if (point.done) must(await updateTalkingPoint(deps, as('manager'), report.id, added.id, { done: true }), 'check off');
  }
  must(await editOneOnOneSharedNotes(deps, as('manager'), report.id, past.id, { text: demo.sharedNotes }), 'shared notes');
  for (const side of ['manager', 'report'] as const) {
    const text = demo.privateNotes[side];
    if (text) must(await writeOneOnOnePrivateNote(deps, as(side), report.id, past.id, { text }), 'private note');
  }
  for (const item of demo.actionItems) {
    const added = must(
      await addActionItem(deps, as(item.by), report.id, { text: item.text, ownerId: idOf(item.owner), dueDate: item.dueInDays === null ? null : addDays(today, item.dueInDays), meetingId: past.id }),
      'action item',
    );
    if (item.done) must(await updateActionItem(deps, as(item.owner), report.id, added.id, { done: true }), 'close action item');
  }
  const { next } = must(await completeOneOnOneMeeting(deps, as('manager'), report.id, past.id, { nextDate: addDays(today, 7) }), 'complete');
  for (const point of demo.next) must(await addTalkingPoint(deps, as(point.by), report.id, { text: point.text, meetingId: next.id }), 'next talking point');
}

async function seedPlan(deps: PerformanceDeps, people: ReadonlyMap<string, Person>, demo: DemoPlan, today: string): Promise<void> {
  const person = people.get(demo.person)!;
  const manager = [...people.values()].find((p) => p.id === person.managerId);
  if (!manager || (await deps.developmentPlans.getPlan(person.tenantId, person.id))) return;
  const as = (who: 'self' | 'manager'): RequestContext => ({ actor: who === 'self' ? person : manager });
  const writer = as(demo.writer);
  const goalIds: string[] = [];
  for (const goal of demo.goals) {
    goalIds.push(must(await addGrowthGoal(deps, writer, person.id, { title: goal.title, description: goal.description, targetDate: addDays(today, goal.inDays), status: goal.status }), 'growth goal').id);
  }
  for (const skill of demo.skills) must(await addSkill(deps, writer, person.id, { name: skill.name, currentLevel: skill.current, targetLevel: skill.target }), 'skill');
  for (const action of demo.actions) {
    must(await addPlanAction(deps, writer, person.id, { text: action.text, dueDate: action.dueInDays === null ? null : addDays(today, action.dueInDays), done: action.done }), 'plan action');
  }
  for (const note of demo.notes) {
    must(await addProgressNote(deps, as(note.by), person.id, { text: note.text, goalId: note.goal === undefined ? null : goalIds[note.goal] ?? null }), 'progress note');
  }
}

/**
 * Seeds Contoso's 1:1s (Priya with each of her reports, David with Priya) and development plans,
 * through the same use cases people use. Each pair is skipped when it has meetings already, each
 * plan when it exists.
 */
export async function seedDemoOneOnOnes(deps: PerformanceDeps): Promise<void> {
  const keys = [...new Set([...PAIRS.flatMap((p) => [p.manager, p.report]), ...PLANS.map((p) => p.person)])];
  const people = new Map<string, Person>();
  for (const key of keys) {
    const person = await deps.directory.getPerson(CONTOSO.tenantId, demoPersonId(CONTOSO, key));
    if (!person) return; // the directory is not seeded: nothing to build on
    people.set(key, person);
  }
  const today = calendarDateOf(deps.clock.now());
  for (const pair of PAIRS) await seedPair(deps, people, pair, today);
  for (const plan of PLANS) await seedPlan(deps, people, plan, today);
}
