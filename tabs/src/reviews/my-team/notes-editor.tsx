import { Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { describeFailure, isConflict } from './conversation-format.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  theirs: { whiteSpace: 'pre-wrap', padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
});

/**
 * A notes box saved with the revision it was loaded at (If-Match). Saving over the other side's
 * newer text fails; the draft stays, their saved version is shown beside it, and the next save
 * (made having seen it) goes through. Neither version is lost silently.
 */
export function NotesEditor(props: {
  title: string;
  hint: string;
  text: string;
  revision: number;
  save: (text: string, revision: number) => Promise<unknown>;
  onSaved: () => Promise<void>;
  dataName: string;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(props.text);
  const [base, setBase] = useState(props.text);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string; conflict: boolean }>({ kind: 'idle' });
  // New text from the server replaces an untouched draft; an edited draft is kept and the saved text shown beside it.
  useEffect(() => {
    if (draft === base) {
      setDraft(props.text);
      setBase(props.text);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.text]);
  const dirty = draft !== props.text;
  const save = async () => {
    setStatus({ kind: 'saving' });
    try {
      await props.save(draft, props.revision);
      setBase(draft);
      setStatus({ kind: 'saved' });
      await props.onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: isConflict(e) ? s.notesChanged : describeFailure(e, s.errors), conflict: isConflict(e) });
    }
  };
  return (
    <Card className={styles.card} data-notes={props.dataName}>
      <Text as="h3" weight="semibold" size={400}>{props.title}</Text>
      <Field label={props.hint} validationState={status.kind === 'error' ? 'error' : 'none'} validationMessage={status.kind === 'error' ? status.message : undefined}>
        <Textarea value={draft} onChange={(_, d) => setDraft(d.value)} resize="vertical" rows={5} maxLength={20_000} />
      </Field>
      {dirty && base !== props.text && (
        <div>
          <Text size={200} weight="semibold">{s.savedVersion}</Text>
          <Text as="p" size={200} className={styles.theirs}>{props.text || '—'}</Text>
        </div>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!dirty || status.kind === 'saving'} onClick={() => void save()}>{s.save}</Button>
        {status.kind === 'error' && status.conflict && (
          <Button
            onClick={() => {
              setStatus({ kind: 'idle' });
              void props.onSaved();
            }}
          >
            {s.reload}
          </Button>
        )}
        {status.kind === 'saved' && !dirty && <Text size={200} role="status">{s.saved}</Text>}
      </div>
    </Card>
  );
}
