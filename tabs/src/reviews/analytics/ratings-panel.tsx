import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { RatingsAggregate, ReviewCycleAnalyticsView, Shown } from '../../../../src/app/performance/analytics/analytics-views.js';
import { analyticsStrings as s } from '../strings/analytics.js';
import { AnalyticsPanel } from './analytics-panel.js';
import { AnalyticsTable } from './analytics-table.js';
import { ordinalColor } from './palette.js';
import { isShown, WithheldCell, WithheldNotice } from './withheld.js';

interface Row {
  readonly key: string;
  readonly name: string;
  readonly aggregate: ReviewCycleAnalyticsView['ratings']['overall'];
}

/** Final ratings overall and per team (shown teams only) as stacked bars, with the table twin. */
export function RatingsPanel({ view }: { view: ReviewCycleAnalyticsView }) {
  const { scale, overall, byTeam } = view.ratings;
  if (!isShown(overall)) {
    return <AnalyticsPanel id="ratings" title={s.ratings.title} description={s.ratings.description} chart={<WithheldNotice threshold={view.threshold} />} table={<WithheldNotice threshold={view.threshold} />} />;
  }
  const rows: Row[] = [{ key: '_all', name: s.overall, aggregate: overall }, ...byTeam.map((t) => ({ key: t.teamId ?? '_none', name: t.teamName, aggregate: t.aggregate }))];
  const countFor = (a: Shown<RatingsAggregate>, rating: number) => a.counts.find((c) => c.rating === rating)?.count ?? 0;
  const data: VerticalStackedChartProps[] = rows
    .filter((r): r is Row & { aggregate: Shown<RatingsAggregate> } => isShown(r.aggregate))
    .map((r) => ({
      xAxisPoint: r.name,
      chartData: [
        ...scale.points.map((p, i) => ({ legend: `${p.value} · ${p.label}`, data: countFor(r.aggregate, p.value), color: ordinalColor(i, scale.points.length) })),
        ...(r.aggregate.unrated > 0 ? [{ legend: s.ratings.unrated, data: r.aggregate.unrated, color: tokens.colorNeutralBackground5 }] : []),
      ],
    }));
  return (
    <AnalyticsPanel
      id="ratings"
      title={s.ratings.title}
      description={s.ratings.description}
      chart={<VerticalStackedBarChart data={data} height={260} yAxisTitle={s.people} barWidth="auto" maxBarWidth={56} hideTickOverlap legendProps={{ enabledWrapLines: true }} />}
      table={
        <AnalyticsTable
          label={s.ratings.title}
          rowKey={(r) => r.key}
          rows={rows}
          withheld={(r) => (isShown(r.aggregate) ? null : <WithheldCell />)}
          columns={[
            { header: s.team, cell: (r) => r.name },
            { header: s.people, cell: (r) => (isShown(r.aggregate) ? r.aggregate.people : ''), numeric: true },
            ...scale.points.map((p) => ({ header: `${p.value} · ${p.label}`, cell: (r: Row) => (isShown(r.aggregate) ? countFor(r.aggregate, p.value) : ''), numeric: true })),
            { header: s.ratings.unrated, cell: (r) => (isShown(r.aggregate) ? r.aggregate.unrated : ''), numeric: true },
          ]}
        />
      }
    />
  );
}
