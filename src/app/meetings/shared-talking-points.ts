import type { Person } from '../../domain/people/person.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { getOneOnOneWith } from '../performance/one-on-ones/get-one-on-one-with.js';
import type { PerformanceDeps } from '../performance/performance-deps.js';
import type { MeetingPerson } from './meeting-session.js';

/** What may be posted in a meeting chat both people share: the open points of their agenda, nothing private. */
export interface SharedTalkingPoints {
  readonly manager: MeetingPerson;
  readonly report: MeetingPerson;
  /** The 1:1 meeting the agenda belongs to; null when none is scheduled. */
  readonly meeting: { readonly id: string; readonly date: string } | null;
  readonly points: readonly { readonly text: string; readonly authorId: string; readonly carriedFromDate: string | null }[];
  readonly openActionItems: readonly { readonly text: string; readonly ownerId: string; readonly dueDate: string | null }[];
}

/** What the bot's meeting handlers are given: the shared agenda of a pair, read on the manager's behalf. */
export type SharedTalkingPointsReader = (manager: Person, reportId: string) => Promise<Result<SharedTalkingPoints, string>>;

/**
 * The shared agenda of a manager-report pair for a meeting-start card, read through the 1:1 use case
 * as the manager (so the policy decides and the read is audited). Only shared items are copied out:
 * the private notes in the 1:1 view never leave this function.
 */
export async function sharedTalkingPointsFor(deps: PerformanceDeps, manager: Person, reportId: string): Promise<Result<SharedTalkingPoints, string>> {
  const view = await getOneOnOneWith(deps, { actor: manager }, reportId);
  if (!view.ok) return view;
  const { meeting } = view.value;
  return ok({
    manager: view.value.manager,
    report: view.value.report,
    meeting: meeting && meeting.status === 'upcoming' ? { id: meeting.id, date: meeting.date } : null,
    points:
      meeting && meeting.status === 'upcoming'
        ? meeting.agenda.filter((item) => item.state === 'open').map((item) => ({ text: item.text, authorId: item.authorId, carriedFromDate: item.carriedFrom?.date ?? null }))
        : [],
    openActionItems: view.value.actionItems.filter((a) => !a.done).map((a) => ({ text: a.text, ownerId: a.ownerId, dueDate: a.dueDate })),
  });
}
