import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useApp } from '../app-context.js';
import { LoadingSkeleton } from '../components/status.js';
import { SECTIONS, type ReviewsSection } from './reviews-sections.js';
import { reviewsStrings } from './reviews-strings.js';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  nav: { overflowX: 'auto', maxWidth: '100%' },
});

/** The Reviews area: confidential performance management, beside (never inside) the OKR views. */
export default function ReviewsArea({ path }: { path: readonly string[] }) {
  const styles = useStyles();
  const app = useApp();
  const managesPeople = [...app.people.values()].some((p) => p.managerId === app.me.id);
  const visible = (Object.keys(SECTIONS) as ReviewsSection[]).filter((s) => SECTIONS[s].visible(app.me, managesPeople));
  const requested = path[0] as ReviewsSection | undefined;
  const section = requested && visible.includes(requested) ? requested : 'mine';
  const Section = SECTIONS[section].component;
  return (
    <div className={styles.area}>
      <nav className={styles.nav} aria-label={reviewsStrings.nav.reviews}>
        <TabList size="small" selectedValue={section} onTabSelect={(_, d) => app.navigate(`/reviews/${String(d.value)}`)}>
          {visible.map((s) => (
            <Tab key={s} value={s} data-section={s}>
              {reviewsStrings.sections[s]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <MessageBar intent="info">
        <MessageBarBody>{reviewsStrings.confidential}</MessageBarBody>
      </MessageBar>
      <Suspense fallback={<LoadingSkeleton />}>
        <Section rest={path.slice(1)} />
      </Suspense>
    </div>
  );
}
