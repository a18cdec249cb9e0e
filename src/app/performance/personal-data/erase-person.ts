import { confirmsErasure, mentionsOf, REMOVED_TEXT, TOMBSTONE_NAME, tombstoneOf } from '../../../domain/performance/personal-data/erasure-markers.js';
import type { PersonalDataErrorCode } from '../../../domain/performance/personal-data/personal-data-error-codes.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import { listAllPeople } from '../../people/list-all-people.js';
import type { ErasureRecord } from '../../ports/erasure-ledger.js';
import type { DirectoryErasureTally, GoalsErasureRequest, OkrErasureTally } from '../../ports/goals-erasure.js';
import type { RequestContext } from '../../request-context.js';
import { guarded } from '../access-guard.js';
import { eraseConversationRecords, type ConversationErasureTally } from './erase-conversation-records.js';
import { eraseFeedbackRecords, type FeedbackErasureTally } from './erase-feedback-records.js';
import { eraseReviewRecords, type ErasureTarget, type ReviewErasureTally } from './erase-review-records.js';
import type { PersonalDataDeps } from './personal-data-deps.js';
import { openPersonalData } from './personal-data-gate.js';

export interface ErasureTally {
  readonly reviews: ReviewErasureTally;
  readonly feedback: FeedbackErasureTally;
  readonly conversations: ConversationErasureTally;
  readonly okrs: OkrErasureTally;
  readonly directory: DirectoryErasureTally;
  readonly aggregatesDropped: number;
}

/** The answer to POST /people/:personId/erase. */
export interface ErasureOutcome {
  readonly personId: string;
  /** 'already-erased': an erasure finished before; nothing was changed now. */
  readonly status: 'erased' | 'already-erased';
  /** How many times it was run (more than one after an interrupted erasure was run again). */
  readonly runs: number;
  readonly startedAt: string;
  readonly completedAt: string;
  /** What this run changed; null when it changed nothing. */
  readonly tally: ErasureTally | null;
}

const steps = ['reviews', 'feedback', 'conversations', 'okrs', 'directory', 'tombstone', 'aggregates'] as const;
type Step = (typeof steps)[number];

/**
 * HR: erases a person across both stores, keeping every aggregate (PERSONAL-DATA.md). Idempotent and
 * resumable: each step leaves alone what is done, the directory record becomes a tombstone only after
 * every step that needs the person's name, and the erasure counts as finished only once all steps
 * are; a run that stops half-way answers PERF.ERASURE_INCOMPLETE and finishes when run again. One
 * audit record per request (append-only, ids only); audit records themselves are never changed.
 */
export async function erasePerson(deps: PersonalDataDeps, ctx: RequestContext, personId: string, confirm: string): Promise<Result<ErasureOutcome, PersonalDataErrorCode>> {
  return guarded(deps, ctx, 'personal-data.erase', async (guard) => {
    const opened = await openPersonalData(deps, guard, personId);
    if (!opened.ok) return opened;
    const person = opened.value;
    const tenantId = person.tenantId;
    if (!confirmsErasure(person, confirm)) {
      return fail('PERF.CONFIRMATION_MISMATCH', 'Type the person’s display name (or id) to confirm the erasure', { fields: { confirm: 'Does not name this person' } });
    }
    const previous = await deps.erasures.get(tenantId, person.id);
    if (previous?.completedAt) {
      return ok({ personId: person.id, status: 'already-erased', runs: previous.runs, startedAt: previous.startedAt, completedAt: previous.completedAt, tally: null });
    }
    const reports = await deps.directory.queryPeople(tenantId, { managerId: person.id }, { limit: 1 });
    if (reports.ok && reports.value.items.length > 0) {
      return fail('PERF.HAS_DIRECT_REPORTS', 'People still report to them: move their reports to another manager first');
    }

    const now = deps.clock.now().toISOString();
    const started: ErasureRecord = {
      tenantId,
      personId: person.id,
      startedAt: previous?.startedAt ?? now,
      startedBy: previous?.startedBy ?? ctx.actor.id,
      runs: (previous?.runs ?? 0) + 1,
      completedAt: null,
      completedBy: null,
    };
    await deps.erasures.save(started);
    // Empty once the tombstone is written: a run resumed after that point has nothing left to name.
    const mentions = mentionsOf(person);
    const target: ErasureTarget = { tenantId, personId: person.id, mentions, mentionReplacement: TOMBSTONE_NAME, now };
    const goals: GoalsErasureRequest = { tenantId, personId: person.id, mentions, mentionReplacement: TOMBSTONE_NAME, removedText: REMOVED_TEXT };

    let step: Step = 'reviews';
    try {
      const reviews = await eraseReviewRecords(deps, target);
      step = 'feedback';
      const feedback = await eraseFeedbackRecords(deps, target);
      step = 'conversations';
      const everyoneElse = (await listAllPeople(deps.directory, tenantId)).filter((p) => p.id !== person.id);
      const conversations = await eraseConversationRecords(deps, target, everyoneElse);
      step = 'okrs';
      const okrs = await deps.goalsErasure.eraseOkrContent(goals);
      step = 'directory';
      const directory = await deps.goalsErasure.eraseDirectoryExtras(goals);
      step = 'tombstone';
      await deps.directory.upsertPeople([tombstoneOf(person, now)]);
      // After the tombstone: aggregates rebuilt from now on name the tombstone, not the person.
      step = 'aggregates';
      const aggregatesDropped = await deps.goalsErasure.dropDerivedAggregates(tenantId);
      const completedAt = deps.clock.now().toISOString();
      await deps.erasures.save({ ...started, completedAt, completedBy: ctx.actor.id });
      return ok({ personId: person.id, status: 'erased', runs: started.runs, startedAt: started.startedAt, completedAt, tally: { reviews, feedback, conversations, okrs, directory, aggregatesDropped } });
    } catch (error) {
      deps.onErasureStepFailed?.(step, error);
      return fail('PERF.ERASURE_INCOMPLETE', `The erasure stopped at the ${step} step. What is done stays done: run it again to finish it`, { step });
    }
  });
}
