/**
 * The preview of an import: what was found (rows kept, rows skipped with their lines), every
 * automatic correction announced in a role="status" element, the column mapping and the coordinate
 * system (both editable: the worker builds again), the trades found, a name, and Save.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, DatasetKind } from '../../io/datasets/dataset.ts';
import type { Preview } from '../../io/datasets/import-dataset.ts';
import type { Issue } from '../../io/issue.ts';
import { discardPreview, rebuildPreview, saveImport } from '../../app/datasets.ts';
import { useDatasetStore } from '../../app/dataset-store.ts';
import { TradeLegend } from './TradeLegend.tsx';

type Field = 'name' | 'category' | 'lon' | 'lat' | 'location' | 'population';
const FIELDS: Field[] = ['name', 'category', 'lon', 'lat', 'location', 'population'];

/** The i18n key of an issue from the io or datasets namespace. */
export const issueKey = (i: Issue) => `${i.code.startsWith('dataset.') || i.code.startsWith('fix.') ? 'datasets' : 'io'}:${i.code}`;

function mappingWith(m: ColumnMapping, field: Field, value: string): ColumnMapping {
  const next: ColumnMapping = { ...m, category: [...m.category] };
  if (field === 'category') next.category = value === '' ? [] : value === '\u0000preset' ? m.category : [value];
  else if (value === '') delete next[field];
  else next[field] = value;
  if (field === 'location' && value) {
    delete next.lon;
    delete next.lat;
  }
  if ((field === 'lon' || field === 'lat') && value) delete next.location;
  return next;
}

export function ImportPreviewView({ preview }: { preview: Preview }) {
  const { t, i18n } = useTranslation(['datasets', 'io']);
  const busy = useDatasetStore((s) => s.import !== null);
  const [name, setName] = useState(preview.fileName.replace(/\.[^.]+$/, ''));
  const r = preview.report;
  const fmt = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  const geometryFile = ['geojson', 'kml', 'kmz', 'shapefile'].includes(preview.format);
  const from = preview.from === 'gcj02' ? 'GCJ-02' : preview.from === 'bd09' ? 'BD-09' : '';
  return (
    <div className="import-preview" data-testid="dataset-preview">
      <p>
        <strong data-testid="dataset-preview-count" data-count={r.count} data-skipped={r.skippedCount}>
          {t('preview.summary', { name: preview.fileName, kept: fmt(r.count), total: fmt(r.total), skipped: fmt(r.skippedCount) })}
        </strong>
      </p>
      {preview.warnings.length > 0 && (
        <ul role="status" className="corrections" data-testid="dataset-warnings">
          {preview.warnings.map((w, i) => (
            <li key={i}>{t(issueKey(w), w.params)}</li>
          ))}
        </ul>
      )}
      <ul role="status" className="corrections" data-testid="dataset-corrections">
        {r.corrections.map((c) => (
          <li key={c.code}>
            {c.code === 'fix.converted'
              ? t('fix.converted', { count: fmt(c.count), from })
              : t(c.code, {
                  count: fmt(c.count),
                  where: t(r.originKind === 'line' ? 'where.lines' : 'where.features', { list: c.at.join(r.originKind === 'line' ? '、' : ', ') + (c.count > c.at.length ? '…' : '') }),
                })}
          </li>
        ))}
      </ul>
      {r.skippedCount > 0 && (
        <details open>
          <summary>{t('preview.skipped', { count: r.skippedCount, n: fmt(r.skippedCount), listed: r.skipped.length })}</summary>
          <ul className="issues" data-testid="dataset-skipped">
            {r.skipped.map((s, i) => (
              <li key={i} data-line={s.params.line ?? s.params.feature}>
                {t(issueKey(s), s.params)}
              </li>
            ))}
          </ul>
          {r.skippedCount > r.skipped.length && <p className="note">{t('preview.moreSkipped', { n: fmt(r.skippedCount - r.skipped.length) })}</p>}
        </details>
      )}

      <fieldset className="mapping" disabled={busy}>
        <legend>{t('preview.mapping', { preset: t(`preset.${preview.mapping.preset}`) })}</legend>
        <label className="field">
          {t('preview.kind')}
          <select value={preview.kind} onChange={(e) => void rebuildPreview({ kind: e.target.value as DatasetKind })} data-testid="dataset-kind">
            <option value="outlets">{t('kind.outlets')}</option>
            <option value="population">{t('kind.population')}</option>
          </select>
        </label>
        {FIELDS.filter((f) => !(geometryFile && (f === 'lon' || f === 'lat' || f === 'location'))).map((f) => {
          const current = f === 'category' ? (preview.mapping.category.length > 1 ? '\u0000preset' : (preview.mapping.category[0] ?? '')) : (preview.mapping[f] ?? '');
          return (
            <label className="field" key={f}>
              {t(`field.${f}`)}
              <select value={current} onChange={(e) => void rebuildPreview({ mapping: mappingWith(preview.mapping, f, e.target.value) })} data-testid={`map-${f}`}>
                <option value="">{t('field.none')}</option>
                {f === 'category' && preview.mapping.category.length > 1 && <option value={'\u0000preset'}>{preview.mapping.category.join(' ; ')}</option>}
                {preview.headers.map((h) => (
                  <option key={h} value={h}>{h}</option>
                ))}
              </select>
            </label>
          );
        })}
        {!preview.detected.sourceCrs && (
          <label className="field">
            {t('preview.crs')}
            <select value={preview.from} onChange={(e) => void rebuildPreview({ from: e.target.value as Preview['from'] })} data-testid="dataset-crs">
              <option value="wgs84">{t('crs.wgs84')}</option>
              <option value="gcj02">{t('crs.gcj02')}</option>
              <option value="bd09">{t('crs.bd09')}</option>
            </select>
          </label>
        )}
        <p className="note" data-testid="dataset-crs-note">
          {preview.detected.sourceCrs
            ? t('preview.crsFromPrj', { crs: t(`crs.${preview.detected.sourceCrs}`) })
            : preview.detected.evidence
              ? t('preview.crsEvidence', { crs: t(`crs.${preview.detected.crs === 'bd09-suspected' ? 'bd09' : 'gcj02'}`), evidence: preview.detected.evidence })
              : t('preview.crsNoEvidence')}
        </p>
      </fieldset>
      {preview.kind === 'outlets' && <TradeLegend counts={r.tradeCounts} />}
      {preview.kind === 'population' && r.totalPopulation !== undefined && <p className="note">{t('preview.population', { n: fmt(Math.round(r.totalPopulation)) })}</p>}
      <label className="field">
        {t('preview.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} data-testid="dataset-name" />
      </label>
      <div className="form-buttons">
        <button type="button" disabled={busy || r.count === 0} onClick={() => void saveImport(name)} data-testid="dataset-save">
          {t('preview.save', { n: fmt(r.count) })}
        </button>
        <button type="button" onClick={discardPreview} disabled={busy}>{t('cancel')}</button>
      </div>
    </div>
  );
}
