/**
 * Streets under the plan, when the planner has them: none (the default), a PMTiles file from this
 * machine, or the bureau's tile server if this build was configured with one.
 */
import { useTranslation } from 'react-i18next';
import type { BasemapController } from '../app/basemap.ts';
import { useBasemapStore } from '../app/basemap-store.ts';

const formatSize = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

export function BasemapSection({ controller }: { controller: BasemapController }) {
  const { t } = useTranslation('basemap');
  const choice = useBasemapStore((s) => s.choice);
  const file = useBasemapStore((s) => s.file);
  const server = useBasemapStore((s) => s.server);
  const busy = useBasemapStore((s) => s.busy);
  const radio = (value: 'none' | 'file' | 'server', label: string) => (
    <label className="row">
      <input type="radio" name="basemap" checked={choice === value} onChange={() => void controller.choose(value)} data-testid={`basemap-choice-${value}`} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="basemap-section" data-testid="basemap-section">
      <legend>{t('title')}</legend>
      {radio('none', t('choice.none'))}
      {file && (
        <>
          {radio('file', t('choice.file', { name: file.name }))}
          <p className="note" data-testid="basemap-file-info">
            {t('fileInfo', { kind: t(`kind.${file.kind}`), minZoom: file.minZoom, maxZoom: file.maxZoom, size: formatSize(file.size) })}
            {file.attribution && ` · ${t('credit', { attribution: file.attribution })}`}
            {!file.remembered && ` · ${t('sessionOnly')}`}
          </p>
        </>
      )}
      {server && (
        <>
          {radio('server', t('choice.server', { origin: server.origin }))}
          <p className="note">{t('credit', { attribution: server.attribution })}</p>
        </>
      )}
      <div className="row">
        <label className="file-button" aria-busy={busy}>
          {busy ? t('reading') : file ? t('replace') : t('open')}
          <input
            className="visually-hidden"
            type="file"
            accept=".pmtiles"
            disabled={busy}
            data-testid="basemap-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void controller.openFile(f);
              e.target.value = ''; // the same file chosen again is read again
            }}
          />
        </label>
        {file && (
          <button type="button" onClick={() => void controller.remove()} data-testid="basemap-remove">
            {t('remove')}
          </button>
        )}
      </div>
      <p className="note">{t('hint')}</p>
    </fieldset>
  );
}
