import { Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { PeerRequestView, PeerResponseBody } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from './packet-parts/action-status.js';
import { ConfirmButton } from './packet-parts/confirm-button.js';
import { RatingField } from './packet-parts/rating-field.js';
import { formatDay } from './packet-parts/review-format.js';
import { useAction } from './packet-parts/use-action.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function privacyNote(request: PeerRequestView): string {
  const p = reviewStrings.peerRequests.privacy;
  return request.anonymity.mode === 'attributed' ? p.attributed : p[request.anonymity.mode](request.anonymity.threshold);
}

/** One request to give feedback: what it is about and how private the answer is, then the answer form while it is open. */
function PeerRequestCard({ initial }: { initial: PeerRequestView }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.peerRequests;
  const [request, setRequest] = useState(initial);
  const [open, setOpen] = useState(false);
  const [ratings, setRatings] = useState<Record<string, number>>(() => ({ ...initial.ratings }));
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...initial.answers }));
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const path = `/peer-responses/${encodeURIComponent(request.id)}`;
  const body = (): PeerResponseBody => ({ ratings, answers });
  const missing = request.questions.filter((q) => q.required && !answers[q.id]?.trim()).length;
  const formId = `peer-form-${request.id}`;

  const save = async () => {
    const next = await action.run(() => app.api.patch<PeerRequestView>(path, body()));
    if (next) {
      setRequest(next);
      setDone(reviewStrings.common.saved);
    }
  };
  const submit = async () => {
    const next = await action.run(() => app.api.post<PeerRequestView>(`${path}/submit`, body()));
    if (next) {
      setRequest(next);
      setOpen(false);
    }
  };

  return (
    <Card className={styles.card} data-peer-request={request.id}>
      <Text as="h3" weight="semibold" size={400}>
        {s.about(request.subject.displayName)}
      </Text>
      <Text size={200}>
        {[request.cycleName, s.relation(request.relation), reviewStrings.common.deadline(formatDay(request.deadline, app.host.locale))].join(' · ')}
      </Text>
      <Text size={200}>{privacyNote(request)}</Text>
      {request.status === 'submitted' ? (
        <Text role="status">{s.submitted(formatDay(request.submittedAt ?? new Date().toISOString(), app.host.locale))}</Text>
      ) : !request.canEdit ? (
        <Text>{s.closed}</Text>
      ) : (
        <div className={styles.row}>
          <Button appearance={open ? 'secondary' : 'primary'} aria-expanded={open} aria-controls={open ? formId : undefined} onClick={() => setOpen((o) => !o)}>
            {open ? s.hide : s.answer}
          </Button>
        </div>
      )}
      {open && request.canEdit && request.status !== 'submitted' && (
        <form
          id={formId}
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {request.competencies.map((c) => (
            <RatingField key={c.id} label={c.name} hint={c.description || undefined} scale={c.scale} value={ratings[c.id]} onChange={(v) => setRatings((r) => ({ ...r, [c.id]: v }))} />
          ))}
          {request.questions.map((q) => (
            <Field key={q.id} label={q.text} required={q.required}>
              <Textarea value={answers[q.id] ?? ''} maxLength={8000} resize="vertical" onChange={(_, d) => setAnswers((a) => ({ ...a, [q.id]: d.value }))} />
            </Field>
          ))}
          <div className={styles.row}>
            <Button type="submit" disabled={action.busy}>
              {reviewStrings.common.saveDraft}
            </Button>
            <ConfirmButton label={s.submit} question={s.confirmSubmit} disabled={action.busy || missing > 0} onConfirm={() => void submit()} />
          </div>
          <ActionStatus action={action} done={done} />
        </form>
      )}
    </Card>
  );
}

/** Requests from colleagues to give peer or upward feedback for their review. */
export function PeerRequests({ requests }: { requests: readonly PeerRequestView[] }) {
  const styles = useStyles();
  const s = reviewStrings.peerRequests;
  if (requests.length === 0) return null;
  return (
    <section className={styles.list} aria-labelledby="peer-requests-title">
      <Text as="h2" id="peer-requests-title" size={500} weight="semibold">
        {s.title}
      </Text>
      <Text size={200}>{s.hint}</Text>
      {/* Open requests first: answered ones are there to confirm, not to act on. */}
      {[...requests].sort((a, b) => Number(a.status === 'submitted' || !a.canEdit) - Number(b.status === 'submitted' || !b.canEdit)).map((r) => (
        <PeerRequestCard key={r.id} initial={r} />
      ))}
    </section>
  );
}
