import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useApp } from '../../app-context.js';
import { ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useRefreshingActions, useRefreshingLoad } from '../my-team/use-refreshing-load.js';
import { planStrings as s } from '../strings/development-plans.js';
import { developmentPlanApi, type DevelopmentPlanView as PlanView } from './development-plan-api.js';
import { GoalList } from './goal-list.js';
import { PlanActionList } from './plan-action-list.js';
import { ProgressNotes } from './progress-notes.js';
import { SkillList } from './skill-list.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(16rem, 2fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** A person's development plan: editable by them and their current manager, readable by their manager chain and HR. */
export function DevelopmentPlanView({ personId }: { personId: string }) {
  const styles = useStyles();
  const app = useApp();
  const api = useMemo(() => developmentPlanApi(app.api, personId), [app.api, personId]);
  const load = useRefreshingLoad(() => app.api.get<PlanView>(`/people/${encodeURIComponent(personId)}/development-plan`), [personId, app.version]);
  const { failure, run } = useRefreshingActions(load, s.errors);
  if (load.error && !load.value) return <ErrorMessage error={load.error} onRetry={() => void load.refresh()} />;
  const view = load.value;
  if (!view) return <LoadingSkeleton />;
  const mine = view.person.id === app.me.id;
  return (
    <section className={styles.page} aria-labelledby="plan-title" data-development-plan={view.person.id} data-can-edit={view.canEdit}>
      <Text as="h2" id="plan-title" size={500} weight="semibold">{mine ? s.title : s.titleFor(view.person.displayName)}</Text>
      <MessageBar intent="info">
        <MessageBarBody>{s.notOkrs}</MessageBarBody>
      </MessageBar>
      {!view.canEdit && <Text>{s.readOnly}</Text>}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.layout}>
        <div className={styles.column}>
          <GoalList view={view} api={api} run={run} />
          <PlanActionList view={view} api={api} run={run} />
        </div>
        <div className={styles.column}>
          <SkillList view={view} api={api} run={run} />
          <ProgressNotes view={view} api={api} run={run} />
        </div>
      </div>
    </section>
  );
}
