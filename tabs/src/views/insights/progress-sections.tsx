import { DataVizPalette, LineChart, VerticalBarChart } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { ProgressInsights } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { formatDate, formatPercent } from '../../format.js';
import { strings } from '../../strings.js';
import { ChartPanel } from './chart-panel.js';

type Point = ProgressInsights['timeline'][number];
type Bucket = ProgressInsights['progress']['buckets'][number];

/** Progress against expected-by-now, week by week: the elapsed-time line and actual progress. */
export function TimelineSection({ data }: { data: ProgressInsights }) {
  const app = useApp();
  const t = strings.insights.timeline;
  const locale = app.host.locale;
  const pct = (v: number | null) => (v === null ? '–' : formatPercent(v, locale));
  const series = (legend: string, pick: (p: Point) => number | null, color: string, dashed: boolean) => ({
    legend,
    color,
    ...(dashed ? { lineOptions: { strokeDasharray: '6 4' } } : {}),
    data: data.timeline.filter((p) => pick(p) !== null).map((p) => ({ x: new Date(p.at), y: Math.round(pick(p)! * 1000) / 10, xAxisCalloutData: formatDate(p.at, locale), yAxisCalloutData: pct(pick(p)) })),
  });
  return (
    <ChartPanel<Point>
      id="timeline"
      title={t.title}
      description={t.description}
      rows={data.timeline}
      rowKey={(p) => String(p.week)}
      columns={[
        { header: t.columns.week, cell: (p) => strings.insights.weekLong(p.week, formatDate(p.at, locale)) },
        { header: t.columns.expected, cell: (p) => pct(p.expected), numeric: true },
        { header: t.columns.actual, cell: (p) => pct(p.actual), numeric: true },
      ]}
      chart={(width) => (
        <LineChart
          width={width}
          height={240}
          yMaxValue={100}
          yMinValue={0}
          yAxisTickFormat={(v: number) => `${v}%`}
          culture={locale}
          data={{ chartTitle: t.title, lineChartData: [series(t.expected, (p) => p.expected, DataVizPalette.disabled, true), series(t.actual, (p) => p.actual, DataVizPalette.color1, false)] }}
        />
      )}
    />
  );
}

const rangeLabel = (b: Bucket, locale: string) => `${formatPercent(b.from, locale)}–${formatPercent(b.to, locale)}`;

/** Objectives by progress: ten bars of 10%. */
export function ProgressDistributionSection({ data }: { data: ProgressInsights }) {
  const app = useApp();
  const t = strings.insights.progress;
  const locale = app.host.locale;
  return (
    <ChartPanel<Bucket>
      id="progress"
      title={t.title}
      description={t.description}
      summary={data.progress.mean === null ? undefined : t.mean(formatPercent(data.progress.mean, locale))}
      rows={data.progress.buckets}
      rowKey={(b) => String(b.from)}
      columns={[
        { header: t.columns.range, cell: (b) => rangeLabel(b, locale) },
        { header: t.columns.count, cell: (b) => b.count, numeric: true },
      ]}
      chart={(width) => (
        <VerticalBarChart
          chartTitle={t.title}
          width={width}
          height={220}
          hideLegend
          barWidth="auto"
          maxBarWidth={40}
          culture={locale}
          data={data.progress.buckets.map((b) => ({ x: formatPercent(b.from, locale), y: b.count, legend: t.legend, color: tokens.colorBrandBackground, xAxisCalloutData: rangeLabel(b, locale) }))}
        />
      )}
    />
  );
}

interface ConfidenceRow {
  readonly label: string;
  readonly count: number;
  readonly color: string;
}

/** Key results by their latest confidence, coloured by band, with those nobody checked in on. */
export function ConfidenceSection({ data }: { data: ProgressInsights }) {
  const app = useApp();
  const t = strings.insights.confidence;
  const rows: ConfidenceRow[] = [
    ...data.confidence.byValue.map((count, value) => ({
      label: String(value),
      count,
      color: value >= 7 ? tokens.colorPaletteGreenBackground3 : value >= 4 ? tokens.colorPaletteDarkOrangeBackground3 : tokens.colorPaletteRedBackground3,
    })),
    { label: t.none, count: data.confidence.none, color: tokens.colorNeutralForeground3 },
  ];
  return (
    <ChartPanel<ConfidenceRow>
      id="confidence"
      title={t.title}
      description={t.description}
      summary={`${strings.confidence['on-track']} ${data.confidence.bands['on-track']} · ${strings.confidence['at-risk']} ${data.confidence.bands['at-risk']} · ${strings.confidence['off-track']} ${data.confidence.bands['off-track']}`}
      rows={rows}
      rowKey={(r) => r.label}
      columns={[
        { header: t.columns.confidence, cell: (r) => r.label },
        { header: t.columns.count, cell: (r) => r.count, numeric: true },
      ]}
      chart={(width) => (
        <VerticalBarChart
          chartTitle={t.title}
          width={width}
          height={220}
          hideLegend
          barWidth="auto"
          maxBarWidth={40}
          culture={app.host.locale}
          data={rows.map((r) => ({ x: r.label, y: r.count, legend: t.legend, color: r.color }))}
        />
      )}
    />
  );
}
