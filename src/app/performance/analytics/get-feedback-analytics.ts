import { countByMonth, monthsEnding, type FeedbackEvent } from '../../../domain/performance/analytics/feedback-activity.js';
import { disclose, discloseBreakdown } from '../../../domain/performance/analytics/small-groups.js';
import { groupByTeam } from '../../../domain/performance/analytics/team-groups.js';
import { itemFacts, responseFacts } from '../../../domain/performance/feedback/feedback-facts.js';
import { KIND_OF, type FeedbackItem } from '../../../domain/performance/feedback/feedback-item.js';
import type { PerformanceErrorCode } from '../../../domain/performance/performance-error-codes.js';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../../../domain/performance/reviews/review-cycle.js';
import type { Person } from '../../../domain/people/person.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { Page, PageRequest } from '../../ports/goals-repository.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, notFound, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadAnalyticsViewer, teamNameOf } from './analytics-viewer.js';
import { mapLimited } from './map-limited.js';
import type { FeedbackAggregate, FeedbackAnalyticsView, TeamAggregateView } from './analytics-views.js';

export const DEFAULT_FEEDBACK_MONTHS = 6;
/** Feedback has no cycle to carry a threshold: the default anonymity threshold applies. */
export const FEEDBACK_THRESHOLD = DEFAULT_ANONYMITY_THRESHOLD;
const PEOPLE_AT_ONCE = 8;
const PAGE: PageRequest = { limit: 200 };

type Pager<T> = (page: PageRequest) => Promise<Result<Page<T>, string>>;

/**
 * Every item of a newest-first list, page by page, until an item older than `since` (when given):
 * the lists here are sorted newest first, so the rest is older still.
 */
async function readAll<T>(pager: Pager<T>, olderThan?: (item: T) => boolean): Promise<T[]> {
  const items: T[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await pager(continuationToken ? { ...PAGE, continuationToken } : PAGE);
    if (!page.ok) break;
    for (const item of page.value.items) {
      if (olderThan?.(item)) return items;
      items.push(item);
    }
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  return items;
}

/** Feedback items the viewer may read, each asked of the policy. */
async function readable(guard: AccessGuard, items: readonly FeedbackItem[]): Promise<FeedbackItem[]> {
  const kept: FeedbackItem[] = [];
  for (const item of items) if (await guard.allows('read', KIND_OF[item.visibility], itemFacts(item))) kept.push(item);
  return kept;
}

/** One person's activity since `since` that the viewer may read: given, received (praise aside) and answered. */
async function activityOf(deps: PerformanceDeps, guard: AccessGuard, person: Person, since: string): Promise<FeedbackEvent[]> {
  const tenantId = person.tenantId;
  const old = (item: FeedbackItem) => item.createdAt < since;
  const [about, given, invited] = await Promise.all([
    readAll((page) => deps.feedback.listFeedbackAbout(tenantId, person.id, {}, page), old),
    // Listed in the order they were given (their links), newest first.
    readAll((page) => deps.feedback.listFeedbackGivenBy(tenantId, person.id, page), old),
    // A recent answer can belong to an old request: read them all.
    readAll((page) => deps.feedback.listRequestsFor(tenantId, person.id, page)),
  ]);
  const events: FeedbackEvent[] = [];
  for (const item of await readable(guard, about)) events.push({ personId: person.id, activity: 'received', at: item.createdAt });
  for (const item of await readable(guard, given)) events.push({ personId: person.id, activity: 'given', at: item.createdAt });
  for (const request of invited) {
    const response = await deps.feedback.getResponse(tenantId, request.id, person.id);
    if (!response || response.value.submittedAt < since) continue;
    if (await guard.allows('read', 'feedback-response', responseFacts(response.value, request))) {
      events.push({ personId: person.id, activity: 'requestsAnswered', at: response.value.submittedAt });
    }
  }
  return events;
}

/**
 * HR (the tenant) or a manager (the people below them): how much feedback people give, receive and
 * answer, by month and by team. Only what the viewer may read counts: a manager's count of feedback
 * their reports gave leaves out private feedback to people outside the manager's own chain.
 */
export async function getFeedbackAnalytics(deps: PerformanceDeps, ctx: RequestContext, query: { months?: number | undefined }): Promise<Result<FeedbackAnalyticsView, PerformanceErrorCode>> {
  return guarded(deps, ctx, 'analytics.feedback', async (guard) => {
    const viewer = await loadAnalyticsViewer(deps, guard, 'feedback-private', 'feedback');
    if (!viewer) return notFound('That analytics view');
    const months = monthsEnding(deps.clock.now(), query.months ?? DEFAULT_FEEDBACK_MONTHS);
    const since = `${months[0]}-01T00:00:00.000Z`;
    const tenantId = guard.actor.tenantId;
    const inScope = new Set(viewer.people.map((p) => p.id));

    // Praise lives in one tenant-wide partition: one list for everyone's praise received.
    const praise = await readAll((page) => deps.feedback.listPraise(tenantId, {}, page), (item) => item.createdAt < since);
    const praiseReceived = await readable(guard, praise.filter((item) => inScope.has(item.subjectId)));
    const events: FeedbackEvent[] = praiseReceived.map((item) => ({ personId: item.subjectId, activity: 'received', at: item.createdAt }));
    for (const personal of await mapLimited(viewer.people, PEOPLE_AT_ONCE, (person) => activityOf(deps, guard, person, since))) events.push(...personal);

    const eventsOf = new Map<string, FeedbackEvent[]>();
    for (const event of events) eventsOf.set(event.personId, [...(eventsOf.get(event.personId) ?? []), event]);
    const facts = viewer.people.map((p) => ({ teamIds: p.teamIds, events: eventsOf.get(p.id) ?? [] }));
    const aggregate = (members: readonly (typeof facts)[number][]): FeedbackAggregate => countByMonth(members.flatMap((m) => m.events), months);

    const overall = disclose(facts.length, aggregate(facts), FEEDBACK_THRESHOLD);
    const byTeam: TeamAggregateView<FeedbackAggregate>[] = discloseBreakdown(
      groupByTeam(facts).map((t) => ({ key: t.teamId, people: t.members.length, value: aggregate(t.members) })),
      FEEDBACK_THRESHOLD,
      { shown: overall.shown, people: facts.length },
    ).map(({ key, aggregate: a }) => ({ teamId: key, teamName: teamNameOf(viewer, key), aggregate: a }));
    return ok({ scope: { kind: viewer.scope.kind, people: viewer.people.length }, threshold: FEEDBACK_THRESHOLD, months, overall, byTeam });
  });
}
