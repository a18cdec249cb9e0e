import type { Container } from '@azure/cosmos';
import type { ConversationReferences, StoredConversation } from '../../app/ports/conversation-references.js';
import { readDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { directoryPartition } from '../cosmos/partition-keys.js';

type ConversationDocument = StoredConversation & { id: string; pk: string; type: 'conversation' };

// One reference per person (personal chat) and per team or group chat; a reinstall replaces it.
const conversationId = (scope: StoredConversation['scope'], ownerId: string): string => `conversation.${scope}.${ownerId}`;

/** Bot conversation references on the shared `directory` container. */
export class CosmosConversationReferences implements ConversationReferences {
  constructor(private readonly directory: Container) {}

  async save(conversation: StoredConversation): Promise<void> {
    await upsertDoc(this.directory, {
      ...conversation,
      id: conversationId(conversation.scope, conversation.ownerId),
      pk: directoryPartition(conversation.tenantId),
      type: 'conversation',
    });
  }

  async get(tenantId: string, scope: StoredConversation['scope'], ownerId: string): Promise<StoredConversation | null> {
    const found = await readDoc<ConversationDocument>(this.directory, conversationId(scope, ownerId), directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId ? withoutFields<StoredConversation>(found.doc, ['id', 'pk', 'type']) : null;
  }

  async markUninstalled(tenantId: string, scope: StoredConversation['scope'], ownerId: string, at: string): Promise<void> {
    const existing = await this.get(tenantId, scope, ownerId);
    if (existing && existing.uninstalledAt === null) await this.save({ ...existing, uninstalledAt: at });
  }
}
