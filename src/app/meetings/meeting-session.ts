import type { Person } from '../../domain/people/person.js';
import type { MeetingRef, MeetingRole } from './ports/meeting-participants.js';

/** A person as meeting views name them. */
export interface MeetingPerson {
  readonly id: string;
  readonly displayName: string;
  readonly jobTitle: string;
}

export const meetingPerson = (person: Pick<Person, 'id' | 'displayName' | 'jobTitle'>): MeetingPerson => ({ id: person.id, displayName: person.displayName, jobTitle: person.jobTitle });

/** A manager-report pair that both sit in the meeting, as the directory and the roster confirmed. */
export interface MeetingPair {
  readonly manager: Person;
  readonly report: Person;
  /** Which half of the pair the caller is. */
  readonly viewerIs: 'manager' | 'report';
}

/**
 * What the server established about a meeting request: the caller is a participant (from the roster,
 * never from the request), and, when there is one, the verified counterpart and the pair they form.
 */
export interface MeetingSession {
  readonly meeting: MeetingRef;
  readonly viewer: Person;
  readonly viewerRole: MeetingRole;
  /** The other person the view is about: proposed by the client and verified, or found among the caller's manager and reports. */
  readonly counterpart: Person | null;
  /** Set only when the caller and the counterpart are a manager-report pair in the directory. */
  readonly pair: MeetingPair | null;
  /** When nobody was proposed and several of the caller's manager and reports are in the meeting: the client lets the caller choose. */
  readonly candidates: readonly Person[];
}

/** The pair two people form in the directory now, from the first one's point of view; null when neither manages the other. */
export function pairOf(viewer: Person, other: Person): MeetingPair | null {
  if (viewer.tenantId !== other.tenantId || viewer.id === other.id) return null;
  if (other.managerId === viewer.id) return { manager: viewer, report: other, viewerIs: 'manager' };
  if (viewer.managerId === other.id) return { manager: other, report: viewer, viewerIs: 'report' };
  return null;
}
