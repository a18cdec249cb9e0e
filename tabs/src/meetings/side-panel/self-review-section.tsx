import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  answer: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The report's own self review while it is open: only in the report's side panel. */
export function SelfReviewSection({ review }: { review: NonNullable<SidePanelView['selfReview']> }) {
  const styles = useStyles();
  return (
    <Section title={meetingStrings.selfReview(review.cycleName)} hint={meetingStrings.selfReviewHint} name="self-review">
      <div data-self-review>
        <Badge appearance="tint" shape="rounded">
          {meetingStrings.status[review.status] ?? review.status}
        </Badge>
        <ul className={styles.list}>
          {review.questions.map((q) => (
            <li key={q.id}>
              <Text size={200} weight="medium">
                {q.text}
              </Text>
              <Text size={200} as="p" block className={styles.answer}>
                {review.answers[q.id] || '–'}
              </Text>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
