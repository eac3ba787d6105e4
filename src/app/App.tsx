/** The application shell: header, side panel, map, information panel and alerts. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BASE_URLS, PLACE_URLS } from '../data/geodata-urls.ts';
import { GeodataError, loadGeodata } from '../data/load-geodata.ts';
import { MapView } from '../map/MapView.tsx';
import { AlertStack } from '../ui/AlertStack.tsx';
import { DistrictZoom } from '../ui/DistrictZoom.tsx';
import { InfoPanel } from '../ui/InfoPanel.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LayerPanel } from '../ui/LayerPanel.tsx';
import { SearchBox } from '../ui/SearchBox.tsx';
import { actions, useAppStore, type SidePanel } from './store.ts';

const PANELS: SidePanel[] = ['layers'];

export function App() {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const panel = useAppStore((s) => s.panel);
  const loaded = useAppStore((s) => s.data !== null);

  useEffect(() => {
    // Only on a real change: changeLanguage emits even for the same language and would re-render forever.
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, i18n]);
  useEffect(() => {
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  }, [t]);

  useEffect(() => {
    loadGeodata(BASE_URLS, PLACE_URLS)
      .then(actions.setData)
      .catch((e: unknown) =>
        actions.alert('errors.geodata', e instanceof GeodataError ? { file: e.file, reason: e.reason } : { file: '?', reason: String(e) }),
      );
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          {t('appTitle')} <small>{t('appSubtitle')}</small>
        </h1>
        <SearchBox />
        <DistrictZoom />
        <LanguageSwitch />
      </header>
      <nav className="side-panel" aria-label={t(`panels.${panel}`)}>
        <div role="tablist" className="tabs">
          {PANELS.map((p) => (
            <button key={p} role="tab" type="button" aria-selected={panel === p} onClick={() => actions.setPanel(p)} data-testid={`tab-${p}`}>
              {t(`panels.${p}`)}
            </button>
          ))}
        </div>
        {panel === 'layers' && <LayerPanel />}
      </nav>
      <main className="map-area">
        <MapView />
        {!loaded && <div className="loading">{t('loading')}</div>}
        <InfoPanel />
        <AlertStack />
      </main>
    </div>
  );
}
