import { Button, Card, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { CalibrationView, CompensationExportView, ReleaseAllView, ReviewCycleListView, ReviewCycleView } from '../review-types.js';
import type { SectionProps } from '../reviews-sections.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { ConfirmButton } from '../my-reviews/packet-parts/confirm-button.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';
import { CalibrationTable } from './calibration-table.js';
import { DistributionChart } from './distribution-chart.js';
import { downloadText } from './download-file.js';
import { NineBoxGrid } from './nine-box-grid.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { width: '100%', maxWidth: '24rem', minWidth: 0 },
  // Long cycle names must not widen the page on a phone.
  select: { minWidth: 0, maxWidth: '100%' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function CycleCalibration({ cycleId }: { cycleId: string }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.calibration;
  const [refresh, setRefresh] = useState(0);
  const [load, retry] = useLoad(
    () => Promise.all([app.api.get<CalibrationView>(`/review-cycles/${encodeURIComponent(cycleId)}/calibration`), app.api.get<ReviewCycleView>(`/review-cycles/${encodeURIComponent(cycleId)}`)]),
    [cycleId, app.version, refresh],
  );
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const [calibration, cycle] = load.value;
  const inCalibration = cycle.phase === 'calibration';
  const reload = () => setRefresh((n) => n + 1);
  const base = `/review-cycles/${encodeURIComponent(cycleId)}`;

  const releaseAll = async () => {
    const result = await action.run(() => app.api.post<ReleaseAllView>(`${base}/release-all`, {}));
    if (result) {
      setDone(s.releasedAll(result.released, result.alreadyReleased, result.notReady));
      reload();
    }
  };
  const exportCsv = async () => {
    const file = await action.run(() => app.api.get<CompensationExportView>(`${base}/compensation-export`));
    if (file) {
      downloadText(file.filename, file.contentType, file.csv);
      setDone(s.exported(file.rowCount));
    }
  };

  if (calibration.rows.length === 0) return <EmptyState title={s.empty} />;
  return (
    <div className={styles.page} data-calibration={cycleId}>
      {!inCalibration && (
        <MessageBar intent="info">
          <MessageBarBody>{s.notInPhase(reviewStrings.phases[cycle.phase])}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {inCalibration && <ConfirmButton label={s.releaseAll} question={s.confirmReleaseAll} disabled={action.busy} onConfirm={() => void releaseAll()} />}
        {cycle.compensation.enabled && (
          <Button disabled={action.busy || cycle.phase === 'draft'} onClick={() => void exportCsv()}>
            {s.export}
          </Button>
        )}
      </div>
      <ActionStatus action={action} done={done} />
      <Card className={styles.card}>
        <Text as="h2" size={500} weight="semibold">
          {s.distribution}
        </Text>
        <DistributionChart
          scale={calibration.scale}
          overall={calibration.overall}
          teams={calibration.distributionByTeam}
          people={calibration.rows.length}
          unrated={calibration.rows.filter((r) => r.finalRating === null).length}
        />
      </Card>
      <Card className={styles.card}>
        <Text as="h2" size={500} weight="semibold">
          {s.nineBox}
        </Text>
        <NineBoxGrid nineBox={calibration.nineBox} rows={calibration.rows} />
      </Card>
      <Card className={styles.card}>
        <Text as="h2" size={500} weight="semibold">
          {s.people}
        </Text>
        <CalibrationTable rows={calibration.rows} scale={calibration.scale} canCalibrate={inCalibration} onChanged={reload} />
      </Card>
    </div>
  );
}

/** "Calibration" (HR admins): distribution by team, the 9-box, adjusted ratings with reasons, release, compensation export. */
export default function CalibrationPage({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.calibration;
  const isHr = app.me.roles.includes('hr-admin');
  const [load, retry] = useLoad(() => (isHr ? app.api.get<ReviewCycleListView>('/review-cycles') : Promise.resolve({ items: [] })), [isHr, app.version]);
  if (!isHr) return <EmptyState title={s.notHr} />;
  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const launched = load.value.items.filter((c) => c.launchedAt !== null);
  const selected = launched.find((c) => c.id === rest[0]) ?? launched.find((c) => c.phase === 'calibration') ?? launched[0];
  return (
    <div className={styles.page}>
      <Text as="h1" size={600} weight="semibold">
        {s.title}
      </Text>
      {!selected ? (
        <EmptyState title={s.noCycles} />
      ) : (
        <>
          <Field label={s.cycle} className={styles.picker}>
            <Select className={styles.select} value={selected.id} onChange={(_, d) => app.navigate(`/reviews/calibration/${encodeURIComponent(d.value)}`)}>
              {launched.map((c) => (
                <option key={c.id} value={c.id}>{`${c.name} (${reviewStrings.phases[c.phase]})`}</option>
              ))}
            </Select>
          </Field>
          <CycleCalibration key={selected.id} cycleId={selected.id} />
        </>
      )}
    </div>
  );
}
