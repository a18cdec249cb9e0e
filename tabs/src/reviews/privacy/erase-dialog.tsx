import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/api-client.js';
import type { Person } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { describeError } from '../../components/describe-error.js';
import { privacyStrings as s } from '../strings/privacy.js';
import { confirms, erasePerson, type ErasureOutcome } from './privacy-api.js';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // A destructive action looks like one, in every state the button has.
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
});

/** What an erasure failure means for HR, by its stable code. */
function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === 'PERF.HAS_DIRECT_REPORTS') return s.erase.hasReports;
  if (error instanceof ApiError && error.code === 'PERF.ERASURE_INCOMPLETE') return s.erase.incomplete;
  return describeError(error);
}

/**
 * Erase with a confirmation: the consequences spelled out, and the button enabled only once HR has
 * typed the person's name (the server checks it again).
 */
export function EraseDialog({ person, onErased }: { person: Person; onErased: (outcome: ErasureOutcome) => void }) {
  const styles = useStyles();
  const app = useApp();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ready = confirms(person, typed) && !busy;

  const erase = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await erasePerson(app.api, person.id, typed);
      setOpen(false);
      setTyped('');
      onErased(outcome);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (!d.open) {
          setTyped('');
          setError(null);
        }
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button data-erase-open>{s.erase.button}</Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="erase-consequences">
        <DialogBody>
          <DialogTitle>{s.erase.dialogTitle(person.displayName)}</DialogTitle>
          <DialogContent className={styles.content}>
            <ul id="erase-consequences" className={styles.list}>
              {s.erase.consequences.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <Field label={s.erase.confirmLabel} hint={s.erase.confirmHint(person.displayName)}>
              <Input data-erase-confirm value={typed} onChange={(_, d) => setTyped(d.value)} autoComplete="off" onKeyDown={(e) => e.key === 'Enter' && ready && void erase()} />
            </Field>
            {error !== null && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{explain(error)}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{s.erase.cancel}</Button>
            </DialogTrigger>
            <Button appearance="primary" className={ready ? styles.danger : undefined} disabled={!ready} onClick={() => void erase()} data-erase-submit>
              {busy ? s.erase.busy : s.erase.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
