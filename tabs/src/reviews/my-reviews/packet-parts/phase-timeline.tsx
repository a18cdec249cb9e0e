import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useApp } from '../../../app-context.js';
import type { CyclePhase, PhaseDeadlinesView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';
import { formatDay } from './review-format.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0, padding: 0 },
  step: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '6.5rem',
  },
  done: { color: tokens.colorNeutralForeground3 },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

const ORDER = ['self', 'peer', 'manager', 'calibration', 'released'] as const;

/** The phases of a review with their deadlines; the current one is marked for sight and for screen readers. */
export function PhaseTimeline({ phase, deadlines }: { phase: CyclePhase; deadlines: PhaseDeadlinesView }) {
  const styles = useStyles();
  const app = useApp();
  const at = phase === 'closed' ? ORDER.length : phase === 'draft' ? -1 : ORDER.indexOf(phase);
  return (
    <ol className={styles.list} aria-label={reviewStrings.common.timeline}>
      {ORDER.map((p, i) => {
        const deadline = p === 'released' ? null : deadlines[p as keyof PhaseDeadlinesView];
        return (
          <li key={p} className={mergeClasses(styles.step, i < at && styles.done, i === at && styles.current)} aria-current={i === at ? 'step' : undefined}>
            <Text size={200} weight={i === at ? 'semibold' : 'regular'}>
              {reviewStrings.phases[p]}
            </Text>
            {deadline && <Text size={100}>{reviewStrings.common.deadline(formatDay(deadline, app.host.locale))}</Text>}
          </li>
        );
      })}
    </ol>
  );
}
