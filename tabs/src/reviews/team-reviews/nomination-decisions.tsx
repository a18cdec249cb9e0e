import { Button, Card, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import type { NominationView, ReviewPacketView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { NominationBadge } from '../my-reviews/nominations-editor.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  reason: { minWidth: '10rem', maxWidth: '100%' },
});

function Decision({ packet, nomination, onChange }: { packet: ReviewPacketView; nomination: NominationView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const [reason, setReason] = useState('');
  const action = useAction();
  const decide = async (decision: 'approve' | 'reject') => {
    const body = reason.trim() ? { decision, reason: reason.trim() } : { decision };
    const next = await action.run(() => app.api.post<ReviewPacketView>(`/review-packets/${encodeURIComponent(packet.id)}/nominations/${encodeURIComponent(nomination.id)}/decision`, body));
    if (next) onChange(next);
  };
  const name = nomination.nominee.displayName;
  return (
    <li className={styles.item} data-nomination={nomination.nominee.id}>
      <Text weight="semibold">{name}</Text>
      <Text size={200}>{reviewStrings.relations[nomination.relation]}</Text>
      <NominationBadge nomination={nomination} />
      {nomination.responseStatus && <Text size={200}>{reviewStrings.draftStatus[nomination.responseStatus === 'submitted' ? 'submitted' : 'not-started']}</Text>}
      {nomination.decisionReason && <Text size={200}>{nomination.decisionReason}</Text>}
      {packet.can.decideNominations && nomination.status === 'proposed' && (
        <>
          <Input className={styles.reason} aria-label={`${s.rejectReason}: ${name}`} placeholder={s.rejectReason} value={reason} maxLength={500} onChange={(_, d) => setReason(d.value)} />
          <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void decide('approve')}>
            {s.approve(name)}
          </Button>
          <Button size="small" disabled={action.busy} onClick={() => void decide('reject')}>
            {s.reject(name)}
          </Button>
          <ActionStatus action={action} />
        </>
      )}
    </li>
  );
}

/** The reviewers a report nominated; the manager of record approves or rejects each while nominating is open. */
export function NominationDecisions({ packet, onChange }: { packet: ReviewPacketView; onChange: (packet: ReviewPacketView) => void }) {
  const styles = useStyles();
  const s = reviewStrings.team;
  const nominations = packet.nominations;
  if (!nominations) return null;
  return (
    <Card className={styles.card} data-nomination-decisions>
      <Text as="h3" weight="semibold" size={400}>
        {s.nominations}
      </Text>
      {nominations.identitiesHidden ? (
        <Text>{reviewStrings.mine.identitiesHidden(nominations.approvedCount)}</Text>
      ) : nominations.items.length === 0 ? (
        <Text>{s.noNominations}</Text>
      ) : (
        <ul className={styles.list}>
          {nominations.items.map((n) => (
            <Decision key={n.id} packet={packet} nomination={n} onChange={onChange} />
          ))}
        </ul>
      )}
    </Card>
  );
}
