import { Badge, Button, Card, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { formatCalendarDate } from './conversation-format.js';
import type { AgendaItem, MeetingDetail, OneOnOneApi } from './one-on-one-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', paddingBlock: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  text: { flex: '1 1 10rem', minWidth: 0, display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', '@media (max-width: 600px)': { flexBasis: '100%', paddingLeft: tokens.spacingHorizontalXXXL } },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '12rem' },
});

function AgendaRow({ item, index, count, editable, run, api }: { item: AgendaItem; index: number; count: number; editable: boolean; run: (action: () => Promise<unknown>) => Promise<boolean>; api: OneOnOneApi }) {
  const styles = useStyles();
  const app = useApp();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.text);
  const [checked, setChecked] = useState(item.state === 'done');
  const mine = item.authorId === app.me.id;
  const locale = app.host.locale;
  const status =
    item.state === 'carried-over' ? <Badge appearance="tint" color="warning">{s.carriedOver}</Badge>
    : item.state === 'done' && !editable ? <Badge appearance="tint" color="success">{s.discussed}</Badge>
    : null;
  return (
    <li className={styles.item} data-talking-point={item.id} data-state={item.state}>
      {editable ? (
        <Checkbox
          checked={checked}
          aria-label={item.text}
          onChange={(_, d) => {
            // Shown at once; put back if the server refuses.
            const done = d.checked === true;
            setChecked(done);
            void run(() => api.updatePoint(item.id, { done })).then((saved) => saved || setChecked(!done));
          }}
        />
      ) : null}
      <div className={styles.text}>
        {editing ? (
          <form
            className={styles.add}
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => api.updatePoint(item.id, { text: draft })).then((done) => done && setEditing(false));
            }}
          >
            <Field label={s.editPoint(item.text)} className={styles.grow}>
              <Input value={draft} onChange={(_, d) => setDraft(d.value)} maxLength={500} />
            </Field>
            <Button type="submit" appearance="primary">{s.save}</Button>
            <Button onClick={() => setEditing(false)}>{s.cancel}</Button>
          </form>
        ) : (
          <Text strikethrough={item.state === 'done' && editable}>{item.text}</Text>
        )}
        <Text size={200} className={styles.meta}>
          {s.addedBy(personName(app, item.authorId))}
          {item.carriedFrom ? ` · ${s.carriedFrom(item.carriedFrom.date ? formatCalendarDate(item.carriedFrom.date, locale) : '—')}` : ''}
        </Text>
      </div>
      {status}
      {editable && !editing && (
        <div className={styles.tools}>
          <Button size="small" disabled={index === 0} aria-label={s.moveUp(item.text)} onClick={() => void run(() => api.movePoint(item.id, 'up'))}>↑</Button>
          <Button size="small" disabled={index === count - 1} aria-label={s.moveDown(item.text)} onClick={() => void run(() => api.movePoint(item.id, 'down'))}>↓</Button>
          {mine && (
            <>
              <Button size="small" aria-label={s.editPoint(item.text)} onClick={() => { setDraft(item.text); setEditing(true); }}>{s.edit}</Button>
              <Button size="small" aria-label={s.removePoint(item.text)} onClick={() => void run(() => api.removePoint(item.id))}>{s.remove}</Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The shared agenda of one meeting: editable while the meeting is upcoming, a record once it is done. */
export function AgendaCard({ meeting, api, run }: { meeting: MeetingDetail; api: OneOnOneApi; run: (action: () => Promise<unknown>) => Promise<boolean> }) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const editable = meeting.status === 'upcoming';
  return (
    <Card className={styles.card} data-agenda={meeting.id}>
      <Text as="h3" weight="semibold" size={400}>{s.agenda}</Text>
      <Text size={200}>{s.agendaHint}</Text>
      {meeting.agenda.length === 0 ? (
        <Text>{s.agendaEmpty}</Text>
      ) : (
        <ul className={styles.list} aria-label={s.agenda}>
          {meeting.agenda.map((item, i) => (
            <AgendaRow key={`${item.id}:${item.revision}`} item={item} index={i} count={meeting.agenda.length} editable={editable} run={run} api={api} />
          ))}
        </ul>
      )}
      {editable && (
        <form
          className={styles.add}
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            void run(() => api.addPoint(meeting.id, text)).then((done) => done && setText(''));
          }}
        >
          <Field label={s.addPoint} className={styles.grow}>
            <Input value={text} onChange={(_, d) => setText(d.value)} maxLength={500} data-add-talking-point />
          </Field>
          <Button type="submit" appearance="primary" disabled={text.trim() === ''}>{s.addPointSubmit}</Button>
        </form>
      )}
    </Card>
  );
}
