/** The writing coach's API as the tab uses it: the server's own types, imported as types only. */
import type { ApiClient } from '../api/api-client.js';
export type { CoachCheck, CoachSpec, CoachKeyResult } from '../../../src/domain/okr/coach/coach-checks.js';
export type { DraftedKeyResult } from '../../../src/domain/okr/coach/drafting.js';
export type { OkrTemplate } from '../../../src/domain/okr/coach/templates.js';
export type { TemplatesView } from '../../../src/app/okr/coach/okr-templates.js';
export type { DraftsView, RewriteView } from '../../../src/app/okr/coach/draft-key-results.js';
import type { CoachCheck, CoachKeyResult } from '../../../src/domain/okr/coach/coach-checks.js';
import type { Alignment, Commitment, ObjectiveLevel, ObjectiveOwner } from '../../../src/domain/okr/objective.js';
import type { KeyResultSpec } from '../../../src/domain/okr/key-result.js';

export type DraftingMode = 'off' | 'offline' | 'azure-openai';

export interface CheckRequest {
  readonly cycleId: string;
  readonly objectiveId: string | null;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly title: string;
  readonly description: string;
  readonly commitment: Commitment;
  readonly alignments: readonly Alignment[];
  readonly keyResults: readonly CoachKeyResult[];
}

export interface DraftingRequest {
  readonly cycleId: string;
  readonly objective: { title: string; description: string; level: ObjectiveLevel; commitment: Commitment; keyResults: { title: string }[] };
  readonly alignTo: string | null;
  readonly teamId: string | null;
}

export interface ImproveRequest extends DraftingRequest {
  readonly keyResult: { title: string; spec: KeyResultSpec | null };
}

const capabilities = new WeakMap<ApiClient, Promise<DraftingMode>>();

/** Whether drafting is on (and how), asked once per session; a failed answer counts as off. */
export function draftingMode(api: ApiClient): Promise<DraftingMode> {
  let known = capabilities.get(api);
  if (!known) {
    known = api.get<{ drafting: DraftingMode }>('/coach/capabilities').then(
      (r) => r.drafting,
      () => 'off' as const,
    );
    capabilities.set(api, known);
  }
  return known;
}

export const checkDraft = (api: ApiClient, request: CheckRequest) => api.post<{ checks: CoachCheck[] }>('/coach/check', request).then((r) => r.checks);
