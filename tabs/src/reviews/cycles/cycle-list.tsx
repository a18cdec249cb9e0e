import { Badge, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import type { CyclePhase, ReviewCycleSummaryView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { formatDay } from '../my-reviews/packet-parts/review-format.js';

const useStyles = makeStyles({
  // Wide tables scroll inside their box on a phone; the page itself never scrolls sideways.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '40rem' },
});

const PHASE_COLOR: Record<CyclePhase, 'informative' | 'brand' | 'success' | 'subtle' | 'warning'> = {
  draft: 'subtle',
  self: 'brand',
  peer: 'brand',
  manager: 'brand',
  calibration: 'warning',
  released: 'success',
  closed: 'informative',
};

/** The deadline of the phase a cycle is in, if it has one. */
export const currentDeadline = (c: Pick<ReviewCycleSummaryView, 'phase' | 'deadlines'>): string | null =>
  c.phase === 'self' || c.phase === 'peer' || c.phase === 'manager' || c.phase === 'calibration' ? c.deadlines[c.phase] : null;

export function PhaseBadge({ phase }: { phase: CyclePhase }) {
  return (
    <Badge appearance="tint" color={PHASE_COLOR[phase]} data-phase-badge={phase}>
      {reviewStrings.phases[phase]}
    </Badge>
  );
}

/** Every review cycle of the tenant, drafts included, newest period first. */
export function CycleList({ cycles }: { cycles: readonly ReviewCycleSummaryView[] }) {
  const styles = useStyles();
  const app = useApp();
  const c = reviewStrings.cycles.columns;
  const day = (d: string) => formatDay(d, app.host.locale);
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} aria-label={reviewStrings.cycles.title} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{c.name}</TableHeaderCell>
            <TableHeaderCell>{c.type}</TableHeaderCell>
            <TableHeaderCell>{c.period}</TableHeaderCell>
            <TableHeaderCell>{c.phase}</TableHeaderCell>
            <TableHeaderCell>{c.people}</TableHeaderCell>
            <TableHeaderCell>{c.next}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cycles.map((cycle) => {
            const deadline = currentDeadline(cycle);
            return (
              <TableRow key={cycle.id} data-cycle-id={cycle.id}>
                <TableCell>
                  <Link href={`#/reviews/cycles/${encodeURIComponent(cycle.id)}`}>{cycle.name}</Link>
                </TableCell>
                <TableCell>{reviewStrings.cycleTypes[cycle.type]}</TableCell>
                <TableCell>{reviewStrings.common.period(day(cycle.periodStart), day(cycle.periodEnd))}</TableCell>
                <TableCell>
                  <PhaseBadge phase={cycle.phase} />
                </TableCell>
                <TableCell>{cycle.launchedAt ? cycle.packetCount : '–'}</TableCell>
                <TableCell>{deadline ? day(deadline) : '–'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
