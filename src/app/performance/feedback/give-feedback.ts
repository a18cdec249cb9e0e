import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { FeedbackErrorCode } from '../../../domain/performance/feedback/feedback-error-codes.js';
import { feedbackId, praiseId } from '../../../domain/performance/feedback/feedback-ids.js';
import { createFeedbackItem, KIND_OF, type FeedbackVisibility } from '../../../domain/performance/feedback/feedback-item.js';
import { invalid } from '../../../domain/performance/feedback/feedback-validation.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { FeedbackNotifier } from './feedback-notifier.js';
import { toFeedbackView, type FeedbackView } from './feedback-views.js';

export interface GiveFeedbackInput {
  readonly recipientId: string;
  readonly visibility: FeedbackVisibility;
  readonly text: string;
  /** Praise only: also post it to a channel of this team (one the recipient belongs to, with the bot installed). */
  readonly teamId?: string | null;
}

/** Gives feedback or praise to someone else in the tenant; praise can also go to a team channel. */
export async function giveFeedback(deps: PerformanceDeps, notifier: FeedbackNotifier, ctx: RequestContext, input: GiveFeedbackInput): Promise<Result<FeedbackView, FeedbackErrorCode>> {
  return guarded(deps, ctx, 'feedback.give', async (guard) => {
    const tenantId = ctx.actor.tenantId;
    const recipient = await deps.directory.getPerson(tenantId, input.recipientId);
    if (!recipient || recipient.tenantId !== tenantId || !(await guard.subject(recipient.id))) return notFound('That person');
    const unique = deps.ids.unique();
    const created = createFeedbackItem({
      tenantId,
      id: input.visibility === 'praise' ? praiseId(unique) : feedbackId(recipient.id, unique),
      subjectId: recipient.id,
      authorId: ctx.actor.id,
      visibility: input.visibility,
      text: input.text,
      createdAt: deps.clock.now().toISOString(),
      channelTeamId: input.teamId ?? null,
    });
    if (!created.ok) return created;
    const item = created.value;
    if (item.channelTeamId !== null) {
      if (!recipient.teamIds.includes(item.channelTeamId)) return invalid('praise.team-not-theirs', 'teamId', `${recipient.displayName} is not in that team`);
      const postable = await notifier.postableTeams(tenantId, [item.channelTeamId]);
      if (!postable.includes(item.channelTeamId)) return invalid('praise.channel-unavailable', 'teamId', 'Tandem is not installed in a channel of that team');
    }
    const allowed = await guard.require('write', KIND_OF[item.visibility], itemFacts(item));
    if (!allowed.ok) return allowed;
    const stored = await deps.feedback.createFeedback(item);
    if (!stored.ok) throw new Error(`feedback ${item.id} could not be stored: ${stored.message}`);
    if (item.channelTeamId !== null) await notifier.praiseGiven(item);
    return ok(toFeedbackView(stored.value));
  });
}
