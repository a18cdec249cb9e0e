import type { Activity } from 'botbuilder';
import type { DirectoryRepository } from '../src/app/ports/directory-repository.js';
import type { Person } from '../src/domain/people/person.js';

/** Who sent an activity, as far as the activity itself says (the adapter verified it in azure mode). */
export interface ActivityIdentity {
  readonly tenantId: string;
  readonly aadObjectId: string;
}

export type ConversationScope = 'personal' | 'team' | 'groupChat';

/**
 * The tenant of an activity: `conversation.tenantId`, else `channelData.tenant.id`. When both are
 * present they must agree; an activity that names two tenants names none.
 */
export function activityTenantId(activity: Partial<Activity>): string | null {
  const fromConversation = typeof activity.conversation?.tenantId === 'string' && activity.conversation.tenantId.length > 0 ? activity.conversation.tenantId : null;
  const channelTenant: unknown = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromChannelData = typeof channelTenant === 'string' && channelTenant.length > 0 ? channelTenant : null;
  if (fromConversation && fromChannelData && fromConversation.toLowerCase() !== fromChannelData.toLowerCase()) return null;
  return fromConversation ?? fromChannelData;
}

export function activityIdentity(activity: Partial<Activity>): ActivityIdentity | null {
  const tenantId = activityTenantId(activity);
  const aadObjectId = activity.from?.aadObjectId;
  return tenantId && typeof aadObjectId === 'string' && aadObjectId.length > 0 ? { tenantId, aadObjectId } : null;
}

/** The directory record of the activity's sender, or null when the sender is unknown in that tenant. */
export async function resolvePerson(directory: DirectoryRepository, activity: Partial<Activity>): Promise<Person | null> {
  const identity = activityIdentity(activity);
  if (!identity) return null;
  const person = await directory.getPerson(identity.tenantId, identity.aadObjectId);
  return person && person.tenantId === identity.tenantId ? person : null;
}

export function conversationScope(activity: Partial<Activity>): ConversationScope {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'team';
    case 'groupChat':
      return 'groupChat';
    case 'personal':
      return 'personal';
    default:
      return activity.conversation?.isGroup ? 'groupChat' : 'personal';
  }
}

/** The Teams team id of a channel activity (channelData.team.id). */
export function teamIdOf(activity: Partial<Activity>): string | null {
  const id: unknown = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

export function teamNameOf(activity: Partial<Activity>): string | null {
  const name: unknown = (activity.channelData as { team?: { name?: unknown } } | undefined)?.team?.name;
  return typeof name === 'string' && name.length > 0 ? name : null;
}
