import { Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { ManagerReviewBody, ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { ConfirmButton } from '../my-reviews/packet-parts/confirm-button.js';
import { RatingField } from '../my-reviews/packet-parts/rating-field.js';
import { RatingsList } from '../my-reviews/packet-parts/read-only-answers.js';
import { formatDay, ratingText } from '../my-reviews/packet-parts/review-format.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  competency: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * The manager's review: a rating and a comment per competency, a summary and a proposed overall
 * rating. Every value is typed by the manager; nothing is prefilled from the OKR context.
 */
export function ManagerReviewForm({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const saved = packet.managerReview;
  const [ratings, setRatings] = useState<Record<string, number>>(() => ({ ...(saved?.ratings ?? {}) }));
  const [comments, setComments] = useState<Record<string, string>>(() => ({ ...(saved?.comments ?? {}) }));
  const [summary, setSummary] = useState(saved?.summary ?? '');
  const [overall, setOverall] = useState<number | null>(saved?.proposedOverallRating ?? null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  if (!saved) return null;
  const template = packet.template;
  const editable = packet.can.editManagerReview && saved.status !== 'submitted';
  const path = `/review-packets/${encodeURIComponent(packet.id)}/manager-review`;
  const body = (): ManagerReviewBody => ({ ratings, comments, summary, overallRating: overall });
  const complete = template.competencies.every((c) => ratings[c.id] !== undefined) && overall !== null;

  // No If-Match: each section has one writer, and the packet's revision also moves when others act on
  // other sections (a reviewer approved, a nomination), which would refuse this save for no reason.
  const save = async () => {
    const next = await action.run(() => app.api.patch<ReviewPacketView>(path, body()));
    if (next) {
      onChange(next);
      setDone(reviewStrings.common.saved);
    }
  };
  const submit = async () => {
    const next = await action.run(() => app.api.post<ReviewPacketView>(`${path}/submit`, body()));
    if (next) {
      onChange(next);
      setDone(null);
    }
  };

  if (!editable) {
    const proposed = ratingText(template.overallScale, saved.proposedOverallRating);
    return (
      <Card className={styles.card} data-manager-review={saved.status}>
        <Text as="h3" weight="semibold" size={400}>
          {s.managerReview}
        </Text>
        <Text size={200}>
          {saved.submittedAt ? reviewStrings.common.submittedOn(formatDay(saved.submittedAt, app.host.locale)) : `${reviewStrings.draftStatus[saved.status]}. ${packet.can.editManagerReview ? '' : s.reviewLocked}`}
        </Text>
        {saved.status !== 'not-started' && (
          <>
            <RatingsList competencies={template.competencies} ratings={saved.ratings} comments={saved.comments} />
            {saved.summary && <Text className={styles.text}>{saved.summary}</Text>}
            {proposed && (
              <Text>
                {s.overall}: <Text weight="semibold">{proposed}</Text>
              </Text>
            )}
          </>
        )}
      </Card>
    );
  }

  return (
    <Card className={styles.card} data-manager-review={saved.status}>
      <form
        className={styles.card}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Text as="h3" weight="semibold" size={400}>
          {s.managerReview}
        </Text>
        <Text size={200}>{s.managerHint}</Text>
        {template.competencies.map((c) => (
          <div key={c.id} className={styles.competency} data-competency={c.id}>
            <RatingField label={c.name} hint={c.description || undefined} scale={c.scale} value={ratings[c.id]} onChange={(v) => setRatings((r) => ({ ...r, [c.id]: v }))} required />
            <Field label={s.comment(c.name)}>
              <Textarea value={comments[c.id] ?? ''} maxLength={4000} resize="vertical" onChange={(_, d) => setComments((m) => ({ ...m, [c.id]: d.value }))} />
            </Field>
          </div>
        ))}
        <Field label={s.summary}>
          <Textarea value={summary} maxLength={8000} resize="vertical" rows={4} onChange={(_, d) => setSummary(d.value)} />
        </Field>
        <RatingField label={s.overall} scale={template.overallScale} value={overall} onChange={setOverall} required />
        <div className={styles.actions}>
          <Button type="submit" disabled={action.busy}>
            {reviewStrings.common.saveDraft}
          </Button>
          <ConfirmButton label={s.submitReview} question={s.confirmSubmitReview} disabled={action.busy || !complete} onConfirm={() => void submit()} />
          {saved.updatedAt && !done && <Text size={200}>{reviewStrings.common.updatedOn(formatDay(saved.updatedAt, app.host.locale))}</Text>}
        </div>
        <ActionStatus action={action} done={done} />
      </form>
    </Card>
  );
}
