import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../../app-context.js';
import type { ReviewPacketView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';
import { PhaseTimeline } from './phase-timeline.js';
import { formatDay } from './review-format.js';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Which review this is: cycle, type, period, who writes it, and where the phases stand. */
export function PacketHeader({ packet, headingId, title }: { packet: ReviewPacketView; headingId: string; title?: string }) {
  const styles = useStyles();
  const app = useApp();
  const day = (d: string) => formatDay(d, app.host.locale);
  return (
    <div className={styles.header}>
      <Text as="h2" id={headingId} size={500} weight="semibold">
        {title ?? packet.cycleName}
      </Text>
      <Text size={200} className={styles.meta}>
        {[
          reviewStrings.cycleTypes[packet.cycleType],
          reviewStrings.common.period(day(packet.periodStart), day(packet.periodEnd)),
          packet.cycleManager ? reviewStrings.mine.manager(packet.cycleManager.displayName) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <PhaseTimeline phase={packet.phase} deadlines={packet.deadlines} />
    </div>
  );
}
