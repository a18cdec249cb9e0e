import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { describeError } from '../../components/describe-error.js';
import { feedbackStrings as s } from '../strings/feedback.js';
import { MAX_INVITEES, MAX_QUESTIONS, QUESTION_TEXT_MAX, feedbackApi } from './feedback-api.js';
import { PeoplePicker } from '../../components/person-picker.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  question: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  questionField: { flexGrow: 1, minWidth: 0 },
  questions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Ask chosen people for feedback about yourself or, as a manager, about someone in your reporting
 * line, with one to five questions. The server decides again who may ask about whom.
 */
export function RequestFeedbackForm({ initialSubjectId = null }: { initialSubjectId?: string | null }) {
  const styles = useStyles();
  const app = useApp();
  const reports = useMemo(() => [...app.people.values()].filter((p) => p.managerChain.includes(app.me.id)).sort((a, b) => a.displayName.localeCompare(b.displayName)), [app.people, app.me.id]);
  const [subjectId, setSubjectId] = useState(initialSubjectId && reports.some((r) => r.id === initialSubjectId) ? initialSubjectId : app.me.id);
  const aboutMe = subjectId === app.me.id;
  const defaults = aboutMe ? s.request.defaultQuestions : s.request.defaultQuestionsAbout(personName(app, subjectId).split(' ')[0] ?? '');
  const [questions, setQuestions] = useState<string[]>([...defaults]);
  const [inviteeIds, setInviteeIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<{ invitees?: string; questions?: string; form?: string }>({});
  const [created, setCreated] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const candidates = useMemo(() => [...app.people.values()].filter((p) => p.id !== app.me.id && p.id !== subjectId).sort((a, b) => a.displayName.localeCompare(b.displayName)), [app.people, app.me.id, subjectId]);

  const chooseSubject = (id: string) => {
    setSubjectId(id);
    setInviteeIds((ids) => ids.filter((i) => i !== id));
    const untouched = questions.every((q, i) => q === defaults[i]) && questions.length === defaults.length;
    if (untouched) setQuestions([...(id === app.me.id ? s.request.defaultQuestions : s.request.defaultQuestionsAbout(personName(app, id).split(' ')[0] ?? ''))]);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = { ...(inviteeIds.length > 0 ? {} : { invitees: s.request.chooseSomeone }), ...(questions.every((q) => q.trim()) ? {} : { questions: s.request.questionNeeded }) };
    setProblems(found);
    setCreated(null);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      const request = await feedbackApi(app.api).request({ subjectId, inviteeIds, questions });
      setCreated(request.id);
      setInviteeIds([]);
      app.changed();
    } catch (e) {
      setProblems({ form: describeError(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="request-feedback-title" noValidate>
      <Text as="h2" id="request-feedback-title" size={500} weight="semibold">
        {s.request.title}
      </Text>
      {reports.length > 0 && (
        <Field label={s.request.about}>
          <Select value={subjectId} onChange={(_, d) => chooseSubject(d.value)}>
            <option value={app.me.id}>{s.request.aboutMe}</option>
            {reports.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <PeoplePicker
        label={s.request.ask}
        placeholder={s.request.askPlaceholder}
        hint={s.request.askHint(MAX_INVITEES)}
        people={candidates}
        selectedIds={inviteeIds}
        onChange={setInviteeIds}
        max={MAX_INVITEES}
        removeLabel={s.request.remove}
        validationMessage={problems.invitees ?? null}
      />
      <fieldset className={styles.questions}>
        <legend>
          <Text weight="semibold">{s.request.questions}</Text>
        </legend>
        {questions.map((q, i) => (
          <div key={i} className={styles.question}>
            <Field label={s.request.question(i + 1)} className={styles.questionField} required>
              <Input value={q} maxLength={QUESTION_TEXT_MAX} onChange={(_, d) => setQuestions((all) => all.map((x, j) => (j === i ? d.value : x)))} />
            </Field>
            {questions.length > 1 && (
              <Button appearance="subtle" aria-label={s.request.removeQuestion(i + 1)} onClick={() => setQuestions((all) => all.filter((_, j) => j !== i))}>
                ✕
              </Button>
            )}
          </div>
        ))}
        {problems.questions && (
          <Text role="alert" size={200}>
            {problems.questions}
          </Text>
        )}
        {questions.length < MAX_QUESTIONS && (
          <div>
            <Button onClick={() => setQuestions((all) => [...all, ''])}>{s.request.addQuestion}</Button>
          </div>
        )}
      </fieldset>
      <Text size={200}>{s.request.who(aboutMe)}</Text>
      {problems.form && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problems.form}</MessageBarBody>
        </MessageBar>
      )}
      {created && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {s.request.sent}{' '}
            <Link href={`#/reviews/feedback/requests/${encodeURIComponent(created)}`} onClick={(e) => { e.preventDefault(); app.navigate(`/reviews/feedback/requests/${encodeURIComponent(created)}`); }}>
              {s.request.open}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? s.request.sending : s.request.submit}
        </Button>
      </div>
    </form>
  );
}
