import { Card, Field, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewPacketSummaryView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  measures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalL },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '44rem' },
});

/** How far a cycle has come, phase by phase, and where each participant stands. */
export function CycleProgress({ items }: { items: readonly ReviewPacketSummaryView[] }) {
  const styles = useStyles();
  const d = reviewStrings.cycles.detail;
  const total = items.length;
  const count = (test: (p: ReviewPacketSummaryView) => boolean) => items.filter(test).length;
  const measures = [
    { key: 'self', label: d.measures.self, done: count((p) => p.selfReview === 'submitted') },
    { key: 'nominations', label: d.measures.nominations, done: count((p) => (p.nominations?.approved ?? 0) > 0) },
    { key: 'manager', label: d.measures.manager, done: count((p) => p.managerReview === 'submitted') },
    { key: 'released', label: d.measures.released, done: count((p) => p.released === true) },
    { key: 'acknowledged', label: d.measures.acknowledged, done: count((p) => p.acknowledged === true) },
  ];
  const status = (s: ReviewPacketSummaryView['selfReview']) => reviewStrings.draftStatus[s ?? 'not-started'];
  const c = d.personColumns;
  return (
    <Card className={styles.card} data-cycle-progress>
      <Text as="h3" weight="semibold" size={400}>
        {d.progress}
      </Text>
      <div className={styles.measures}>
        {measures.map((m) => (
          <Field key={m.key} label={`${m.label}: ${d.progressLine(m.done, total)}`} data-measure={m.key}>
            <ProgressBar value={total === 0 ? 0 : m.done / total} thickness="large" aria-label={`${m.label}: ${d.progressLine(m.done, total)}`} />
          </Field>
        ))}
      </div>
      <Text as="h4" weight="semibold">
        {d.people}
      </Text>
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-label={d.people}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{c.person}</TableHeaderCell>
              <TableHeaderCell>{c.manager}</TableHeaderCell>
              <TableHeaderCell>{c.self}</TableHeaderCell>
              <TableHeaderCell>{c.reviewers}</TableHeaderCell>
              <TableHeaderCell>{c.manager_review}</TableHeaderCell>
              <TableHeaderCell>{c.released}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...items]
              .sort((a, b) => a.subject.displayName.localeCompare(b.subject.displayName))
              .map((p) => (
                <TableRow key={p.id} data-progress-subject={p.subject.id}>
                  <TableCell>{p.subject.displayName}</TableCell>
                  <TableCell>{p.cycleManager?.displayName ?? '–'}</TableCell>
                  <TableCell>{status(p.selfReview)}</TableCell>
                  <TableCell>{p.nominations ? d.reviewers(p.nominations.approved, p.nominations.proposed) : '–'}</TableCell>
                  <TableCell>{status(p.managerReview)}</TableCell>
                  <TableCell>{d.releasedCell(p.released === true, p.acknowledged === true)}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
}
