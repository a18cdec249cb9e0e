import { APIConnectionTimeoutError, APIError, APIUserAbortError, AzureOpenAI, RateLimitError } from 'openai';
import { buildImprovePrompt, buildSuggestPrompt, type PromptMessages } from '../../domain/okr/coach/drafting-prompt.js';
import { DRAFTING_ERROR, type DraftedKeyResult, type DraftingErrorCode, type DraftingSubject, type ImproveSubject } from '../../domain/okr/coach/drafting.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { KeyResultDrafter } from '../../app/ports/key-result-drafter.js';
import { parseDraftedKeyResults } from './drafted-key-results-schema.js';

/** A GA Azure OpenAI data-plane version with JSON mode for chat completions. */
export const AZURE_OPENAI_API_VERSION = '2024-10-21';

export type AzureOpenAiAuth =
  /** Microsoft Entra tokens, e.g. getBearerTokenProvider(new ManagedIdentityCredential(...), scope). */
  | { readonly kind: 'token-provider'; readonly getToken: () => Promise<string> }
  /** An API key: tests against a loopback server only; production uses managed identity. */
  | { readonly kind: 'api-key'; readonly key: string };

export interface AzureOpenAiDrafterOptions {
  /** https://<resource>.openai.azure.com (tests: a loopback http URL). */
  readonly endpoint: string;
  readonly deployment: string;
  readonly timeoutMs: number;
  readonly auth: AzureOpenAiAuth;
  readonly apiVersion?: string;
  /** Told about every failure with its code and a short reason, for the log. Never given prompt text. */
  readonly onFailure?: (code: DraftingErrorCode, reason: string) => void;
}

type Failure = Result<never, DraftingErrorCode>;

/**
 * Key result drafting through Azure OpenAI chat completions (the official SDK). One attempt per
 * request within the configured timeout (the person is waiting; no silent retries behind a
 * spinner), JSON mode, and every answer parsed and validated before it goes anywhere. Nothing is
 * stored: a failure leaves no trace but the log line.
 */
export class AzureOpenAiKeyResultDrafter implements KeyResultDrafter {
  readonly provider = 'azure-openai' as const;
  private readonly client: AzureOpenAI;

  constructor(private readonly options: AzureOpenAiDrafterOptions) {
    const baseURL = `${options.endpoint.replace(/\/+$/, '')}/openai`;
    this.client = new AzureOpenAI({
      baseURL,
      deployment: options.deployment,
      apiVersion: options.apiVersion ?? AZURE_OPENAI_API_VERSION,
      ...(options.auth.kind === 'api-key' ? { apiKey: options.auth.key } : { azureADTokenProvider: options.auth.getToken }),
      organization: null,
      project: null,
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
  }

  async suggestKeyResults(subject: DraftingSubject): Promise<Result<DraftedKeyResult[], DraftingErrorCode>> {
    return this.complete(buildSuggestPrompt(subject));
  }

  async improveKeyResult(subject: ImproveSubject): Promise<Result<DraftedKeyResult, DraftingErrorCode>> {
    const drafted = await this.complete(buildImprovePrompt(subject));
    if (!drafted.ok) return drafted;
    const [first] = drafted.value;
    return first ? ok(first) : this.failure(DRAFTING_ERROR.invalidOutput, 'no key result in the answer');
  }

  private failure(code: DraftingErrorCode, reason: string): Failure {
    this.options.onFailure?.(code, reason);
    return fail(code, MESSAGES[code]);
  }

  private async complete(prompt: PromptMessages): Promise<Result<DraftedKeyResult[], DraftingErrorCode>> {
    let completion;
    try {
      completion = await this.client.chat.completions.create(
        {
          model: this.options.deployment,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          response_format: { type: 'json_object' },
        },
        { signal: AbortSignal.timeout(this.options.timeoutMs + 250) },
      );
    } catch (error) {
      return this.fromError(error);
    }
    const choice = completion.choices?.[0];
    if (!choice) return this.failure(DRAFTING_ERROR.invalidOutput, 'no choices');
    if (choice.message?.refusal) return this.failure(DRAFTING_ERROR.refused, 'the model refused');
    if (choice.finish_reason === 'content_filter') return this.failure(DRAFTING_ERROR.refused, 'content filter');
    const content = choice.message?.content;
    if (typeof content !== 'string' || content.trim().length === 0) return this.failure(DRAFTING_ERROR.invalidOutput, 'empty message');
    const drafts = parseDraftedKeyResults(content);
    if (!drafts) return this.failure(DRAFTING_ERROR.invalidOutput, 'the message is not the expected JSON');
    if (drafts.length === 0) return this.failure(DRAFTING_ERROR.invalidOutput, 'no valid key result in the answer');
    return ok(drafts);
  }

  private fromError(error: unknown): Failure {
    if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError || (error instanceof Error && error.name === 'TimeoutError')) {
      return this.failure(DRAFTING_ERROR.timeout, `no answer within ${this.options.timeoutMs} ms`);
    }
    if (error instanceof RateLimitError) {
      return this.failure(DRAFTING_ERROR.busy, `throttled (429), retry-after ${error.headers?.get('retry-after') ?? 'not given'}`);
    }
    if (error instanceof APIError) {
      // Azure answers a prompt its content filter blocks with 400 and code content_filter.
      if (error.status === 400 && error.code === 'content_filter') return this.failure(DRAFTING_ERROR.refused, 'content filter (400)');
      return this.failure(DRAFTING_ERROR.unavailable, `HTTP ${error.status ?? 'no status'} ${error.code ?? ''}`.trim());
    }
    return this.failure(DRAFTING_ERROR.unavailable, error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error');
  }
}

/** What the person reads when drafting fails: plain words, no internals. */
const MESSAGES: Record<DraftingErrorCode, string> = {
  'AI.OFF': 'Drafting key results is not switched on here.',
  'AI.TIMEOUT': 'The drafting service took too long to answer. Try again in a moment.',
  'AI.BUSY': 'The drafting service is busy right now. Try again in a minute.',
  'AI.REFUSED': 'The drafting service could not help with this objective. Try rewording it.',
  'AI.INVALID_OUTPUT': 'The drafts that came back were not usable. Try again.',
  'AI.UNAVAILABLE': 'The drafting service cannot be reached right now. Write the key results yourself or try later.',
};
