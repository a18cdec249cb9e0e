import { Badge, Button, Card, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** The manager's private notes on a review: only the manager of record ever receives them. */
export function PrivateNotesEditor({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const notes = packet.privateNotes;
  const [text, setText] = useState(notes?.text ?? '');
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  if (!notes) return null;
  const save = async () => {
    const next = await action.run(() => app.api.patch<ReviewPacketView>(`/review-packets/${encodeURIComponent(packet.id)}/private-notes`, { text }));
    if (next) {
      onChange(next);
      setDone(reviewStrings.common.saved);
    }
  };
  return (
    <Card className={styles.card} data-private-notes>
      <div className={styles.header}>
        <Text as="h3" weight="semibold" size={400}>
          {s.privateNotes}
        </Text>
        <Badge appearance="outline" color="important">
          {s.privateBadge}
        </Badge>
      </div>
      <Text size={200}>{s.privateHint}</Text>
      {packet.can.editPrivateNotes ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field label={s.privateNotes}>
            <Textarea value={text} maxLength={8000} resize="vertical" onChange={(_, d) => setText(d.value)} />
          </Field>
          <div className={styles.header}>
            <Button type="submit" disabled={action.busy}>
              {s.saveNotes}
            </Button>
          </div>
          <ActionStatus action={action} done={done} />
        </form>
      ) : (
        <Text className={styles.text}>{notes.text}</Text>
      )}
    </Card>
  );
}
