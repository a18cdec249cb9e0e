/** A message taken from the queue: invisible to others until its visibility timeout ends or it is deleted. */
export interface ReceivedMessage {
  readonly messageId: string;
  /** Proves this receiver still holds the message; changes with every visibility update. */
  readonly popReceipt: string;
  /** How often the queue has handed the message out, this time included. */
  readonly dequeueCount: number;
  readonly body: string;
}

/**
 * The proactive send queue (Azure Storage queues; Azurite locally). At-least-once: a message that is
 * not deleted comes back after its visibility timeout, which is what makes a crashed worker harmless.
 */
export interface SendQueue {
  /** Adds a message, visible after `visibilityDelayMs` (0: at once). Messages do not expire. */
  enqueue(body: string, options?: { readonly visibilityDelayMs?: number }): Promise<void>;
  /** Up to `max` (at most 32) messages, hidden from others for `visibilityTimeoutMs`. */
  receive(max: number, visibilityTimeoutMs: number): Promise<ReceivedMessage[]>;
  /** False when the message was gone or the receipt is stale (another receiver holds it now). */
  delete(messageId: string, popReceipt: string): Promise<boolean>;
  /**
   * Hides a held message for `visibilityTimeoutMs` more (0: visible at once), optionally with a new
   * body. Returns the new pop receipt, or null when the message is gone or the receipt is stale.
   */
  updateVisibility(messageId: string, popReceipt: string, visibilityTimeoutMs: number, body?: string): Promise<string | null>;
}
