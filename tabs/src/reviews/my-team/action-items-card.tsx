import { Badge, Button, Card, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { formatCalendarDate, todayLocal } from './conversation-format.js';
import type { ActionItem, OneOnOneApi, OneOnOneView } from './one-on-one-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBlock: tokens.spacingVerticalXXS },
  text: { flex: '1 1 10rem', minWidth: 0, display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3 },
  form: { display: 'grid', gridTemplateColumns: 'minmax(10rem, 2fr) minmax(9rem, 1fr) minmax(9rem, 1fr) max-content', gap: tokens.spacingHorizontalS, alignItems: 'end', '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
});

function ActionRow({ item, view, api, run }: { item: ActionItem; view: OneOnOneView; api: OneOnOneApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const app = useApp();
  const locale = app.host.locale;
  const owner = item.ownerId === app.me.id ? s.me(app.me.displayName) : item.ownerId === view.reportId ? view.report.displayName : item.ownerId === view.managerId ? view.manager.displayName : personName(app, item.ownerId);
  const [checked, setChecked] = useState(item.done);
  const overdue = !item.done && item.dueDate !== null && item.dueDate < todayLocal();
  return (
    <li className={styles.item} data-action-item={item.id} data-done={item.done}>
      <Checkbox
        checked={checked}
        aria-label={item.text}
        onChange={(_, d) => {
          const done = d.checked === true;
          setChecked(done);
          void run(() => api.updateAction(item.id, { done })).then((saved) => saved || setChecked(!done));
        }}
      />
      <div className={styles.text}>
        <Text strikethrough={item.done}>{item.text}</Text>
        <Text size={200} className={styles.meta}>{s.actionMeta(owner, item.dueDate ? formatCalendarDate(item.dueDate, locale) : null)}</Text>
      </div>
      {overdue && <Badge appearance="tint" color="danger">{s.overdue}</Badge>}
      {item.createdBy === app.me.id && (
        <Button size="small" aria-label={s.removeAction(item.text)} onClick={() => void run(() => api.removeAction(item.id))}>{s.remove}</Button>
      )}
    </li>
  );
}

/** Action items of the pair, open ones first; either side adds, edits and closes them. */
export function ActionItemsCard({ view, api, run }: { view: OneOnOneView; api: OneOnOneApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const app = useApp();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(view.reportId);
  const [dueDate, setDueDate] = useState('');
  const people = [view.report, view.manager];
  return (
    <Card className={styles.card} data-action-items>
      <Text as="h3" weight="semibold" size={400}>{s.actionItems}</Text>
      {view.actionItems.length === 0 ? (
        <Text>{s.actionItemsEmpty}</Text>
      ) : (
        <ul className={styles.list} aria-label={s.actionItems}>
          {view.actionItems.map((item) => <ActionRow key={`${item.id}:${item.revision}`} item={item} view={view} api={api} run={run} />)}
        </ul>
      )}
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return;
          const meetingId = view.meeting?.id;
          void run(() => api.addAction({ text, ownerId, dueDate: dueDate === '' ? null : dueDate, ...(meetingId ? { meetingId } : {}) })).then((done) => {
            if (done) {
              setText('');
              setDueDate('');
            }
          });
        }}
      >
        <Field label={s.actionText}>
          <Input value={text} onChange={(_, d) => setText(d.value)} maxLength={500} data-add-action-item />
        </Field>
        <Field label={s.actionOwner}>
          <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>{p.id === app.me.id ? s.me(p.displayName) : p.displayName}</option>
            ))}
          </Select>
        </Field>
        <Field label={s.actionDue}>
          <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={text.trim() === ''}>{s.addAction}</Button>
      </form>
    </Card>
  );
}
