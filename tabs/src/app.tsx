import { Select } from '@fluentui/react-select';
import { Tab, TabList } from '@fluentui/react-tabs';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from './api/api-client.js';
import type { Cycle, DevUser, Person, Team } from './api/types.js';
import { AppContext, type AppState } from './app-context.js';
import type { DevUserAuth } from './auth/token-source.js';
import { LoadingSkeleton } from './components/status.js';
import type { HostInfo } from './host/teams-host.js';
import { strings } from './strings.js';
import { Approvals } from './views/approvals.js';
import { Board } from './views/board.js';
import { MyOkrs } from './views/my-okrs.js';
import { meetingSurfaceOf } from './meetings/meeting-surface.js';

// The admin area loads on demand, so most people never download it.
const QuarterAdmin = lazy(() => import('./admin/quarter-admin.js'));
// Insights (managers and OKR admins) bring the chart library along: also on demand.
const InsightsPage = lazy(() => import('./views/insights/insights-page.js'));
const ObjectivePage = lazy(() => import('./views/objective-page.js').then((m) => ({ default: m.ObjectivePage })));
const ObjectiveForm = lazy(() => import('./views/objective-form.js').then((m) => ({ default: m.ObjectiveForm })));
const ReviewsArea = lazy(() => import('./reviews/reviews-area.js'));
// Meeting views load only inside a Teams meeting.
const MeetingSidePanel = lazy(() => import('./meetings/side-panel.js'));
const MeetingStage = lazy(() => import('./meetings/stage.js'));
const ConfigPage = lazy(() => import('./views/config-page.js').then((m) => ({ default: m.ConfigPage })));

const useStyles = makeStyles({
  shell: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS } },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  brand: { marginRight: 'auto' },
  nav: { overflowX: 'auto', maxWidth: '100%' },
  picker: { minWidth: '8rem', maxWidth: '100%' },
});

export interface Bootstrapped {
  readonly api: ApiClient;
  readonly host: HostInfo;
  readonly me: Person;
  readonly people: Person[];
  readonly teams: Team[];
  readonly cycles: Cycle[];
  readonly devUsers: DevUser[] | null;
  readonly devAuth: DevUserAuth | null;
}

const currentRoute = (): string => window.location.hash.replace(/^#/, '') || '/my';

export function App({ boot }: { boot: Bootstrapped }) {
  const styles = useStyles();
  const [route, setRoute] = useState(currentRoute);
  const [version, setVersion] = useState(0);
  const [cycles, setCycles] = useState(boot.cycles);
  const [cycleId, setCycleId] = useState(() => (boot.cycles.find((c) => c.state === 'active') ?? boot.cycles[0])?.id ?? '');
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((to: string) => {
    window.location.hash = to;
  }, []);
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    void boot.api.get<{ items: Cycle[] }>('/cycles').then((r) => setCycles(r.items));
  }, [boot.api]);
  const state: AppState = useMemo(
    () => ({ api: boot.api, host: boot.host, me: boot.me, people: new Map(boot.people.map((p) => [p.id, p])), teams: boot.teams, cycles, cycleId, setCycleId, navigate, version, changed }),
    [boot, cycles, cycleId, navigate, version, changed],
  );
  const params = new URLSearchParams(window.location.search);
  const lockedTeam = params.get('team');

  if (boot.host.frameContext === 'settings' || params.get('view') === 'config') {
    return (
      <AppContext.Provider value={state}>
        <Suspense fallback={<LoadingSkeleton />}>
          <ConfigPage />
        </Suspense>
      </AppContext.Provider>
    );
  }

  // In a meeting (side panel, stage, meeting chat or details tab) the meeting views take over.
  const meeting = meetingSurfaceOf(boot.host, params);
  if (meeting) {
    return (
      <AppContext.Provider value={state}>
        <Suspense fallback={<LoadingSkeleton />}>{meeting.kind === 'stage' ? <MeetingStage surface={meeting} /> : <MeetingSidePanel surface={meeting} />}</Suspense>
      </AppContext.Provider>
    );
  }

  const section = route.split('/')[1] ?? 'my';
  const id = decodeURIComponent(route.split('/')[2] ?? '');
  const cycle = cycles.find((c) => c.id === cycleId);
  return (
    <AppContext.Provider value={state}>
      <div className={styles.shell}>
        <header className={styles.header}>
          <Text weight="bold" size={500} className={styles.brand}>
            {strings.appName}
          </Text>
          <Select aria-label={strings.cycle} className={styles.picker} value={cycleId} onChange={(_, d) => setCycleId(d.value)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>{`${c.name} (${strings.cycleStates[c.state]})`}</option>
            ))}
          </Select>
          {boot.devUsers && boot.devAuth && (
            <Select
              aria-label={strings.switchUser}
              className={styles.picker}
              value={boot.me.id}
              onChange={(_, d) => {
                boot.devAuth!.select(d.value);
                window.location.reload();
              }}
              data-user-switcher
            >
              {[...new Set(boot.devUsers.map((u) => u.tenantName))].map((tenant) => (
                <optgroup key={tenant} label={tenant}>
                  {boot.devUsers!.filter((u) => u.tenantName === tenant).map((u) => (
                    <option key={u.id} value={u.id}>{`${u.displayName} — ${u.jobTitle}${u.roles.length > 1 ? ` (${u.roles.filter((r) => r !== 'member').join(', ')})` : ''}`}</option>
                  ))}
                </optgroup>
              ))}
            </Select>
          )}
        </header>
        <nav className={styles.nav}>
          <TabList selectedValue={section} onTabSelect={(_, d) => navigate(`/${String(d.value)}`)}>
            <Tab value="my">{strings.nav.myOkrs}</Tab>
            <Tab value="board">{strings.nav.board}</Tab>
            <Tab value="approvals">{strings.nav.approvals}</Tab>
            {boot.me.roles.includes('okr-admin') && <Tab value="quarter">{strings.nav.quarter}</Tab>}
            {(boot.me.roles.includes('okr-admin') || boot.people.some((p) => p.managerId === boot.me.id)) && <Tab value="insights">{strings.insights.tab}</Tab>}
            <Tab value="reviews">{strings.nav.reviews}</Tab>
          </TabList>
        </nav>
        <main>
          <Suspense fallback={<LoadingSkeleton />}>
          {section === 'reviews' ? (
            <ReviewsArea path={route.split('/').slice(2).map(decodeURIComponent)} />
          ) : !cycleId ? (
            <Text>{strings.myOkrs.empty}</Text>
          ) : section === 'board' ? (
            <Board initialTeam={lockedTeam ?? ''} lockedTeam={lockedTeam !== null} />
          ) : section === 'approvals' ? (
            <Approvals />
          ) : section === 'quarter' ? (
            <QuarterAdmin />
          ) : section === 'insights' ? (
            <InsightsPage />
          ) : section === 'objective' && id ? (
            <ObjectivePage objectiveId={id} />
          ) : section === 'new' ? (
            <ObjectiveForm />
          ) : section === 'edit' && id ? (
            <ObjectiveForm editId={id} />
          ) : (
            <MyOkrs />
          )}
          </Suspense>
        </main>
      </div>
    </AppContext.Provider>
  );
}
