/**
 * Before/after: per-district change in land and population coverage between two of {plan baseline,
 * stored scenarios}, at the life circle shown on the map. Reads the comparison the analysis controller
 * computes; choosing the sides is a scenario-store action.
 */
import { useTranslation } from 'react-i18next';
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';
import { BASELINE, scenarioActions, useScenarioStore } from '../../app/scenario-store.ts';
import { pct } from '../analysis/CoverageTable.tsx';

const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

export function CompareSection() {
  const { t, i18n } = useTranslation(['scenario', 'analysis']);
  const en = i18n.language === 'en';
  const scenarios = useScenarioStore((s) => s.scenarios);
  const active = useScenarioStore((s) => s.active);
  const grid = useAnalysisStore((s) => s.grid);
  const comparison = useAnalysisStore((s) => s.comparison);
  const { left, right } = useScenarioStore((s) => s.compare);
  const compareView = useScenarioStore((s) => s.compareView);
  const swipe = usePresentStore((s) => s.compareMode === 'swipe');
  const show = (mode: 'side-by-side' | 'swipe') => {
    const on = !(compareView && swipe === (mode === 'swipe'));
    presentActions.setCompare(on ? mode : 'none');
    scenarioActions.setCompareView(on);
  };
  const rightId = right || active?.id || '';
  // Shown only when it answers the sides chosen now (the controller catches up after a change).
  const current = comparison && comparison.sides[0].id === left && comparison.sides[1].id === rightId ? comparison : null;
  const result = current && ([current.sides[0].summary, current.sides[1].summary] as const);
  const minutes = current?.minutes;

  const options = [{ id: BASELINE, name: t('compare.baseline') }, ...scenarios.map((s) => ({ id: s.id, name: s.name }))];
  return (
    <fieldset>
      <legend>{t('compare.title')}</legend>
      {!grid && <p className="note">{t('compare.needAnalysis')}</p>}
      <div className="row">
        <select value={left} onChange={(e) => scenarioActions.setCompareSide('left', e.target.value)} aria-label={t('compare.left')} data-testid="compare-left">
          {options.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </select>
        →
        <select value={rightId} onChange={(e) => scenarioActions.setCompareSide('right', e.target.value)} aria-label={t('compare.right')} data-testid="compare-right">
          {options.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </select>
      </div>
      {result && grid && rightId && (
        <table className="compare-table" data-testid="compare-table">
          <caption>{t('compare.caption', { minutes })}</caption>
          <thead>
            <tr>
              <th>{t('analysis:table.district')}</th>
              <th>{t('analysis:table.popShare')}</th>
              <th>{t('compare.change')}</th>
              <th>{t('analysis:table.landShare')}</th>
              <th>{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {result[1].districts.map((d) => {
              const b = result[0].districts.find((x) => x.id === d.id)!;
              return (
                <tr key={d.id} data-district={d.id}>
                  <th scope="row">{en ? d.name_en : d.name_zh}{d.approximate ? ' *' : ''}</th>
                  <td>{pct(b.popShare)} → {pct(d.popShare)}</td>
                  <td className={d.popShare > b.popShare ? 'up' : undefined} data-col="popDelta">{pp(d.popShare - b.popShare)}</td>
                  <td>{pct(b.landShare)} → {pct(d.landShare)}</td>
                  <td className={d.landShare > b.landShare ? 'up' : undefined}>{pp(d.landShare - b.landShare)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('analysis:table.cityTotal')}</th>
              <td>{pct(result[0].city.popShare)} → {pct(result[1].city.popShare)}</td>
              <td data-testid="compare-city-delta">{pp(result[1].city.popShare - result[0].city.popShare)}</td>
              <td>{pct(result[0].city.landShare)} → {pct(result[1].city.landShare)}</td>
              <td>{pp(result[1].city.landShare - result[0].city.landShare)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="row">
        <button type="button" aria-pressed={compareView && !swipe} disabled={!grid || !rightId} onClick={() => show('side-by-side')} data-testid="compare-maps">
          {t('compare.sideBySide')}
        </button>
        <button type="button" aria-pressed={compareView && swipe} disabled={!grid || !rightId} onClick={() => show('swipe')} data-testid="compare-swipe">
          {t('compare.swipe')}
        </button>
      </div>
      <p className="note">{t('compare.note')}</p>
    </fieldset>
  );
}
