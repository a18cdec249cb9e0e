import { Button, Checkbox, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { personName, useApp } from '../../app-context.js';
import { formatDate } from '../../format.js';
import { describeMeetingError } from '../describe-meeting-error.js';
import type { MeetingApi, SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3, paddingLeft: '2rem', margin: 0 },
  add: { display: 'flex', gap: tokens.spacingHorizontalXS },
  input: { flexGrow: 1, minWidth: 0 },
});

type OneOnOne = NonNullable<SidePanelView['oneOnOne']>;

/** The shared agenda of the pair's 1:1: both add points and check them off. */
export function AgendaSection({ oneOnOne, api, counterpart, onChanged }: { oneOnOne: OneOnOne; api: MeetingApi; counterpart: string | null; onChanged: () => void }) {
  const app = useApp();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Checked at once in the page; the reload after the save confirms it (or a failure puts it back).
  const [checking, setChecking] = useState<Readonly<Record<string, boolean>>>({});
  // Once the reloaded agenda agrees, the page state is no longer needed.
  useEffect(() => {
    setChecking((c) => Object.fromEntries(Object.entries(c).filter(([id, done]) => oneOnOne.agenda.find((i) => i.id === id)?.done !== done)));
  }, [oneOnOne.agenda]);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (e) {
      setError(describeMeetingError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const upcoming = oneOnOne.meeting?.status === 'upcoming';
  return (
    <Section title={meetingStrings.agenda} hint={oneOnOne.meeting ? `${meetingStrings.meetingOn(formatDate(oneOnOne.meeting.date, app.host.locale))} · ${meetingStrings.agendaHint}` : meetingStrings.agendaHint} name="agenda">
      {!upcoming && (
        <>
          <Text size={200}>{meetingStrings.noMeeting}</Text>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => void run(() => api.startOneOnOne(counterpart))}>
            {meetingStrings.startToday}
          </Button>
        </>
      )}
      {oneOnOne.agenda.length === 0 ? (
        upcoming && <Text size={200}>{meetingStrings.agendaEmpty}</Text>
      ) : (
        <ul className={styles.list}>
          {oneOnOne.agenda.map((item) => (
            <li key={item.id} data-agenda-item={item.id} data-done={item.done}>
              <Checkbox
                checked={checking[item.id] ?? item.done}
                disabled={busy || !upcoming}
                label={item.text}
                aria-label={meetingStrings.checkOff(item.text)}
                onChange={(_, d) => {
                  const done = d.checked === true;
                  setChecking((c) => ({ ...c, [item.id]: done }));
                  void run(() => api.checkTalkingPoint(counterpart, item.id, done, item.revision)).then((saved) => {
                    if (!saved) setChecking(({ [item.id]: _failed, ...rest }) => rest);
                  });
                }}
              />
              <Text size={100} className={styles.meta} as="p" block>
                {personName(app, item.authorId)}
                {item.carriedFromDate ? ` · ${meetingStrings.carriedFrom(formatDate(item.carriedFromDate, app.host.locale))}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {upcoming && (
        <form
          className={styles.add}
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) void run(() => api.addTalkingPoint(counterpart, text.trim())).then((done) => done && setText(''));
          }}
        >
          <Input className={styles.input} size="small" value={text} maxLength={500} aria-label={meetingStrings.addPoint} placeholder={meetingStrings.addPoint} onChange={(_, d) => setText(d.value)} />
          <Button size="small" type="submit" disabled={busy || !text.trim()}>
            {meetingStrings.add}
          </Button>
        </form>
      )}
      {error && (
        <Text role="alert" size={200}>
          {error}
        </Text>
      )}
    </Section>
  );
}
