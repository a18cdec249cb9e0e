import { Badge, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import { formatPercent } from '../../format.js';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { formatInstant } from './conversation-format.js';
import type { OkrContextObjective, OneOnOneView } from './one-on-one-api.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  objective: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground3 },
});

function ObjectiveRow({ objective }: { objective: OkrContextObjective }) {
  const styles = useStyles();
  const locale = useApp().host.locale;
  const check = objective.latestCheckIn;
  return (
    <li className={styles.objective} data-okr-context-objective={objective.id}>
      <Text weight="semibold">{objective.title}</Text>
      <div className={styles.row}>
        <Badge appearance="outline">{s.okrRole[objective.role]}</Badge>
        {objective.confidenceBand && (
          <Badge appearance="tint" color={objective.confidenceBand === 'on-track' ? 'success' : objective.confidenceBand === 'at-risk' ? 'warning' : 'danger'}>
            {s.confidence[objective.confidenceBand]}
          </Badge>
        )}
      </div>
      <ProgressBar value={Math.min(1, objective.progress)} aria-label={`${s.progress}: ${formatPercent(objective.progress, locale)}`} />
      <Text size={200}>{`${s.progress}: ${formatPercent(objective.progress, locale)}`}</Text>
      <Text size={200} className={styles.meta}>
        {check ? s.lastCheckIn(formatInstant(check.at, locale), check.note || check.keyResultTitle) : s.noCheckIn}
      </Text>
    </li>
  );
}

/** The report's current OKRs beside the 1:1: context to talk about, read only, never a score. */
export function OkrContextCard({ view }: { view: OneOnOneView }) {
  const styles = useStyles();
  const objectives = view.okrContext.cycles.flatMap((c) => c.objectives);
  return (
    <Card className={styles.card} data-okr-context>
      <Text as="h3" weight="semibold" size={400}>{s.okrs(view.report.displayName)}</Text>
      <Text size={200}>{s.okrsHint}</Text>
      {objectives.length === 0 ? (
        <Text>{s.okrsEmpty}</Text>
      ) : (
        view.okrContext.cycles.map((cycle) => (
          <section key={cycle.id} aria-label={cycle.name}>
            <Text size={200} weight="semibold">{cycle.name}</Text>
            <ul className={styles.list}>
              {cycle.objectives.map((o) => <ObjectiveRow key={o.id} objective={o} />)}
            </ul>
          </section>
        ))
      )}
    </Card>
  );
}
