import { Badge } from '@fluentui/react-badge';
import { ProgressBar } from '@fluentui/react-progress';
import { Text } from '@fluentui/react-text';
import { tokens } from '@fluentui/react-theme';
import { makeStyles } from '@griffel/react';
import { formatPercent } from '../format.js';
import { strings } from '../strings.js';

const useStyles = makeStyles({
  wrap: { position: 'relative', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '120px' },
  bar: { flexGrow: 1, position: 'relative' },
  marker: { position: 'absolute', top: '-3px', width: '2px', height: '8px', backgroundColor: tokens.colorNeutralForeground3 },
});

/** Progress with a tick where the cycle's elapsed time says it should be. */
export function ProgressWithExpected({ progress, expected, locale, label }: { progress: number; expected: number | null; locale: string; label: string }) {
  const styles = useStyles();
  const color = expected === null || progress >= expected - 0.1 ? 'success' : progress >= expected - 0.25 ? 'warning' : 'error';
  return (
    <div className={styles.wrap}>
      <div className={styles.bar}>
        <ProgressBar value={Math.min(1, progress)} thickness="large" color={color} aria-label={`${label}: ${formatPercent(progress, locale)}`} />
        {expected !== null && <span className={styles.marker} style={{ left: `${Math.round(expected * 100)}%` }} title={strings.expected(formatPercent(expected, locale))} aria-hidden />}
      </div>
      <Text size={200}>{formatPercent(progress, locale)}</Text>
    </div>
  );
}

export function ConfidenceBadge({ band }: { band: 'on-track' | 'at-risk' | 'off-track' | null }) {
  const color = band === 'on-track' ? 'success' : band === 'at-risk' ? 'warning' : band === 'off-track' ? 'danger' : 'informative';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {strings.confidence[band ?? 'none']}
    </Badge>
  );
}

/** A tiny line of the last values, so a trend is visible at a glance. */
export function Sparkline({ values, target, label }: { values: number[]; target: number | null; label: string }) {
  if (values.length < 2) return null;
  const width = 80;
  const height = 24;
  const all = target === null ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const points = values.map((v, i) => `${(i / (values.length - 1)) * width},${height - ((v - min) / span) * height}`).join(' ');
  return (
    <svg width={width} height={height} role="img" aria-label={label}>
      {target !== null && <line x1={0} x2={width} y1={height - ((target - min) / span) * height} y2={height - ((target - min) / span) * height} stroke="currentColor" strokeDasharray="2 2" opacity={0.4} />}
      <polyline points={points} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
    </svg>
  );
}
