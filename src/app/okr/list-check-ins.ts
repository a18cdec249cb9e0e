import type { CheckIn } from '../../domain/okr/check-in.js';
import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { parseKeyResultId } from '../../domain/okr/okr-ids.js';
import { fail, type Result } from '../../domain/shared/result.js';
import type { Page, PageRequest } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';
import { notFound } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';

/** A key result's check-in history, newest first. */
export async function listCheckIns(
  deps: OkrDeps,
  ctx: RequestContext,
  keyResultId: string,
  page: PageRequest,
): Promise<Result<Page<CheckIn>, OkrErrorCode | 'STORE.BAD_CONTINUATION'>> {
  const parsed = parseKeyResultId(keyResultId);
  if (!parsed) return notFound('key result');
  const objective = await deps.goals.getObjective(ctx.actor.tenantId, parsed.objectiveId);
  if (!objective || !objective.value.keyResults.some((kr) => kr.id === keyResultId)) {
    // Deleted key results keep their history, reachable while their objective exists.
    if (!objective) return notFound('key result');
  }
  const found = await deps.goals.listCheckIns(ctx.actor.tenantId, keyResultId, page);
  return found.ok ? found : fail(found.code, found.message);
}
