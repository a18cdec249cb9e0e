import { Card, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
import { analyticsStrings as s } from '../strings/analytics.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
  description: { color: tokens.colorNeutralForeground3 },
  body: { minWidth: 0, maxWidth: '52rem' },
});

/**
 * One aggregate as a chart with its table twin (the same numbers, for screen readers and anyone who
 * prefers them), one pressed/unpressed toggle away.
 */
export function AnalyticsPanel({ id, title, description, summary, chart, table, children }: { id: string; title: string; description?: string; summary?: ReactNode; chart: ReactNode; table: ReactNode; children?: ReactNode }) {
  const styles = useStyles();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  return (
    <Card className={styles.card} role="region" aria-labelledby={titleId} data-analytics-panel={id}>
      <div className={styles.head}>
        <Text as="h3" id={titleId} size={400} weight="semibold" className={styles.title}>
          {title}
        </Text>
        <ToggleButton size="small" checked={asTable} aria-controls={bodyId} onClick={() => setAsTable((v) => !v)}>
          {s.tableView}
        </ToggleButton>
      </div>
      {description && (
        <Text size={200} className={styles.description}>
          {description}
        </Text>
      )}
      {summary && <Text size={300}>{summary}</Text>}
      <div id={bodyId} className={styles.body} data-view={asTable ? 'table' : 'chart'}>
        {asTable ? table : <div role="figure" aria-label={title}>{chart}</div>}
      </div>
      {children}
    </Card>
  );
}
