/** Which nodes serve, which life circles, and how their radius is found (GB 50180 or walking speed). */
import { useTranslation } from 'react-i18next';
import { LIMITS, MINUTES, type Minutes } from '../../analysis/params.ts';
import { radiusM, WALK_DISTANCE_M } from '../../analysis/life-circles.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { NODE_SOURCES, analysisActions, displayedMinutes, useAnalysisStore } from '../../app/analysis-store.ts';
import { NumberField } from './NumberField.tsx';

export function LifeCircleForm() {
  const { t, i18n } = useTranslation(['analysis', 'areas']);
  const s = useAnalysisStore();
  const p = s.params;
  const controller = useAnalysisController();
  const shown = displayedMinutes(s);
  const n = (x: number) => Math.round(x).toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  /** How the straight-line radius is found, written out: "walk 1,000 m ÷ 1.3 = 769 m straight line". */
  const radiusLabel = (m: Minutes) => {
    const radius = n(radiusM(m, p));
    if (p.radiusMode === 'straight') return t('areas:radius.straight', { radius });
    if (p.radiusMode === 'walk') return t('areas:radius.walk', { speed: p.speedKmh, minutes: m, detour: p.detourFactor, radius });
    return t('areas:radius.standard', { walk: n(WALK_DISTANCE_M[m]), detour: p.detourFactor, radius });
  };
  const toggleMinutes = (m: Minutes) => {
    const next = p.minutes.includes(m) ? p.minutes.filter((x) => x !== m) : [...p.minutes, m];
    controller.updateParams({ minutes: next });
  };
  return (
    <>
      <fieldset>
        <legend>{t('ui.nodes')}</legend>
        {NODE_SOURCES.map((k) => (
          <label key={k} className="toggle-row">
            <input type="checkbox" checked={s.nodeSources[k]} onChange={() => analysisActions.toggleNodeSource(k)} data-testid={`node-${k}`} />
            <span className="toggle-label">{t(`ui.nodeSources.${k}`)}</span>
          </label>
        ))}
        {s.result && <p className="note" data-testid="node-count">{t('ui.nodesCount', { count: s.result.levels[0]?.summary.nodeCount ?? 0 })}</p>}
        {s.enabled && s.result && (s.result.levels[0]?.summary.nodeCount ?? 0) === 0 && (
          <p role="alert" className="field-error" data-testid="no-nodes">{t('ui.noNodes')}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('lifeCircles.title')}</legend>
        {MINUTES.map((m) => (
          <div key={m} className="toggle-row">
            <input type="checkbox" id={`min-${m}`} checked={p.minutes.includes(m)} onChange={() => toggleMinutes(m)} data-testid={`minutes-${m}`} />
            <label htmlFor={`min-${m}`} className="toggle-label">
              {t(`lifeCircles.min${m}`)} · <span data-testid={`radius-label-${m}`}>{radiusLabel(m)}</span>
            </label>
            <label className="display-choice">
              <input
                type="radio"
                name="display-minutes"
                checked={shown === m}
                disabled={!p.minutes.includes(m)}
                onChange={() => analysisActions.setDisplayMinutes(m)}
                data-testid={`display-${m}`}
              />
              {t('ui.onMap')}
            </label>
          </div>
        ))}
        {s.paramErrors.filter((e) => e.field === 'minutes').map((e) => (
          <div key={e.code} role="alert" className="field-error">{t(e.code, e.params)}</div>
        ))}
        <div className="radio-group" role="radiogroup" aria-label={t('fields.radiusMode')}>
          {(['standard', 'straight', 'walk'] as const).map((mode) => (
            <label key={mode} className="toggle-row">
              <input type="radio" name="radius-mode" checked={p.radiusMode === mode} onChange={() => controller.updateParams({ radiusMode: mode })} data-testid={`radius-${mode}`} />
              <span>{t(`radiusMode.${mode}`)}</span>
            </label>
          ))}
        </div>
        {p.radiusMode === 'walk' && (
        <NumberField
          label={t('fields.speedKmh')}
          unit={`${t('units.kmh')} (${LIMITS.speedKmh.min}–${LIMITS.speedKmh.max})`}
          value={p.speedKmh}
          field="speedKmh"
          errors={s.paramErrors}
          onCommit={(v) => controller.updateParams({ speedKmh: v })}
          testId="speed"
        />
        )}
        {p.radiusMode !== 'straight' && (
        <NumberField
          label={t('fields.detourFactor')}
          unit={`(${LIMITS.detourFactor.min}–${LIMITS.detourFactor.max})`}
          value={p.detourFactor}
          field="detourFactor"
          errors={s.paramErrors}
          onCommit={(v) => controller.updateParams({ detourFactor: v })}
          testId="detour"
        />
        )}
        <p className="note">{p.radiusMode === 'walk' ? t('radiusMode.walkHint') : t('lifeCircles.source')}</p>
      </fieldset>
    </>
  );
}
