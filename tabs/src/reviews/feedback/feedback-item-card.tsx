import { Badge, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { personName, useApp } from '../../app-context.js';
import { formatDate } from '../../format.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import type { FeedbackView } from './feedback-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  date: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One piece of feedback or praise. `perspective` says whose name leads: the author's or the recipient's (or both, on the praise wall). */
export function FeedbackItemCard({ item, perspective, showManagerOnlyNote = false }: { item: FeedbackView; perspective: 'from' | 'to' | 'praise'; showManagerOnlyNote?: boolean }) {
  const styles = useStyles();
  const app = useApp();
  const author = personName(app, item.authorId);
  const subject = personName(app, item.subjectId);
  const line = perspective === 'from' ? s.lists.from(author) : perspective === 'to' ? s.lists.to(subject) : s.lists.praiseLine(subject, author);
  const team = item.channelTeamId ? app.teams.find((t) => t.id === item.channelTeamId)?.name ?? null : null;
  return (
    <Card className={styles.card} data-feedback-id={item.id} data-visibility={item.visibility}>
      <div className={styles.header}>
        <Text weight="semibold">{line}</Text>
        <Badge appearance="tint" color={item.visibility === 'praise' ? 'success' : item.visibility === 'manager-only' ? 'warning' : 'informative'}>
          {s.give.visibilities[item.visibility]}
        </Badge>
        <Text size={200} className={styles.date}>
          <time dateTime={item.createdAt}>{formatDate(item.createdAt, app.host.locale)}</time>
        </Text>
      </div>
      <Text className={styles.text}>{item.text}</Text>
      {showManagerOnlyNote && item.visibility === 'manager-only' && <Text size={200}>{s.report.managerOnly(subject)}</Text>}
      {team && <Text size={200}>{s.lists.postedIn(team)}</Text>}
    </Card>
  );
}
