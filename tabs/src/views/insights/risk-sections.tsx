import { Badge, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AtRiskInsights, DependencyInsights } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { formatPercent } from '../../format.js';
import { strings } from '../../strings.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  description: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  meta: { color: tokens.colorNeutralForeground3 },
  sub: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function ObjectiveLink({ id, title }: { id: string; title: string }) {
  const app = useApp();
  return (
    <Link href={`#/objective/${id}`} onClick={(e) => { e.preventDefault(); app.navigate(`/objective/${id}`); }}>
      {title}
    </Link>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  return (
    <>
      {reasons.map((r) => (
        <Badge key={r} appearance="tint" color={r === 'low-confidence' ? 'danger' : 'warning'} shape="rounded">
          {strings.insights.atRisk.reasons[r] ?? r}
        </Badge>
      ))}
    </>
  );
}

/** Objectives and key results at risk, worst first, each linked to its objective. */
export function AtRiskSection({ data }: { data: AtRiskInsights }) {
  const app = useApp();
  const styles = useStyles();
  const t = strings.insights.atRisk;
  const locale = app.host.locale;
  const detail = (progress: number, confidence: number | null) => t.detail(formatPercent(progress, locale), confidence === null ? '–' : String(confidence));
  return (
    <Card className={styles.card} role="region" aria-labelledby="at-risk-title" data-insights-panel="at-risk">
      <Text as="h2" id="at-risk-title" size={400} weight="semibold">{t.title}</Text>
      <Text size={200} className={styles.description}>{t.description(data.rules.lowConfidenceMax, formatPercent(data.rules.behindMargin, locale))}</Text>
      <Text as="h3" size={300} weight="semibold">{`${t.objectives} (${data.objectives.total})`}</Text>
      {data.objectives.total === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <ul className={styles.list} data-at-risk="objectives">
          {data.objectives.items.map((o) => (
            <li key={o.id} className={styles.item}>
              <ObjectiveLink id={o.id} title={o.title} />
              <div className={styles.badges}>
                <Reasons reasons={o.reasons} />
                <Text size={200} className={styles.meta}>{`${o.owner.name} · ${detail(o.progress, o.confidence)}`}</Text>
              </div>
            </li>
          ))}
        </ul>
      )}
      {data.objectives.items.length < data.objectives.total && <Text size={200}>{t.shown(data.objectives.items.length, data.objectives.total)}</Text>}
      <Text as="h3" size={300} weight="semibold">{`${t.keyResults} (${data.keyResults.total})`}</Text>
      {data.keyResults.total === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <ul className={styles.list} data-at-risk="key-results">
          {data.keyResults.items.map((kr) => (
            <li key={kr.id} className={styles.item}>
              <Text weight="medium">{kr.title}</Text>
              <Text size={200}>
                <ObjectiveLink id={kr.objectiveId} title={t.on(kr.objectiveTitle)} />
              </Text>
              <div className={styles.badges}>
                <Reasons reasons={kr.reasons} />
                <Text size={200} className={styles.meta}>{`${kr.owner.name} · ${detail(kr.progress, kr.confidence)}`}</Text>
              </div>
            </li>
          ))}
        </ul>
      )}
      {data.keyResults.items.length < data.keyResults.total && <Text size={200}>{t.shown(data.keyResults.items.length, data.keyResults.total)}</Text>}
    </Card>
  );
}

/** Aligned objectives whose parents are at risk. */
export function DependenciesSection({ data }: { data: DependencyInsights }) {
  const styles = useStyles();
  const t = strings.insights.dependencies;
  return (
    <Card className={styles.card} role="region" aria-labelledby="dependencies-title" data-insights-panel="dependencies">
      <Text as="h2" id="dependencies-title" size={400} weight="semibold">{`${t.title} (${data.total})`}</Text>
      <Text size={200} className={styles.description}>{t.description}</Text>
      {data.total === 0 ? (
        <Text>{t.empty}</Text>
      ) : (
        <ul className={styles.list}>
          {data.items.map((item) => (
            <li key={item.objective.id} className={styles.item}>
              <ObjectiveLink id={item.objective.id} title={item.objective.title} />
              <Text size={200} className={styles.meta}>{item.objective.owner.name}</Text>
              <Text size={200}>{t.dependsOn}</Text>
              <ul className={styles.sub}>
                {item.atRiskParents.map((p) => (
                  <li key={p.id}>
                    <div className={styles.badges}>
                      <ObjectiveLink id={p.id} title={p.title} />
                      <Reasons reasons={p.reasons} />
                    </div>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {data.items.length < data.total && <Text size={200}>{strings.insights.atRisk.shown(data.items.length, data.total)}</Text>}
    </Card>
  );
}
