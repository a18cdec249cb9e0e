/**
 * A Bot Framework conversation reference, kept as the JSON the bot received (the app layer does not
 * depend on botbuilder). The typed fields are the ones Tandem reads itself.
 */
export interface StoredConversation {
  readonly tenantId: string;
  /** The person (personal chat) or team (channel) this conversation reaches. */
  readonly ownerId: string;
  readonly scope: 'personal' | 'team' | 'groupChat';
  readonly conversationId: string;
  readonly serviceUrl: string;
  /** The full reference as botbuilder's TurnContext.getConversationReference returned it. */
  readonly reference: Readonly<Record<string, unknown>>;
  readonly updatedAt: string;
  /** Set when Teams answered 403/404 because the app was removed: skipped until installed again. */
  readonly uninstalledAt: string | null;
}

/** Where the bot keeps how to reach people and teams proactively (the shared `directory` container). */
export interface ConversationReferences {
  save(conversation: StoredConversation): Promise<void>;
  /**
   * Saves the reference of an install and says, atomically, whether it is a new one (nothing stored,
   * or only an uninstalled one): Teams sends two install activities back to back, and only one of
   * them may welcome the person.
   */
  install(conversation: StoredConversation): Promise<boolean>;
  get(tenantId: string, scope: StoredConversation['scope'], ownerId: string): Promise<StoredConversation | null>;
  markUninstalled(tenantId: string, scope: StoredConversation['scope'], ownerId: string, at: string): Promise<void>;
}
