import { Button, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { CycleProgressView, LaunchResultView, ReviewCycleView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';
import { ActionStatus } from '../my-reviews/packet-parts/action-status.js';
import { ConfirmButton } from '../my-reviews/packet-parts/confirm-button.js';
import { PhaseTimeline } from '../my-reviews/packet-parts/phase-timeline.js';
import { formatDay } from '../my-reviews/packet-parts/review-format.js';
import { useAction } from '../my-reviews/packet-parts/use-action.js';
import { PhaseBadge } from './cycle-list.js';
import { CycleDeadlinesEditor } from './cycle-deadlines-editor.js';
import { CycleProgress } from './cycle-progress.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  settings: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0, '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function Settings({ cycle }: { cycle: ReviewCycleView }) {
  const styles = useStyles();
  const app = useApp();
  const d = reviewStrings.cycles.detail;
  const f = reviewStrings.cycles.form;
  const day = (x: string) => formatDay(x, app.host.locale);
  const teamName = (id: string) => app.teams.find((t) => t.id === id)?.name ?? id;
  const participants =
    cycle.participants.kind === 'all' ? d.participants.all
    : cycle.participants.kind === 'teams' ? d.participants.teams(cycle.participants.teamIds.map(teamName).join(', '))
    : d.participants.departments(cycle.participants.departments.join(', '));
  const rows: [string, string][] = [
    [f.type, reviewStrings.cycleTypes[cycle.type]],
    [reviewStrings.cycles.columns.period, reviewStrings.common.period(day(cycle.periodStart), day(cycle.periodEnd))],
    [f.participants, participants],
    [f.template, `${d.template(cycle.template.competencies.length, cycle.template.questions.length)}: ${cycle.template.competencies.map((c) => c.name).join(', ')}`],
    [d.overallScale, cycle.template.overallScale.points.map((p) => `${p.value} ${p.label}`).join(' · ')],
    [f.anonymity, d.anonymity(reviewStrings.anonymityModes[cycle.anonymity.mode], cycle.anonymity.threshold)],
    [f.compensation, d.compensation(cycle.compensation.enabled, cycle.compensation.visibleToSubjectAfterRelease)],
  ];
  return (
    <Card className={styles.card}>
      <Text as="h3" weight="semibold" size={400}>
        {d.settings}
      </Text>
      <dl className={styles.settings}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** One review cycle for HR: its settings, launch, moving it phase by phase, and progress per phase and person. */
export function CycleDetail({ cycleId }: { cycleId: string }) {
  const styles = useStyles();
  const app = useApp();
  const d = reviewStrings.cycles.detail;
  const [load, retry] = useLoad(async () => {
    const cycle = await app.api.get<ReviewCycleView>(`/review-cycles/${encodeURIComponent(cycleId)}`);
    const progress = cycle.launchedAt ? await app.api.get<CycleProgressView>(`/review-cycles/${encodeURIComponent(cycleId)}/packets`) : null;
    return { cycle, progress };
  }, [cycleId, app.version]);
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const { cycle, progress } = load.value;
  const base = `/review-cycles/${encodeURIComponent(cycle.id)}`;

  const launch = async () => {
    const result = await action.run(() => app.api.post<LaunchResultView>(`${base}/launch`, {}));
    if (result) {
      setDone(d.launched(result.created, result.skippedWithoutManager));
      // The list, the calibration picker and this page all show the new phase.
      app.changed();
    }
  };
  const advance = async () => {
    if (!cycle.nextPhase) return;
    const result = await action.run(() => app.api.post<ReviewCycleView>(`${base}/advance`, { to: cycle.nextPhase }));
    if (result) {
      setDone(null);
      app.changed();
    }
  };

  return (
    <section className={styles.page} aria-labelledby="cycle-title" data-cycle-detail={cycle.id}>
      <div className={styles.header}>
        <Text as="h2" id="cycle-title" size={500} weight="semibold">
          {cycle.name}
        </Text>
        <PhaseBadge phase={cycle.phase} />
      </div>
      <PhaseTimeline phase={cycle.phase} deadlines={cycle.deadlines} />
      {cycle.phase === 'draft' && (
        <MessageBar intent="warning">
          <MessageBarBody>{d.notLaunched}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {cycle.phase === 'draft' && <ConfirmButton label={d.launch} question={d.confirmLaunch} disabled={action.busy} onConfirm={() => void launch()} />}
        {cycle.phase !== 'draft' && cycle.nextPhase && (
          <ConfirmButton
            label={d.advance(reviewStrings.phases[cycle.nextPhase])}
            question={d.confirmAdvance(reviewStrings.phases[cycle.nextPhase])}
            disabled={action.busy}
            onConfirm={() => void advance()}
          />
        )}
        {cycle.phase === 'calibration' && (
          <Button appearance="secondary" onClick={() => app.navigate(`/reviews/calibration/${encodeURIComponent(cycle.id)}`)}>
            {reviewStrings.calibration.title}
          </Button>
        )}
      </div>
      <ActionStatus action={action} done={done} />
      {progress && <CycleProgress items={progress.items} />}
      <Settings cycle={cycle} />
      {cycle.phase !== 'closed' && <CycleDeadlinesEditor key={`${cycle.id}:${cycle.revision}`} cycle={cycle} />}
    </section>
  );
}
