/** Coverage by district as a bar chart (ECharts, loaded on first use). */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageSummary } from '../../analysis/coverage.ts';
import { useChart } from './use-chart.ts';

export function chartOption(summary: CoverageSummary, lang: string, labels: { pop: string; land: string }) {
  const rows = [...summary.districts].filter((d) => !d.approximate).sort((a, b) => a.popShare - b.popShare);
  return {
    animation: false,
    grid: { left: 70, right: 14, top: 28, bottom: 22 },
    legend: { top: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(1)}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', fontSize: 10 } },
    yAxis: { type: 'category', data: rows.map((r) => (lang === 'zh' ? r.name_zh : r.name_en)), axisLabel: { fontSize: 11 } },
    series: [
      { name: labels.pop, type: 'bar', data: rows.map((r) => +(r.popShare * 100).toFixed(1)), itemStyle: { color: '#2e7d32' } },
      { name: labels.land, type: 'bar', data: rows.map((r) => +(r.landShare * 100).toFixed(1)), itemStyle: { color: '#a5d6a7' } },
    ],
  };
}

export function CoverageChart({ summary }: { summary: CoverageSummary }) {
  const { t, i18n } = useTranslation('analysis');
  const el = useRef<HTMLDivElement>(null);
  const option = useMemo(() => chartOption(summary, i18n.language, { pop: t('table.popShare'), land: t('table.landShare') }), [summary, i18n.language, t]);
  useChart(el, option);
  return <div ref={el} className="coverage-chart" data-testid="coverage-chart" role="img" aria-label={t('ui.chartTitle')} />;
}
