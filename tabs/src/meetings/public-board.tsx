import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { KeyResultView } from '../api/types.js';
import { personName, useApp } from '../app-context.js';
import { valueText } from '../components/objective-card.js';
import { ConfidenceBadge, ProgressWithExpected } from '../components/progress.js';
import { formatDate } from '../format.js';
import { strings } from '../strings.js';
import type { PublicKeyResult, PublicOkrBoard } from './meeting-api.js';
import { meetingStrings } from './meeting-strings.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  kr: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground3 },
  note: { fontStyle: 'italic', overflowWrap: 'anywhere', margin: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** A key result's value, without the fields a board view of the API carries and this projection does not. */
const krValue = (kr: PublicKeyResult, locale: string): string => valueText({ spec: kr.spec, current: kr.current } as KeyResultView, locale);

/** A public OKR board: compact in the side panel, a grid of cards on the stage. Read only. */
export function PublicBoard({ board, layout }: { board: PublicOkrBoard; layout: 'compact' | 'stage' }) {
  const app = useApp();
  const styles = useStyles();
  const locale = app.host.locale;
  if (!board.cycle) return <Text>{meetingStrings.stageNoCycle}</Text>;
  if (board.objectives.length === 0) return <Text>{meetingStrings.stageEmpty}</Text>;
  return (
    <>
      <ul className={layout === 'stage' ? styles.grid : styles.list} aria-label={board.subject.name}>
        {board.objectives.map((o) => (
          <li key={o.id}>
            <Card className={styles.card} size={layout === 'stage' ? 'medium' : 'small'} data-public-objective={o.id}>
              <div className={styles.header}>
                <Text weight="semibold" size={layout === 'stage' ? 400 : 300}>
                  {o.title}
                </Text>
                <span className={styles.badge}>
                  <ConfidenceBadge band={o.confidenceBand} />
                </span>
              </div>
              <Text size={200} className={styles.meta}>
                {strings.levels[o.level]} · {personName(app, o.owner.id)}
              </Text>
              <ProgressWithExpected progress={o.progress} expected={o.expectedProgress} locale={locale} label={o.title} />
              {o.keyResults.map((kr) => (
                <div key={kr.id} className={styles.kr}>
                  <Text size={200} weight="medium">
                    {kr.title}
                  </Text>
                  <br />
                  <Text size={200} className={styles.meta}>
                    {krValue(kr, locale)} · {personName(app, kr.ownerId)} · {kr.latestCheckIn ? meetingStrings.latestCheckIn(formatDate(kr.latestCheckIn.at, locale)) : strings.noCheckInYet}
                  </Text>
                  {kr.latestCheckIn && 'note' in kr.latestCheckIn && kr.latestCheckIn.note && (
                    <Text as="p" block size={200} className={styles.note}>
                      “{kr.latestCheckIn.note}”
                    </Text>
                  )}
                </div>
              ))}
            </Card>
          </li>
        ))}
      </ul>
      {board.truncated && <Text size={200}>{meetingStrings.more}</Text>}
    </>
  );
}
