import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import type { ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { formatDay, ratingText } from '../my-reviews/packet-parts/review-format.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** After the manager's part: the calibrated rating, the release and the employee's acknowledgement, as far as the viewer may see them. */
export function ReviewStatus({ packet }: { packet: ReviewPacketView }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const calibration = packet.calibration;
  const final = calibration ? ratingText(packet.template.overallScale, calibration.finalRating) : null;
  const released = packet.release?.released === true;
  const ack = packet.acknowledgement;
  if (!final && !released && !ack?.acknowledged) return null;
  return (
    <Card className={styles.card} data-review-status>
      <Text as="h3" weight="semibold" size={400}>
        {s.calibration}
      </Text>
      {final && <Text>{s.calibrated(final)}</Text>}
      {calibration?.adjustedRating !== null && calibration?.reason && <Text className={styles.text}>{s.adjustedBecause(calibration.reason)}</Text>}
      {released && <Text>{`${s.released}${packet.release?.releasedAt ? ` · ${formatDay(packet.release.releasedAt, app.host.locale)}` : ''}`}</Text>}
      {ack?.acknowledged && <Text>{`${s.acknowledged}${ack.acknowledgedAt ? ` · ${formatDay(ack.acknowledgedAt, app.host.locale)}` : ''}`}</Text>}
      {ack?.comment && <Text className={styles.text}>{s.ackComment(ack.comment)}</Text>}
    </Card>
  );
}
