import { Badge, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { ReviewPacketSummaryView, ReviewsToWriteView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Something in this review waits for the manager: reviewers to approve, or the review itself to write. */
export const waitsForManager = (p: ReviewPacketSummaryView): boolean =>
  (p.nominations?.proposed ?? 0) > 0 || (p.managerReview !== 'submitted' && (p.phase === 'self' || p.phase === 'peer' || p.phase === 'manager'));

/**
 * The reviews I write as the manager of record, each linking to the report's page in My team
 * (#/reviews/team/<personId>/reviews/<packetId>). `compact` shows only those that wait for me, and nothing when none do.
 */
export function ReviewsToWrite({ compact = false }: { compact?: boolean }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const [load, retry] = useLoad(() => app.api.get<ReviewsToWriteView>('/reviews/to-write'), [app.version]);
  if (load.state === 'loading') return compact ? null : <LoadingSkeleton rows={2} />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const items = compact ? load.value.items.filter(waitsForManager) : load.value.items;
  if (items.length === 0) return compact ? null : <EmptyState title={s.toWriteEmpty} />;
  return (
    <Card className={styles.card} data-reviews-to-write>
      <Text as="h2" size={compact ? 400 : 500} weight="semibold">
        {s.toWrite}
      </Text>
      <ul className={styles.list}>
        {items.map((p) => (
          <li key={p.id} className={styles.item} data-to-write={p.subject.id}>
            <Link href={`#/reviews/team/${encodeURIComponent(p.subject.id)}/reviews/${encodeURIComponent(p.id)}`} aria-label={s.open(p.subject.displayName)}>
              {p.subject.displayName}
            </Link>
            <Text size={200} className={styles.meta}>
              {p.cycleName} · {reviewStrings.phases[p.phase]}
            </Text>
            <Text size={200}>{s.status(reviewStrings.draftStatus[p.selfReview ?? 'not-started'], reviewStrings.draftStatus[p.managerReview ?? 'not-started'])}</Text>
            {(p.nominations?.proposed ?? 0) > 0 && (
              <Badge appearance="tint" color="warning">
                {`${p.nominations!.proposed} ${reviewStrings.nominationStatus.proposed.toLowerCase()}`}
              </Badge>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
