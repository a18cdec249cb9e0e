import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  comment: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

type Scale = { points: readonly { value: number; label: string }[] };
const label = (scale: Scale, value: number | undefined | null): string => (value === undefined || value === null ? meetingStrings.notRated : (scale.points.find((p) => p.value === value)?.label ?? String(value)));

/** The manager's draft review of the report: only in the manager's own side panel, read only here. */
export function ReviewDraftSection({ review }: { review: NonNullable<SidePanelView['managerReview']> }) {
  const styles = useStyles();
  return (
    <Section title={meetingStrings.reviewDraft(review.cycleName)} hint={meetingStrings.reviewDraftHint} name="review-draft">
      <div data-review-draft>
        <Badge appearance="tint" shape="rounded">
          {meetingStrings.status[review.status] ?? review.status}
        </Badge>
        <ul className={styles.list}>
          {review.competencies.map((c) => (
            <li key={c.id}>
              <div className={styles.row}>
                <Text size={200} weight="medium">
                  {c.name}
                </Text>
                <Text size={200}>{label(c.scale, review.ratings[c.id])}</Text>
              </div>
              {review.comments[c.id] && (
                <Text size={200} as="p" block className={styles.comment}>
                  {review.comments[c.id]}
                </Text>
              )}
            </li>
          ))}
          <li className={styles.row}>
            <Text size={200} weight="medium">
              {meetingStrings.overall}
            </Text>
            <Text size={200}>{label(review.overallScale, review.proposedOverallRating)}</Text>
          </li>
        </ul>
        {review.summary && (
          <Text size={200} as="p" block className={styles.comment}>
            <strong>{meetingStrings.summary}:</strong> {review.summary}
          </Text>
        )}
      </div>
    </Section>
  );
}
