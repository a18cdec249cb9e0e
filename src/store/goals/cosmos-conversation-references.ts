import type { Container } from '@azure/cosmos';
import type { ConversationReferences, StoredConversation } from '../../app/ports/conversation-references.js';
import { createDoc, readDoc, replaceDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
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

  async install(conversation: StoredConversation): Promise<boolean> {
    const doc: ConversationDocument = {
      ...conversation,
      id: conversationId(conversation.scope, conversation.ownerId),
      pk: directoryPartition(conversation.tenantId),
      type: 'conversation',
    };
    if ((await createDoc(this.directory, doc)).ok) return true;
    const existing = await readDoc<ConversationDocument>(this.directory, doc.id, doc.pk);
    if (!existing) return (await createDoc(this.directory, doc)).ok;
    // Reviving an uninstalled reference is a new install too; the ETag lets only one writer win.
    const replaced = await replaceDoc(this.directory, doc, existing.etag);
    return replaced.ok && existing.doc.uninstalledAt !== null;
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
