import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { CalibrationBody, CalibrationRowView, NineBoxLevel, RatingScaleView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const level = (value: string): NineBoxLevel | null => (value === '' ? null : (Number(value) as NineBoxLevel));

/** HR adjusts one person's rating (a reason is required for any change) and places them in the 9-box. */
export function CalibrateDialog({ row, scale, onSaved }: { row: CalibrationRowView; scale: RatingScaleView; onSaved: () => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.calibration;
  const [open, setOpen] = useState(false);
  const [adjusted, setAdjusted] = useState(row.adjustedRating === null ? '' : String(row.adjustedRating));
  const [reason, setReason] = useState(row.reason ?? '');
  const [performance, setPerformance] = useState(row.performance === null ? '' : String(row.performance));
  const [potential, setPotential] = useState(row.potential === null ? '' : String(row.potential));
  const [reasonMissing, setReasonMissing] = useState(false);
  const action = useAction();
  const name = row.subject.displayName;

  const save = async () => {
    if (adjusted !== '' && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    const body: CalibrationBody = {
      adjustedRating: adjusted === '' ? null : Number(adjusted),
      ...(adjusted !== '' ? { reason: reason.trim() } : {}),
      performance: level(performance),
      potential: level(potential),
    };
    const saved = await action.run(() => app.api.patch(`/review-packets/${encodeURIComponent(row.packetId)}/calibration`, body));
    if (saved) {
      setOpen(false);
      onSaved();
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small">{s.adjust(name)}</Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{s.adjustTitle(name)}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={s.adjusted}>
                <Select value={adjusted} onChange={(_, d) => setAdjusted(d.value)}>
                  <option value="">{s.noAdjustment}</option>
                  {scale.points.map((p) => (
                    <option key={p.value} value={String(p.value)}>
                      {reviewStrings.common.ratingOption(p.value, p.label)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={s.reason} required={adjusted !== ''} validationMessage={reasonMissing ? s.reasonNeeded : undefined}>
                <Textarea
                  value={reason}
                  maxLength={2000}
                  onChange={(_, d) => {
                    setReason(d.value);
                    if (d.value.trim()) setReasonMissing(false);
                  }}
                />
              </Field>
              <div className={styles.row}>
                <Field label={s.performance}>
                  <Select value={performance} onChange={(_, d) => setPerformance(d.value)}>
                    <option value="">{s.notPlaced}</option>
                    {[1, 2, 3].map((l) => (
                      <option key={l} value={String(l)}>
                        {s.levels[l]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={s.potential}>
                  <Select value={potential} onChange={(_, d) => setPotential(d.value)}>
                    <option value="">{s.notPlaced}</option>
                    {[1, 2, 3].map((l) => (
                      <option key={l} value={String(l)}>
                        {s.levels[l]}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <ActionStatus action={action} />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{reviewStrings.common.cancel}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabled={action.busy}>
                {s.save}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
