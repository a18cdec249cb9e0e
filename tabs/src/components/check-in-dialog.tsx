import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Slider,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client.js';
import type { KeyResultView } from '../api/types.js';
import { strings } from '../strings.js';
import { recordCheckIn } from './check-in-actions.js';
import { describeError } from './describe-error.js';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** The check-in form, prefilled with the last values. */
export function CheckInDialog({ api, keyResult, open, onClose, onSaved }: { api: ApiClient; keyResult: KeyResultView; open: boolean; onClose: () => void; onSaved: () => void }) {
  const styles = useStyles();
  const spec = keyResult.spec;
  const [value, setValue] = useState(String(keyResult.current ?? (spec.type === 'increase-to' || spec.type === 'decrease-to' ? spec.start : 0)));
  const [confidence, setConfidence] = useState(keyResult.confidence ?? 5);
  const [note, setNote] = useState('');
  const [blockers, setBlockers] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) {
      setError(`${strings.checkInDialog.value}: a number is needed`);
      return;
    }
    setSaving(true);
    try {
      await recordCheckIn(api, keyResult.id, { value: number, confidence, note, blockers });
      onSaved();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{strings.checkInDialog.title(keyResult.title)}</DialogTitle>
            <DialogContent className={styles.form}>
              {spec.type === 'milestone' ? (
                <Field label={strings.checkInDialog.steps}>
                  <RadioGroup value={value} onChange={(_, d) => setValue(d.value)}>
                    {[0, ...spec.steps.map((_, i) => i + 1)].map((n) => (
                      <Radio key={n} value={String(n)} label={n === 0 ? '0' : `${n}: ${spec.steps[n - 1]}`} />
                    ))}
                  </RadioGroup>
                </Field>
              ) : spec.type === 'binary' ? (
                <Field label={strings.checkInDialog.value}>
                  <RadioGroup value={value} onChange={(_, d) => setValue(d.value)} layout="horizontal">
                    <Radio value="1" label={strings.checkInDialog.done} />
                    <Radio value="0" label={strings.checkInDialog.notDone} />
                  </RadioGroup>
                </Field>
              ) : (
                <Field label={strings.checkInDialog.value} required validationMessage={error ?? undefined}>
                  <Input type="number" step="any" inputMode="decimal" value={value} onChange={(_, d) => setValue(d.value)} autoFocus />
                </Field>
              )}
              <Field label={`${strings.checkInDialog.confidence}: ${confidence}`}>
                <Slider min={0} max={10} step={1} value={confidence} onChange={(_, d) => setConfidence(d.value)} aria-valuetext={String(confidence)} />
              </Field>
              <Field label={strings.checkInDialog.note}>
                <Textarea value={note} maxLength={2000} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <Field label={strings.checkInDialog.blockers}>
                <Textarea value={blockers} maxLength={2000} onChange={(_, d) => setBlockers(d.value)} />
              </Field>
              {error && spec.type !== 'increase-to' && spec.type !== 'decrease-to' && spec.type !== 'guardrail' && <div role="alert">{error}</div>}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {strings.checkInDialog.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabled={saving}>
                {strings.checkInDialog.submit}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
