import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { useApp } from '../app-context.js';
import { strings } from '../strings.js';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalL } });

/** Configuration for channel and group-chat tabs: which board the tab shows. */
export function ConfigPage() {
  const app = useApp();
  const styles = useStyles();
  const [team, setTeam] = useState('');
  useEffect(() => {
    if (!app.host.inTeams) return;
    pages.config.registerOnSaveHandler((event) => {
      const base = `${window.location.origin}/?host=teams`;
      void pages.config
        .setConfig({ contentUrl: `${base}${team ? `&team=${encodeURIComponent(team)}` : ''}#/board`, entityId: `board-${team || 'company'}`, suggestedDisplayName: team ? (app.teams.find((t) => t.id === team)?.name ?? 'Board') : 'Company board' })
        .then(() => event.notifySuccess());
    });
    pages.config.setValidityState(true);
  }, [team, app]);
  return (
    <section className={styles.page}>
      <Text as="h1" size={500} weight="semibold">{strings.config.title}</Text>
      <Field label={strings.config.team}>
        <Select value={team} onChange={(_, d) => setTeam(d.value)} data-config-team>
          <option value="">{strings.config.company}</option>
          {app.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </Select>
      </Field>
    </section>
  );
}
