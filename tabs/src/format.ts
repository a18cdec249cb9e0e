/** Numbers, percentages and dates in the person's locale. */
export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

export function formatNumber(value: number, locale: string, unit?: string, currency?: string): string {
  if (unit === 'currency' && currency) return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  const formatted = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'percent' ? `${formatted}%` : formatted;
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(new Date(iso));
}

export const formatGrade = (grade: number): string => grade.toFixed(2);
