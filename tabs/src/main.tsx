import { FluentProvider } from '@fluentui/react-provider';
import { Spinner } from '@fluentui/react-spinner';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/api-client.js';
import type { Cycle, DevUser, Person, Team, TabConfig } from './api/types.js';
import { App, type Bootstrapped } from './app.js';
import { DevUserAuth } from './auth/token-source.js';
import { ErrorMessage } from './components/status.js';
import { detectHost, notifyReady, onThemeChange, type HostInfo, type ThemeName } from './host/teams-host.js';
import { fluentTheme } from './host/themes.js';
import { strings } from './strings.js';

async function bootstrap(host: HostInfo): Promise<Bootstrapped> {
  const config = (await (await fetch('/api/tab-config')).json()) as TabConfig;
  let devAuth: DevUserAuth | null = null;
  let devUsers: DevUser[] | null = null;
  let api: ApiClient;
  if (config.mode === 'local') {
    devAuth = new DevUserAuth();
    api = new ApiClient(devAuth);
    const listed = await api.get<{ defaultUserId: string; items: DevUser[] }>('/dev/users');
    devUsers = listed.items;
    if (!devAuth.current || !devUsers.some((u) => u.id === devAuth!.current)) devAuth.select(listed.defaultUserId);
  } else {
    const { TeamsSsoAuth } = await import('./auth/teams-sso-auth.js');
    api = new ApiClient(new TeamsSsoAuth(config.ssoClientId ?? '', config.initiateLoginEndpoint ?? `${window.location.origin}/auth-start.html`));
  }
  const me = await api.get<Person>('/me');
  const [people, teams, cycles] = await Promise.all([api.all<Person>('/people'), api.get<{ items: Team[] }>('/teams'), api.get<{ items: Cycle[] }>('/cycles')]);
  return { api, host, me, people, teams: teams.items, cycles: cycles.items, devUsers, devAuth };
}

function Root() {
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setTheme] = useState<ThemeName>('default');
  const [boot, setBoot] = useState<Bootstrapped | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    void detectHost().then((detected) => {
      setHost(detected);
      setTheme(detected.theme);
      onThemeChange(detected, setTheme);
      document.documentElement.lang = detected.locale;
      bootstrap(detected).then(
        (b) => {
          setBoot(b);
          notifyReady(detected);
        },
        (e: unknown) => setError(e),
      );
    });
  }, []);
  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ minHeight: '100vh' }} data-theme={theme}>
      {error ? <ErrorMessage error={error} onRetry={() => window.location.reload()} /> : boot && host ? <App boot={boot} /> : <Spinner label={strings.loading} style={{ padding: '2rem' }} />}
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
