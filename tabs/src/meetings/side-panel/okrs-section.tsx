import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import { ConfidenceBadge, ProgressWithExpected } from '../../components/progress.js';
import { formatDate } from '../../format.js';
import type { SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', justifyContent: 'space-between' },
  checkIn: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', margin: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** The report's OKRs with their latest check-ins: shared context, the same for both sides. */
export function OkrsSection({ oneOnOne }: { oneOnOne: NonNullable<SidePanelView['oneOnOne']> }) {
  const app = useApp();
  const styles = useStyles();
  const objectives = oneOnOne.okrs.cycles.flatMap((c) => c.objectives);
  return (
    <Section title={meetingStrings.okrs(oneOnOne.report.displayName)} name="okrs">
      {objectives.length === 0 ? (
        <Text size={200}>{meetingStrings.okrsEmpty}</Text>
      ) : (
        <ul className={styles.list}>
          {objectives.map((o) => (
            <li key={o.id} data-okr-objective={o.id}>
              <div className={styles.head}>
                <Text size={200} weight="semibold">
                  {o.title}
                </Text>
                <span className={styles.badge}>
                  <ConfidenceBadge band={o.confidenceBand} />
                </span>
              </div>
              <ProgressWithExpected progress={o.progress} expected={o.expectedProgress} locale={app.host.locale} label={o.title} />
              {o.latestCheckIn && (
                <Text size={100} as="p" block className={styles.checkIn}>
                  {meetingStrings.latestCheckIn(formatDate(o.latestCheckIn.at, app.host.locale))} · {o.latestCheckIn.keyResultTitle}
                  {o.latestCheckIn.note ? `: “${o.latestCheckIn.note}”` : ''}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
