import { Button, Card, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { CompensationBody, ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  merit: { maxWidth: '10rem' },
});

type Promotion = 'yes' | 'no' | 'undecided';
const toPromotion = (p: boolean | null): Promotion => (p === null ? 'undecided' : p ? 'yes' : 'no');

/** The compensation recommendation (merit %, promotion) when the cycle has one; typed by the manager, never derived. */
export function CompensationEditor({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const m = reviewStrings.mine;
  const saved = packet.compensation;
  const [merit, setMerit] = useState(saved?.meritPercent === null || saved?.meritPercent === undefined ? '' : String(saved.meritPercent));
  const [promotion, setPromotion] = useState<Promotion>(toPromotion(saved?.promotion ?? null));
  const [note, setNote] = useState(saved?.note ?? '');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  if (!packet.compensationEnabled || !saved) return null;

  const save = async () => {
    const meritPercent = merit.trim() === '' ? null : Number(merit);
    if (meritPercent !== null && (!Number.isFinite(meritPercent) || meritPercent < 0 || meritPercent > 100)) {
      setInvalid('0 – 100');
      return;
    }
    setInvalid(null);
    const body: CompensationBody = { meritPercent, promotion: promotion === 'undecided' ? null : promotion === 'yes', note };
    const next = await action.run(() => app.api.patch<ReviewPacketView>(`/review-packets/${encodeURIComponent(packet.id)}/compensation`, body));
    if (next) {
      onChange(next);
      setDone(reviewStrings.common.saved);
    }
  };

  if (!packet.can.editCompensation) {
    return (
      <Card className={styles.card} data-compensation>
        <Text as="h3" weight="semibold" size={400}>
          {s.compensation}
        </Text>
        <Text size={200}>{s.compensationHint}</Text>
        <Text>
          {m.merit}: {saved.meritPercent === null ? m.undecided : `${saved.meritPercent}%`} · {m.promotion}: {saved.promotion === null ? m.undecided : saved.promotion ? m.yes : m.no}
        </Text>
        {saved.note && <Text>{saved.note}</Text>}
      </Card>
    );
  }
  return (
    <Card className={styles.card} data-compensation>
      <form
        className={styles.card}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Text as="h3" weight="semibold" size={400}>
          {s.compensation}
        </Text>
        <Text size={200}>{s.compensationHint}</Text>
        <div className={styles.row}>
          <Field label={s.merit} className={styles.merit} validationMessage={invalid ?? undefined}>
            <Input type="number" min={0} max={100} step={0.01} inputMode="decimal" value={merit} onChange={(_, d) => setMerit(d.value)} />
          </Field>
          <Field label={s.promotion}>
            <RadioGroup layout="horizontal" value={promotion} onChange={(_, d) => setPromotion(d.value as Promotion)}>
              <Radio value="yes" label={m.yes} />
              <Radio value="no" label={m.no} />
              <Radio value="undecided" label={m.undecided} />
            </RadioGroup>
          </Field>
        </div>
        <Field label={s.note}>
          <Textarea value={note} maxLength={2000} onChange={(_, d) => setNote(d.value)} />
        </Field>
        <div className={styles.row}>
          <Button type="submit" disabled={action.busy}>
            {s.saveCompensation}
          </Button>
        </div>
        <ActionStatus action={action} done={done} />
      </form>
    </Card>
  );
}
