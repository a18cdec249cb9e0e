import { TurnContext } from 'botbuilder';
import type { StoredConversation } from '../src/app/ports/conversation-references.js';
import type { BotServices } from './bot-services.js';
import { activityTenantId, conversationScope, teamIdOf } from './turn-identity.js';

/** A personal reference is written again at most this often when nothing in it changed. */
const REFRESH_AFTER_MS = 24 * 3600_000;

/**
 * Whom a conversation reaches: the person (personal chat, by Entra object id, which is the person's
 * id in Tandem), the Teams team (channel: channelData.team.id) or the group chat (its conversation id).
 */
export function conversationOwner(context: TurnContext): { tenantId: string; scope: StoredConversation['scope']; ownerId: string } | null {
  const { activity } = context;
  const tenantId = activityTenantId(activity);
  if (!tenantId) return null;
  const scope = conversationScope(activity);
  const ownerId = scope === 'personal' ? activity.from?.aadObjectId : scope === 'team' ? (teamIdOf(activity) ?? activity.conversation?.id) : activity.conversation?.id;
  return ownerId ? { tenantId, scope, ownerId } : null;
}

/** The reference to store: the conversation, not the activity (proactive messages start new threads). */
function referenceOf(context: TurnContext): Record<string, unknown> {
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(context.activity);
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

/**
 * Saves how to reach this conversation proactively. Returns whether it is a new install (nothing was
 * stored, or the stored one was uninstalled), which is when a welcome is due.
 */
export async function rememberConversation(services: BotServices, context: TurnContext, options: { onlyIfChanged?: boolean } = {}): Promise<{ saved: boolean; isNew: boolean }> {
  const owner = conversationOwner(context);
  const { activity } = context;
  if (!owner || !activity.conversation?.id || !activity.serviceUrl) return { saved: false, isNew: false };
  const now = services.okr.clock.now();
  const record: StoredConversation = {
    tenantId: owner.tenantId,
    ownerId: owner.ownerId,
    scope: owner.scope,
    conversationId: activity.conversation.id,
    serviceUrl: activity.serviceUrl,
    reference: referenceOf(context),
    updatedAt: now.toISOString(),
    uninstalledAt: null,
  };
  if (!options.onlyIfChanged) return { saved: true, isNew: await services.conversations.install(record) };
  const existing = await services.conversations.get(owner.tenantId, owner.scope, owner.ownerId);
  const isNew = existing === null || existing.uninstalledAt !== null;
  if (
    !isNew &&
    existing.conversationId === activity.conversation.id &&
    existing.serviceUrl === activity.serviceUrl &&
    now.getTime() - Date.parse(existing.updatedAt) < REFRESH_AFTER_MS
  ) {
    return { saved: false, isNew: false };
  }
  await services.conversations.save(record);
  return { saved: true, isNew };
}

/** The app was removed from this conversation: stop sending there until it is installed again. */
export async function forgetConversation(services: BotServices, context: TurnContext): Promise<boolean> {
  const owner = conversationOwner(context);
  if (!owner) return false;
  await services.conversations.markUninstalled(owner.tenantId, owner.scope, owner.ownerId, services.okr.clock.now().toISOString());
  return true;
}
