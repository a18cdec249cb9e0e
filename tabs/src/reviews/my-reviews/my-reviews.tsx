import { Card, Link, MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { MyReviewsView, PeerRequestsView, ReviewPacketView } from '../review-types.js';
import type { SectionProps } from '../reviews-sections.js';
import { reviewStrings } from '../strings/reviews.js';
import { ReviewsToWrite } from '../team-reviews/reviews-to-write.js';
import { NominationsEditor } from './nominations-editor.js';
import { OkrContextPanel } from './packet-parts/okr-context-panel.js';
import { PacketHeader } from './packet-parts/packet-header.js';
import { ReleasedReview } from './released-review.js';
import { PeerRequests } from './peer-requests.js';
import { SelfReviewForm } from './self-review-form.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  cycles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  cycleLink: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium },
  selected: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, textDecorationLine: 'underline' },
  // The review on the left, the OKR context beside it; one column on narrow screens.
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Newest period first, so the open review leads. */
const byPeriod = (a: ReviewPacketView, b: ReviewPacketView) => b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart);

function PacketView({ initial }: { initial: ReviewPacketView }) {
  const styles = useStyles();
  const [packet, setPacket] = useState(initial);
  useEffect(() => setPacket(initial), [initial]);
  const released = packet.release?.released === true;
  const waitingForRelease = !released && (packet.phase === 'manager' || packet.phase === 'calibration');
  return (
    <section className={styles.column} aria-labelledby={`packet-${packet.id}`} data-packet-id={packet.id}>
      <PacketHeader packet={packet} headingId={`packet-${packet.id}`} />
      <div className={styles.layout}>
        <div className={styles.column}>
          {released && <ReleasedReview packet={packet} onChange={setPacket} />}
          {waitingForRelease && (
            <MessageBar intent="info">
              <MessageBarBody>{reviewStrings.mine.notReleased}</MessageBarBody>
            </MessageBar>
          )}
          {packet.selfReview && <SelfReviewForm key={`${packet.id}-self`} packet={packet} onChange={setPacket} />}
          {packet.nominations && <NominationsEditor packet={packet} onChange={setPacket} />}
        </div>
        {packet.okrContext && <OkrContextPanel context={packet.okrContext} title={reviewStrings.mine.okrContextTitle} />}
      </div>
    </section>
  );
}

/** "My reviews": my review in each cycle (self review, reviewers, the released review), and feedback others asked me for. */
export default function MyReviews({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.mine;
  const [load, retry] = useLoad(
    () => Promise.all([app.api.get<MyReviewsView>('/reviews/mine'), app.api.get<PeerRequestsView>('/reviews/peer-requests')]),
    [app.version],
  );
  const managesPeople = [...app.people.values()].some((p) => p.managerId === app.me.id);

  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const [mine, requests] = load.value;
  const packets = [...mine.items].sort(byPeriod);
  const selected = packets.find((p) => p.id === rest[0]) ?? packets[0];

  return (
    <div className={styles.page}>
      <Text as="h1" size={600} weight="semibold">
        {s.title}
      </Text>
      {managesPeople && <ReviewsToWrite compact />}
      <PeerRequests requests={requests.items} />
      {packets.length === 0 ? (
        <EmptyState title={s.empty} hint={s.emptyHint} />
      ) : (
        <>
          {packets.length > 1 && (
            <nav aria-label={s.cycles}>
              <ul className={styles.cycles}>
                {packets.map((p) => (
                  <li key={p.id}>
                    <Link
                      href={`#/reviews/mine/${encodeURIComponent(p.id)}`}
                      className={mergeClasses(styles.cycleLink, p.id === selected?.id && styles.selected)}
                      aria-current={p.id === selected?.id ? 'page' : undefined}
                    >
                      {`${p.cycleName} · ${reviewStrings.phases[p.phase]}`}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {selected && (
            <Card appearance="subtle">
              <PacketView key={selected.id} initial={selected} />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
