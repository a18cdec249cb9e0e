import { Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { strings } from '../../strings.js';
import { useWidth } from './use-width.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
  description: { color: tokens.colorNeutralForeground3 },
  body: { minHeight: '220px', minWidth: 0 },
  tableWrap: { overflowX: 'auto' },
  numeric: { textAlign: 'end' },
});

export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  readonly numeric?: boolean;
}

export interface ChartPanelProps<R> {
  /** Stable id: names the panel for tests and links the toggle to what it controls. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** A line under the title that holds for both views (e.g. the mean). */
  readonly summary?: ReactNode;
  /** Draws the chart into the given width (pixels). */
  readonly chart: (width: number) => ReactNode;
  readonly columns: readonly Column<R>[];
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** Shown under either view (e.g. who is missing). */
  readonly children?: ReactNode;
  /** When there is nothing to chart: this instead of the chart, table and toggle. */
  readonly empty?: ReactNode;
}

/**
 * A chart with a table twin: the same numbers as an accessible table, one toggle away. The toggle
 * is a pressed/unpressed button ("Table view"), so screen readers hear its state.
 */
export function ChartPanel<R>({ id, title, description, summary, chart, columns, rows, rowKey, children, empty }: ChartPanelProps<R>) {
  const styles = useStyles();
  const [asTable, setAsTable] = useState(false);
  const [measure, width] = useWidth<HTMLDivElement>();
  const titleId = `${id}-title`;
  const bodyId = `${id}-body`;
  return (
    <Card className={styles.card} role="region" aria-labelledby={titleId} data-insights-panel={id}>
      <div className={styles.head}>
        <Text as="h2" id={titleId} size={400} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {empty === undefined && (
          <ToggleButton size="small" checked={asTable} aria-controls={bodyId} onClick={() => setAsTable((v) => !v)}>
            {strings.insights.tableView}
          </ToggleButton>
        )}
      </div>
      {description && <Text size={200} className={styles.description}>{description}</Text>}
      {summary && <Text size={300}>{summary}</Text>}
      {empty !== undefined ? (
        <Text data-view="empty">{empty}</Text>
      ) : (
      <div id={bodyId} className={styles.body} ref={measure} data-view={asTable ? 'table' : 'chart'}>
        {asTable ? (
          <div className={styles.tableWrap}>
            <Table size="small" aria-labelledby={titleId}>
              <TableHeader>
                <TableRow>
                  {columns.map((c) => (
                    <TableHeaderCell key={c.header} className={c.numeric ? styles.numeric : undefined}>
                      {c.header}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={rowKey(row)}>
                    {columns.map((c) => (
                      <TableCell key={c.header} className={c.numeric ? styles.numeric : undefined}>
                        {c.cell(row)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          width > 0 && <div role="figure" aria-label={title}>{chart(width)}</div>
        )}
      </div>
      )}
      {children}
    </Card>
  );
}
