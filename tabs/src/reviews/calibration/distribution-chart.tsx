import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RatingCountView, RatingScaleView, TeamDistributionView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '30rem' },
  chart: { maxWidth: '48rem', minWidth: 0 },
});

// An ordinal scale from warm (low) to green (high), spread evenly over however many points the scale has.
// Theme tokens, so the dark and high-contrast themes keep their own shades.
const PALETTE = [
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteTealBackground2,
  tokens.colorPaletteLightGreenBackground3,
  tokens.colorPaletteDarkGreenBorderActive,
];
const colorOf = (index: number, count: number) => PALETTE[count <= 1 ? 0 : Math.round((index * (PALETTE.length - 1)) / (count - 1))]!;

interface Row {
  readonly key: string;
  readonly name: string;
  readonly people: number;
  readonly unrated: number;
  readonly counts: readonly RatingCountView[];
}

/**
 * Final ratings per team as stacked bars (Fluent charts), with a table twin that carries the same
 * numbers for screen readers and for anyone who prefers to read them.
 */
export function DistributionChart({ scale, overall, teams, people, unrated }: { scale: RatingScaleView; overall: readonly RatingCountView[]; teams: readonly TeamDistributionView[]; people: number; unrated: number }) {
  const styles = useStyles();
  const s = reviewStrings.calibration;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows: Row[] = [
    ...teams.map((t) => ({ key: t.teamId ?? '_none', name: t.teamName, people: t.people, unrated: t.unrated, counts: t.counts })),
    { key: '_all', name: s.overall, people, unrated, counts: overall },
  ];
  const countFor = (row: Row, rating: number) => row.counts.find((c) => c.rating === rating)?.count ?? 0;
  const data: VerticalStackedChartProps[] = rows.map((row) => ({
    xAxisPoint: row.name,
    chartData: [
      ...scale.points.map((p, i) => ({ legend: `${p.value} · ${p.label}`, data: countFor(row, p.value), color: colorOf(i, scale.points.length) })),
      ...(row.unrated > 0 ? [{ legend: s.unrated, data: row.unrated, color: tokens.colorNeutralBackground5 }] : []),
    ],
  }));
  return (
    <div className={styles.wrap} data-distribution>
      <TabList size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as 'chart' | 'table')} aria-label={s.view}>
        <Tab value="chart">{s.chart}</Tab>
        <Tab value="table">{s.table}</Tab>
      </TabList>
      {view === 'chart' ? (
        <div className={styles.chart}>
          <VerticalStackedBarChart data={data} height={280} yAxisTitle={s.people} barWidth="auto" maxBarWidth={56} hideTickOverlap legendProps={{ enabledWrapLines: true }} />
        </div>
      ) : (
        <div className={styles.scroll}>
          <Table className={styles.table} size="small" aria-label={s.distribution}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.team}</TableHeaderCell>
                <TableHeaderCell>{s.people}</TableHeaderCell>
                {scale.points.map((p) => (
                  <TableHeaderCell key={p.value}>{`${p.value} · ${p.label}`}</TableHeaderCell>
                ))}
                <TableHeaderCell>{s.unrated}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key} data-distribution-row={row.key}>
                  <TableCell>
                    <Text weight={row.key === '_all' ? 'semibold' : 'regular'}>{row.name}</Text>
                  </TableCell>
                  <TableCell>{row.people}</TableCell>
                  {scale.points.map((p) => (
                    <TableCell key={p.value}>{countFor(row, p.value)}</TableCell>
                  ))}
                  <TableCell>{row.unrated}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
