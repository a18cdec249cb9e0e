import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { ReviewCycleListView } from '../review-types.js';
import type { SectionProps } from '../reviews-sections.js';
import { reviewStrings } from '../strings/reviews.js';
import { CycleDetail } from './cycle-detail.js';
import { CycleForm } from './cycle-form.js';
import { CycleList } from './cycle-list.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', justifyContent: 'space-between' },
});

/** "Cycles" (HR admins): the list of review cycles (#/reviews/cycles), a new one (…/new) and one cycle (…/<cycleId>). */
export default function CyclesAdmin({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.cycles;
  const isHr = app.me.roles.includes('hr-admin');
  const [load, retry] = useLoad(() => (isHr ? app.api.get<ReviewCycleListView>('/review-cycles') : Promise.resolve({ items: [] })), [app.version, isHr]);
  if (!isHr) return <EmptyState title={s.notHr} />;
  const view = rest[0];
  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <Text as="h1" size={600} weight="semibold">
          {s.title}
        </Text>
        {view ? (
          <Link href="#/reviews/cycles">{reviewStrings.common.back}</Link>
        ) : (
          <Button appearance="primary" onClick={() => app.navigate('/reviews/cycles/new')}>
            {s.newCycle}
          </Button>
        )}
      </div>
      {view === 'new' ? (
        <CycleForm
          onCreated={(cycle) => {
            app.changed();
            app.navigate(`/reviews/cycles/${encodeURIComponent(cycle.id)}`);
          }}
        />
      ) : view ? (
        <CycleDetail cycleId={view} />
      ) : load.state === 'loading' ? (
        <LoadingSkeleton />
      ) : load.state === 'error' ? (
        <ErrorMessage error={load.error} onRetry={retry} />
      ) : load.value.items.length === 0 ? (
        <EmptyState title={s.empty} hint={s.emptyHint} />
      ) : (
        <CycleList cycles={load.value.items} />
      )}
    </div>
  );
}
