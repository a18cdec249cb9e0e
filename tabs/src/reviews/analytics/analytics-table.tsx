import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Wide tables scroll inside their box on a phone instead of squeezing their headers.
  table: { minWidth: '30rem' },
  // Left-aligned like their headers; tabular figures keep the digits of a column lined up.
  numeric: { fontVariantNumeric: 'tabular-nums' },
});

export interface AnalyticsColumn<R> {
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  readonly numeric?: boolean;
}

/** A small table of numbers; a withheld row shows its marker across the number columns. */
export function AnalyticsTable<R>({ label, columns, rows, rowKey, withheld }: { label: string; columns: readonly AnalyticsColumn<R>[]; rows: readonly R[]; rowKey: (row: R) => string; withheld?: (row: R) => ReactNode | null }) {
  const styles = useStyles();
  return (
    // Focusable, so a table wider than a phone can be scrolled from the keyboard.
    <div className={styles.scroll} tabIndex={0} role="group" aria-label={label}>
      <Table size="small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const marker = withheld?.(row) ?? null;
            return (
              <TableRow key={rowKey(row)} data-analytics-row={rowKey(row)}>
                {marker === null
                  ? columns.map((c) => (
                      <TableCell key={c.header} className={c.numeric ? styles.numeric : undefined}>
                        {c.cell(row)}
                      </TableCell>
                    ))
                  : [
                      <TableCell key="name">{columns[0]!.cell(row)}</TableCell>,
                      <TableCell key="marker" colSpan={columns.length - 1}>
                        {marker}
                      </TableCell>,
                    ]}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
