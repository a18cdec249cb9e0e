import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CompetencyView, QuestionView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';
import { ratingText } from './review-format.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  comment: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** Ratings per competency, each with its scale label and an optional comment, as a description list. */
export function RatingsList({ competencies, ratings, comments = {} }: { competencies: readonly CompetencyView[]; ratings: Readonly<Record<string, number>>; comments?: Readonly<Record<string, string>> }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {competencies.map((c) => (
        <div key={c.id}>
          <dt className={styles.term}>{c.name}</dt>
          <dd className={styles.value}>
            <Text>{ratingText(c.scale, ratings[c.id]) ?? reviewStrings.common.notRated}</Text>
            {comments[c.id] && <Text className={styles.comment}>{comments[c.id]}</Text>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Free-text answers under their questions. */
export function AnswersList({ questions, answers }: { questions: readonly QuestionView[]; answers: Readonly<Record<string, string>> }) {
  const styles = useStyles();
  if (questions.length === 0) return null;
  return (
    <dl className={styles.list}>
      {questions.map((q) => (
        <div key={q.id}>
          <dt className={styles.term}>{q.text}</dt>
          <dd className={styles.value}>
            <Text>{answers[q.id]?.trim() ? answers[q.id] : reviewStrings.common.noAnswer}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
