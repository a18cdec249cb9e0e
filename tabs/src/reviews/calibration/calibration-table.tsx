import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import type { CalibrationRowView, RatingScaleView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { ratingText } from '../my-reviews/packet-parts/review-format.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';
import { CalibrateDialog } from './calibrate-dialog.js';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '56rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  reason: { display: 'block', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** Everyone in the cycle with proposed and final ratings; HR calibrates and releases person by person. */
export function CalibrationTable({ rows, scale, canCalibrate, onChanged }: { rows: readonly CalibrationRowView[]; scale: RatingScaleView; canCalibrate: boolean; onChanged: () => void }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.calibration;
  const c = s.columns;
  const action = useAction();
  const release = async (row: CalibrationRowView) => {
    const done = await action.run(() => app.api.post(`/review-packets/${encodeURIComponent(row.packetId)}/release`, {}));
    if (done) onChanged();
  };
  const box = (r: CalibrationRowView) => (r.performance && r.potential ? `${s.levels[r.performance]} / ${s.levels[r.potential]}` : s.notPlaced);
  return (
    <>
      <ActionStatus action={action} />
      <div className={styles.scroll}>
        <Table className={styles.table} size="small" aria-label={s.people}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{c.person}</TableHeaderCell>
              <TableHeaderCell>{c.manager}</TableHeaderCell>
              <TableHeaderCell>{c.review}</TableHeaderCell>
              <TableHeaderCell>{c.proposed}</TableHeaderCell>
              <TableHeaderCell>{c.final}</TableHeaderCell>
              <TableHeaderCell>{c.box}</TableHeaderCell>
              <TableHeaderCell>{c.released}</TableHeaderCell>
              <TableHeaderCell>{c.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...rows]
              .sort((a, b) => a.subject.displayName.localeCompare(b.subject.displayName))
              .map((r) => (
                <TableRow key={r.packetId} data-calibration-row={r.subject.id}>
                  <TableCell>{r.subject.displayName}</TableCell>
                  <TableCell>{r.cycleManager?.displayName ?? '–'}</TableCell>
                  <TableCell>{reviewStrings.draftStatus[r.managerReview]}</TableCell>
                  <TableCell>{ratingText(scale, r.proposedRating) ?? '–'}</TableCell>
                  <TableCell>
                    <Text weight={r.adjustedRating !== null ? 'semibold' : 'regular'}>{ratingText(scale, r.finalRating) ?? '–'}</Text>
                    {r.adjustedRating !== null && r.reason && <Text size={200} className={styles.reason}>{r.reason}</Text>}
                  </TableCell>
                  <TableCell>{box(r)}</TableCell>
                  <TableCell>{r.released ? s.yes : s.no}</TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      {canCalibrate && !r.released && <CalibrateDialog row={r} scale={scale} onSaved={onChanged} />}
                      {canCalibrate && !r.released && (
                        <Button size="small" appearance="primary" disabled={action.busy || r.managerReview !== 'submitted'} onClick={() => void release(r)}>
                          {s.release(r.subject.displayName)}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
