import { Text, tokens } from '@fluentui/react-components';
import type { CheckIn, KeyResultView } from '../api/types.js';
import { formatDate } from '../format.js';
import { strings } from '../strings.js';

function targetOf(kr: KeyResultView): number | null {
  const s = kr.spec;
  if (s.type === 'increase-to' || s.type === 'decrease-to') return s.target;
  if (s.type === 'milestone') return s.steps.length;
  if (s.type === 'binary') return 1;
  return s.type === 'guardrail' ? s.threshold : null;
}

/** Value against target over the weeks, with confidence as dots along the bottom. Has a table twin for screen readers. */
export function HistoryChart({ keyResult, checkIns, locale }: { keyResult: KeyResultView; checkIns: CheckIn[]; locale: string }) {
  const points = [...checkIns].sort((a, b) => a.at.localeCompare(b.at));
  if (points.length === 0) return <Text size={200}>–</Text>;
  const width = 480;
  const height = 140;
  const pad = 24;
  const target = targetOf(keyResult);
  const values = points.map((c) => c.value);
  const all = target === null ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i / (points.length - 1)) * (width - 2 * pad));
  const y = (v: number) => height - pad - ((v - min) / span) * (height - 2 * pad);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width * 1.5}px`, display: 'block' }} role="img" aria-label={`${keyResult.title}: ${points.length} check-ins`}>
        {target !== null && <line x1={pad} x2={width - pad} y1={y(target)} y2={y(target)} stroke={tokens.colorPaletteGreenForeground1} strokeDasharray="4 3" />}
        <polyline points={points.map((c, i) => `${x(i)},${y(c.value)}`).join(' ')} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
        {points.map((c, i) => (
          <circle key={c.id} cx={x(i)} cy={height - 6} r={3 + c.confidence / 4} fill={c.confidence >= 7 ? tokens.colorPaletteGreenBackground3 : c.confidence >= 4 ? tokens.colorPaletteYellowBackground3 : tokens.colorPaletteRedBackground3}>
            <title>{`${formatDate(c.at, locale)}: ${c.value}, confidence ${c.confidence}`}</title>
          </circle>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{keyResult.title}</caption>
        <thead>
          <tr><th>{strings.objective.chartColumns.date}</th><th>{strings.objective.chartColumns.value}</th><th>{strings.objective.chartColumns.confidence}</th></tr>
        </thead>
        <tbody>
          {points.map((c) => (
            <tr key={c.id}><td>{formatDate(c.at, locale)}</td><td>{c.value}</td><td>{c.confidence}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
