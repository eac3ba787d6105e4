/** Metro corridors: lines (those the plan cites marked), width, and per-line figures. */
import { useTranslation } from 'react-i18next';
import { CITED_LINES } from '../../analysis/corridors.ts';
import { LIMITS } from '../../analysis/params.ts';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { analysisActions, useAnalysisStore } from '../../app/analysis-store.ts';
import { useAppStore } from '../../app/store.ts';
import { NumberField } from './NumberField.tsx';
import { pct } from './CoverageTable.tsx';

export function CorridorSection() {
  const { t, i18n } = useTranslation('analysis');
  const en = i18n.language === 'en';
  const s = useAnalysisStore();
  const controller = useAnalysisController();
  const lines = useAppStore((st) => st.data?.metroLines.features);
  const lineList = [...new Map((lines ?? []).map((f) => [String(f.properties?.line_id), f.properties!])).values()];
  const cited = new Set(CITED_LINES.map((c) => c.lineId));
  const toggle = (id: string) =>
    analysisActions.setCorridorLines(s.corridorLines.includes(id) ? s.corridorLines.filter((x) => x !== id) : [...s.corridorLines, id]);
  const report = s.show.corridors ? s.corridorReport : null;
  return (
    <fieldset>
      <legend>
        <label>
          <input type="checkbox" checked={s.show.corridors} onChange={(e) => analysisActions.setShow('corridors', e.target.checked)} data-testid="show-corridors" />{' '}
          <span className="swatch swatch-corridors" aria-hidden="true" /> {t('corridors.title')}
        </label>
      </legend>
      <NumberField
        label={t('corridors.width')}
        unit={`${t('units.m')} (${LIMITS.corridorWidthM.min}–${LIMITS.corridorWidthM.max})`}
        value={s.params.corridorWidthM}
        field="corridorWidthM"
        errors={s.paramErrors}
        onCommit={(v) => controller.updateParams({ corridorWidthM: v })}
        testId="corridor-width"
        presets={[500, 800]}
      />
      <div className="line-chips">
        {lineList.map((l) => (
          <label key={String(l.line_id)} className={`line-chip${cited.has(String(l.line_id)) ? ' cited' : ''}`} title={cited.has(String(l.line_id)) ? t('corridors.cited') : undefined}>
            <input type="checkbox" checked={s.corridorLines.includes(String(l.line_id))} onChange={() => toggle(String(l.line_id))} />
            <span className="swatch" style={{ background: String(l.colour) }} />
            {String(l.line_id)}
          </label>
        ))}
      </div>
      <p className="note">★ {t('corridors.cited')}: 4, 6, 8, 14, 16, {en ? 'Longda Intercity' : '龙大城际'} — {en ? 'Longda Intercity' : '龙大城际'}: {t('corridors.unavailable')}</p>
      {report && (
        <table className="corridor-table" data-testid="corridor-table">
          <thead>
            <tr>
              <th>{t('corridors.line')}</th>
              <th>{t('corridors.lengthKm')}</th>
              <th>{t('corridors.stations')}</th>
              <th>{t('corridors.placesWithin')}</th>
              <th>{t('corridors.placeShare')}</th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((l) => (
              <tr key={l.lineId}>
                <th scope="row">
                  {l.cited ? '★ ' : ''}
                  {en ? l.name_en ?? l.name_zh : l.name_zh}
                  {l.schematicKm > 0 ? ' †' : ''}
                </th>
                <td>{l.lengthKm.toFixed(1)}</td>
                <td>{l.stationCount}</td>
                <td title={l.places.map((p) => `${en ? p.name_en ?? p.name_zh : p.name_zh} (${Math.round(p.nearestStation?.distanceM ?? p.distanceToLineM)} m)`).join('\n')}>
                  {l.places.length}
                </td>
                <td>{pct(l.placeShare)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={4}>{t('corridors.servedShare')}</th>
              <td data-testid="corridor-served">{pct(report.servedShare)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {report?.lines.some((l) => l.schematicKm > 0) && <p className="note">† {t('corridors.schematic')}</p>}
      {report?.lines.map((l) =>
        l.places.length ? (
          <details key={l.lineId} className="corridor-places">
            <summary>
              {en ? l.name_en ?? l.name_zh : l.name_zh}: {t('corridors.placesWithin')} {l.places.length}
            </summary>
            <ul>
              {l.places.map((p) => (
                <li key={p.placeId}>
                  {en ? p.name_en ?? p.name_zh : p.name_zh} — {t('corridors.nearestStation')}{' '}
                  {p.nearestStation ? `${en ? p.nearestStation.name_en ?? p.nearestStation.name_zh : p.nearestStation.name_zh} ${Math.round(p.nearestStation.distanceM)} ${t('units.m')}` : '—'}
                </li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </fieldset>
  );
}
