/** What the plan says about the selected place (or station). All values are rendered as text. */
import { useTranslation } from 'react-i18next';
import type { Feature } from 'geojson';
import { actions, useAppStore } from '../app/store.ts';
import { PlanPassage, PlanStatus } from './PlanCitation.tsx';
import { ZoneInfo } from './ZoneInfo.tsx';

function findFeature(id: string, sets: (Feature[] | undefined)[]): Feature | undefined {
  for (const s of sets) {
    const f = s?.find((x) => x.properties?.id === id);
    if (f) return f;
  }
  return undefined;
}

export function InfoPanel() {
  const { t, i18n } = useTranslation();
  const id = useAppStore((s) => s.selectedId);
  const data = useAppStore((s) => s.data);
  if (!id || !data) return null;
  const shape = findFeature(id, [data.zones?.features, data.axes?.features]);
  if (shape) return <ZoneInfo f={shape} data={data} />;
  const f = findFeature(id, [data.places.features, data.metroStations.features]);
  if (!f) return null;
  const p = f.properties ?? {};
  const en = i18n.language === 'en';
  const name = (x: Record<string, unknown>) => String((en ? x.name_en : x.name_zh) || x.name_zh || '');
  const other = String((en ? p.name_zh : p.name_en) ?? '');
  const district = data.districts.features.find((d) => d.properties?.id === p.district)?.properties;
  const station = p.anchor_station ? data.metroStations.features.find((s) => s.properties?.id === p.anchor_station)?.properties : undefined;
  const isStation = String(p.id).startsWith('st-');
  const parent = p.parent ? data.places.features.find((x) => x.properties?.id === p.parent)?.properties : undefined;
  const anchors = data.places.features.filter((x) => x.properties?.parent === p.id).map((x) => x.properties!);
  const [lon, lat] = f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0];

  return (
    <aside className="info-panel" aria-labelledby="info-title" data-testid="info-panel">
      <button type="button" className="close" onClick={() => actions.select(null)} aria-label={t('close')}>
        ×
      </button>
      <h2 id="info-title" data-testid="info-title">{name(p)}</h2>
      {other && <p className="subtitle">{other}</p>}
      <dl>
        {isStation ? (
          <>
            <dt>{t('info.layer')}</dt>
            <dd>{t('info.station')}</dd>
            <dt>{t('info.lines')}</dt>
            <dd>{(p.lines as string[]).join(' · ')}</dd>
          </>
        ) : (
          <>
            <dt>{t('info.layer')}</dt>
            <dd data-testid="info-layer">{t(`layers.${p.layer}`)}</dd>
            {p.tier && (
              <>
                <dt>{t('info.tier')}</dt>
                <dd>{t(`tier.${p.tier}`)}</dd>
              </>
            )}
            <dt>{t('info.district')}</dt>
            <dd data-testid="info-district">{district ? name(district) : String(p.district)}</dd>
            <PlanStatus status={p.status} verb={p.status_verb} />
            {parent && (
              <>
                <dt>{t('plan:info.centre')}</dt>
                <dd>
                  <button type="button" className="link" data-testid="info-parent" onClick={() => actions.select(String(parent.id))}>
                    {name(parent)}
                  </button>
                </dd>
              </>
            )}
            {p.port_action && (
              <>
                <dt>{t('info.portAction')}</dt>
                <dd>{t(`portAction.${p.port_action}`)} · {t(`portKind.${p.port_kind}`)}</dd>
              </>
            )}
            <PlanPassage planRef={p.plan_ref} quote={p.plan_quote} />
            <dt>{t('info.placement')}</dt>
            <dd>
              {t(`placement.${p.placement}`)}
              {station && ` · ${t('info.anchorStation')}: ${name(station)}`}
              <br />
              <small>{String(p.placement_note ?? '')}</small>
            </dd>
          </>
        )}
      </dl>
      {anchors.length > 0 && (
        <section className="anchors" data-testid="info-anchors">
          <h3>{t('plan:info.anchors', { count: anchors.length })}</h3>
          <ul>
            {anchors.map((a) => (
              <li key={String(a.id)}>
                <button type="button" className="link" onClick={() => actions.select(String(a.id))}>
                  {name(a)}
                </button>{' '}
                <small>{t(`status.${a.status}`)}</small>
              </li>
            ))}
          </ul>
          <p className="note">{t('plan:info.anchorsNote')}</p>
        </section>
      )}
      {p.named_in_plan === false && <p className="note">{t('info.notNamed')}</p>}
      <button type="button" onClick={() => actions.flyTo({ lon, lat, zoom: 15 })}>
        {t('info.zoomHere')}
      </button>
    </aside>
  );
}
