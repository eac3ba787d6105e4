/**
 * 一刻钟便民生活圈 by trade: which outlets (datasets), which basic trades, which demand; per 街道 the
 * covered population per trade and the completeness (share reaching every chosen trade within the
 * 15-minute walk), with district and city rows, a CSV with the same columns, and "where would k new
 * outlets of one missing trade help most?". The demand in use and its total are always stated.
 */
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASIC_TRADES, type BasicTrade } from '../../analysis/trades.ts';
import type { CoverageTotals } from '../../analysis/coverage.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { BUILTIN_OSM_ID, useDatasetStore } from '../../app/dataset-store.ts';
import { runTradeCoverage, suggestForTrade, tradeChoice, useTradeCoverageStore } from '../../app/trade-coverage.ts';
import { CompletenessLegend } from './CompletenessLegend.tsx';
import { NODE_SOURCES } from '../../app/analysis-store.ts';
import { rowsToCsv } from '../../io/export.ts';
import { downloadText } from '../download.ts';

const pct = (t: CoverageTotals) => `${(t.popShare * 100).toFixed(1)}%`;

/** A titled group of checkboxes, one per [key, label]; the test id of each is `${testId}-${key}`. */
function Choices<K extends string>({ title, items, chosen, onToggle, testId, className = '' }: { title: string; items: [K, string][]; chosen: readonly K[]; onToggle: (k: K) => void; testId: string; className?: string }) {
  return (
    <div className={`choices ${className}`.trim()}>
      <strong>{title}</strong>
      {items.map(([k, label]) => (
        <label key={k} className="toggle-row">
          <input type="checkbox" checked={chosen.includes(k)} onChange={() => onToggle(k)} data-testid={`${testId}-${k}`} />
          {label}
        </label>
      ))}
    </div>
  );
}

