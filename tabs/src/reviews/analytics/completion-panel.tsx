import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Completion, CompletionStage, ReviewCycleAnalyticsView, StageStatus } from '../../../../src/app/performance/analytics/analytics-views.js';
import { analyticsStrings as s } from '../strings/analytics.js';
import { AnalyticsPanel } from './analytics-panel.js';
import { AnalyticsTable } from './analytics-table.js';
import { ordinalColor } from './palette.js';
import { isShown, WithheldCell, WithheldNotice } from './withheld.js';

const useStyles = makeStyles({ subhead: { marginTop: tokens.spacingVerticalS } });

const count = (completion: Completion, stage: CompletionStage, status: StageStatus): number =>
  completion.stages.find((x) => x.stage === stage)?.counts.find((c) => c.status === status)?.count ?? 0;

/** The last status of a stage is "done"; how many got there. */
const done = (completion: Completion, stage: CompletionStage): number => {
  const counts = completion.stages.find((x) => x.stage === stage)?.counts ?? [];
  return counts[counts.length - 1]?.count ?? 0;
};

/** Review completion: a stacked bar per step (packets by status), with its table twin and a per-team table. */
export function CompletionPanel({ view }: { view: ReviewCycleAnalyticsView }) {
  const styles = useStyles();
  const overall = view.completion.overall;
  if (!isShown(overall)) {
    return (
      <AnalyticsPanel id="completion" title={s.completion.title} description={s.completion.description} chart={<WithheldNotice threshold={view.threshold} />} table={<WithheldNotice threshold={view.threshold} />} />
    );
  }
  const data: VerticalStackedChartProps[] = overall.stages.map((stage) => ({
    xAxisPoint: s.completion.stages[stage.stage],
    chartData: stage.counts.map((c, i) => ({ legend: s.completion.statuses[c.status], data: c.count, color: ordinalColor(i, stage.counts.length) })),
  }));
  const rows = overall.stages.flatMap((stage) => stage.counts.map((c) => ({ stage: stage.stage, status: c.status, count: c.count })));
  const teams = view.completion.byTeam;
  return (
    <AnalyticsPanel
      id="completion"
      title={s.completion.title}
      description={s.completion.description}
      summary={s.completion.peerResponses(overall.peerResponses.submitted, overall.peerResponses.requested)}
      chart={<VerticalStackedBarChart data={data} height={260} yAxisTitle={s.people} barWidth="auto" maxBarWidth={56} hideTickOverlap legendProps={{ enabledWrapLines: true }} />}
      table={
        <AnalyticsTable
          label={s.completion.title}
          rowKey={(r) => `${r.stage}.${r.status}`}
          rows={rows}
          columns={[
            { header: s.completion.stage, cell: (r) => s.completion.stages[r.stage] },
            { header: s.completion.status, cell: (r) => s.completion.statuses[r.status] },
            { header: s.people, cell: (r) => r.count, numeric: true },
          ]}
        />
      }
    >
      <Text as="h4" weight="semibold" className={styles.subhead}>
        {s.completion.byTeam}
      </Text>
      <AnalyticsTable
        label={s.completion.byTeam}
        rowKey={(t) => t.teamId ?? '_none'}
        rows={teams}
        withheld={(t) => (isShown(t.aggregate) ? null : <WithheldCell />)}
        columns={[
          { header: s.team, cell: (t) => t.teamName },
          { header: s.people, cell: (t) => (isShown(t.aggregate) ? t.aggregate.people : ''), numeric: true },
          { header: `${s.completion.stages['self-review']}: ${s.completion.statuses.submitted}`, cell: (t) => (isShown(t.aggregate) ? count(t.aggregate, 'self-review', 'submitted') : ''), numeric: true },
          { header: `${s.completion.stages['peer-feedback']}: ${s.completion.statuses.complete}`, cell: (t) => (isShown(t.aggregate) ? count(t.aggregate, 'peer-feedback', 'complete') : ''), numeric: true },
          { header: `${s.completion.stages['manager-review']}: ${s.completion.statuses.submitted}`, cell: (t) => (isShown(t.aggregate) ? count(t.aggregate, 'manager-review', 'submitted') : ''), numeric: true },
          { header: s.completion.statuses.released, cell: (t) => (isShown(t.aggregate) ? done(t.aggregate, 'release') : ''), numeric: true },
          { header: s.completion.statuses.acknowledged, cell: (t) => (isShown(t.aggregate) ? done(t.aggregate, 'acknowledgement') : ''), numeric: true },
        ]}
      />
    </AnalyticsPanel>
  );
}
