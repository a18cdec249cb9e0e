import { Button, Card, Field, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { formatInstant } from '../my-team/conversation-format.js';
import { planStrings as s } from '../strings/development-plans.js';
import type { DevelopmentPlanApi, DevelopmentPlanView } from './development-plan-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { display: 'flex', flexDirection: 'column', borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Dated progress notes by the person and their manager, newest first; append-only. */
export function ProgressNotes({ view, api, run }: { view: DevelopmentPlanView; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const app = useApp();
  const locale = app.host.locale;
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState('');
  const goalTitle = (id: string | null) => (id ? view.plan.goals.find((g) => g.id === id)?.title ?? null : null);
  return (
    <Card className={styles.card} data-plan-notes>
      <Text as="h3" weight="semibold" size={400}>{s.notes}</Text>
      {view.notes.length === 0 ? <Text>{s.notesEmpty}</Text> : (
        <ul className={styles.list} aria-label={s.notes}>
          {view.notes.map((n) => {
            const about = goalTitle(n.goalId);
            return (
              <li key={n.id} className={styles.note} data-progress-note={n.id}>
                <Text>{n.text}</Text>
                <Text size={200} className={styles.meta}>
                  {s.noteBy(personName(app, n.authorId), formatInstant(n.at, locale))}
                  {about ? ` · ${s.about(about)}` : ''}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {view.canEdit && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            void run(() => api.addNote(text, goalId === '' ? null : goalId)).then((done) => done && setText(''));
          }}
        >
          <Field label={s.noteText}>
            <Textarea value={text} onChange={(_, d) => setText(d.value)} maxLength={4000} resize="vertical" data-progress-note-text />
          </Field>
          <Field label={s.noteAbout}>
            <Select value={goalId} onChange={(_, d) => setGoalId(d.value)}>
              <option value="">{s.wholePlan}</option>
              {view.plan.goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
            </Select>
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={text.trim() === ''}>{s.addNote}</Button>
          </div>
        </form>
      )}
    </Card>
  );
}
