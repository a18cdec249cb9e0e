import { Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeMeetingError } from '../describe-meeting-error.js';
import type { MeetingApi, SidePanelView } from '../meeting-api.js';
import { meetingStrings } from '../meeting-strings.js';
import { Section } from './section.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The viewer's own private note on the 1:1: the server names it after the caller, so it is theirs alone. */
export function PrivateNoteSection({ oneOnOne, api, counterpart }: { oneOnOne: NonNullable<SidePanelView['oneOnOne']>; api: MeetingApi; counterpart: string | null }) {
  const styles = useStyles();
  const note = oneOnOne.myPrivateNote;
  const [text, setText] = useState(note?.text ?? '');
  const [revision, setRevision] = useState(note?.revision ?? 0);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(note?.text ?? '');
    setRevision(note?.revision ?? 0);
  }, [note?.text, note?.revision]);
  if (!oneOnOne.meeting || !note) return null;
  const meetingId = oneOnOne.meeting.id;
  const save = async () => {
    setState('saving');
    setError(null);
    try {
      const saved = await api.savePrivateNote(counterpart, meetingId, text, revision);
      setRevision(saved.body.revision);
      setState('saved');
    } catch (e) {
      setError(describeMeetingError(e));
      setState('idle');
    }
  };
  return (
    <Section title={meetingStrings.privateNote} hint={meetingStrings.privateNoteHint} name="private-note">
      <Textarea value={text} resize="vertical" rows={4} maxLength={20_000} aria-label={meetingStrings.privateNote} onChange={(_, d) => (setText(d.value), setState('idle'))} data-private-note />
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={state === 'saving'} onClick={() => void save()}>
          {meetingStrings.save}
        </Button>
        {state === 'saved' && (
          <Text size={200} role="status">
            {meetingStrings.saved}
          </Text>
        )}
      </div>
      {error && (
        <Text role="alert" size={200}>
          {error}
        </Text>
      )}
    </Section>
  );
}
