import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, type ButtonProps } from '@fluentui/react-components';
import { useState } from 'react';
import { reviewStrings } from '../../strings/reviews.js';

/** A button that asks before doing something final (submitting a review, launching a cycle, releasing). */
export function ConfirmButton({ label, question, onConfirm, disabled, appearance = 'primary' }: { label: string; question: string; onConfirm: () => void; disabled?: boolean; appearance?: ButtonProps['appearance'] }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={appearance} disabled={disabled}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>{question}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{reviewStrings.common.cancel}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {reviewStrings.common.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
