import { Card, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { ReviewPacketView, ReviewsToWriteView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { OkrContextPanel } from '../my-reviews/packet-parts/okr-context-panel.js';
import { PacketHeader } from '../my-reviews/packet-parts/packet-header.js';
import { PeerFeedbackPanel } from '../my-reviews/packet-parts/peer-feedback-panel.js';
import { AnswersList, RatingsList } from '../my-reviews/packet-parts/read-only-answers.js';
import { formatDay } from '../my-reviews/packet-parts/review-format.js';
import { CompensationEditor } from './compensation-editor.js';
import { ManagerReviewForm } from './manager-review-form.js';
import { NominationDecisions } from './nomination-decisions.js';
import { PrivateNotesEditor } from './private-notes-editor.js';
import { ReviewStatus } from './review-status.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // The form on the left and the OKR context beside it (DESIGN §1: beside, as context); stacked on narrow screens.
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // The context stays in view while the manager scrolls the form, and scrolls on its own when long.
  aside: { position: 'sticky', top: tokens.spacingVerticalM, minWidth: 0, maxHeight: 'calc(100vh - 2rem)', overflowY: 'auto', '@media (max-width: 900px)': { position: 'static', maxHeight: 'none' } },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  picker: { width: '100%', maxWidth: '24rem', minWidth: 0 },
  // Long cycle names must not widen the page on a phone.
  select: { minWidth: 0, maxWidth: '100%' },
});

function SelfReviewReadOnly({ packet }: { packet: ReviewPacketView }) {
  const styles = useStyles();
  const app = useApp();
  const self = packet.selfReview;
  if (!self) return null;
  return (
    <Card className={styles.card} data-subject-self-review={self.status}>
      <Text as="h3" weight="semibold" size={400}>
        {reviewStrings.team.selfReview}
      </Text>
      {self.status !== 'submitted' ? (
        <Text>{reviewStrings.team.selfNotSubmitted}</Text>
      ) : (
        <>
          {self.submittedAt && <Text size={200}>{reviewStrings.common.submittedOn(formatDay(self.submittedAt, app.host.locale))}</Text>}
          <RatingsList competencies={packet.template.competencies} ratings={self.ratings} />
          <AnswersList questions={packet.template.questions} answers={self.answers} />
        </>
      )}
    </Card>
  );
}

function PacketWorkspace({ packetId }: { packetId: string }) {
  const styles = useStyles();
  const app = useApp();
  const [load, retry] = useLoad(() => app.api.get<ReviewPacketView>(`/review-packets/${encodeURIComponent(packetId)}`), [packetId, app.version]);
  const [packet, setPacket] = useState<ReviewPacketView | null>(null);
  useEffect(() => setPacket(load.state === 'ready' ? load.value : null), [load]);
  if (load.state === 'loading' || (load.state === 'ready' && !packet)) return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const p = packet!;
  return (
    <section className={styles.column} aria-labelledby={`report-packet-${p.id}`} data-packet-id={p.id}>
      <PacketHeader packet={p} headingId={`report-packet-${p.id}`} title={`${p.cycleName}: ${p.subject.displayName}`} />
      <div className={styles.layout}>
        <div className={styles.column} data-review-form-column>
          <SelfReviewReadOnly packet={p} />
          {p.peerFeedback && <PeerFeedbackPanel feedback={p.peerFeedback} template={p.template} />}
          <NominationDecisions packet={p} onChange={setPacket} />
          {/* Keyed by revision-independent id: the form keeps what the manager typed across saves. */}
          <ManagerReviewForm key={`${p.id}-review`} packet={p} onChange={setPacket} />
          <CompensationEditor key={`${p.id}-comp`} packet={p} onChange={setPacket} />
          <PrivateNotesEditor key={`${p.id}-notes`} packet={p} onChange={setPacket} />
          <ReviewStatus packet={p} />
        </div>
        {p.okrContext ? <OkrContextPanel context={p.okrContext} className={styles.aside} scrollable /> : <Text>{reviewStrings.okrContext.hidden}</Text>}
      </div>
    </section>
  );
}

/**
 * A report's reviews for their manager of record, embedded in My team: the manager review form with
 * the OKR context beside it, private notes, reviewer approvals and the compensation recommendation.
 * Only packets the API lists as mine to write are shown; anyone else sees an empty state and nothing more.
 * `packetId` (optional, e.g. from #/reviews/team/<personId>/reviews/<packetId>) opens that cycle's review first.
 */
export function ReportReviews({ personId, packetId }: { personId: string; packetId?: string }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.team;
  const [load, retry] = useLoad(() => app.api.get<ReviewsToWriteView>('/reviews/to-write'), [app.version]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const packets = load.value.items.filter((p) => p.subject.id === personId);
  if (packets.length === 0) return <EmptyState title={s.none} hint={s.noneHint} />;
  // The open cycle first: a closed review is history.
  const ordered = [...packets].sort((a, b) => Number(a.phase === 'closed') - Number(b.phase === 'closed') || b.deadlines.calibration.localeCompare(a.deadlines.calibration));
  const selected = ordered.find((p) => p.id === chosen) ?? ordered.find((p) => p.id === packetId) ?? ordered[0]!;
  return (
    <div className={styles.page} data-report-reviews={personId}>
      {ordered.length > 1 && (
        <Field label={reviewStrings.common.cycle} className={styles.picker}>
          <Select className={styles.select} value={selected.id} onChange={(_, d) => setChosen(d.value)}>
            {ordered.map((p) => (
              <option key={p.id} value={p.id}>{`${p.cycleName} (${reviewStrings.phases[p.phase]})`}</option>
            ))}
          </Select>
        </Field>
      )}
      <PacketWorkspace key={selected.id} packetId={selected.id} />
    </div>
  );
}
