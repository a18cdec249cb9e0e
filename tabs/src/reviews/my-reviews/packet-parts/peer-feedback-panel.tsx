import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../../app-context.js';
import type { PeerFeedbackView, ReviewTemplateView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';
import { AnswersList, RatingsList } from './read-only-answers.js';
import { formatDay } from './review-format.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  response: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Peer and upward feedback exactly as the API projected it for this viewer: attributed responses,
 * anonymous groups without names, or averages only. Groups below the threshold never reach the tab.
 */
export function PeerFeedbackPanel({ feedback, template }: { feedback: PeerFeedbackView; template: ReviewTemplateView }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.peerFeedback;
  const competencyName = (id: string) => template.competencies.find((c) => c.id === id)?.name ?? id;
  const empty = feedback.mode === 'attributed' ? feedback.responses.length === 0 : feedback.groups.length === 0;
  return (
    <Card className={styles.panel} data-peer-feedback={feedback.mode}>
      <Text as="h3" weight="semibold" size={400}>
        {s.title}
      </Text>
      <Text size={200}>{feedback.mode === 'attributed' ? s.attributed : feedback.mode === 'anonymous' ? s.anonymous(feedback.threshold) : s.aggregated(feedback.threshold)}</Text>
      {empty && <Text>{s.none}</Text>}
      {feedback.mode === 'attributed' &&
        feedback.responses.map((r, i) => (
          <section key={i} className={styles.response} aria-label={`${r.author.displayName}, ${reviewStrings.relations[r.relation]}`}>
            <Text weight="semibold">
              {r.author.displayName} · {reviewStrings.relations[r.relation]} · {formatDay(r.submittedAt, app.host.locale)}
            </Text>
            <RatingsList competencies={template.competencies} ratings={r.ratings} />
            <AnswersList questions={template.questions} answers={r.answers} />
          </section>
        ))}
      {feedback.mode === 'anonymous' &&
        feedback.groups.map((g) => (
          <section key={g.relation} className={styles.response} aria-label={s.group(g.relation, g.count)}>
            <Text weight="semibold">{s.group(g.relation, g.count)}</Text>
            <ol className={styles.list}>
              {g.responses.map((r, i) => (
                <li key={i}>
                  <Text size={200} weight="semibold">
                    {s.answer(i + 1)}
                  </Text>
                  <RatingsList competencies={template.competencies} ratings={r.ratings} />
                  <AnswersList questions={template.questions} answers={r.answers} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      {feedback.mode === 'aggregated' &&
        feedback.groups.map((g) => (
          <section key={g.relation} className={styles.response} aria-label={s.group(g.relation, g.count)}>
            <Text weight="semibold">{s.group(g.relation, g.count)}</Text>
            <ul className={styles.list}>
              {g.competencies.map((c) => (
                <li key={c.competencyId}>
                  <Text>
                    {competencyName(c.competencyId)}: {s.average(c.average.toFixed(1), c.ratingCount)}
                  </Text>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Card>
  );
}
