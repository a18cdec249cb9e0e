import { VerticalBarChart } from '@fluentui/react-charts';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GradeInsights } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { formatGrade, formatPercent } from '../../format.js';
import { strings } from '../../strings.js';
import { ChartPanel } from './chart-panel.js';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Bucket = GradeInsights['distribution']['buckets'][number];

/**
 * Grades at close against the 0.7 band, and the ambition coaching prompts. The prompts are for a
 * conversation about ambition; the page says so, and nothing else in Tandem reads them.
 */
export function GradesSection({ data }: { data: GradeInsights }) {
  const app = useApp();
  const styles = useStyles();
  const t = strings.insights.grades;
  const c = strings.insights.calibration;
  const d = data.distribution;
  const range = (b: Bucket) => `${formatGrade(b.from)}–${formatGrade(b.to)}`;
  return (
    <ChartPanel<Bucket>
      id="grades"
      title={t.title}
      description={t.description}
      empty={d.count === 0 ? t.none : undefined}
      summary={d.count === 0 ? undefined : t.summary(d.count, formatGrade(d.mean ?? 0), formatPercent(d.atOrAboveTarget ?? 0, app.host.locale))}
      rows={d.buckets}
      rowKey={(b) => String(b.from)}
      columns={[
        { header: t.columns.range, cell: range },
        { header: t.columns.count, cell: (b) => b.count, numeric: true },
      ]}
      chart={(width) => (
        <VerticalBarChart
          chartTitle={t.title}
          width={width}
          height={200}
          hideLegend
          barWidth="auto"
          maxBarWidth={40}
          culture={app.host.locale}
          data={d.buckets.map((b) => ({ x: formatGrade(b.from), y: b.count, legend: t.legend, color: b.from >= d.target - 1e-9 ? tokens.colorPaletteGreenBackground3 : tokens.colorNeutralForeground3, xAxisCalloutData: range(b) }))}
        />
      )}
    >
      <div className={styles.block} data-calibration>
        <Text as="h3" size={300} weight="semibold">{c.title}</Text>
        <MessageBar intent="info">
          <MessageBarBody>{c.note}</MessageBarBody>
        </MessageBar>
        {!data.calibration.available ? (
          <Text>{c.notYet}</Text>
        ) : data.calibration.prompts.length === 0 ? (
          <Text>{c.none}</Text>
        ) : (
          <ul className={styles.list}>
            {data.calibration.prompts.map((p) => (
              <li key={`${p.kind}|${p.subject.kind}|${p.subject.id}`}>
                {c[p.kind](p.subject.name, p.grades.map((g) => (g.grade === null ? '–' : `${formatGrade(g.grade)} (${g.cycleName})`)).join(', '))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ChartPanel>
  );
}
