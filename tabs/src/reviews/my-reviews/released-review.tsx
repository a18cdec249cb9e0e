import { Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from './packet-parts/action-status.js';
import { PeerFeedbackPanel } from './packet-parts/peer-feedback-panel.js';
import { RatingsList } from './packet-parts/read-only-answers.js';
import { formatDay } from './packet-parts/review-format.js';
import { useAction } from './packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  rating: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  summary: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function Acknowledge({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.mine;
  const [comment, setComment] = useState('');
  const action = useAction();
  const ack = packet.acknowledgement;
  if (ack?.acknowledged) {
    return (
      <Card className={styles.card} data-acknowledged>
        <Text>{s.acknowledged(formatDay(ack.acknowledgedAt ?? new Date().toISOString(), app.host.locale))}</Text>
        {ack.comment && <Text className={styles.summary}>{ack.comment}</Text>}
      </Card>
    );
  }
  if (!packet.can.acknowledge) return null;
  const acknowledge = async () => {
    const next = await action.run(() => app.api.post<ReviewPacketView>(`/review-packets/${encodeURIComponent(packet.id)}/acknowledge`, comment.trim() ? { comment: comment.trim() } : {}));
    if (next) onChange(next);
  };
  return (
    <Card className={styles.card}>
      <form
        className={styles.card}
        onSubmit={(e) => {
          e.preventDefault();
          void acknowledge();
        }}
      >
        <Text as="h4" weight="semibold" size={400}>
          {s.acknowledgeTitle}
        </Text>
        <Text size={200}>{s.acknowledgeHint}</Text>
        <Field label={s.ackComment}>
          <Textarea value={comment} maxLength={2000} onChange={(_, d) => setComment(d.value)} />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={action.busy}>
            {s.acknowledge}
          </Button>
        </div>
        <ActionStatus action={action} />
      </form>
    </Card>
  );
}

/** The released review as the subject may read it: final rating, the manager's review, peer feedback as projected, compensation if the cycle shows it. */
export function ReleasedReview({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.mine;
  const release = packet.release;
  if (!release?.released) return null;
  const review = packet.managerReview;
  const compensation = packet.compensation;
  return (
    <section className={styles.card} aria-labelledby={`released-${packet.id}`} data-released-review>
      <Text as="h3" id={`released-${packet.id}`} weight="semibold" size={500}>
        {s.released}
      </Text>
      <Card className={styles.card}>
        <div className={styles.rating}>
          <Text weight="semibold">{s.finalRating}:</Text>
          <Text size={500} weight="bold" data-final-rating>
            {release.finalRating === null ? reviewStrings.common.notRated : reviewStrings.common.ratingOption(release.finalRating, release.finalRatingLabel ?? '')}
          </Text>
        </div>
        {release.releasedAt && <Text size={200}>{formatDay(release.releasedAt, app.host.locale)}</Text>}
      </Card>
      {review && (
        <Card className={styles.card} data-manager-review>
          <Text as="h4" weight="semibold" size={400}>
            {review.author ? `${s.managerReview} (${review.author.displayName})` : s.managerReview}
          </Text>
          <RatingsList competencies={packet.template.competencies} ratings={review.ratings} comments={review.comments} />
          {review.summary && (
            <>
              <Text weight="semibold">{s.summary}</Text>
              <Text className={styles.summary}>{review.summary}</Text>
            </>
          )}
        </Card>
      )}
      {packet.peerFeedback && <PeerFeedbackPanel feedback={packet.peerFeedback} template={packet.template} />}
      {compensation && (
        <Card className={styles.card} data-compensation>
          <Text as="h4" weight="semibold" size={400}>
            {s.compensation}
          </Text>
          <Text>
            {s.merit}: {compensation.meritPercent === null ? s.undecided : `${new Intl.NumberFormat(app.host.locale, { maximumFractionDigits: 2 }).format(compensation.meritPercent)}%`}
          </Text>
          <Text>
            {s.promotion}: {compensation.promotion === null ? s.undecided : compensation.promotion ? s.yes : s.no}
          </Text>
        </Card>
      )}
      <Acknowledge packet={packet} onChange={onChange} />
    </section>
  );
}
