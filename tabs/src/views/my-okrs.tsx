import { Button } from '@fluentui/react-button';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import type { CheckIn, ObjectiveView, Page } from '../api/types.js';
import { useApp } from '../app-context.js';
import { ObjectiveCard } from '../components/objective-card.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../components/status.js';
import { strings } from '../strings.js';
import { useLoad } from '../use-load.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** My objectives and those I contribute to or own key results in. */
export function MyOkrs() {
  const app = useApp();
  const styles = useStyles();
  const [load, retry] = useLoad(() => app.api.all<ObjectiveView>(`/cycles/${app.cycleId}/objectives?participant=me`), [app.cycleId, app.version, app.me.id]);
  // The last eight check-ins of each key result, oldest first, for the trend lines; loaded after the cards.
  const [trends] = useLoad(async () => {
    if (load.state !== 'ready') return {};
    const ids = load.value.flatMap((o) => o.keyResults.filter((kr) => kr.checkInCount > 1).map((kr) => kr.id));
    const pages = await Promise.all(ids.map((id) => app.api.get<Page<CheckIn>>(`/key-results/${encodeURIComponent(id)}/check-ins?limit=8`)));
    return Object.fromEntries(ids.map((id, i) => [id, pages[i]!.items.map((c) => c.value).reverse()]));
  }, [load]);
  const create = (
    <Button appearance="primary" onClick={() => app.navigate('/new')}>
      {strings.myOkrs.create}
    </Button>
  );
  return (
    <section className={styles.list} aria-labelledby="my-okrs-title">
      <div className={styles.header}>
        <Text as="h1" id="my-okrs-title" size={600} weight="semibold">
          {strings.myOkrs.title}
        </Text>
        {create}
      </div>
      {load.state === 'loading' && <LoadingSkeleton />}
      {load.state === 'error' && <ErrorMessage error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.length === 0 && <EmptyState title={strings.myOkrs.empty} hint={strings.myOkrs.emptyHint} action={create} />}
      {load.state === 'ready' && load.value.map((o) => <ObjectiveCard key={o.id} objective={o} {...(trends.state === 'ready' ? { trends: trends.value } : {})} />)}
    </section>
  );
}
