/**
 * A district's (or 街道's) layout at a glance: its plan places by layer and status, its zones and axes,
 * its area and population, and — with the analysis on — its coverage; "zoom to" and "show only this".
 * Reads the stores (app data, the analysis results); never calls the analysis controller.
 */
import { useTranslation } from 'react-i18next';
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import { actions, useAppStore } from '../app/store.ts';
import { displayedMinutes, useAnalysisStore } from '../app/analysis-store.ts';
import { PLACE_LAYERS, STATUSES } from '../data/place-schema.ts';
import { placesInArea, shapesInArea } from '../map/plan-shapes.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function AreaPanel() {
  const { t, i18n } = useTranslation();
  const area = useAppStore((s) => s.selectedArea);
  const areaOnly = useAppStore((s) => s.areaOnly);
  const data = useAppStore((s) => s.data);
  const enabled = useAnalysisStore((s) => s.enabled);
  const result = useAnalysisStore((s) => s.result);
  const minutes = useAnalysisStore(displayedMinutes);
  if (!area || !data) return null;
  const en = i18n.language === 'en';
  const nameOf = (p: Record<string, unknown> | undefined) => String((en ? p?.name_en : p?.name_zh) ?? '');

  const district = data.districts.features.find((d) => d.properties?.id === (area.kind === 'district' ? area.id : data.areaIndex?.jiedao[area.id]?.district));
  const jiedao = area.kind === 'jiedao' ? data.areaIndex?.jiedao[area.id] : undefined;
  if (!district || (area.kind === 'jiedao' && !jiedao)) return null;
  const dp = district.properties ?? {};
  const title = area.kind === 'district' ? nameOf(dp) : nameOf(jiedao as unknown as Record<string, unknown>);
  const extent = (area.kind === 'district' ? bbox(district) : jiedao!.bbox) as [number, number, number, number];

  const placeIds = new Set(placesInArea(data, area));
  const places = data.places.features.filter((f) => placeIds.has(String(f.properties?.id)));
  const shapeIds = new Set(shapesInArea(data, area));
  const shapes: Feature[] = [...(data.zones?.features ?? []), ...(data.axes?.features ?? [])].filter((f) => shapeIds.has(String(f.properties?.id)));
  const byStatus = STATUSES.map((s) => [s, places.filter((f) => f.properties?.status === s).length] as const).filter(([, n]) => n > 0);

  const level = enabled ? result?.levels.find((l) => l.minutes === minutes) : undefined;
  const cover = level ? (area.kind === 'district' ? level.summary.districts.find((d) => d.id === area.id) : level.summary.jiedao.find((j) => j.id === area.id)) : undefined;
  const showingOnly = areaOnly?.kind === area.kind && areaOnly.id === area.id;

  return (
    <aside className="area-panel" aria-labelledby="area-title" data-testid="area-panel">
      <button type="button" className="close" onClick={() => actions.selectArea(null)} aria-label={t('close')}>
        ×
      </button>
      <h2 id="area-title" data-testid="area-title">{title}</h2>
      <p className="subtitle">{area.kind === 'district' ? t('plan:area.district') : `${t('plan:area.jiedao')} · ${nameOf(dp)}`}</p>
      <dl>
        <dt>{t('plan:area.area')}</dt>
        <dd data-testid="area-km2">
          {area.kind === 'district'
            ? t('plan:area.districtKm2', { value: Number(dp.area_km2).toFixed(0) })
            : t('plan:area.landKm2', { value: jiedao!.land_km2.toFixed(1) })}
        </dd>
        <dt>{t('plan:area.population')}</dt>
        <dd data-testid="area-population">
          {area.kind === 'district'
            ? t('plan:area.census', { value: Number(dp.population_2020).toLocaleString(en ? 'en' : 'zh-CN') })
            : t('plan:area.modelled', { value: jiedao!.population_model.toLocaleString(en ? 'en' : 'zh-CN') })}
        </dd>
        {cover && (
          <>
            <dt>{t('plan:area.coverage', { minutes })}</dt>
            <dd data-testid="area-coverage">
              {t('plan:area.coverageFigures', { pop: pct(cover.popShare), land: pct(cover.landShare), people: Math.round(cover.uncoveredPopulation).toLocaleString(en ? 'en' : 'zh-CN') })}
            </dd>
          </>
        )}
      </dl>
      {enabled && !cover && <p className="note">{t('plan:area.coverageWaiting')}</p>}

      <h3>{t('plan:area.places', { count: places.length })}</h3>
      {byStatus.length > 0 && <p className="note" data-testid="area-status-counts">{byStatus.map(([s, n]) => `${t(`status.${s}`)} ${n}`).join(' · ')}</p>}
      <ul data-testid="area-places">
        {PLACE_LAYERS.map((l) => {
          const inLayer = places.filter((f) => f.properties?.layer === l);
          if (!inLayer.length) return null;
          return (
            <li key={l}>
              <strong>{t(`layers.${l}`)}</strong>{' '}
              {inLayer.map((f, i) => (
                <span key={String(f.properties?.id)}>
                  {i > 0 && '、'}
                  <button type="button" className="link" onClick={() => actions.select(String(f.properties?.id))}>
                    {nameOf(f.properties ?? {})}
                  </button>
                  <small> ({t(`status.${String(f.properties?.status)}`)})</small>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      {places.length === 0 && <p className="note">{t('plan:area.noPlaces')}</p>}

      <h3>{t('plan:area.zones', { count: shapes.length })}</h3>
      <ul data-testid="area-zones">
        {shapes.map((f) => (
          <li key={String(f.properties?.id)}>
            <button type="button" className="link" onClick={() => actions.select(String(f.properties?.id))}>
              {nameOf(f.properties ?? {})}
            </button>{' '}
            <small>{t(`plan:kind.${String(f.properties?.kind)}`)}</small>
          </li>
        ))}
      </ul>

      <div className="actions">
        <button type="button" data-testid="area-zoom" onClick={() => actions.fitBounds(extent)}>
          {t('plan:area.zoomTo')}
        </button>
        <button type="button" data-testid="area-only" aria-pressed={showingOnly} onClick={() => actions.showOnlyArea(showingOnly ? null : area)}>
          {area.kind === 'district' ? t('plan:area.onlyDistrict') : t('plan:area.onlyJiedao')}
        </button>
      </div>
      {area.kind === 'district' && <p className="note">{t('plan:area.seaNote')}</p>}
    </aside>
  );
}

/** While "show only" is on, a chip on the map says which area and turns it off (also when the panel is closed). */
export function AreaOnlyChip() {
  const { t, i18n } = useTranslation();
  const only = useAppStore((s) => s.areaOnly);
  const data = useAppStore((s) => s.data);
  if (!only || !data) return null;
  const en = i18n.language === 'en';
  const p = only.kind === 'district' ? data.districts.features.find((d) => d.properties?.id === only.id)?.properties : data.areaIndex?.jiedao[only.id];
  const name = String((en ? p?.name_en : p?.name_zh) ?? only.id);
  return (
    <div className="area-only-chip" role="status" data-testid="area-only-chip">
      {t('plan:area.showingOnly', { name })}{' '}
      <button type="button" onClick={() => actions.showOnlyArea(null)} data-testid="area-only-off">
        {t('plan:area.showAll')}
      </button>
    </div>
  );
}
