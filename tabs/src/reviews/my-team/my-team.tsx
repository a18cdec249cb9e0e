import { Avatar, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ReportFeedback } from '../feedback/report-feedback.js';
import { DevelopmentPlanView } from '../growth/development-plan-view.js';
import type { SectionProps } from '../reviews-sections.js';
import { oneOnOneStrings as s } from '../strings/one-on-ones.js';
import { ReportReviews } from '../team-reviews/report-reviews.js';
import { useApp } from '../../app-context.js';
import { EmptyState } from '../../components/status.js';
import { formatCalendarDate } from './conversation-format.js';
import type { OneOnOneSummary } from './one-on-one-api.js';
import { OneOnOnePanel } from './one-on-one-panel.js';
import { useRefreshingLoad } from './use-refreshing-load.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(12rem, 16rem) minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  person: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    width: '100%',
    textAlign: 'start',
    padding: tokens.spacingVerticalS,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  names: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tabs: { overflowX: 'auto', maxWidth: '100%' },
});

const SUBSECTIONS = ['one-on-one', 'plan', 'reviews', 'feedback'] as const;
type Subsection = (typeof SUBSECTIONS)[number];

/**
 * My team (managers): the direct reports, and for the one chosen their 1:1, development plan,
 * reviews and feedback. Route: #/reviews/team/<personId>/<subsection>.
 */
export default function MyTeam({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const locale = app.host.locale;
  const reports = [...app.people.values()].filter((p) => p.managerId === app.me.id).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const summaries = useRefreshingLoad(() => app.api.get<{ items: OneOnOneSummary[] }>('/one-on-ones'), [app.version]);
  const next = new Map((summaries.value?.items ?? []).filter((i) => i.viewerRole === 'manager').map((i) => [i.reportId, i.nextMeeting]));
  const selected = reports.find((p) => p.id === rest[0]) ?? null;
  const sub: Subsection = SUBSECTIONS.includes(rest[1] as Subsection) ? (rest[1] as Subsection) : 'one-on-one';

  if (reports.length === 0) return <EmptyState title={s.team.noReports} />;
  return (
    <div className={styles.page}>
      <Text as="h1" size={600} weight="semibold">{s.team.title}</Text>
      <div className={styles.layout}>
        <nav aria-label={s.team.reports}>
          <Text as="h2" size={400} weight="semibold">{s.team.reports}</Text>
          <ul className={styles.list}>
            {reports.map((p) => {
              const meeting = next.get(p.id);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className={mergeClasses(styles.person, selected?.id === p.id && styles.selected)}
                    aria-current={selected?.id === p.id ? 'page' : undefined}
                    onClick={() => app.navigate(`/reviews/team/${encodeURIComponent(p.id)}/${sub}`)}
                    data-report={p.id}
                  >
                    <Avatar name={p.displayName} size={32} aria-hidden />
                    <span className={styles.names}>
                      <Text weight="semibold">{p.displayName}</Text>
                      <Text size={200} className={styles.meta}>{meeting ? s.team.nextMeeting(formatCalendarDate(meeting.date, locale)) : summaries.value ? s.team.noMeeting : p.jobTitle}</Text>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className={styles.detail}>
          {selected ? (
            <>
              <TabList
                className={styles.tabs}
                size="small"
                selectedValue={sub}
                aria-label={s.team.sectionsLabel(selected.displayName)}
                onTabSelect={(_, d) => app.navigate(`/reviews/team/${encodeURIComponent(selected.id)}/${String(d.value)}`)}
              >
                {SUBSECTIONS.map((key) => (
                  <Tab key={key} value={key} data-team-tab={key}>{s.team.sections[key]}</Tab>
                ))}
              </TabList>
              {sub === 'one-on-one' && <OneOnOnePanel key={selected.id} reportId={selected.id} />}
              {sub === 'plan' && <DevelopmentPlanView key={selected.id} personId={selected.id} />}
              {sub === 'reviews' && <ReportReviews key={selected.id} personId={selected.id} {...(rest[2] ? { packetId: rest[2] } : {})} />}
              {sub === 'feedback' && <ReportFeedback key={selected.id} personId={selected.id} />}
            </>
          ) : (
            <EmptyState title={s.team.title} hint={s.team.chooseReport} />
          )}
        </div>
      </div>
    </div>
  );
}
