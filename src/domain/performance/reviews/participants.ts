import type { Person } from '../../people/person.js';
import type { Participants } from './review-cycle.js';

/** The people a cycle reviews, from the directory at launch, in a stable order. */
export function selectParticipants(people: readonly Person[], participants: Participants): Person[] {
  const chosen =
    participants.kind === 'all' ? people
    : participants.kind === 'teams' ? people.filter((p) => p.teamIds.some((t) => participants.teamIds.includes(t)))
    : people.filter((p) => p.department !== null && participants.departments.some((d) => d.toLowerCase() === p.department!.toLowerCase()));
  return [...chosen].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
