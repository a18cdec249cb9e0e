import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import type { SectionProps } from '../reviews-sections.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { feedbackLists, type FeedbackRequestView, type FeedbackView } from './feedback-api.js';
import { FeedbackItemCard } from './feedback-item-card.js';
import { FeedbackRequestCard } from './feedback-request-card.js';
import { FeedbackRequestDetailView } from './feedback-request-detail.js';
import { GiveFeedbackForm } from './give-feedback-form.js';
import { PagedSection } from './paged-section.js';
import { RequestFeedbackForm } from './request-feedback-form.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  nav: { overflowX: 'auto', maxWidth: '100%' },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
});

const SUBSECTIONS = ['give', 'request', 'received', 'given', 'requests', 'praise'] as const;
type Subsection = (typeof SUBSECTIONS)[number];

/**
 * Feedback (everyone): give and ask for feedback, read what you received and gave, answer requests,
 * and the praise wall. Routes: #/reviews/feedback/<give|request|received|given|requests|praise>,
 * #/reviews/feedback/give/<personId>, #/reviews/feedback/request/<personId>, #/reviews/feedback/requests/<requestId>.
 */
export default function FeedbackPage({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const requested = rest[0] as Subsection | undefined;
  const sub: Subsection = requested && SUBSECTIONS.includes(requested) ? requested : 'give';
  const target = rest[1] ? decodeURIComponent(rest[1]) : null;
  return (
    <div className={styles.page}>
      <Text as="h1" size={600} weight="semibold">
        {s.title}
      </Text>
      <nav className={styles.nav} aria-label={s.sectionsLabel}>
        <TabList size="small" selectedValue={sub} onTabSelect={(_, d) => app.navigate(`/reviews/feedback/${String(d.value)}`)}>
          {SUBSECTIONS.map((key) => (
            <Tab key={key} value={key} data-feedback-tab={key}>
              {s.sections[key]}
            </Tab>
          ))}
        </TabList>
      </nav>
      {sub === 'give' && <GiveFeedbackForm key={target ?? 'anyone'} initialRecipientId={target && target !== app.me.id ? target : null} />}
      {sub === 'request' && <RequestFeedbackForm key={target ?? 'me'} initialSubjectId={target} />}
      {sub === 'received' && (
        <div className={styles.columns}>
          <PagedSection<FeedbackView> title={s.lists.received} path={feedbackLists.received} empty={s.lists.receivedEmpty} emptyHint={s.lists.receivedHint} render={(f) => <FeedbackItemCard item={f} perspective="from" />} />
          <PagedSection<FeedbackView> title={s.lists.praiseForYou} path={feedbackLists.praiseAbout(app.me.id)} empty={s.lists.praiseForYouEmpty} render={(f) => <FeedbackItemCard item={f} perspective="from" />} />
        </div>
      )}
      {sub === 'given' && <PagedSection<FeedbackView> title={s.lists.given} path={feedbackLists.given} empty={s.lists.givenEmpty} emptyHint={s.lists.givenHint} render={(f) => <FeedbackItemCard item={f} perspective="to" />} />}
      {sub === 'requests' && target && <FeedbackRequestDetailView requestId={target} />}
      {sub === 'requests' && !target && (
        <div className={styles.columns}>
          <PagedSection<FeedbackRequestView> title={s.requests.waiting} path={feedbackLists.waiting} empty={s.requests.waitingEmpty} render={(r) => <FeedbackRequestCard request={r} />} />
          <PagedSection<FeedbackRequestView> title={s.requests.made} path={feedbackLists.made} empty={s.requests.madeEmpty} render={(r) => <FeedbackRequestCard request={r} />} />
        </div>
      )}
      {sub === 'praise' && <PagedSection<FeedbackView> title={s.lists.praise} path={feedbackLists.praise} empty={s.lists.praiseEmpty} render={(f) => <FeedbackItemCard item={f} perspective="praise" />} />}
    </div>
  );
}