export function TradeCoveragePanel({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t, i18n } = useTranslation('datasets');
  const controller = useAnalysisController();
  const datasets = useDatasetStore((s) => s.datasets);
  const st = useTradeCoverageStore();
  const [k, setK] = useState(10);
  const [target, setTarget] = useState<BasicTrade>('fresh_market');
  const zh = i18n.language === 'zh';
  const fmt = (n: number) => Math.round(n).toLocaleString(zh ? 'zh-CN' : 'en-US');
  const outletSets = [...datasets.filter((d) => d.kind === 'outlets').map((d) => ({ id: d.id, name: d.name })), { id: BUILTIN_OSM_ID, name: t('builtin.name') }];
  const popSets = datasets.filter((d) => d.kind === 'population');
  const r = st.result;
  const name = (x: { name_zh: string; name_en: string }) => (zh ? x.name_zh : x.name_en);
  const jiedaoName = (id: string) => {
    const j = r?.completeness.jiedao.find((x) => x.id === id);
    return j ? name(j) : id;
  };
  const demandName = st.resultFor?.population ? (popSets.find((p) => p.id === st.resultFor!.population)?.name ?? '') : t('coverage.model');

  const csv = () => {
    if (!r) return;
    const cols = ['level', 'district', 'jiedao', 'population', 'complete_population', 'complete_share', ...r.trades.flatMap((tr) => [`${tr}_covered_population`, `${tr}_share`])];
    const row = (level: string, district: string, jiedao: string, i: number, kind: 'jiedao' | 'districts' | 'city') => {
      const pick = (s: typeof r.completeness) => (kind === 'city' ? s.city : kind === 'districts' ? s.districts[i]! : s.jiedao[i]!);
      const c = pick(r.completeness);
      return [level, district, jiedao, Math.round(c.population), Math.round(c.coveredPopulation), Number(c.popShare.toFixed(4)), ...r.perTrade.flatMap((p) => [Math.round(pick(p.summary).coveredPopulation), Number(pick(p.summary).popShare.toFixed(4))])];
    };
    const rows = [
      ...r.completeness.jiedao.map((j, i) => row('jiedao', r.completeness.districts.find((d) => d.id === j.districtId)?.name_zh ?? j.districtId, j.name_zh, i, 'jiedao')),
      ...r.completeness.districts.map((d, i) => row('district', d.name_zh, '', i, 'districts')),
      row('city', '', '', 0, 'city'),
    ];
    downloadText('一刻钟便民生活圈-业态覆盖.csv', rowsToCsv(cols.map((header, i) => ({ header, value: (row: unknown[]) => row[i] })), rows), 'text/csv;charset=utf-8');
  };

  return (
    <fieldset className="trade-coverage">
      <legend>{t('coverage.title')}</legend>
      <p className="note">{t('coverage.hint')}</p>
      <Choices title={t('coverage.outlets')} items={outletSets.map((d) => [d.id, d.name])} chosen={st.outlets} onToggle={tradeChoice.toggleOutlets} testId="trade-outlets" />
      <Choices title={t('coverage.extraNodes')} items={NODE_SOURCES.map((k) => [k, t(`analysis:ui.nodeSources.${k}`)])} chosen={st.extraNodes} onToggle={tradeChoice.toggleExtra} testId="trade-extra" />
      <Choices title={t('coverage.trades')} items={BASIC_TRADES.map((tr) => [tr, t(`trades.${tr}`)])} chosen={st.trades} onToggle={tradeChoice.toggleTrade} testId="trade-choose" className="trades" />
      <label className="field">
        {t('coverage.demand')}
        <select value={st.population ?? ''} onChange={(e) => tradeChoice.setPopulation(e.target.value || null)} data-testid="trade-demand">
          <option value="">{t('coverage.model')}</option>
          {popSets.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={st.busy} onClick={() => void runTradeCoverage(controller)} data-testid="trade-run">
        {st.busy ? t('coverage.running') : t('coverage.run')}
      </button>
      {r && (
        <div data-testid="trade-result" data-for={`${[...(st.resultFor?.outlets ?? [])].sort().join(',')}|${[...r.trades].sort().join(',')}${st.resultFor?.extraNodes.length ? `|${st.resultFor.extraNodes.join(',')}` : ''}`}>
          <p className="note" data-testid="trade-demand-note">
            {t(r.demand.kind === 'model' ? 'coverage.demandModel' : 'coverage.demandDataset', { name: demandName, total: fmt(r.demand.total), unplaced: fmt(r.demand.unplaced) })}
          </p>
          {st.resultFor && st.resultFor.extraNodes.length > 0 && (
            <p className="note" data-testid="trade-nodes-note">
              {t('coverage.extraNote', { count: st.resultFor.extraCount, sources: st.resultFor.extraNodes.map((k) => t(`analysis:ui.nodeSources.${k}`)).join('、') })}
            </p>
          )}
          <p data-testid="trade-city" data-complete={r.completeness.city.popShare}>
            {t('coverage.city', { share: pct(r.completeness.city), n: r.trades.length, minutes: 15, radius: Math.round(r.radiusM) })}
          </p>
          <label className="toggle-row">
            <input type="checkbox" checked={st.onMap} onChange={(e) => tradeChoice.setOnMap(e.target.checked)} data-testid="trade-on-map" />
            <span className="toggle-label">{t('coverage.onMap')}</span>
          </label>
          {st.onMap && <CompletenessLegend testId="trade-map-legend" />}
          <ul className="trade-city">
            {r.perTrade.map((p) => (
              <li key={p.trade} data-trade={p.trade} data-share={p.summary.city.popShare} data-testid={`trade-city-${p.trade}`}>
                {t(`trades.${p.trade}`)}: {pct(p.summary.city)} <span className="count">({t('coverage.outletCount', { n: fmt(p.outlets) })})</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={csv} data-testid="trade-csv">{t('coverage.csv')}</button>
          <details>
            <summary>{t('coverage.table')}</summary>
            <table data-testid="trade-table">
              <thead>
                <tr>
                  <th>{t('areas.jiedao')}</th>
                  <th>{t('coverage.population')}</th>
                  <th>{t('coverage.complete')}</th>
                  {r.trades.map((tr) => (
                    <th key={tr}>{t(`trades.${tr}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.completeness.districts.filter((d) => d.hasGrid).map((d) => {
                  const di = r.completeness.districts.indexOf(d);
                  return [
                    <tr key={d.id} className="district-row" data-district={d.id}>
                      <td>{name(d)}</td>
                      <td className="num">{fmt(d.population)}</td>
                      <td className="num" data-col="complete">{pct(d)}</td>
                      {r.perTrade.map((p) => (
                        <td key={p.trade} className="num">{pct(p.summary.districts[di]!)}</td>
                      ))}
                    </tr>,
                    ...r.completeness.jiedao.map((j, ji) => ({ j, ji })).filter(({ j }) => j.districtId === d.id).map(({ j, ji }) => (
                      <tr key={j.id} data-jiedao={j.id}>
                        <td>{name(j)}</td>
                        <td className="num">{fmt(j.population)}</td>
                        <td className="num" data-col="complete">{pct(j)}</td>
                        {r.perTrade.map((p) => (
                          <td key={p.trade} className="num">{pct(p.summary.jiedao[ji]!)}</td>
                        ))}
                      </tr>
                    )),
                  ];
                })}
              </tbody>
            </table>
          </details>
          <div className="row">
            <label className="field">
              {t('coverage.suggestFor')}
              <select value={target} onChange={(e) => setTarget(e.target.value as BasicTrade)} data-testid="trade-suggest-trade">
                {r.trades.map((tr) => (
                  <option key={tr} value={tr}>{t(`trades.${tr}`)}</option>
                ))}
              </select>
            </label>
            <input type="number" min={1} max={50} value={k} onChange={(e) => setK(Math.max(1, Math.min(50, Number(e.target.value) || 1)))} aria-label={t('coverage.k')} data-testid="trade-suggest-k" />
            <button type="button" disabled={st.busy} onClick={() => void suggestForTrade(controller, target, k)} data-testid="trade-suggest-run">{t('coverage.suggest')}</button>
          </div>
          {st.suggestion && (
            <ol data-testid="trade-suggestions">
              {st.suggestion.result.sites.map((s) => (
                <li key={s.rank}>
                  {t('coverage.site', { trade: t(`trades.${st.suggestion!.trade}`), jiedao: jiedaoName(s.jiedao), gain: fmt(s.gainPopulation) })}
                </li>
              ))}
            </ol>
          )}
          {st.suggestion && st.suggestion.result.sites.length > 0 && onAdopt && (
            <>
              <button type="button" onClick={() => onAdopt(st.suggestion!.result.sites)} data-testid="trade-adopt">
                {t('analysis:ui.adoptAll')}
              </button>
              <p className="note">{t('coverage.adoptNote')}</p>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
