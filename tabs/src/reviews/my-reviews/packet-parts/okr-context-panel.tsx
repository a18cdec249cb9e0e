import { Badge, Card, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useApp } from '../../../app-context.js';
import { formatGrade } from '../../../format.js';
import type { OkrContextView } from '../../review-types.js';
import { reviewStrings } from '../../strings/reviews.js';
import { formatDay } from './review-format.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  cycle: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: 'none' },
  objective: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  keyResults: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2 },
});

/**
 * The OKR work of the review period as frozen at launch, shown as context beside a review. It is
 * read-only on purpose: nothing here can be copied into a rating (DESIGN §1: context, never score).
 */
export function OkrContextPanel({ context, title = reviewStrings.okrContext.title, className, scrollable = false }: { context: OkrContextView; title?: string; className?: string; scrollable?: boolean }) {
  const styles = useStyles();
  const app = useApp();
  const s = reviewStrings.okrContext;
  const titleId = useId('okr-context');
  const grade = (g: number | null) => (g === null ? s.notGraded : s.grade(formatGrade(g)));
  return (
    // A panel that scrolls on its own must be reachable with the keyboard, hence the tab stop.
    <Card className={mergeClasses(styles.panel, className)} role="region" aria-labelledby={titleId} tabIndex={scrollable ? 0 : undefined} data-okr-context>
      <div className={styles.header}>
        <Text as="h3" id={titleId} weight="semibold" size={400}>
          {title}
        </Text>
        <Badge appearance="tint" color="informative" data-context-label>
          {s.badge}
        </Badge>
      </div>
      <Text size={200}>{s.explanation(formatDay(context.frozenAt, app.host.locale))}</Text>
      <Text size={200} className={styles.meta}>
        {s.totals(context.totals.objectives, context.totals.keyResults, context.totals.checkIns)}
      </Text>
      {context.cycles.every((c) => c.objectives.length === 0) && <Text>{s.empty}</Text>}
      {context.cycles
        .filter((c) => c.objectives.length > 0)
        .map((cycle) => (
          <section key={cycle.cycleId} aria-label={cycle.name}>
            <Text as="h4" weight="semibold" size={300}>
              {cycle.name}
            </Text>
            <ul className={styles.cycle}>
              {cycle.objectives.map((o) => (
                <li key={o.id} className={styles.objective}>
                  <Text weight="semibold">{o.title}</Text>
                  <Text size={200} className={styles.meta}>
                    {[s.roles[o.role], s.levels[o.level], grade(o.grade)].join(' · ')}
                  </Text>
                  {o.keyResults.length > 0 && (
                    <ul className={styles.keyResults}>
                      {o.keyResults.map((kr) => (
                        <li key={kr.id}>
                          <Text size={200}>
                            {kr.title} — {[kr.ownedBySubject ? s.ownKeyResult : null, grade(kr.grade), s.checkIns(kr.checkInCount)].filter(Boolean).join(' · ')}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  )}
                  {o.reflection && (
                    <Text size={200}>
                      <Text size={200} weight="semibold">{`${s.reflection}: `}</Text>
                      {o.reflection}
                    </Text>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Card>
  );
}
