import { Button, Card, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { PhaseDeadlinesView, ReviewCycleView, UpdateReviewCycleBody } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  field: { minWidth: '10rem', flexGrow: 1, maxWidth: '24rem' },
});

const PHASES = ['self', 'peer', 'manager', 'calibration'] as const;

/** HR renames a cycle or moves its deadlines (allowed until the cycle closes); saved against the revision it was loaded at. */
export function CycleDeadlinesEditor({ cycle }: { cycle: ReviewCycleView }) {
  const styles = useStyles();
  const app = useApp();
  const d = reviewStrings.cycles.detail;
  const [name, setName] = useState(cycle.name);
  const [deadlines, setDeadlines] = useState<PhaseDeadlinesView>(cycle.deadlines);
  const action = useAction();
  const changed = name.trim() !== cycle.name || PHASES.some((p) => deadlines[p] !== cycle.deadlines[p]);
  const save = async () => {
    const body: UpdateReviewCycleBody = { name: name.trim(), deadlines };
    // Two HR admins may edit one cycle: the revision turns a lost update into a clear conflict.
    const saved = await action.run(() => app.api.patch<ReviewCycleView>(`/review-cycles/${encodeURIComponent(cycle.id)}`, body, String(cycle.revision)));
    if (saved) app.changed();
  };
  return (
    <Card className={styles.card}>
      <form
        className={styles.card}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Text as="h3" weight="semibold" size={400}>
          {d.editDeadlines}
        </Text>
        <Field label={reviewStrings.cycles.form.name} required className={styles.field}>
          <Input value={name} maxLength={120} onChange={(_, v) => setName(v.value)} />
        </Field>
        <div className={styles.row}>
          {PHASES.map((phase) => (
            <Field key={phase} label={reviewStrings.phases[phase]} required className={styles.field}>
              <Input type="date" value={deadlines[phase]} onChange={(_, v) => setDeadlines((x) => ({ ...x, [phase]: v.value }))} />
            </Field>
          ))}
        </div>
        <div className={styles.row}>
          <Button type="submit" disabled={action.busy || !changed}>
            {d.saveDeadlines}
          </Button>
        </div>
        <ActionStatus action={action} />
      </form>
    </Card>
  );
}
