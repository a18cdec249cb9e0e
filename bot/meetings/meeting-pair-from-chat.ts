import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { DirectoryRepository } from '../../src/app/ports/directory-repository.js';
import type { Person } from '../../src/domain/people/person.js';

/** The Entra object ids of the people in the turn's conversation. */
export type ChatMembers = (context: TurnContext) => Promise<string[]>;

/** Teams' member list of the meeting chat, every page (a 1:1 chat has two; a big meeting stops early). */
export const teamsChatMembers: ChatMembers = async (context) => {
  const ids: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, 100, continuationToken);
    for (const member of page.members ?? []) {
      // The Agents Playground's member list names the Entra id `objectId`; Teams names it `aadObjectId`.
      const id = member.aadObjectId ?? (member as { objectId?: string }).objectId;
      if (typeof id === 'string' && id.length > 0) ids.push(id);
    }
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken && ids.length <= 2);
  return ids;
};

/**
 * The manager-report pair a meeting chat is between, or null. Only a chat of exactly those two
 * people counts: anything posted there about their 1:1 must reach nobody else.
 */
export async function meetingPairOf(directory: Pick<DirectoryRepository, 'getPeople'>, tenantId: string, memberIds: readonly string[]): Promise<{ manager: Person; report: Person } | null> {
  const unique = [...new Set(memberIds.map((id) => id.toLowerCase()))];
  if (unique.length !== 2) return null;
  const people = (await directory.getPeople(tenantId, memberIds)).filter((p) => p.tenantId === tenantId);
  if (people.length !== 2) return null;
  const [a, b] = people as [Person, Person];
  if (b.managerId === a.id) return { manager: a, report: b };
  if (a.managerId === b.id) return { manager: b, report: a };
  return null;
}
