import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { StoredConversation } from '../src/app/ports/conversation-references.js';
import type { OutgoingMessage, ProactiveSender, SendOutcome } from '../src/app/ports/proactive-sender.js';

/** The part of CloudAdapter a proactive send needs (tests pass a TestAdapter subclass). */
export interface ContinueConversationAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  /** CloudAdapter's turn-state key of the turn's ConnectorClient. */
  readonly ConnectorClientKey?: symbol;
}

export interface SenderOptions {
  /**
   * Let botbuilder's HTTP pipeline retry 429/5xx/network errors itself (three times, sleeping through
   * Retry-After). Off by default: the send pipeline owns retries, per-tenant throttling and backoff,
   * so each send reports the connector's first answer at once.
   */
  readonly clientRetries?: boolean;
  /** A send with no answer after this long is reported as status 0 (it may still arrive). Default 30 s. */
  readonly timeoutMs?: number;
}

/** The name of @azure/core-rest-pipeline's retry policy in the ConnectorClient's pipeline (botbuilder 4.23). */
const RETRY_POLICY = 'defaultRetryPolicy';

/** Removes the HTTP pipeline's own retries from this turn's connector client (created per turn, so nothing else is affected). */
function withoutClientRetries(context: TurnContext, adapter: ContinueConversationAdapter): void {
  if (!adapter.ConnectorClientKey) return;
  const client = context.turnState.get(adapter.ConnectorClientKey) as { client?: { pipeline?: { removePolicy?: (options: { name: string }) => unknown } } } | undefined;
  client?.client?.pipeline?.removePolicy?.({ name: RETRY_POLICY });
}

const MAX_RETRY_AFTER_MS = 24 * 3600_000;

/** `Retry-After` as milliseconds: delta seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.min(value * 1000, MAX_RETRY_AFTER_MS);
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Math.round(Number(text) * 1000), MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/** Reads a header from whatever botbuilder's HTTP layer attached: core-http HttpHeaders, a Headers object, or a plain record. */
function headerOf(headers: unknown, name: string): unknown {
  if (!headers || typeof headers !== 'object') return undefined;
  const withGet = headers as { get?: (n: string) => unknown };
  if (typeof withGet.get === 'function') {
    const value = withGet.get(name);
    if (value !== undefined && value !== null) return value;
  }
  const record = headers as Record<string, unknown>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  if (key !== undefined) return record[key];
  const raw = (headers as { _headersMap?: Record<string, { value?: unknown } | unknown> })._headersMap?.[name];
  return raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
}

/**
 * Maps what botbuilder throws to the send pipeline's outcome: the HTTP status of the connector's
 * answer (429, 403, 404, 5xx...) with `Retry-After` when present; errors without a status (DNS,
 * refused or reset connections, timeouts) are status 0.
 */
export function mapSendError(error: unknown): SendOutcome & { ok: false } {
  const e = (error ?? {}) as { statusCode?: unknown; status?: unknown; response?: { status?: unknown; headers?: unknown }; message?: unknown };
  const candidates = [e.statusCode, e.response?.status, e.status];
  const status = (candidates.find((s) => typeof s === 'number' && s >= 100 && s <= 599) as number | undefined) ?? 0;
  const retryAfterMs = parseRetryAfter(headerOf(e.response?.headers, 'retry-after'));
  const message = typeof e.message === 'string' && e.message.length > 0 ? e.message.slice(0, 500) : String(error).slice(0, 500);
  return { ok: false, status, retryAfterMs, message };
}

/**
 * The real proactive sender: continues the stored conversation through the adapter and posts the
 * message. Never throws: every failure becomes `{ ok: false, status, retryAfterMs, message }`.
 */
export function createCloudAdapterSender(adapter: ContinueConversationAdapter, botAppId: string, options: SenderOptions = {}): ProactiveSender {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async send(conversation: StoredConversation, message: OutgoingMessage): Promise<SendOutcome> {
      const reference = conversation.reference as Partial<ConversationReference>;
      if (!reference || typeof reference.serviceUrl !== 'string' || !reference.conversation?.id) {
        return { ok: false, status: 400, retryAfterMs: null, message: 'The stored conversation reference has no serviceUrl or conversation id' };
      }
      let sent: { id: string | null } | null = null;
      let failure: unknown = null;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
        timer.unref();
      });
      try {
        const turn = adapter.continueConversationAsync(botAppId, reference, async (context) => {
          // Caught here: an error thrown out of the turn would go to the adapter's onTurnError instead of us.
          try {
            if (!options.clientRetries) withoutClientRetries(context, adapter);
            const response = await context.sendActivity(message as Partial<Activity>);
            sent = { id: response?.id ? String(response.id) : null };
          } catch (error) {
            failure = error ?? new Error('send failed');
          }
        });
        if ((await Promise.race([turn, timedOut])) === 'timeout') {
          turn.catch(() => undefined);
          return { ok: false, status: 0, retryAfterMs: null, message: `No answer from the connector within ${timeoutMs} ms; the message may still arrive` };
        }
      } catch (error) {
        failure = error ?? new Error('continueConversation failed');
      } finally {
        clearTimeout(timer);
      }
      if (failure !== null || sent === null) return mapSendError(failure ?? new Error('The message was not sent'));
      return { ok: true, activityId: (sent as { id: string | null }).id };
    },
  };
}
