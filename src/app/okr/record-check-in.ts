import { createHash } from 'node:crypto';
import { applyCheckIn, makeCheckIn, type CheckIn, type CheckInInput } from '../../domain/okr/check-in.js';
import { acceptsCheckIns } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canCheckIn, isKeyResultOwnerOrContributor } from '../../domain/okr/okr-permissions.js';
import { findKeyResult } from '../../domain/okr/objective.js';
import { parseKeyResultId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { forbidden, MAX_WRITE_ATTEMPTS, notFound } from './objective-mutation.js';
import { toKeyResultView, type KeyResultView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';
import { loadOwnerContext } from './owner-context.js';

export interface RecordCheckInInput extends CheckInInput {
  /**
   * Makes a retried submission (a double-clicked card, a resent request) record once: the
   * check-in id is derived from it, so the second write finds the first.
   */
  readonly idempotencyKey?: string;
}

export interface RecordedCheckIn {
  readonly checkIn: CheckIn;
  readonly keyResult: KeyResultView;
  /** False when the idempotency key matched an earlier check-in and nothing new was written. */
  readonly created: boolean;
}

const checkInIdFor = (keyResultId: string, idempotencyKey: string | undefined, unique: string): string =>
  idempotencyKey === undefined ? `ci${unique}` : `ci${createHash('sha256').update(`${keyResultId}\n${idempotencyKey}`).digest('hex').slice(0, 24)}`;

/**
 * Records a check-in: the append-only check-in first, then the key result's current value with an
 * ETag-guarded retry loop, so no concurrent check-in is ever lost. Used by the API and the bot.
 * Round trips on the happy path: objective and cycle point reads (in parallel), one create, one replace.
 */
export async function recordCheckIn(
  deps: OkrDeps,
  ctx: RequestContext,
  keyResultId: string,
  input: RecordCheckInInput,
): Promise<Result<RecordedCheckIn, OkrErrorCode>> {
  const parsed = parseKeyResultId(keyResultId);
  if (!parsed) return notFound('key result');
  const { actor } = ctx;
  const [stored, cycle] = await Promise.all([deps.goals.getObjective(actor.tenantId, parsed.objectiveId), deps.goals.getCycle(actor.tenantId, parsed.cycleId)]);
  const keyResult = stored && findKeyResult(stored.value, keyResultId);
  if (!stored || !cycle || !keyResult) return notFound('key result');
  // Key result owners and contributors need no directory read; only the objective's owner side does.
  // The objective was read in the actor's own tenant, so the tenant check is already met.
  const plainlyAllowed = isKeyResultOwnerOrContributor(actor, stored.value, keyResult);
  const owner = plainlyAllowed ? null : await loadOwnerContext(deps.directory, actor, stored.value.owner);
  if (!plainlyAllowed && (!owner || !canCheckIn(actor, stored.value, keyResult, owner))) {
    return forbidden("Check-ins come from the key result's owner, the objective's owner and its contributors");
  }
  if (!acceptsCheckIns(cycle.value)) return fail(OKR_ERROR.cycleNotOpen, `The cycle ${cycle.value.name} is ${cycle.value.state}: check-ins happen while it is active`);

  const made = makeCheckIn(stored.value, keyResult, input, {
    id: checkInIdFor(keyResultId, input.idempotencyKey, deps.ids.unique()),
    authorId: actor.id,
    at: deps.clock.now().toISOString(),
  });
  if (!made.ok) return made;
  const created = await deps.goals.createCheckIn(made.value);
  if (!created.ok) {
    const earlier = created.code === 'STORE.DUPLICATE' ? await deps.goals.getCheckIn(actor.tenantId, parsed.cycleId, made.value.id) : null;
    if (!earlier) return fail(OKR_ERROR.writeContention, 'The check-in could not be saved; try again');
    const current = await deps.goals.getObjective(actor.tenantId, parsed.objectiveId);
    const kr = current && findKeyResult(current.value, keyResultId);
    return kr ? ok({ checkIn: earlier, keyResult: toKeyResultView(kr), created: false }) : notFound('key result');
  }

  let objective = stored;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    if (objective.value.state !== 'active' || !findKeyResult(objective.value, keyResultId)) break;
    const written = await deps.goals.replaceObjective(applyCheckIn(objective.value, made.value), objective.etag);
    if (written.ok) {
      return ok({ checkIn: made.value, keyResult: toKeyResultView(findKeyResult(written.value.value, keyResultId)!), created: true });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + attempt)));
    const reread = await deps.goals.getObjective(actor.tenantId, parsed.objectiveId);
    if (!reread) break;
    objective = reread;
  }
  // The key result could not take the value: take the check-in back so nothing is half-written.
  await deps.goals.deleteCheckIn(actor.tenantId, parsed.cycleId, made.value.id);
  return fail(OKR_ERROR.writeContention, 'The key result changed while checking in; try again');
}
