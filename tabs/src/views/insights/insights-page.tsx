import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AtRiskInsights, DependencyInsights, GradeInsights, ParticipationInsights, ProgressInsights } from '../../api/types.js';
import { useApp } from '../../app-context.js';
import { EmptyState } from '../../components/status.js';
import { strings } from '../../strings.js';
import { useLoad } from '../../use-load.js';
import { GradesSection } from './grades-section.js';
import { insightsPath, type InsightsFilter } from './insights-api.js';
import { ParticipationSection } from './participation-section.js';
import { ConfidenceSection, ProgressDistributionSection, TimelineSection } from './progress-sections.js';
import { AtRiskSection, DependenciesSection } from './risk-sections.js';
import { SectionStatus } from './section-status.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground3 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  picker: { minWidth: '12rem', maxWidth: '100%' },
  grid: { display: 'grid', gap: tokens.spacingVerticalL, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 30rem), 1fr))', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
});

/**
 * OKR analytics for managers (their manager-chain reports) and OKR admins (everyone): check-in
 * participation, progress against expected-by-now, distributions, what is at risk, dependency
 * health, grades at close and ambition coaching prompts. Loaded on demand; the charts come with it.
 */
export default function InsightsPage() {
  const app = useApp();
  const styles = useStyles();
  const admin = app.me.roles.includes('okr-admin');
  const [filter, setFilter] = useState<InsightsFilter>({ scope: null, team: '' });
  const scope = filter.scope ?? (admin ? 'all' : 'reports');
  // Teams to narrow to: every team for the whole organisation, else the teams of one's reports.
  const teamOptions = useMemo(() => {
    if (scope === 'all') return [...app.teams];
    const ids = new Set([...app.people.values()].filter((p) => p.managerChain.includes(app.me.id)).flatMap((p) => p.teamIds));
    return app.teams.filter((t) => ids.has(t.id) || t.leadId === app.me.id);
  }, [scope, app.people, app.teams, app.me.id]);
  const deps = [app.cycleId, filter.scope, filter.team, app.version];
  const load = <T,>(view: string, extra?: Record<string, string>) => () => app.api.get<T>(insightsPath(app.cycleId, view, filter, extra));
  const [participation, retryParticipation] = useLoad(load<ParticipationInsights>('participation'), deps);
  const [progress, retryProgress] = useLoad(load<ProgressInsights>('progress'), deps);
  const [atRisk, retryAtRisk] = useLoad(load<AtRiskInsights>('at-risk', { limit: '20' }), deps);
  const [dependencies, retryDependencies] = useLoad(load<DependencyInsights>('dependencies', { limit: '20' }), deps);
  const [grades, retryGrades] = useLoad(load<GradeInsights>('grades'), deps);
  const t = strings.insights;
  const builtAt = participation.state === 'ready' ? participation.value.builtAt : null;
  const started = participation.state !== 'ready' || participation.value.weeks.length > 0;

  return (
    <section className={styles.page} aria-labelledby="insights-title">
      <Text as="h1" id="insights-title" size={600} weight="semibold">{t.title}</Text>
      <Text className={styles.intro}>{t.intro}</Text>
      <div className={styles.filters}>
        {admin && (
          <Field label={t.scope}>
            <Select className={styles.picker} value={scope} onChange={(_, d) => setFilter({ scope: d.value as 'all' | 'reports', team: '' })}>
              <option value="all">{t.scopes.all}</option>
              <option value="reports">{t.scopes.reports}</option>
            </Select>
          </Field>
        )}
        <Field label={t.team}>
          <Select className={styles.picker} value={filter.team} onChange={(_, d) => setFilter((f) => ({ ...f, team: d.value }))}>
            <option value="">{t.allTeams}</option>
            {teamOptions.map((team) => (
              <option key={team.id} value={team.id}>{team.name}</option>
            ))}
          </Select>
        </Field>
        {participation.state === 'ready' && <Text size={200} data-insights-scope>{t.people(participation.value.scope.people)}</Text>}
      </div>
      {builtAt && (
        <Text size={200} className={styles.intro} data-built-at={builtAt}>
          {t.asOf(new Intl.DateTimeFormat(app.host.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(builtAt)))}
        </Text>
      )}
      {!started && <EmptyState title={t.notStarted} />}
      <div className={styles.grid}>
        <div className={styles.wide}>
          <SectionStatus load={participation} retry={retryParticipation} label={t.participation.title} />
          {participation.state === 'ready' && <ParticipationSection data={participation.value} />}
        </div>
        <div>
          <SectionStatus load={progress} retry={retryProgress} label={t.timeline.title} />
          {progress.state === 'ready' && <TimelineSection data={progress.value} />}
        </div>
        <div>
          <SectionStatus load={atRisk} retry={retryAtRisk} label={t.atRisk.title} />
          {atRisk.state === 'ready' && <AtRiskSection data={atRisk.value} />}
        </div>
        <div>
          {progress.state === 'ready' && <ProgressDistributionSection data={progress.value} />}
        </div>
        <div>
          {progress.state === 'ready' && <ConfidenceSection data={progress.value} />}
        </div>
        <div>
          <SectionStatus load={dependencies} retry={retryDependencies} label={t.dependencies.title} />
          {dependencies.state === 'ready' && <DependenciesSection data={dependencies.value} />}
        </div>
        <div>
          <SectionStatus load={grades} retry={retryGrades} label={t.grades.title} />
          {grades.state === 'ready' && <GradesSection data={grades.value} />}
        </div>
      </div>
    </section>
  );
}
