import { Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { EmptyState, ErrorMessage, LoadingSkeleton } from '../../components/status.js';
import { useLoad } from '../../use-load.js';
import type { ReviewCycleListView } from '../review-types.js';
import type { SectionProps } from '../reviews-sections.js';
import { analyticsStrings as s } from '../strings/analytics.js';
import { reviewStrings } from '../strings/reviews.js';
import { FEEDBACK_PERIODS, loadCycleAnalytics, loadFeedbackAnalytics } from './analytics-api.js';
import { CompletionPanel } from './completion-panel.js';
import { FeedbackPanel } from './feedback-panel.js';
import { RatingsPanel } from './ratings-panel.js';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { width: '100%', maxWidth: '24rem', minWidth: 0 },
  // Long cycle names must not widen the page on a phone.
  select: { minWidth: 0, maxWidth: '100%' },
  note: { color: tokens.colorNeutralForeground3 },
});

function CycleAnalytics({ cycleId }: { cycleId: string }) {
  const styles = useStyles();
  const app = useApp();
  const [load, retry] = useLoad(() => loadCycleAnalytics(app.api, cycleId), [cycleId, app.version]);
  if (load.state === 'loading') return <LoadingSkeleton />;
  if (load.state === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const view = load.value;
  return (
    <div className={styles.section} data-cycle-analytics={cycleId}>
      <Text size={200}>{s.cycle.phase(reviewStrings.phases[view.cycle.phase])}</Text>
      <CompletionPanel view={view} />
      <RatingsPanel view={view} />
    </div>
  );
}

function FeedbackAnalytics() {
  const styles = useStyles();
  const app = useApp();
  const [months, setMonths] = useState<number>(6);
  const [load, retry] = useLoad(() => loadFeedbackAnalytics(app.api, months), [months, app.version]);
  return (
    <section className={styles.section} aria-labelledby="analytics-feedback-heading">
      <Text as="h2" id="analytics-feedback-heading" size={500} weight="semibold">
        {s.feedback.heading}
      </Text>
      <Field label={s.feedback.months} className={styles.picker}>
        <Select className={styles.select} value={String(months)} onChange={(_, d) => setMonths(Number(d.value))}>
          {FEEDBACK_PERIODS.map((m) => (
            <option key={m} value={m}>
              {s.feedback.monthOptions[m]}
            </option>
          ))}
        </Select>
      </Field>
      {load.state === 'loading' ? <LoadingSkeleton /> : load.state === 'error' ? <ErrorMessage error={load.error} onRetry={retry} /> : <FeedbackPanel view={load.value} locale={app.host.locale} />}
    </section>
  );
}

/**
 * "Analytics" (HR: the organisation; managers: the people below them): review completion by step,
 * the spread of final ratings, and feedback activity by month and team. Groups too small to keep
 * anyone anonymous show a marker instead of numbers; each chart has a table twin.
 */
export default function ReviewAnalytics({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const isHr = app.me.roles.includes('hr-admin');
  const managesPeople = [...app.people.values()].some((p) => p.managerId === app.me.id);
  const allowed = isHr || managesPeople;
  const [cycles, retry] = useLoad(() => (allowed ? app.api.get<ReviewCycleListView>('/review-cycles') : Promise.resolve({ items: [] })), [allowed, app.version]);
  if (!allowed) return <EmptyState title={s.notAllowed} />;
  if (cycles.state === 'loading') return <LoadingSkeleton />;
  if (cycles.state === 'error') return <ErrorMessage error={cycles.error} onRetry={retry} />;
  const launched = cycles.value.items.filter((c) => c.launchedAt !== null);
  const selected = launched.find((c) => c.id === rest[0]) ?? launched[0];
  const people = isHr ? app.people.size : [...app.people.values()].filter((p) => p.managerChain.includes(app.me.id)).length;
  return (
    <div className={styles.page} data-review-analytics>
      <Text as="h1" size={600} weight="semibold">
        {s.title}
      </Text>
      <Text>{isHr ? s.scope.tenant(people) : s.scope.reports(people)}</Text>
      <MessageBar intent="info">
        <MessageBarBody>{s.privacyNote}</MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-labelledby="analytics-cycle-heading">
        <Text as="h2" id="analytics-cycle-heading" size={500} weight="semibold">
          {s.cycle.heading}
        </Text>
        {!selected ? (
          <EmptyState title={s.cycle.none} />
        ) : (
          <>
            <Field label={s.cycle.picker} className={styles.picker}>
              <Select className={styles.select} value={selected.id} onChange={(_, d) => app.navigate(`/reviews/analytics/${encodeURIComponent(d.value)}`)}>
                {launched.map((c) => (
                  <option key={c.id} value={c.id}>{`${c.name} (${reviewStrings.phases[c.phase]})`}</option>
                ))}
              </Select>
            </Field>
            <CycleAnalytics key={selected.id} cycleId={selected.id} />
          </>
        )}
      </section>
      <FeedbackAnalytics />
    </div>
  );
}
