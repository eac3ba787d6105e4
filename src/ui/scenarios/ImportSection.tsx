/**
 * Import a GeoJSON, CSV or KML/KMZ file: problems are listed precisely (role=alert) and nothing changes;
 * good features are previewed on the map and only "add" puts them in a scenario.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '../../io/import/limits.ts';
import { cancelPreview, confirmPreview, convertPreview, importUserFile, setPreviewTarget } from '../../app/import.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';

/** Warnings that report a change the importer made to the planner's data. */
const CORRECTIONS = new Set(['import.swappedLatLon', 'import.ringClosed', 'import.duplicateId', 'import.multiSplit', 'import.dmsConverted', 'import.valueTruncated', 'import.namesGenerated']);

export function ImportSection() {
  const { t } = useTranslation(['scenario', 'io']);
  const input = useRef<HTMLInputElement>(null);
  const preview = useScenarioStore((s) => s.preview);
  const active = useScenarioStore((s) => s.active);
  const defaultName = t('defaults.scenarioName');
  const corrections = preview?.warnings.filter((w) => CORRECTIONS.has(w.code)) ?? [];
  const otherWarnings = preview?.warnings.filter((w) => !CORRECTIONS.has(w.code)) ?? [];
  return (
    <fieldset>
      <legend>{t('import.title')}</legend>
      <p className="note">{t('import.hint', { mb: IMPORT_LIMITS.maxBytes / 1024 / 1024, features: IMPORT_LIMITS.maxFeatures })}</p>
      <label className="file-button">
        {t('import.choose')}
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".geojson,.json,.csv,.tsv,.txt,.kml,.kmz"
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importUserFile(f, defaultName);
            e.target.value = ''; // choosing the same file again must import again
          }}
        />
      </label>
      {preview && (
        <div className="import-preview" data-testid="import-preview">
          <p>
            <strong>{t('import.previewTitle', { count: preview.features.length, name: preview.fileName })}</strong>
          </p>
          {preview.detected.crs !== 'wgs84' && !preview.converted && (
            <p role="alert" className="field-error">
              {t(`io:import.${preview.detected.crs === 'bd09-suspected' ? 'bd09Suspected' : 'gcjSuspected'}`, { evidence: preview.detected.evidence ?? '' })}
            </p>
          )}
          {!preview.converted ? (
            <div className="row">
              <button type="button" onClick={() => void convertPreview('gcj02')} data-testid="convert-gcj">{t('import.convertGcj')}</button>
              <button type="button" onClick={() => void convertPreview('bd09')}>{t('import.convertBd09')}</button>
            </div>
          ) : (
            <p className="note">{t('import.converted', { from: preview.converted === 'gcj02' ? 'GCJ-02' : 'BD-09' })}</p>
          )}
          {preview.dropped.length > 0 && (
            <details open>
              <summary>{t('import.dropped', { count: preview.dropped.length })}</summary>
              <ul className="issues" role="alert" data-testid="import-dropped">
                {preview.dropped.map((d, i) => (
                  <li key={i}>{t(`io:${d.code}`, d.params)}</li>
                ))}
              </ul>
            </details>
          )}
          {/* Automatic corrections are announced where the planner looks, not folded away. */}
          {corrections.length > 0 && (
            <ul role="status" className="corrections" data-testid="import-corrections">
              {corrections.map((w, i) => (
                <li key={i}>{t(`io:${w.code}`, w.params)}</li>
              ))}
            </ul>
          )}
          {otherWarnings.length > 0 && (
            <details>
              <summary>{t('import.warnings', { count: otherWarnings.length })}</summary>
              <ul className="issues">
                {otherWarnings.map((w, i) => (
                  <li key={i}>{t(`io:${w.code}`, w.params)}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="radio-group">
            {active && (
              <label className="toggle-row">
                <input type="radio" checked={preview.target.kind === 'active'} onChange={() => setPreviewTarget({ kind: 'active' })} />
                {t('import.toActive', { name: active.name })}
              </label>
            )}
            <label className="toggle-row">
              <input
                type="radio"
                checked={preview.target.kind === 'new'}
                onChange={() => setPreviewTarget({ kind: 'new', name: preview.fileName.replace(/\.[^.]+$/, '') })}
                data-testid="import-to-new"
              />
              {t('import.toNew')}
            </label>
            {preview.target.kind === 'new' && (
              <input
                value={preview.target.name}
                onChange={(e) => setPreviewTarget({ kind: 'new', name: e.target.value })}
                aria-label={t('newName')}
                maxLength={80}
              />
            )}
          </div>
          <div className="form-buttons">
            <button type="button" onClick={() => confirmPreview(defaultName)} data-testid="import-confirm">{t('import.confirm')}</button>
            <button type="button" onClick={cancelPreview} data-testid="import-cancel">{t('cancel')}</button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
