/** Layer toggles with their legend: one row per category and per plan status, plus the base map. */
import { useTranslation } from 'react-i18next';
import { PLACE_LAYERS, STATUSES, type PlaceLayer } from '../data/place-schema.ts';
import { BASE_TOGGLES, PLAN_SHAPE_TOGGLES } from '../map/ids.ts';
import { AXIS_COLOUR, ZONE_COLOURS } from '../map/symbology.ts';
import { ZONE_KINDS } from '../data/zone-schema.ts';
import { actions, useAppStore } from '../app/store.ts';
import { LegendIcon } from './LegendIcon.tsx';
import { UNPLACED } from '../data/unplaced.ts';
import { OUTSIDE } from '../data/outside.ts';

/** The status each category is previewed in: its most common one in the legend column. */
const PREVIEW_STATUS = 'existing' as const;

export function LayerPanel() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const visible = useAppStore((s) => s.visible);
  const statuses = useAppStore((s) => s.statuses);
  const places = useAppStore((s) => s.data?.places.features);
  const count = (l: PlaceLayer) => places?.filter((f) => f.properties?.layer === l).length ?? 0;
  const zoneCount = useAppStore((s) => s.data?.zones?.features.length ?? 0);
  const axisCount = useAppStore((s) => s.data?.axes?.features.length ?? 0);
  const shapeCount = { zones: zoneCount, axes: axisCount };

  return (
    <div className="layer-panel">
      <fieldset>
        <legend>{t('layers.title')}</legend>
        {PLACE_LAYERS.map((l) => (
          <label key={l} className="toggle-row">
            <input type="checkbox" checked={visible[l]} onChange={() => actions.toggle(l)} data-testid={`toggle-${l}`} />
            <LegendIcon layer={l} status={PREVIEW_STATUS} />
            <span className="toggle-label">{t(`layers.${l}`)}</span>
            <span className="count">{t('layers.count', { count: count(l) })}</span>
          </label>
        ))}
        <p className="note">
          <LegendIcon layer="port" status="existing" faded /> {t('layers.notNamedNote')}
        </p>
        <details className="unplaced" data-testid="unplaced">
          <summary>{t('layers.unplaced', { count: UNPLACED.length })}</summary>
          <ul>
            {UNPLACED.map((p) => (
              <li key={p.name_zh}>
                <strong>{en ? p.name_en : p.name_zh}</strong> · {t(`layers.${p.layer}`)} · {p.plan_ref}
                <br />
                <small>{en ? p.reason_en : p.reason_zh}</small>
              </li>
            ))}
          </ul>
        </details>
        <details className="unplaced" data-testid="outside">
          <summary>{t('plan:outside.title', { count: OUTSIDE.length })}</summary>
          <ul>
            {OUTSIDE.map((p) => (
              <li key={p.id}>
                <strong>{en ? p.name_en : p.name_zh}</strong> · {en ? p.where_en : p.where_zh} · {p.plan_ref}
                <br />
                <q lang="zh">{p.plan_quote}</q>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      <fieldset data-testid="plan-shapes">
        <legend>{t('plan:shapes.title')}</legend>
        {PLAN_SHAPE_TOGGLES.map((k) => (
          <label key={k} className="toggle-row">
            <input type="checkbox" checked={visible[k]} onChange={() => actions.toggle(k)} data-testid={`toggle-${k}`} />
            <span className={`base-swatch shape-${k}`} aria-hidden="true" style={k === 'axes' ? { background: AXIS_COLOUR } : undefined} />
            <span className="toggle-label">{t(`plan:shapes.${k}`)}</span>
            <span className="count">{t('layers.count', { count: shapeCount[k] })}</span>
          </label>
        ))}
        <ul className="zone-legend">
          {ZONE_KINDS.map((k) => (
            <li key={k}>
              <span className="base-swatch" aria-hidden="true" style={{ border: `2px solid ${ZONE_COLOURS[k]}`, background: `${ZONE_COLOURS[k]}22` }} /> {t(`plan:kind.${k}`)}
            </li>
          ))}
        </ul>
        <p className="note">{t('plan:shapes.note')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('status.title')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="toggle-row">
            <input type="checkbox" checked={statuses[s]} onChange={() => actions.toggleStatus(s)} data-testid={`status-${s}`} />
            <LegendIcon layer="district_centre" status={s} />
            <span className="toggle-label">{t(`status.${s}`)}</span>
          </label>
        ))}
        <p className="note">{t('status.legendNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('layers.base')}</legend>
        {BASE_TOGGLES.map((b) => (
          <label key={b} className="toggle-row">
            <input type="checkbox" checked={visible[b]} onChange={() => actions.toggle(b)} data-testid={`toggle-${b}`} />
            <span className={`base-swatch base-${b}`} aria-hidden="true" />
            <span className="toggle-label">{t(`layers.${b}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
