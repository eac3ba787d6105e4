/** Export the scenario as GeoJSON; share view, layers and scenario as a link (or say why not). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName, scenarioToGeoJson } from '../../io/export.ts';
import { makeShareLink } from '../../app/share.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';
import { actions } from '../../app/store.ts';
import { downloadText } from '../download.ts';

export function ExportShareSection() {
  const { t } = useTranslation(['scenario', 'io']);
  const active = useScenarioStore((s) => s.active);
  const [link, setLink] = useState<string | null>(null);
  const [slidesLeftOut, setSlidesLeftOut] = useState(0);
  const exportGeoJson = () => active && downloadText(exportFileName(active.name, 'geojson'), scenarioToGeoJson(active), 'application/geo+json');
  const share = (withScenario: boolean) => {
    const r = makeShareLink(withScenario);
    if (!r.ok) {
      setLink(null);
      actions.alert(`io:${r.code}`, r.params);
      return;
    }
    setLink(r.url);
    setSlidesLeftOut(r.slidesLeftOut ?? 0);
    void navigator.clipboard?.writeText(r.url).catch(() => undefined);
  };
  return (
    <fieldset>
      <legend>{t('export.title')}</legend>
      <div className="row">
        <button type="button" onClick={exportGeoJson} disabled={!active} data-testid="export-geojson">{t('export.geojson')}</button>
      </div>
      <div className="row">
        <button type="button" onClick={() => share(true)} disabled={!active} data-testid="share-scenario">{t('export.shareScenario')}</button>
        <button type="button" onClick={() => share(false)} data-testid="share-view">{t('export.shareView')}</button>
      </div>
      {link && (
        <>
          <label className="share-link">
            {t('export.link', { length: link.length })}
            <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
          </label>
          <p className="note">{t('export.copied')}</p>
          {slidesLeftOut > 0 && (
            <p className="note warning" data-testid="share-slides-left-out">{t('present:share.slidesLeftOut', { count: slidesLeftOut })}</p>
          )}
        </>
      )}
    </fieldset>
  );
}
