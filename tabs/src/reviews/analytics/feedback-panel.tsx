import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_ACTIVITIES } from '../../../../src/domain/performance/analytics/feedback-activity.js';
import type { FeedbackAnalyticsView, MonthCounts } from '../../../../src/app/performance/analytics/analytics-views.js';
import { analyticsStrings as s } from '../strings/analytics.js';
import { AnalyticsPanel } from './analytics-panel.js';
import { AnalyticsTable } from './analytics-table.js';
import { SERIES_COLORS } from './palette.js';
import { isShown, WithheldCell, WithheldNotice } from './withheld.js';

const useStyles = makeStyles({ subhead: { marginTop: tokens.spacingVerticalS } });

/** "2026-11" as the viewer's locale says it: "Nov 2026". */
const monthLabel = (month: string, locale: string): string => new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Feedback given, received and requests answered per month (grouped bars), the table twin, and totals per team. */
export function FeedbackPanel({ view, locale }: { view: FeedbackAnalyticsView; locale: string }) {
  const styles = useStyles();
  const overall = view.overall;
  if (!isShown(overall)) {
    return <AnalyticsPanel id="feedback" title={s.feedback.title} description={s.feedback.description} chart={<WithheldNotice threshold={view.threshold} />} table={<WithheldNotice threshold={view.threshold} />} />;
  }
  const data: GroupedVerticalBarChartData[] = overall.months.map((m) => ({
    name: monthLabel(m.month, locale),
    series: FEEDBACK_ACTIVITIES.map((activity, i) => ({ key: activity, legend: s.feedback.activities[activity], data: m[activity], color: SERIES_COLORS[i]! })),
  }));
  return (
    <AnalyticsPanel
      id="feedback"
      title={s.feedback.title}
      description={s.feedback.description}
      chart={<GroupedVerticalBarChart data={data} height={260} barWidth="auto" maxBarWidth={24} hideTickOverlap legendProps={{ enabledWrapLines: true }} />}
      table={
        <AnalyticsTable<MonthCounts>
          label={s.feedback.title}
          rowKey={(m) => m.month}
          rows={overall.months}
          columns={[{ header: s.feedback.month, cell: (m) => monthLabel(m.month, locale) }, ...FEEDBACK_ACTIVITIES.map((a) => ({ header: s.feedback.activities[a], cell: (m: MonthCounts) => m[a], numeric: true }))]}
        />
      }
    >
      <Text as="h4" weight="semibold" className={styles.subhead}>
        {s.feedback.byTeam}
      </Text>
      <AnalyticsTable
        label={s.feedback.byTeam}
        rowKey={(t) => t.teamId ?? '_none'}
        rows={view.byTeam}
        withheld={(t) => (isShown(t.aggregate) ? null : <WithheldCell />)}
        columns={[
          { header: s.team, cell: (t) => t.teamName },
          { header: s.people, cell: (t) => (isShown(t.aggregate) ? t.aggregate.people : ''), numeric: true },
          ...FEEDBACK_ACTIVITIES.map((a) => ({ header: s.feedback.activities[a], cell: (t: (typeof view.byTeam)[number]) => (isShown(t.aggregate) ? t.aggregate.totals[a] : ''), numeric: true })),
        ]}
      />
    </AnalyticsPanel>
  );
}
