import { VerticalBarChart } from '@fluentui/react-charts';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ParticipationInsights } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { formatDate, formatPercent } from '../../format.js';
import { strings } from '../../strings.js';
import { ChartPanel } from './chart-panel.js';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, columns: '14rem auto', columnGap: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground3 },
});

const TEAM_ROWS = 10;
type Week = ParticipationInsights['weeks'][number];

/** Check-in participation by week (chart or table), who is missing this week, and teams at their lowest. */
export function ParticipationSection({ data }: { data: ParticipationInsights }) {
  const app = useApp();
  const styles = useStyles();
  const t = strings.insights.participation;
  const locale = app.host.locale;
  const pct = (rate: number | null) => (rate === null ? '–' : formatPercent(rate, locale));
  const weekLong = (w: { week: number; start: string }) => strings.insights.weekLong(w.week, formatDate(w.start, locale));
  const latest = data.weeks.length - 1;
  const teams = [...data.teams].sort((a, b) => (a.weeks[latest]?.rate ?? 1) - (b.weeks[latest]?.rate ?? 1) || a.team.name.localeCompare(b.team.name));
  const missingWeek = data.missing.week === null ? null : data.weeks[data.missing.week];
  return (
    <ChartPanel<Week>
      id="participation"
      title={t.title}
      description={t.description}
      rows={data.weeks}
      rowKey={(w) => String(w.week)}
      columns={[
        { header: t.columns.week, cell: weekLong },
        { header: t.columns.owners, cell: (w) => w.owners, numeric: true },
        { header: t.columns.checkedIn, cell: (w) => w.checkedIn, numeric: true },
        { header: t.columns.rate, cell: (w) => pct(w.rate), numeric: true },
      ]}
      chart={(width) => (
        <VerticalBarChart
          chartTitle={t.title}
          width={width}
          height={220}
          hideLegend
          barWidth="auto"
          maxBarWidth={48}
          yMaxValue={100}
          yAxisTickFormat={(v: number) => `${v}%`}
          culture={locale}
          data={data.weeks.map((w) => ({
            x: strings.insights.weekShort(w.week),
            y: Math.round((w.rate ?? 0) * 100),
            legend: t.legend,
            color: tokens.colorBrandBackground,
            xAxisCalloutData: weekLong(w),
            yAxisCalloutData: `${w.checkedIn} / ${w.owners} (${pct(w.rate)})`,
          }))}
        />
      )}
    >
      {missingWeek && (
        <div className={styles.block} data-missing-week={missingWeek.week}>
          <Text as="h3" size={300} weight="semibold">{t.missingTitle(weekLong(missingWeek))}</Text>
          {data.missing.total === 0 ? (
            <Text>{t.missingNone}</Text>
          ) : (
            <ul className={styles.list}>
              {data.missing.people.map((p) => (
                <li key={p.id}>
                  {p.name} <Text size={200} className={styles.meta}>({t.keyResults(p.keyResults)})</Text>
                </li>
              ))}
            </ul>
          )}
          {data.missing.truncated && <Text size={200}>{t.more(data.missing.total - data.missing.people.length)}</Text>}
        </div>
      )}
      {teams.length > 1 && latest >= 0 && (
        <div className={styles.block}>
          <Text as="h3" size={300} weight="semibold" id="participation-teams">{t.byTeam}</Text>
          <Table size="extra-small" aria-labelledby="participation-teams">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.insights.team}</TableHeaderCell>
                <TableHeaderCell>{t.columns.owners}</TableHeaderCell>
                <TableHeaderCell>{t.columns.rate}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {teams.slice(0, TEAM_ROWS).map((row) => (
                <TableRow key={row.team.id}>
                  <TableCell>{row.team.name}</TableCell>
                  <TableCell>{row.owners}</TableCell>
                  <TableCell>{pct(row.weeks[latest]?.rate ?? null)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {teams.length > TEAM_ROWS && <Text size={200}>{t.more(teams.length - TEAM_ROWS)}</Text>}
        </div>
      )}
    </ChartPanel>
  );
}
