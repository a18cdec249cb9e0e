import { Badge } from '@fluentui/react-badge';
import { Button } from '@fluentui/react-button';
import { Card } from '@fluentui/react-card';
import { Link } from '@fluentui/react-link';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import { Suspense, lazy, useState } from 'react';
import type { KeyResultView, ObjectiveView } from '../api/types.js';
import { personName, useApp } from '../app-context.js';
import { formatDate, formatNumber } from '../format.js';
import { strings } from '../strings.js';
import { checkInNoChange } from './check-in-actions.js';

// The dialog (and its inputs) loads on first use: most visits only read the board.
const CheckInDialog = lazy(() => import('./check-in-dialog.js').then((m) => ({ default: m.CheckInDialog })));
import { describeError } from './describe-error.js';
import { ConfidenceBadge, ProgressWithExpected, Sparkline } from './progress.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: '12rem' },
  kr: { display: 'grid', gridTemplateColumns: 'minmax(10rem, 2fr) minmax(8rem, 1.5fr) auto', gap: tokens.spacingHorizontalM, alignItems: 'center', padding: `${tokens.spacingVerticalXS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, '@media (max-width: 560px)': { gridTemplateColumns: '1fr' } },
  krActions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function valueText(kr: KeyResultView, locale: string): string {
  const s = kr.spec;
  switch (s.type) {
    case 'increase-to':
    case 'decrease-to':
      return `${formatNumber(kr.current ?? s.start, locale, s.unit, s.currency)} → ${formatNumber(s.target, locale, s.unit, s.currency)}`;
    case 'milestone':
      return `${kr.current ?? 0} / ${s.steps.length}`;
    case 'binary':
      return kr.current === 1 ? strings.checkInDialog.done : strings.checkInDialog.notDone;
    case 'guardrail':
      return `${kr.current === null ? '–' : formatNumber(kr.current, locale, s.unit, s.currency)} (${s.direction === 'stay-above' ? '≥' : '≤'} ${formatNumber(s.threshold, locale, s.unit, s.currency)})`;
  }
}

/** The value a key result aims at, for drawing its trend against. */
function targetValue(kr: KeyResultView): number | null {
  const s = kr.spec;
  if (s.type === 'increase-to' || s.type === 'decrease-to') return s.target;
  if (s.type === 'milestone') return s.steps.length;
  if (s.type === 'guardrail') return s.threshold;
  return 1;
}

function KeyResultRow({ objective, kr, trend }: { objective: ObjectiveView; kr: KeyResultView; trend?: number[] }) {
  const app = useApp();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const locale = app.host.locale;
  const mayCheckIn = objective.state === 'active' && (kr.ownerId === app.me.id || objective.contributorIds.includes(app.me.id) || (objective.owner.kind === 'person' ? objective.owner.id === app.me.id : app.me.teamIds.includes(objective.owner.id)));
  return (
    <div className={styles.kr}>
      <div>
        <Text weight="medium">{kr.title}</Text>
        <br />
        <Text size={200} className={styles.meta}>
          {valueText(kr, locale)} · {personName(app, kr.ownerId)} · {kr.lastCheckIn ? strings.lastCheckIn(formatDate(kr.lastCheckIn.at, locale)) : strings.noCheckInYet}
        </Text>
      </div>
      <ProgressWithExpected progress={kr.progress} expected={objective.expectedProgress} locale={locale} label={kr.title} />
      <div className={styles.krActions}>
        {trend && <Sparkline values={trend} target={targetValue(kr)} label={strings.objective.trend(kr.title)} />}
        <ConfidenceBadge band={kr.confidenceBand} />
        {mayCheckIn && (
          <>
            <Button size="small" appearance="primary" onClick={() => setOpen(true)}>
              {strings.checkIn}
            </Button>
            {kr.lastCheckIn && (
              <Button size="small" onClick={() => checkInNoChange(app.api, kr).then(app.changed, (e) => setError(describeError(e)))}>
                {strings.noChange}
              </Button>
            )}
          </>
        )}
        {error && <Text role="alert">{error}</Text>}
      </div>
      {open && (
        <Suspense fallback={null}>
        <CheckInDialog
          api={app.api}
          keyResult={kr}
          open={open}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            app.changed();
          }}
        />
        </Suspense>
      )}
    </div>
  );
}

/** An objective with its key results: the unit of every board. */
export function ObjectiveCard({ objective, flagged = false, asPage = false, trends }: { objective: ObjectiveView; flagged?: boolean; asPage?: boolean; trends?: Readonly<Record<string, number[]>> }) {
  const app = useApp();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-objective-id={objective.id}>
      <div className={styles.header}>
        {asPage ? (
          <Text as="h1" className={styles.title} weight="semibold" size={600}>
            {objective.title}
          </Text>
        ) : (
          <Link className={styles.title} href={`#/objective/${objective.id}`} onClick={(e) => { e.preventDefault(); app.navigate(`/objective/${objective.id}`); }}>
            <Text weight="semibold" size={400}>
              {objective.title}
            </Text>
          </Link>
        )}
        <Badge appearance="outline">{strings.levels[objective.level]}</Badge>
        {objective.state !== 'active' && <Badge appearance="tint" color="informative">{strings.states[objective.state]}</Badge>}
        {flagged && <Badge appearance="tint" color="warning" title={strings.board.unalignedHint}>{strings.board.unaligned}</Badge>}
        <ConfidenceBadge band={objective.confidenceBand} />
      </div>
      <Text size={200} className={styles.meta}>
        {personName(app, objective.owner.id)}
      </Text>
      <ProgressWithExpected progress={objective.progress} expected={objective.expectedProgress} locale={app.host.locale} label={strings.progress} />
      {objective.keyResults.map((kr) => (
        <KeyResultRow key={kr.id} objective={objective} kr={kr} {...(trends?.[kr.id] ? { trend: trends[kr.id] } : {})} />
      ))}
    </Card>
  );
}
