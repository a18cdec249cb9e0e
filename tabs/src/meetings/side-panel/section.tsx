import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** One titled part of the side panel; `name` marks it for tests and screen readers. */
export function Section({ title, hint, name, children }: { title: string; hint?: string; name: string; children: ReactNode }) {
  const styles = useStyles();
  const id = `meeting-section-${name}`;
  return (
    <section className={styles.section} aria-labelledby={id} data-section={name}>
      <Text as="h2" id={id} size={300} weight="semibold">
        {title}
      </Text>
      {hint && (
        <Text size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
      {children}
    </section>
  );
}
