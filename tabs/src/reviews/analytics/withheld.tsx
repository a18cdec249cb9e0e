import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Disclosure, Shown } from '../../../../src/app/performance/analytics/analytics-views.js';
import { analyticsStrings as s } from '../strings/analytics.js';

const useStyles = makeStyles({ cell: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' } });

export const isShown = <T,>(d: Disclosure<T>): d is Shown<T> => d.shown;

/** Stands in for a whole aggregate over too few people. */
export function WithheldNotice({ threshold }: { threshold: number }) {
  return (
    <MessageBar intent="info" data-withheld>
      <MessageBarBody>
        <MessageBarTitle>{s.tooFew}</MessageBarTitle>
        {s.tooFewHint(threshold)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Stands in for a row of numbers in a table: the marker, never a zero. */
export function WithheldCell() {
  const styles = useStyles();
  return (
    <Text className={styles.cell} data-withheld>
      {s.tooFew}
    </Text>
  );
}
