import { Button, Card, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { formatCalendarDate } from '../my-team/conversation-format.js';
import { planStrings as s } from '../strings/development-plans.js';
import type { DevelopmentPlanApi, DevelopmentPlanView } from './development-plan-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', flexWrap: 'wrap' },
  text: { flex: '1 1 10rem', minWidth: 0, display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '12rem' },
});

/** Shows the new state at once and puts it back if the server refuses. */
function ActionCheckbox({ done, disabled, label, onChange }: { done: boolean; disabled: boolean; label: string; onChange: (done: boolean) => Promise<boolean> }) {
  const [checked, setChecked] = useState(done);
  return (
    <Checkbox
      checked={checked}
      disabled={disabled}
      aria-label={label}
      onChange={(_, d) => {
        const next = d.checked === true;
        setChecked(next);
        void onChange(next).then((saved) => saved || setChecked(!next));
      }}
    />
  );
}

/** Concrete steps of the plan, with an optional due date. */
export function PlanActionList({ view, api, run }: { view: DevelopmentPlanView; api: DevelopmentPlanApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const locale = useApp().host.locale;
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  return (
    <Card className={styles.card} data-plan-actions>
      <Text as="h3" weight="semibold" size={400}>{s.actions}</Text>
      {view.plan.actions.length === 0 ? <Text>{s.actionsEmpty}</Text> : (
        <ul className={styles.list} aria-label={s.actions}>
          {view.plan.actions.map((a) => (
            <li key={`${a.id}:${a.revision}`} className={styles.item} data-plan-action={a.id} data-done={a.done}>
              <ActionCheckbox done={a.done} disabled={!view.canEdit} label={s.markDone(a.text)} onChange={(done) => run(() => api.updateAction(a.id, { done }, a.revision))} />
              <div className={styles.text}>
                <Text strikethrough={a.done}>{a.text}</Text>
                {a.dueDate && <Text size={200} className={styles.meta}>{s.due(formatCalendarDate(a.dueDate, locale))}</Text>}
              </div>
              {view.canEdit && <Button size="small" aria-label={s.removeItem(a.text)} onClick={() => void run(() => api.removeAction(a.id, a.revision))}>{s.remove}</Button>}
            </li>
          ))}
        </ul>
      )}
      {view.canEdit && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            void run(() => api.addAction({ text, dueDate: due === '' ? null : due })).then((done) => {
              if (done) {
                setText('');
                setDue('');
              }
            });
          }}
        >
          <Field label={s.actionText} className={styles.grow}>
            <Input value={text} onChange={(_, d) => setText(d.value)} maxLength={500} data-plan-action-text />
          </Field>
          <Field label={s.dueDate}>
            <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={text.trim() === ''}>{s.addAction}</Button>
        </form>
      )}
    </Card>
  );
}
