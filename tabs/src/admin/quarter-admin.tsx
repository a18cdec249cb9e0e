import { Button, Card, Field, Input, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Cycle, ObjectiveView } from '../api/types.js';
import { useApp } from '../app-context.js';
import { describeError } from '../components/describe-error.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { formatGrade } from '../format.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';
import { OkrTransfer } from './okr-transfer.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  grade: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bars: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
});

const NEXT: Record<string, { to: string; label: string } | null> = {
  planning: { to: 'active', label: strings.quarter.startCycle },
  active: { to: 'grading', label: strings.quarter.startGrading },
  grading: { to: 'closed', label: strings.quarter.closeCycle },
  closed: null,
};

function GradeObjective({ objective, cycles }: { objective: ObjectiveView; cycles: readonly Cycle[] }) {
  const app = useApp();
  const styles = useStyles();
  const [grades, setGrades] = useState<Record<string, { grade: string; reason: string }>>({});
  const [reflection, setReflection] = useState('');
  const [error, setError] = useState<string | null>(null);
  const next = cycles.find((c) => c.state === 'planning' || (c.state === 'active' && c.id !== objective.cycleId));
  const close = () =>
    app.api
      .post(`/objectives/${encodeURIComponent(objective.id)}/close`, {
        reflection,
        grades: Object.entries(grades).filter(([, g]) => g.grade !== '').map(([keyResultId, g]) => ({ keyResultId, grade: Number(g.grade), reason: g.reason || null })),
      })
      .then(app.changed, (e: unknown) => setError(describeError(e)));
  return (
    <Card className={styles.grade} data-grade-objective={objective.id}>
      <Text weight="semibold">{objective.title}</Text>
      {objective.keyResults.map((kr) => (
        <div key={kr.id} className={styles.row}>
          <Text>{kr.title}</Text>
          <Text size={200}>{strings.quarter.measured(formatGrade(kr.progress))}</Text>
          <Field label={strings.objective.grade}>
            <Input type="number" min={0} max={1} step={0.05} placeholder={formatGrade(kr.progress)} value={grades[kr.id]?.grade ?? ''} onChange={(_, d) => setGrades((g) => ({ ...g, [kr.id]: { reason: g[kr.id]?.reason ?? '', grade: d.value } }))} />
          </Field>
          <Field label={strings.quarter.reason}>
            <Input value={grades[kr.id]?.reason ?? ''} onChange={(_, d) => setGrades((g) => ({ ...g, [kr.id]: { grade: g[kr.id]?.grade ?? '', reason: d.value } }))} />
          </Field>
        </div>
      ))}
      <Field label={strings.quarter.reflection} required>
        <Textarea value={reflection} maxLength={4000} onChange={(_, d) => setReflection(d.value)} />
      </Field>
      {error && <Text role="alert">{error}</Text>}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void close()}>{strings.quarter.closeObjective}</Button>
        {next && <Button onClick={() => app.api.post(`/objectives/${encodeURIComponent(objective.id)}/carry-over`, { targetCycleId: next.id }).then(app.changed, (e: unknown) => setError(describeError(e)))}>{`${strings.quarter.carryOver} → ${next.name}`}</Button>}
      </div>
    </Card>
  );
}

/** OKR admins: create cycles, move them forward, import and export their OKRs, grade and close objectives, see the grade distribution. */
export default function QuarterAdmin() {
  const app = useApp();
  const styles = useStyles();
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Whatever changed since may have resolved the last error (e.g. the missing grades).
  useEffect(() => setError(null), [app.version]);
  const cycle = app.cycles.find((c) => c.id === app.cycleId);
  const [objectives, retry] = useLoad(() => app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?state=active,closed`), [app.cycleId, app.version]);
  if (!app.me.roles.includes('okr-admin')) return <EmptyState title={strings.quarter.notAdmin} />;
  const next = cycle ? NEXT[cycle.state] : null;
  const active = objectives.state === 'ready' ? objectives.value.filter((o) => o.state === 'active') : [];
  const closed = objectives.state === 'ready' ? objectives.value.filter((o) => o.state === 'closed' && o.gradeBand) : [];
  const distribution = { low: 0, mid: 0, success: 0 };
  for (const o of closed) distribution[o.gradeBand!] += 1;
  const run = (p: Promise<unknown>) => p.then(() => { setError(null); app.changed(); }, (e: unknown) => setError(describeError(e)));

  return (
    <section className={styles.page} aria-labelledby="quarter-title">
      <Text as="h1" id="quarter-title" size={600} weight="semibold">{strings.quarter.title}</Text>
      <Card>
        <Text weight="semibold">{strings.quarter.create}</Text>
        <div className={styles.row}>
          <Field label={strings.quarter.name}><Input value={name} onChange={(_, d) => setName(d.value)} /></Field>
          <Field label={strings.quarter.start}><Input type="date" value={start} onChange={(_, d) => setStart(d.value)} /></Field>
          <Field label={strings.quarter.end}><Input type="date" value={end} onChange={(_, d) => setEnd(d.value)} /></Field>
          <Button appearance="primary" onClick={() => void run(app.api.post<Cycle>('/cycles', { name, startDate: start, endDate: end }).then((c) => { app.setCycleId(c.id); setName(''); setStart(''); setEnd(''); }))}>{strings.quarter.create}</Button>
        </div>
      </Card>
      {cycle && (
        <Card>
          <Text weight="semibold">{cycle.name}: {strings.cycleStates[cycle.state]}</Text>
          {next && (
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void run(app.api.post(`/cycles/${cycle.id}/transition`, { to: next.to }))}>{next.label}</Button>
            </div>
          )}
          {cycle.state === 'grading' && <Text>{strings.quarter.ungraded(active.length)}</Text>}
        </Card>
      )}
      {error && <Text role="alert">{error}</Text>}
      {cycle && <OkrTransfer key={cycle.id} cycle={cycle} />}
      <Card>
        <Text weight="semibold">{strings.quarter.distribution}</Text>
        <div className={styles.bars} role="table" aria-label={strings.quarter.distribution}>
          {(['low', 'mid', 'success'] as const).map((band) => (
            <div key={band} role="row">
              <Text role="cell">{strings.quarter.bands[band]}: {distribution[band]}</Text>
              <div aria-hidden style={{ width: '3rem', height: `${distribution[band] * 12}px`, background: tokens.colorBrandBackground }} />
            </div>
          ))}
        </div>
      </Card>
      {objectives.state === 'loading' && <LoadingSkeleton />}
      {objectives.state === 'error' && <ErrorMessage error={objectives.error} onRetry={retry} />}
      {cycle && (cycle.state === 'grading' || cycle.state === 'active') && (
        <>
          <Text as="h2" size={500} weight="semibold">{strings.quarter.grading}</Text>
          {active.map((o) => <GradeObjective key={o.id} objective={o} cycles={app.cycles} />)}
        </>
      )}
    </section>
  );
}
