/** What the plan says about a zone or axis, and how its shape was drawn. Rendered as text only. */
import { useTranslation } from 'react-i18next';
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import { actions } from '../app/store.ts';
import type { MapData } from '../state-types.ts';
import { PlanPassage, PlanStatus } from './PlanCitation.tsx';

export function ZoneInfo({ f, data }: { f: Feature; data: MapData }) {
  const { t, i18n } = useTranslation();
  const p = f.properties ?? {};
  const en = i18n.language === 'en';
  const isAxis = f.geometry.type === 'LineString';
  const districts = ((p.districts as string[] | undefined) ?? []).map((id) => data.districts.features.find((d) => d.properties?.id === id)?.properties).filter(Boolean);
  const linked = p.linked_place ? data.places.features.find((x) => x.properties?.id === p.linked_place)?.properties : undefined;
  const official = typeof p.official_area_km2 === 'number' ? p.official_area_km2 : null;
  return (
    <aside className="info-panel" aria-labelledby="info-title" data-testid="info-panel">
      <button type="button" className="close" onClick={() => actions.select(null)} aria-label={t('close')}>
        ×
      </button>
      <h2 id="info-title" data-testid="info-title">{String(en ? p.name_en : p.name_zh)}</h2>
      <p className="subtitle">{String(en ? p.name_zh : p.name_en)}</p>
      <dl>
        <dt>{t('info.layer')}</dt>
        <dd data-testid="info-layer">{t(`plan:kind.${String(p.kind)}`)}</dd>
        <dt>{t('info.district')}</dt>
        <dd>{districts.map((d) => String(en ? d!.name_en : d!.name_zh)).join('、')}</dd>
        <PlanStatus status={p.status} verb={p.status_verb} />
        <PlanPassage planRef={p.plan_ref} quote={p.plan_quote} />
        {isAxis ? (
          <>
            <dt>{t('plan:shape.length')}</dt>
            <dd>{t('plan:shape.km', { value: Number(p.length_km).toFixed(1) })}</dd>
          </>
        ) : (
          <>
            <dt>{t('plan:shape.area')}</dt>
            <dd data-testid="info-area">
              {t('plan:shape.km2', { value: Number(p.area_km2).toFixed(2) })}
              {official !== null && ` · ${t('plan:shape.official', { value: official })}`}
            </dd>
          </>
        )}
        <dt>{t('info.placement')}</dt>
        <dd data-testid="info-placement">
          {t(`plan:shapePlacement.${String(p.placement)}`)}
          <br />
          <small>{String(en ? p.note_en : p.note_zh)}</small>
          <br />
          <small>
            {t('plan:shape.source')}: {String(p.source)}
          </small>
        </dd>
        {linked && (
          <>
            <dt>{t('plan:shape.linked')}</dt>
            <dd>
              <button type="button" className="link" onClick={() => actions.select(String(linked.id))}>
                {String(en ? linked.name_en : linked.name_zh)}
              </button>
            </dd>
          </>
        )}
      </dl>
      <button type="button" onClick={() => actions.fitBounds(bbox(f) as [number, number, number, number])}>
        {t('info.zoomHere')}
      </button>
    </aside>
  );
}
