/**
 * Sites worth building: k, the candidate area (all uncovered land, a district, a 街道, a metro
 * corridor), the ranked sites with the residents each newly covers and its 街道, what adopting them
 * promises for the scope and the city, and the coverage-vs-k curve.
 */
import { useTranslation } from 'react-i18next';
import { LIMITS, type CandidateArea } from '../../analysis/params.ts';
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { actions, useAppStore } from '../../app/store.ts';
import { CurveChart } from './CurveChart.tsx';
import { OptimumSection } from './OptimumSection.tsx';
import { NumberField } from './NumberField.tsx';
import { pct, people } from './CoverageTable.tsx';

export const areaValue = (a: CandidateArea) =>
  a.kind === 'district' ? `district:${a.districtId}` : a.kind === 'jiedao' ? `jiedao:${a.jiedaoId}` : a.kind;

export function parseAreaValue(v: string, corridorLines: string[]): CandidateArea {
  if (v === 'corridor') return { kind: 'corridor', lineIds: corridorLines };
  if (v.startsWith('district:')) return { kind: 'district', districtId: v.slice(9) };
  if (v.startsWith('jiedao:')) return { kind: 'jiedao', jiedaoId: v.slice(7) };
  return { kind: 'uncovered' };
}

export function SuggestSection({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t, i18n } = useTranslation(['analysis', 'areas']);
  const en = i18n.language === 'en';
  const s = useAnalysisStore();
  const controller = useAnalysisController();
  const districtShapes = useAppStore((st) => st.data?.districts.features) ?? [];
  const grid = s.grid;
  const name = (x: { name_zh: string; name_en: string } | undefined, id: string) => (x ? (en ? x.name_en : x.name_zh) : id);
  const districtName = (id: string) => name(grid?.districts.find((d) => d.id === id), id);
  const jiedaoName = (id: string) => name(grid?.jiedao.find((j) => j.id === id), id);
  const running = s.progress?.label === 'suggest';
  const meta = s.suggestionsFor;
  const first = meta?.curve?.[0];
  const last = meta?.curve?.at(-1);
  const scopeName = meta?.scope?.id ? (meta.scope.kind === 'jiedao' ? jiedaoName(meta.scope.id) : districtName(meta.scope.id)) : null;
  const withGrid = grid?.districts.filter((d) => d.hasGrid) ?? [];
  const withoutGrid = grid?.districts.filter((d) => !d.hasGrid) ?? [];

  return (
    <fieldset>
      <legend>{t('suggestion.title')}</legend>
      <p className="note">{t('suggestion.description')}</p>
      <NumberField
        label={t('suggestion.k')}
        unit={`(${LIMITS.suggestK.min}–${LIMITS.suggestK.max})`}
        value={s.params.suggestK}
        field="suggestK"
        errors={s.paramErrors}
        onCommit={(v) => controller.updateParams({ suggestK: v })}
        testId="suggest-k"
      />
      <label className="select-row">
        {t('fields.candidateArea')}
        <select
          value={areaValue(s.params.candidateArea)}
          onChange={(e) => controller.updateParams({ candidateArea: parseAreaValue(e.target.value, s.corridorLines) })}
          data-testid="candidate-area"
        >
          <option value="uncovered">{t('candidateArea.uncovered')}</option>
          <optgroup label={t('candidateArea.district')}>
            {(grid ? withGrid : districtShapes.map((d) => ({ id: String(d.properties!.id), name_zh: String(d.properties!.name_zh), name_en: String(d.properties!.name_en) }))).map((d) => (
              <option key={d.id} value={`district:${d.id}`}>
                {en ? d.name_en : d.name_zh}
              </option>
            ))}
            {withoutGrid.map((d) => (
              <option key={d.id} value={`district:${d.id}`} disabled>
                {en ? d.name_en : d.name_zh} — {t('areas:sites.noGrid')}
              </option>
            ))}
          </optgroup>
          {withGrid.map((d) => (
            <optgroup key={d.id} label={`${t('areas:sites.jiedaoOf')} ${en ? d.name_en : d.name_zh}`}>
              {grid!.jiedao
                .filter((j) => j.districtId === d.id)
                .map((j) => (
                  <option key={j.id} value={`jiedao:${j.id}`}>
                    {en ? j.name_en : j.name_zh}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value="corridor">{t('candidateArea.corridor')} ({s.corridorLines.join(', ')})</option>
        </select>
      </label>
      {s.paramErrors.filter((e) => e.field === 'candidateArea').map((e) => (
        <div key={e.code} role="alert" className="field-error">{t(e.code, e.params)}</div>
      ))}
      <p className="note">{t('areas:sites.pool')}</p>
      <button type="button" onClick={() => void controller.runSuggestion()} disabled={s.busy || !s.enabled || s.paramErrors.length > 0} data-testid="suggest-run">
        {running ? t('suggestion.running') : t('suggestion.run')}
      </button>
      {running && s.progress && <progress max={s.progress.total} value={s.progress.done} data-testid="suggest-progress" />}
      {s.suggestions.length > 0 && (
        <>
          <ol className="suggestions" data-testid="suggestions" data-for={meta ? `${meta.k}|${areaValue(meta.area)}` : undefined}>
            {s.suggestions.map((site) => (
              <li key={site.rank} data-rank={site.rank} data-jiedao={site.jiedao} data-district={site.district}>
                <button type="button" className="link" onClick={() => actions.flyTo({ lon: site.lon, lat: site.lat, zoom: 14 })}>
                  #{site.rank} {jiedaoName(site.jiedao)} · {districtName(site.district)}
                </button>
                <span className="gain">
                  +{people(site.gainPopulation, i18n.language)} {t('units.people')} · +{site.gainKm2.toFixed(2)} {t('units.km2')}
                </span>
              </li>
            ))}
          </ol>
          <p className="note">
            {t('suggestion.method')} · {t('ui.suggestTotal', { people: people(s.suggestions.reduce((a, x) => a + x.gainPopulation, 0), i18n.language) })}
          </p>
          {first && last && (
            <p className="promise" data-testid="suggest-promise" data-before={first.cityPopShare} data-after={last.cityPopShare}>
              {t('areas:sites.promiseCity', { minutes: meta!.minutes, before: pct(first.cityPopShare), after: pct(last.cityPopShare), delta: ((last.cityPopShare - first.cityPopShare) * 100).toFixed(2) })}
              {scopeName && (
                <>
                  <br />
                  {t('areas:sites.promiseScope', { scope: scopeName, before: pct(first.scopePopShare), after: pct(last.scopePopShare) })}
                </>
              )}
            </p>
          )}
          {meta?.curve && meta.curve.length > 1 && (
            <>
              <h4 className="chart-title">{t('areas:sites.curveTitle')}</h4>
              <CurveChart curve={meta.curve} scopeName={scopeName} />
            </>
          )}
          <OptimumSection />
          {onAdopt && (
            <button type="button" onClick={() => onAdopt(s.suggestions)} data-testid="adopt-all">
              {t('ui.adoptAll')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
