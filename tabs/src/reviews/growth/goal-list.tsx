import { Badge, Button, Card, Field, Input, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { formatCalendarDate, formatInstant, todayLocal } from '../my-team/conversation-format.js';
import { planStrings as s } from '../strings/development-plans.js';
import type { DevelopmentPlanApi, DevelopmentPlanView, GoalInput, GoalStatus, GrowthGoal } from './development-plan-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  goal: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS, '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  wide: { gridColumn: '1 / -1' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLORS: Record<GoalStatus, 'informative' | 'brand' | 'success'> = { 'not-started': 'informative', 'in-progress': 'brand', done: 'success' };

function GoalForm({ initial, submitLabel, onSubmit, onCancel }: { initial: GoalInput; submitLabel: string; onSubmit: (input: GoalInput) => Promise<boolean>; onCancel?: () => void }) {
  const styles = useStyles();
  const [goal, setGoal] = useState(initial);
  const set = (changes: Partial<GoalInput>) => setGoal((g) => ({ ...g, ...changes }));
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(goal).then((done) => done && !onCancel && setGoal(initial));
      }}
    >
      <Field label={s.goalTitle} required className={styles.wide}>
        <Input value={goal.title} onChange={(_, d) => set({ title: d.value })} maxLength={200} data-goal-title />
      </Field>
      <Field label={s.goalDescription} className={styles.wide}>
        <Textarea value={goal.description} onChange={(_, d) => set({ description: d.value })} maxLength={4000} resize="vertical" />
      </Field>
      <Field label={s.targetDate} required>
        <Input type="date" value={goal.targetDate} onChange={(_, d) => set({ targetDate: d.value })} />
      </Field>
      <Field label={s.status}>
        <Select value={goal.status} onChange={(_, d) => set({ status: d.value as GoalStatus })}>
          {(Object.keys(s.statuses) as GoalStatus[]).map((key) => <option key={key} value={key}>{s.statuses[key]}</option>)}
        </Select>
      </Field>
      <div className={`${styles.row} ${styles.wide}`}>
        <Button type="submit" appearance="primary" disabled={goal.title.trim() === '' || goal.targetDate === ''}>{submitLabel}</Button>
        {onCancel && <Button onClick={onCancel}>{s.cancel}</Button>}
      </div>
    </form>
  );
}

function GoalRow({ goal, view, api, run }: { goal: GrowthGoal; view: DevelopmentPlanView; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const app = useApp();
  const locale = app.host.locale;
  const [editing, setEditing] = useState(false);
  const notes = view.notes.filter((n) => n.goalId === goal.id);
  return (
    <li className={styles.goal} data-growth-goal={goal.id}>
      {editing ? (
        <GoalForm
          initial={{ title: goal.title, description: goal.description, targetDate: goal.targetDate, status: goal.status }}
          submitLabel={s.save}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => run(() => api.updateGoal(goal.id, input, goal.revision)).then((done) => (done && setEditing(false), done))}
        />
      ) : (
        <>
          <div className={styles.row}>
            <Text weight="semibold">{goal.title}</Text>
            <Badge appearance="tint" color={STATUS_COLORS[goal.status]}>{s.statuses[goal.status]}</Badge>
          </div>
          <Text size={200} className={styles.meta}>{s.targetBy(formatCalendarDate(goal.targetDate, locale))}</Text>
          {goal.description && <Text>{goal.description}</Text>}
          {notes.length > 0 && (
            <ul className={styles.notes} aria-label={`${s.goalNotes}: ${goal.title}`}>
              {notes.map((n) => (
                <li key={n.id}>
                  <Text size={200}>{n.text} <span className={styles.meta}>— {s.noteBy(personName(app, n.authorId), formatInstant(n.at, locale))}</span></Text>
                </li>
              ))}
            </ul>
          )}
          {view.canEdit && (
            <div className={styles.row}>
              <Button size="small" aria-label={s.editItem(goal.title)} onClick={() => setEditing(true)}>{s.edit}</Button>
              <Button size="small" aria-label={s.removeItem(goal.title)} onClick={() => void run(() => api.removeGoal(goal.id, goal.revision))}>{s.remove}</Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** Growth goals: realistic, role-based, expected to be met in full. */
export function GoalList({ view, api, run }: { view: DevelopmentPlanView; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const blank: GoalInput = { title: '', description: '', targetDate: todayLocal(), status: 'not-started' };
  return (
    <Card className={styles.card} data-plan-goals>
      <Text as="h3" weight="semibold" size={400}>{s.goals}</Text>
      {view.plan.goals.length === 0 ? <Text>{s.goalsEmpty}</Text> : (
        <ul className={styles.list} aria-label={s.goals}>
          {view.plan.goals.map((g) => <GoalRow key={`${g.id}:${g.revision}`} goal={g} view={view} api={api} run={run} />)}
        </ul>
      )}
      {view.canEdit && (
        <details>
          <summary>{s.addGoal}</summary>
          <GoalForm initial={blank} submitLabel={s.addGoal} onSubmit={(input) => run(() => api.addGoal(input))} />
        </details>
      )}
    </Card>
  );
}
