import { DefaultAzureCredential, ManagedIdentityCredential, getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import type { KeyResultDrafter } from '../../app/ports/key-result-drafter.js';
import type { DraftingErrorCode } from '../../domain/okr/coach/drafting.js';
import { AzureOpenAiKeyResultDrafter } from './azure-openai-drafter.js';
import { OfflineKeyResultDrafter } from './offline-drafter.js';

/** The Entra scope for Azure OpenAI data-plane calls. */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

export type DraftingSettings =
  | { readonly provider: 'off' }
  | { readonly provider: 'offline' }
  | { readonly provider: 'azure-openai'; readonly endpoint: string; readonly deployment: string; readonly timeoutMs: number };

export interface DrafterOptions {
  /**
   * The user-assigned managed identity to call Azure OpenAI with (azure mode: the goals identity,
   * never the reviews identity). Without it (local mode pointed at a real resource) the developer's
   * own sign-in is used through DefaultAzureCredential.
   */
  readonly managedIdentityClientId?: string;
  readonly onFailure?: (code: DraftingErrorCode, reason: string) => void;
}

/** The drafter the configuration asks for, or null when drafting is off. */
export function createKeyResultDrafter(settings: DraftingSettings, options: DrafterOptions = {}): KeyResultDrafter | null {
  switch (settings.provider) {
    case 'off':
      return null;
    case 'offline':
      return new OfflineKeyResultDrafter();
    case 'azure-openai': {
      const credential: TokenCredential = options.managedIdentityClientId
        ? new ManagedIdentityCredential({ clientId: options.managedIdentityClientId })
        : new DefaultAzureCredential();
      return new AzureOpenAiKeyResultDrafter({
        endpoint: settings.endpoint,
        deployment: settings.deployment,
        timeoutMs: settings.timeoutMs,
        auth: { kind: 'token-provider', getToken: getBearerTokenProvider(credential, COGNITIVE_SERVICES_SCOPE) },
        ...(options.onFailure ? { onFailure: options.onFailure } : {}),
      });
    }
  }
}
