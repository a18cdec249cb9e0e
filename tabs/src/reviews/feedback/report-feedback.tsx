import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { personName, useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { ApiError } from '../../api/api-client.js';
import { useLoad } from '../../use-load.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { feedbackLists, type FeedbackRequestView, type FeedbackView } from './feedback-api.js';
import { FeedbackItemCard } from './feedback-item-card.js';
import { FeedbackRequestCard } from './feedback-request-card.js';
import { PagedSection } from './paged-section.js';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * What a manager (anyone in the person's manager chain) or HR sees about someone: private and
 * manager-only feedback, praise, and feedback requests about them. Anyone else is told they cannot
 * see it: the API answers 404 and this says no more.
 */
export function ReportFeedback({ personId }: { personId: string }) {
  const styles = useStyles();
  const app = useApp();
  const name = personName(app, personId);
  // One probe decides whether the rest is worth showing; the sections load their own pages.
  const [probe, retry] = useLoad(() => app.api.get(`${feedbackLists.about(personId)}?limit=1`), [personId]);
  if (probe.state === 'loading') return <LoadingSkeleton rows={3} />;
  if (probe.state === 'error') {
    if (probe.error instanceof ApiError && probe.error.status === 404) return <EmptyState title={s.report.notVisible} />;
    return <ErrorMessage error={probe.error} onRetry={retry} />;
  }
  return (
    <div className={styles.view} data-report-feedback={personId}>
      <Text as="h2" size={500} weight="semibold">
        {s.report.title(name)}
      </Text>
      {app.people.get(personId)?.managerChain.includes(app.me.id) && (
        <div className={styles.actions}>
          <Button onClick={() => app.navigate(`/reviews/feedback/request/${encodeURIComponent(personId)}`)}>{s.report.askAbout(name)}</Button>
        </div>
      )}
      <PagedSection<FeedbackView> headingLevel="h3" title={s.report.feedback} path={feedbackLists.about(personId)} empty={s.report.feedbackEmpty(name)} render={(f) => <FeedbackItemCard item={f} perspective="from" showManagerOnlyNote />} />
      <PagedSection<FeedbackView> headingLevel="h3" title={s.report.praise} path={feedbackLists.praiseAbout(personId)} empty={s.report.praiseEmpty(name)} render={(f) => <FeedbackItemCard item={f} perspective="from" />} />
      <PagedSection<FeedbackRequestView> headingLevel="h3" title={s.report.requests} path={feedbackLists.requestsAbout(personId)} empty={s.report.requestsEmpty(name)} render={(r) => <FeedbackRequestCard request={r} />} />
    </div>
  );
}
