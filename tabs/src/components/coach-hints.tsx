import { Link, Text, makeStyles, tokens, type FieldProps } from '@fluentui/react-components';
import type { CoachCheck } from '../coach/coach-api.js';
import { strings } from '../strings.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  hint: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  message: { color: tokens.colorNeutralForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  icon: { flexShrink: 0, alignSelf: 'center' },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});

/** Small glyphs, so the coach needs no icon package: a warning triangle and a light bulb. */
function SeverityIcon({ severity, className }: { severity: CoachCheck['severity']; className: string }) {
  return severity === 'warning' ? (
    <svg className={className} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M6 0.8 11.6 11H0.4Z" fill={tokens.colorPaletteMarigoldForeground1} />
      <rect x="5.3" y="4" width="1.4" height="3.8" fill={tokens.colorNeutralForegroundInverted} />
      <rect x="5.3" y="8.6" width="1.4" height="1.4" fill={tokens.colorNeutralForegroundInverted} />
    </svg>
  ) : (
    <svg className={className} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="4.6" r="3.8" fill={tokens.colorBrandForeground1} />
      <rect x="4.2" y="8.4" width="3.6" height="1.4" rx="0.4" fill={tokens.colorBrandForeground1} />
      <rect x="4.6" y="10.4" width="2.8" height="1.2" rx="0.4" fill={tokens.colorBrandForeground1} />
    </svg>
  );
}

/** The coach's hints for one place in the form: what it noticed and what would make it better. */
export function CoachHintList({ checks, prefix }: { checks: readonly CoachCheck[]; prefix?: (check: CoachCheck) => string | null }) {
  const styles = useStyles();
  if (checks.length === 0) return null;
  return (
    <ul className={styles.list}>
      {checks.map((check) => {
        const lead = prefix?.(check);
        return (
          <li
            key={`${check.code}|${check.field}`}
            className={`${styles.hint} ${check.severity === 'warning' ? styles.warning : ''}`}
            data-coach-code={check.code}
            data-coach-field={check.field}
            data-coach-severity={check.severity}
          >
            <Text size={200} weight="semibold" className={styles.message}>
              <SeverityIcon severity={check.severity} className={styles.icon} />
              <span>
                <span className={styles.hidden}>{check.severity === 'warning' ? strings.coach.severity.warning : strings.coach.severity.hint}</span>
                {lead ? `${lead}: ` : ''}
                {check.message}
              </span>
            </Text>
            <Text size={200}>
              {check.suggestion}
              {check.related && (
                <>
                  {' '}
                  <Link href={`#/objective/${encodeURIComponent(check.related.objectiveId)}`} target="_blank">
                    {strings.coach.openRelated(check.related.title)}
                  </Link>
                </>
              )}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

/** The checks that point at any of the given fields. */
export const checksFor = (checks: readonly CoachCheck[], ...fields: string[]): CoachCheck[] => checks.filter((c) => fields.includes(c.field));

/**
 * Props for a Fluent Field that show the hints in place: as its validation message, so the input
 * is described by them (aria-describedby) and they sit right under it. Warnings get the warning
 * state; hints stay neutral. Never the error state: the coach does not block saving.
 */
export function coachFieldProps(checks: readonly CoachCheck[]): Pick<FieldProps, 'validationState' | 'validationMessage' | 'validationMessageIcon'> {
  if (checks.length === 0) return {};
  return {
    validationState: checks.some((c) => c.severity === 'warning') ? 'warning' : 'none',
    // Each hint carries its own severity mark; the Field's single icon would stand apart from the list.
    validationMessageIcon: null,
    validationMessage: <CoachHintList checks={checks} />,
  };
}
