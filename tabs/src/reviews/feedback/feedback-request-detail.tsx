import { Button, Card, Field, Link, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { describeError } from '../../components/describe-error.js';
import { ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { formatDate } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { FEEDBACK_TEXT_MAX, feedbackApi, type FeedbackRequestDetail, type FeedbackResponseView } from './feedback-api.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  answers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  answer: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The invitee's answers: one text area per question, prefilled with earlier answers. */
function AnswerForm({ detail, onSaved }: { detail: FeedbackRequestDetail; onSaved: () => void }) {
  const styles = useStyles();
  const app = useApp();
  const earlier = (id: string) => detail.myResponse?.answers.find((a) => a.questionId === id)?.text ?? '';
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(detail.request.questions.map((q) => [q.id, earlier(q.id)])));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => setSaved(false), [answers]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (Object.values(answers).every((a) => !a.trim())) {
      setProblem(s.detail.answerSomething);
      return;
    }
    setSaving(true);
    try {
      await feedbackApi(app.api).answer(detail.request.id, answers);
      setProblem(null);
      setSaved(true);
      onSaved();
    } catch (e) {
      setProblem(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="answer-title" noValidate>
      <Text as="h2" id="answer-title" size={500} weight="semibold">
        {s.detail.yourAnswers}
      </Text>
      <Text size={200}>{s.detail.answerHint}</Text>
      {detail.request.questions.map((q, i) => (
        <Field key={q.id} label={`${i + 1}. ${q.text}`}>
          <Textarea value={answers[q.id] ?? ''} maxLength={FEEDBACK_TEXT_MAX} resize="vertical" rows={3} onChange={(_, d) => setAnswers((all) => ({ ...all, [q.id]: d.value }))} />
        </Field>
      ))}
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{s.detail.saved}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {detail.myResponse ? s.detail.update : s.detail.submit}
        </Button>
      </div>
    </form>
  );
}

/** One request: its questions, the answers the viewer may read, the answer form for an invitee, closing for the requester. */
export function FeedbackRequestDetailView({ requestId }: { requestId: string }) {
  const styles = useStyles();
  const app = useApp();
  const [closeError, setCloseError] = useState<string | null>(null);
  const [load, retry] = useLoad(() => feedbackApi(app.api).detail(requestId), [requestId, app.version]);
  // While a change reloads the request, keep showing it (and the form's state) instead of a skeleton.
  const last = useRef<FeedbackRequestDetail | null>(null);
  if (load.state === 'ready') last.current = load.value;
  const stale = load.state === 'loading' && last.current?.request.id === requestId ? last.current : null;
  const back = (
    <Link href="#/reviews/feedback/requests" onClick={(e) => { e.preventDefault(); app.navigate('/reviews/feedback/requests'); }}>
      {s.detail.back}
    </Link>
  );
  if (load.state === 'error') return <div className={styles.page}>{back}<ErrorMessage error={load.error} onRetry={retry} /></div>;
  const detail = load.state === 'ready' ? load.value : stale;
  if (!detail) return <LoadingSkeleton rows={5} />;
  const { request } = detail;
  const questionText = new Map(request.questions.map((q) => [q.id, q.text]));
  const close = () =>
    feedbackApi(app.api)
      .close(request.id)
      .then(() => { setCloseError(null); app.changed(); }, (e: unknown) => setCloseError(describeError(e)));
  // The viewer's own answers are shown above (in the form, or read-only once closed), not again below.
  const others = detail.responses.filter((r) => !(detail.myResponse && r.authorId === app.me.id));
  const answerCard = (r: FeedbackResponseView, title: string) => (
    <Card data-response-author={r.authorId}>
      <Text weight="semibold">{title}</Text>
      {request.questions.map((q) => (
        <div key={q.id}>
          <Text size={200} className={styles.meta}>{questionText.get(q.id)}</Text>
          <Text as="p" className={styles.answer}>{r.answers.find((a) => a.questionId === q.id)?.text ?? s.detail.skipped}</Text>
        </div>
      ))}
    </Card>
  );

  return (
    <div className={styles.page} data-request-detail={request.id}>
      {back}
      <Text as="h2" size={600} weight="semibold">
        {s.detail.title(request.subjectId === app.me.id ? app.me.displayName : personName(app, request.subjectId))}
      </Text>
      <Text className={styles.meta}>{s.detail.askedBy(personName(app, request.requesterId), formatDate(request.createdAt, app.host.locale))}</Text>
      {request.status === 'closed' && (
        <MessageBar intent="info">
          <MessageBarBody>{request.closedAt ? `${s.detail.closedNotice} ${s.detail.closedOn(formatDate(request.closedAt, app.host.locale))}` : s.detail.closedNotice}</MessageBarBody>
        </MessageBar>
      )}
      {request.canAnswer ? (
        <AnswerForm detail={detail} onSaved={app.changed} />
      ) : detail.myResponse ? (
        answerCard(detail.myResponse, s.detail.yourAnswers)
      ) : (
        <ol>
          {request.questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      )}
      {request.answeredInviteeIds !== null && (
        <section aria-labelledby="responses-title" className={styles.form}>
          <Text as="h2" id="responses-title" size={500} weight="semibold">
            {s.detail.responses} ({s.requests.answered(request.answeredInviteeIds.length, request.inviteeIds.length)})
          </Text>
          {others.length === 0 && <Text>{s.detail.noResponses}</Text>}
          <ul className={styles.answers}>
            {others.map((r) => (
              <li key={r.id}>{answerCard(r, personName(app, r.authorId))}</li>
            ))}
          </ul>
          {request.inviteeIds.length > 0 && (
            <Text size={200}>
              {s.detail.invited}: {request.inviteeIds.map((id) => personName(app, id)).join(', ')}
            </Text>
          )}
        </section>
      )}
      {request.answeredInviteeIds === null && <Text size={200}>{s.detail.hiddenResponses}</Text>}
      {request.canClose && (
        <div className={styles.actions}>
          <Button onClick={close}>{s.detail.close}</Button>
          <Text size={200}>{s.detail.closeHint}</Text>
        </div>
      )}
      {closeError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{closeError}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
