/** Coverage against the number of new sites (k = 0 is today), for the scope and the city (ECharts, loaded on first use). */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurvePoint } from '../../analysis/site-suggestion.ts';
import { useChart } from './use-chart.ts';

const pct = (x: number) => +(x * 100).toFixed(2);

export function curveOption(curve: readonly CurvePoint[], labels: { scope: string | null; city: string; k: string }) {
  const series: object[] = [
    { name: labels.city, type: 'line', data: curve.map((p) => [p.k, pct(p.cityPopShare)]), symbolSize: 5, itemStyle: { color: '#2e7d32' } },
  ];
  if (labels.scope) {
    series.push({
      name: labels.scope,
      type: 'line',
      data: curve.map((p) => [p.k, pct(p.scopePopShare)]),
      symbolSize: 5,
      itemStyle: { color: '#00897b' },
    });
  }
  return {
    animation: false,
    grid: { left: 44, right: 12, top: 30, bottom: 34 },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)}%` },
    xAxis: { type: 'value', name: labels.k, nameLocation: 'middle', nameGap: 22, minInterval: 1, min: 0, max: Math.max(1, curve.at(-1)?.k ?? 1), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: '{value}%', fontSize: 10 } },
    series,
  };
}

export function CurveChart({ curve, scopeName }: { curve: readonly CurvePoint[]; scopeName: string | null }) {
  const { t } = useTranslation('areas');
  const el = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => curveOption(curve, { scope: scopeName, city: t('sites.curveCity'), k: t('sites.curveK') }),
    [curve, scopeName, t],
  );
  useChart(el, option);
  return <div ref={el} className="coverage-chart curve-chart" data-testid="curve-chart" role="img" aria-label={t('sites.curveTitle')} />;
}
