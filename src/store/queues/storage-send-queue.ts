import type { TokenCredential } from '@azure/core-auth';
import { QueueClient, StorageSharedKeyCredential } from '@azure/storage-queue';
import type { ReceivedMessage, SendQueue } from '../../app/notifications/ports/send-queue.js';

/** Azure Storage's limits: visibility up to 7 days, at most 32 messages per receive. */
const MAX_VISIBILITY_SECONDS = 7 * 24 * 3600;
const MAX_BATCH = 32;

/** The storage emulator's well-known development account (public, documented by Microsoft). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1';
export const AZURITE_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export type QueueCredential =
  | { readonly kind: 'shared-key'; readonly accountName: string; readonly accountKey: string }
  | { readonly kind: 'token'; readonly credential: TokenCredential };

const seconds = (ms: number, min: number): number => Math.min(MAX_VISIBILITY_SECONDS, Math.max(min, Math.ceil(ms / 1000)));

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'statusCode' in error && typeof (error as { statusCode: unknown }).statusCode === 'number'
    ? (error as { statusCode: number }).statusCode
    : undefined;

/**
 * The send queue on Azure Storage queues: Azurite locally (shared key of the development account),
 * the goals identity in Azure (Storage Queue Data Contributor on the account). Message bodies are
 * the pipeline's JSON envelopes as plain text; messages never expire (TTL -1), so a long outage of
 * Teams does not silently drop reminders.
 */
export class StorageSendQueue implements SendQueue {
  constructor(private readonly client: QueueClient) {}

  async enqueue(body: string, options: { readonly visibilityDelayMs?: number } = {}): Promise<void> {
    const delay = options.visibilityDelayMs ?? 0;
    await this.client.sendMessage(body, { messageTimeToLive: -1, ...(delay > 0 ? { visibilityTimeout: seconds(delay, 0) } : {}) });
  }

  async receive(max: number, visibilityTimeoutMs: number): Promise<ReceivedMessage[]> {
    const response = await this.client.receiveMessages({ numberOfMessages: Math.max(1, Math.min(MAX_BATCH, max)), visibilityTimeout: seconds(visibilityTimeoutMs, 1) });
    return response.receivedMessageItems.map((m) => ({ messageId: m.messageId, popReceipt: m.popReceipt, dequeueCount: m.dequeueCount, body: m.messageText }));
  }

  async delete(messageId: string, popReceipt: string): Promise<boolean> {
    try {
      await this.client.deleteMessage(messageId, popReceipt);
      return true;
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 400) return false;
      throw error;
    }
  }

  async updateVisibility(messageId: string, popReceipt: string, visibilityTimeoutMs: number, body?: string): Promise<string | null> {
    try {
      const response = await this.client.updateMessage(messageId, popReceipt, body, seconds(visibilityTimeoutMs, 0));
      return response.popReceipt ?? null;
    } catch (error) {
      if (statusOf(error) === 404 || statusOf(error) === 400) return null;
      throw error;
    }
  }
}

/** Connects to `<endpoint>/<queueName>` and creates the queue if it does not exist. */
export async function createStorageSendQueue(endpoint: string, queueName: string, credential: QueueCredential): Promise<StorageSendQueue> {
  const url = `${endpoint.replace(/\/+$/, '')}/${queueName}`;
  const client =
    credential.kind === 'shared-key'
      ? new QueueClient(url, new StorageSharedKeyCredential(credential.accountName, credential.accountKey))
      : new QueueClient(url, credential.credential);
  await client.createIfNotExists();
  return new StorageSendQueue(client);
}
