import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CalibrationRowView, NineBoxLevel, NineBoxView } from '../review-types.js';
import { reviewStrings } from '../strings/reviews.js';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'separate', borderSpacing: tokens.spacingHorizontalXS, minWidth: '16rem', width: '100%', maxWidth: '48rem', tableLayout: 'fixed' },
  axis: { fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS, textAlign: 'center' },
  rowHeader: { fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS, textAlign: 'right', width: '4.5rem' },
  corner: { verticalAlign: 'bottom', textAlign: 'right', padding: tokens.spacingHorizontalXS, width: '4.5rem' },
  cell: {
    verticalAlign: 'top',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    height: '5rem',
  },
  names: { margin: 0, padding: 0, listStyleType: 'none', overflowWrap: 'break-word' },
  count: { display: 'block', fontWeight: tokens.fontWeightSemibold },
});

const LEVELS: readonly NineBoxLevel[] = [1, 2, 3];

/**
 * The 9-box: performance across, potential up. A real table, so each cell is announced with its
 * row (potential) and column (performance) headers; names come from the calibration rows.
 */
export function NineBoxGrid({ nineBox, rows }: { nineBox: NineBoxView; rows: readonly CalibrationRowView[] }) {
  const styles = useStyles();
  const s = reviewStrings.calibration;
  const names = new Map(rows.map((r) => [r.subject.id, r.subject.displayName]));
  const cell = (performance: NineBoxLevel, potential: NineBoxLevel) => nineBox.cells.find((c) => c.performance === performance && c.potential === potential);
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-nine-box>
        <caption className="visually-hidden">{s.nineBox}</caption>
        <thead>
          <tr>
            <td className={styles.corner} rowSpan={2}>
              <Text size={200} weight="semibold">{`${s.potential} ↑`}</Text>
            </td>
            <th scope="colgroup" colSpan={3} className={styles.axis}>
              {`${s.performance} →`}
            </th>
          </tr>
          <tr>
            {LEVELS.map((p) => (
              <th key={p} scope="col" className={styles.axis}>
                <span className="visually-hidden">{`${s.performance}: `}</span>
                {s.levels[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...LEVELS].reverse().map((potential) => (
            <tr key={potential}>
              <th scope="row" className={styles.rowHeader}>
                <span className="visually-hidden">{`${s.potential}: `}</span>
                {s.levels[potential]}
              </th>
              {LEVELS.map((performance) => {
                const c = cell(performance, potential);
                return (
                  <td key={performance} className={styles.cell} data-box={`${performance}-${potential}`}>
                    <Text className={styles.count}>{c?.count ?? 0}</Text>
                    {c && c.subjectIds.length > 0 && (
                      <ul className={styles.names}>
                        {c.subjectIds.map((id) => (
                          <li key={id}>
                            <Text size={200}>{names.get(id) ?? id}</Text>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {nineBox.unplaced > 0 && <Text size={200}>{s.unplaced(nineBox.unplaced)}</Text>}
    </div>
  );
}
