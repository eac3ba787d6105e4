/**
 * Datasets: the planner's existing outlets and population, beside the scenarios. Import (progress,
 * cancel, a preview with the column mapping, the coordinate system, every correction announced in a
 * role="status" element and every skipped row listed), the list (count, source, rename, trade mapping,
 * export, delete, show on the map), and the shipped OpenStreetMap sample, labelled as incomplete.
 */
import type { SiteSuggestion } from '../../analysis/site-suggestion.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATASET_LIMITS, type DatasetMeta } from '../../io/datasets/dataset.ts';
import { BUILTIN_OSM_COUNT, BUILTIN_OSM_ID, useDatasetStore } from '../../app/dataset-store.ts';
import { cancelImport, deleteDataset, discardPreview, exportDataset, importDatasetFile, renameDataset, showDataset } from '../../app/datasets.ts';
import { ImportPreviewView } from './ImportPreview.tsx';
import { TradeMapping } from './TradeMapping.tsx';
import { AreaCounts } from './AreaCounts.tsx';
import { TradeLegend } from './TradeLegend.tsx';
import { TradeCoveragePanel } from './TradeCoveragePanel.tsx';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json,.kml,.kmz,.zip';

function ImportProgress() {
  const { t } = useTranslation('datasets');
  const imp = useDatasetStore((s) => s.import);
  if (!imp) return null;
  const pct = imp.total > 0 ? Math.round((imp.done / imp.total) * 100) : 0;
  return (
    <div className="dataset-progress" data-testid="dataset-progress">
      <p className="note">{t(`phase.${imp.phase}`, { name: imp.fileName, pct })}</p>
      <progress max={100} value={pct} aria-label={t(`phase.${imp.phase}`, { name: imp.fileName, pct })} />
      {imp.phase !== 'saving' && (
        <button type="button" onClick={cancelImport} data-testid="dataset-cancel">
          {t('cancel')}
        </button>
      )}
    </div>
  );
}

function DatasetItem({ meta, builtIn }: { meta: DatasetMeta | null; builtIn?: boolean }) {
  const { t, i18n } = useTranslation('datasets');
  const id = builtIn ? BUILTIN_OSM_ID : meta!.id;
  const shown = useDatasetStore((s) => s.shown.includes(id));
  const loaded = useDatasetStore((s) => s.loaded[id]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const name = builtIn ? t('builtin.name') : meta!.name;
  const count = builtIn ? BUILTIN_OSM_COUNT : meta!.count;
  const fmt = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <li className="dataset-item" data-testid={`dataset-${id}`} data-count={count}>
      <label className="toggle-row">
        <input type="checkbox" checked={shown} onChange={(e) => void showDataset(id, e.target.checked)} data-testid="dataset-show" />
        <strong className="dataset-name">{name}</strong>
      </label>
      <p className="note">
        <span data-testid="dataset-count">{t(meta?.kind === 'population' ? 'list.countPopulation' : 'list.countOutlets', { count, n: fmt(count) })}</span>
        {meta?.kind === 'population' && meta.totalPopulation !== undefined && <span>{t('list.total', { n: fmt(Math.round(meta.totalPopulation)) })}</span>}
      </p>
      <p className="note">
        {builtIn
          ? t('builtin.source')
          : t('list.source', {
              file: meta!.source.fileName,
              format: meta!.source.format.toUpperCase(),
              crs: t(`crs.${meta!.source.crs}`),
              skipped: fmt(meta!.source.skipped),
              date: meta!.created.slice(0, 10),
            })}
      </p>
      {builtIn && <p className="note warning" data-testid="builtin-incomplete">{t('builtin.incomplete')}</p>}
      {!builtIn && renaming !== null && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void renameDataset(id, renaming).then((ok) => ok && setRenaming(null));
          }}
        >
          <input value={renaming} onChange={(e) => setRenaming(e.target.value)} maxLength={DATASET_LIMITS.nameLength} aria-label={t('list.newName')} data-testid="dataset-rename-input" />
          <button type="submit">{t('list.save')}</button>
          <button type="button" onClick={() => setRenaming(null)}>{t('cancel')}</button>
        </form>
      )}
      <div className="row">
        {!builtIn && renaming === null && (
          <button type="button" onClick={() => setRenaming(meta!.name)} data-testid="dataset-rename">{t('list.rename')}</button>
        )}
        {(!builtIn || loaded) && (
          <button type="button" onClick={() => void exportDataset(id, `${name.replace(/[\\/:*?"<>|]/g, '_')}.geojson`)} data-testid="dataset-export">
            {t('list.export')}
          </button>
        )}
        {!builtIn && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('list.confirmDelete', { name }))) void deleteDataset(id);
            }}
            data-testid="dataset-delete"
          >
            {t('list.delete')}
          </button>
        )}
      </div>
      {loaded && loaded.meta.kind === 'outlets' && (
        <>
          <TradeLegend counts={loaded.points.tradeCounts} />
          <TradeMapping id={id} />
          <AreaCounts loaded={loaded} />
        </>
      )}
    </li>
  );
}

export function DatasetPanel({ onAdopt }: { onAdopt?: (sites: SiteSuggestion[]) => void }) {
  const { t } = useTranslation('datasets');
  const datasets = useDatasetStore((s) => s.datasets);
  const busy = useDatasetStore((s) => s.import !== null);
  const preview = useDatasetStore((s) => s.preview);
  return (
    <div className="dataset-panel">
      <fieldset>
        <legend>{t('import.title')}</legend>
        <p className="note">{t('import.hint', { rows: DATASET_LIMITS.maxRows.toLocaleString('en-US'), mb: DATASET_LIMITS.maxBytes / 1024 / 1024 })}</p>
        <label className={`file-button${busy ? ' disabled' : ''}`}>
          {t('import.choose')}
          <input
            className="visually-hidden"
            type="file"
            accept={ACCEPT}
            disabled={busy}
            data-testid="dataset-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) {
                if (preview) discardPreview();
                void importDatasetFile(f);
              }
              e.target.value = '';
            }}
          />
        </label>
        <ImportProgress />
        {preview && <ImportPreviewView preview={preview} />}
      </fieldset>
      <fieldset>
        <legend>{t('list.title')}</legend>
        <ul className="dataset-list" data-testid="dataset-list">
          {datasets.map((d) => (
            <DatasetItem key={d.id} meta={d} />
          ))}
          <DatasetItem meta={null} builtIn />
        </ul>
        {datasets.length === 0 && <p className="note" data-testid="dataset-invite">{t('list.invite')}</p>}
      </fieldset>
      <TradeCoveragePanel onAdopt={onAdopt} />
    </div>
  );
}
