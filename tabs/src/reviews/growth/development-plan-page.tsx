import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app-context.js';
import { OneOnOnePanel } from '../my-team/one-on-one-panel.js';
import type { SectionProps } from '../reviews-sections.js';
import { planStrings as s } from '../strings/development-plans.js';
import { DevelopmentPlanView } from './development-plan-view.js';

const useStyles = makeStyles({ page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 } });

/**
 * Development plan (everyone): my own plan, and my 1:1 with my manager, so a report reaches their
 * 1:1 without a My team section. Route: #/reviews/growth/<plan | one-on-one>.
 */
export default function DevelopmentPlanPage({ rest }: SectionProps) {
  const styles = useStyles();
  const app = useApp();
  const manager = app.me.managerId ? app.people.get(app.me.managerId) ?? null : null;
  const sub = rest[0] === 'one-on-one' && manager ? 'one-on-one' : 'plan';
  return (
    <div className={styles.page}>
      <Text as="h1" size={600} weight="semibold">{s.pageTitle}</Text>
      {manager && (
        <TabList size="small" selectedValue={sub} aria-label={s.sectionsLabel} onTabSelect={(_, d) => app.navigate(`/reviews/growth/${String(d.value)}`)}>
          <Tab value="plan" data-growth-tab="plan">{s.sections.plan}</Tab>
          <Tab value="one-on-one" data-growth-tab="one-on-one">{s.sections.oneOnOne(manager.displayName)}</Tab>
        </TabList>
      )}
      {sub === 'plan' ? <DevelopmentPlanView personId={app.me.id} /> : <OneOnOnePanel reportId={app.me.id} />}
    </div>
  );
}
