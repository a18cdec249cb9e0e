import type { Person } from '../../domain/people/person.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';
import type { RequestContext } from '../request-context.js';
import type { MeetingErrorCode } from './meeting-error-codes.js';
import { pairOf, type MeetingSession } from './meeting-session.js';
import type { MeetingParticipant, MeetingParticipants, MeetingRef } from './ports/meeting-participants.js';

export interface MeetingSessionDeps {
  readonly directory: Pick<DirectoryRepository, 'getPerson' | 'queryPeople'>;
  readonly participants: MeetingParticipants;
}

export interface MeetingSessionRequest {
  readonly meetingId: string;
  readonly chatId: string;
  /** Who the client thinks the meeting is with; verified, never trusted. */
  readonly counterpartId?: string | null;
  /** Without a proposed counterpart, look for one among the caller's manager and reports (default true). */
  readonly findCounterpart?: boolean;
}

/** How many of the caller's manager and reports are looked up in the roster when nobody is proposed. */
export const MAX_COUNTERPART_CANDIDATES = 12;

const meetingNotFound = () => fail('MEETING.NOT_FOUND', 'That meeting does not exist or you are not one of its participants');
const counterpartNotFound = () => fail('MEETING.COUNTERPART_NOT_FOUND', 'That person is not a participant of this meeting');

/** A participant record that really is this person, in this tenant, in this meeting chat. */
function confirms(participant: MeetingParticipant | null, meeting: MeetingRef, personId: string): boolean {
  if (!participant) return false;
  if (participant.personId.toLowerCase() !== personId.toLowerCase()) return false;
  if (participant.tenantId !== null && participant.tenantId.toLowerCase() !== meeting.tenantId.toLowerCase()) return false;
  return participant.chatId === null || participant.chatId === meeting.chatId;
}

/** Ok(true) when the roster confirms the person; roster failures pass through. */
async function isParticipant(deps: MeetingSessionDeps, meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingErrorCode>> {
  const found = await deps.participants.find(meeting, personId);
  if (!found.ok) return found;
  return ok(confirms(found.value, meeting, personId) ? found.value : null);
}

/**
 * Establishes who is in the meeting from the server's own sources: the caller from the verified
 * identity and the roster, the tenant from the caller, the counterpart from the directory and the
 * roster. Nothing the client sends is taken as a fact.
 */
export async function verifyMeetingSession(deps: MeetingSessionDeps, ctx: RequestContext, request: MeetingSessionRequest): Promise<Result<MeetingSession, MeetingErrorCode>> {
  const viewer = ctx.actor;
  const meeting: MeetingRef = { tenantId: viewer.tenantId, meetingId: request.meetingId, chatId: request.chatId };
  const me = await isParticipant(deps, meeting, viewer.id);
  if (!me.ok) return me;
  if (!me.value) return meetingNotFound();
  const base = { meeting, viewer, viewerRole: me.value.role };

  if (request.counterpartId) {
    if (request.counterpartId === viewer.id) return counterpartNotFound();
    const person = await deps.directory.getPerson(viewer.tenantId, request.counterpartId);
    if (!person || person.tenantId !== viewer.tenantId) return counterpartNotFound();
    const there = await isParticipant(deps, meeting, person.id);
    if (!there.ok) return there;
    if (!there.value) return counterpartNotFound();
    return ok({ ...base, counterpart: person, pair: pairOf(viewer, person), candidates: [] });
  }

  if (request.findCounterpart === false) return ok({ ...base, counterpart: null, pair: null, candidates: [] });
  const candidates = await candidatesOf(deps, viewer);
  const checks = await Promise.all(candidates.map(async (person) => ({ person, found: await isParticipant(deps, meeting, person.id) })));
  const failed = checks.find((c) => !c.found.ok);
  if (failed && !failed.found.ok) return failed.found;
  const present = checks.filter((c) => c.found.ok && c.found.value !== null).map((c) => c.person);
  if (present.length === 1) return ok({ ...base, counterpart: present[0]!, pair: pairOf(viewer, present[0]!), candidates: [] });
  return ok({ ...base, counterpart: null, pair: null, candidates: present });
}

/** The caller's manager, then their direct reports by name: the people a 1:1 is with. */
async function candidatesOf(deps: MeetingSessionDeps, viewer: Person): Promise<Person[]> {
  const [manager, reports] = await Promise.all([
    viewer.managerId ? deps.directory.getPerson(viewer.tenantId, viewer.managerId) : Promise.resolve(null),
    deps.directory.queryPeople(viewer.tenantId, { managerId: viewer.id }, { limit: MAX_COUNTERPART_CANDIDATES }),
  ]);
  const people = [...(manager ? [manager] : []), ...(reports.ok ? reports.value.items : [])];
  return people.filter((p) => p.tenantId === viewer.tenantId && p.id !== viewer.id).slice(0, MAX_COUNTERPART_CANDIDATES);
}
