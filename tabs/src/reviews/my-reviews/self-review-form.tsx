import { Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { ReviewPacketView, SelfReviewBody } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from './packet-parts/action-status.js';
import { ConfirmButton } from './packet-parts/confirm-button.js';
import { RatingField } from './packet-parts/rating-field.js';
import { AnswersList, RatingsList } from './packet-parts/read-only-answers.js';
import { formatDay } from './packet-parts/review-format.js';
import { useAction } from './packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The subject's self review: a rating per competency on its labelled scale and the free-text answers; save, then submit once. */
export function SelfReviewForm({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.mine;
  const saved = packet.selfReview;
  const [ratings, setRatings] = useState<Record<string, number>>(() => ({ ...(saved?.ratings ?? {}) }));
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...(saved?.answers ?? {}) }));
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  if (!saved) return null;
  const template = packet.template;
  const editable = packet.can.editSelfReview && saved.status !== 'submitted';
  const body = (): SelfReviewBody => ({ ratings, answers });
  const path = `/review-packets/${encodeURIComponent(packet.id)}/self-review`;
  const missing = template.questions.filter((q) => q.required && !answers[q.id]?.trim()).length + template.competencies.filter((c) => ratings[c.id] === undefined).length;

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

  return (
    <Card className={styles.card} data-self-review={saved.status}>
      <Text as="h3" weight="semibold" size={400}>
        {s.selfReview}
      </Text>
      {!editable ? (
        <>
          <Text size={200}>
            {saved.submittedAt ? reviewStrings.common.submittedOn(formatDay(saved.submittedAt, app.host.locale)) : `${reviewStrings.draftStatus[saved.status]}. ${s.selfLocked}`}
          </Text>
          <RatingsList competencies={template.competencies} ratings={saved.ratings} />
          <AnswersList questions={template.questions} answers={saved.answers} />
        </>
      ) : (
        <form
          className={styles.card}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Text size={200}>{s.selfReviewHint}</Text>
          {template.competencies.map((c) => (
            <RatingField key={c.id} label={c.name} hint={c.description || undefined} scale={c.scale} value={ratings[c.id]} onChange={(v) => setRatings((r) => ({ ...r, [c.id]: v }))} required />
          ))}
          {template.questions.map((q) => (
            <Field key={q.id} label={q.text} required={q.required}>
              <Textarea value={answers[q.id] ?? ''} maxLength={8000} resize="vertical" onChange={(_, d) => setAnswers((a) => ({ ...a, [q.id]: d.value }))} />
            </Field>
          ))}
          {missing > 0 && <Text size={200}>{s.missing(missing)}</Text>}
          <div className={styles.actions}>
            <Button type="submit" disabled={action.busy}>
              {reviewStrings.common.saveDraft}
            </Button>
            <ConfirmButton label={s.submitSelf} question={s.confirmSubmitSelf} onConfirm={() => void submit()} disabled={action.busy || missing > 0} />
            {saved.updatedAt && !done && <Text size={200}>{reviewStrings.common.updatedOn(formatDay(saved.updatedAt, app.host.locale))}</Text>}
          </div>
          <ActionStatus action={action} done={done} />
        </form>
      )}
    </Card>
  );
}
