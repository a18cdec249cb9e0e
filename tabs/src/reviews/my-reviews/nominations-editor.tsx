import { Badge, Button, Card, Select, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { FeedbackRelation, NominationView, ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from './packet-parts/action-status.js';
import { PersonPicker } from '../../components/person-picker.js';
import { useAction } from './packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const statusColor = { proposed: 'warning', approved: 'success', rejected: 'danger' } as const;

export function NominationBadge({ nomination }: { nomination: NominationView }) {
  return (
    <Badge appearance="tint" color={statusColor[nomination.status]}>
      {reviewStrings.nominationStatus[nomination.status]}
    </Badge>
  );
}

/** The subject's reviewers: nominate colleagues (peers, or reports for upward feedback) while allowed, withdraw a proposal. */
export function NominationsEditor({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.mine;
  const [nominee, setNominee] = useState<string | null>(null);
  const [relation, setRelation] = useState<FeedbackRelation>('peer');
  const [pickerKey, setPickerKey] = useState(0);
  const action = useAction();
  const nominations = packet.nominations;
  if (!nominations) return null;
  const taken = new Set([packet.subject.id, packet.cycleManager?.id, ...nominations.items.filter((n) => n.status !== 'rejected').map((n) => n.nominee.id)]);
  const candidates = [...app.people.values()].filter((p) => !taken.has(p.id)).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const base = `/review-packets/${encodeURIComponent(packet.id)}/nominations`;

  const nominate = async () => {
    if (!nominee) return;
    const next = await action.run(() => app.api.post<ReviewPacketView>(base, { nomineeId: nominee, relation }));
    if (next) {
      onChange(next);
      setNominee(null);
      setPickerKey((k) => k + 1);
    }
  };
  const withdraw = async (id: string) => {
    const next = await action.run(() => app.api.send<ReviewPacketView>('DELETE', `${base}/${encodeURIComponent(id)}`).then((r) => r.body));
    if (next) onChange(next);
  };

  return (
    <Card className={styles.card} data-nominations>
      <Text as="h3" weight="semibold" size={400}>
        {s.nominations}
      </Text>
      {nominations.identitiesHidden ? (
        <Text>{s.identitiesHidden(nominations.approvedCount)}</Text>
      ) : (
        <>
          <Text size={200}>{s.nominationsHint}</Text>
          {nominations.items.length === 0 ? (
            <Text>{s.noNominations}</Text>
          ) : (
            <ul className={styles.list}>
              {nominations.items.map((n) => (
                <li key={n.id} className={styles.item} data-nomination={n.nominee.id}>
                  <Text weight="semibold">{n.nominee.displayName}</Text>
                  <Text size={200}>{reviewStrings.relations[n.relation]}</Text>
                  <NominationBadge nomination={n} />
                  {n.decisionReason && <Text size={200}>{n.decisionReason}</Text>}
                  {packet.can.nominate && n.status === 'proposed' && (
                    <Button size="small" appearance="subtle" disabled={action.busy} onClick={() => void withdraw(n.id)}>
                      {s.withdraw(n.nominee.displayName)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {packet.can.nominate && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            void nominate();
          }}
        >
          <PersonPicker key={pickerKey} label={s.nominee} placeholder={s.nomineePlaceholder} people={candidates} selectedId={nominee} onSelect={setNominee} />
          <Field label={s.relation}>
            <Select value={relation} onChange={(_, d) => setRelation(d.value as FeedbackRelation)}>
              <option value="peer">{reviewStrings.relations.peer}</option>
              <option value="upward">{reviewStrings.relations.upward}</option>
            </Select>
          </Field>
          <Button type="submit" appearance="primary" disabled={action.busy || !nominee}>
            {s.nominate}
          </Button>
        </form>
      )}
      <ActionStatus action={action} />
    </Card>
  );
}
