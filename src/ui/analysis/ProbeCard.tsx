/** Nearest service to a clicked point, per tier, and the life circles it lies in. */
import { useTranslation } from 'react-i18next';
import { analysisActions, useAnalysisStore } from '../../app/analysis-store.ts';

export function ProbeCard() {
  const { t, i18n } = useTranslation(['analysis', 'common', 'areas']);
  const en = i18n.language === 'en';
  const probe = useAnalysisStore((s) => s.probe);
  const enabled = useAnalysisStore((s) => s.enabled);
  if (!enabled) return null;
  if (!probe) return <div className="probe-hint">{t('nearest.hint')}</div>;
  const r = probe.result;
  return (
    <aside className="probe-card" data-testid="probe-card" aria-label={t('nearest.title')}>
      <button type="button" className="close" onClick={analysisActions.clearProbe} aria-label={t('common:close')}>
        ×
      </button>
      <h3>{t('nearest.title')}</h3>
      <p className="note">
        {probe.lon.toFixed(5)}, {probe.lat.toFixed(5)}
      </p>
      {probe.outside && (
        <p role="alert" className="field-error" data-testid="probe-outside">
          {t('nearest.outside')}
        </p>
      )}
      {!r ? (
        <p>{t('ui.busy')}</p>
      ) : (
        <>
          <p data-testid="probe-place">
            {r.place
              ? t('areas:probe.place', { jiedao: en ? r.place.jiedao_en : r.place.jiedao_zh, district: en ? r.place.district_en : r.place.district_zh })
              : t('areas:probe.noPlace')}
          </p>
          <dl>
            {r.byTier.map((n) => (
              <div key={n.tier} className="probe-row">
                <dt>{t(`ui.tiers.${n.tier}`, { defaultValue: n.tier })}</dt>
                <dd>
                  {(en ? n.name_en : n.name_zh) || n.nodeId} · {t('nearest.distance')} {Math.round(n.distanceM)} {t('units.m')}
                </dd>
              </div>
            ))}
          </dl>
          <h4>{t('nearest.inCircles')}</h4>
          {r.inCircles.length === 0 ? (
            <p data-testid="probe-none">{t('nearest.none')}</p>
          ) : (
            <ul>
              {[...new Set(r.inCircles.map((c) => c.minutes))].map((m) => (
                <li key={m}>
                  {t(`lifeCircles.min${m}`)}: {r.inCircles.filter((c) => c.minutes === m).length}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
