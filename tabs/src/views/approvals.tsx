import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import type { ObjectiveView } from '../api/types.js';
import { useApp, type AppState } from '../app-context.js';
import { ObjectiveCard } from '../components/objective-card.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Mirrors the server's approver rule to pick what to show; the server still decides every approval. */
function waitsForMe(app: AppState, o: ObjectiveView): boolean {
  if (app.me.roles.includes('okr-admin')) return true;
  if (o.level === 'individual') return app.people.get(o.owner.id)?.managerId === app.me.id;
  if (o.level === 'team') return app.teams.find((t) => t.id === o.owner.id)?.leadId === app.me.id;
  return false;
}

export function Approvals() {
  const app = useApp();
  const styles = useStyles();
  const [load, retry] = useLoad(() => app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?state=proposed`), [app.cycleId, app.version]);
  const mine = load.state === 'ready' ? load.value.filter((o) => waitsForMe(app, o)) : [];
  return (
    <section className={styles.list} aria-labelledby="approvals-title">
      <Text as="h1" id="approvals-title" size={600} weight="semibold">{strings.approvals.title}</Text>
      {load.state === 'loading' && <LoadingSkeleton />}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={retry} />}
      {load.state === 'ready' && mine.length === 0 && <EmptyState title={strings.approvals.empty} hint={strings.approvals.emptyHint} />}
      {mine.map((o) => <ObjectiveCard key={o.id} objective={o} />)}
    </section>
  );
}
