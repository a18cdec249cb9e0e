import { itemFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import type { Person } from '../../../domain/people/person.js';
import { guarded } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { toFeedbackView, type FeedbackView } from './feedback-views.js';

export interface PraisePost {
  readonly praise: FeedbackView;
  readonly author: Person;
  readonly subject: Person;
}

/**
 * The praise to post in a team's channel, at send time: null when it is gone, was not meant for that
 * team, or its subject is no longer in the team. The post is the author's doing, so the policy is
 * asked (and the audit written) as the author.
 */
export async function getPraiseForChannelPost(deps: PerformanceDeps, tenantId: string, teamId: string, praiseId: string): Promise<PraisePost | null> {
  const praise = await deps.feedback.getPraise(tenantId, praiseId);
  if (!praise || praise.channelTeamId !== teamId) return null;
  const [author, subject] = await Promise.all([deps.directory.getPerson(tenantId, praise.authorId), deps.directory.getPerson(tenantId, praise.subjectId)]);
  if (!author || !subject || author.tenantId !== tenantId || subject.tenantId !== tenantId) return null;
  return guarded(deps, { actor: author }, 'feedback.post-praise', async (guard) => {
    if (!(await guard.allows('read', 'praise', itemFacts(praise)))) return null;
    return subject.teamIds.includes(teamId) ? { praise: toFeedbackView(praise), author, subject } : null;
  });
}
