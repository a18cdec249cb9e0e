import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { notFound } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { FeedbackNotifier } from './feedback-notifier.js';

export interface PraiseChannel {
  readonly teamId: string;
  readonly name: string;
}

/**
 * The teams whose channel a praise for this person can be posted to: teams the person belongs to in
 * which Tandem is installed. Team membership is directory data, public in the tenant; no restricted
 * data is read, so nothing is audited.
 */
export async function listPraiseChannels(deps: PerformanceDeps, notifier: FeedbackNotifier, ctx: RequestContext, personId: string): Promise<Result<{ items: PraiseChannel[] }, PerformanceErrorCode>> {
  const tenantId = ctx.actor.tenantId;
  const person = await deps.directory.getPerson(tenantId, personId);
  if (!person || person.tenantId !== tenantId) return notFound('That person');
  const postable = new Set(await notifier.postableTeams(tenantId, person.teamIds));
  const teams = await deps.directory.listTeams(tenantId);
  const items = teams.filter((t) => postable.has(t.id)).map((t) => ({ teamId: t.id, name: t.name }));
  return ok({ items: items.sort((a, b) => a.name.localeCompare(b.name)) });
}
