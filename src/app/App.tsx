/** The application shell: header, side panel (layers, analysis, scenarios), map, panels and alerts. */
import { tradeChoice } from './trade-coverage.ts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAnalysisClient, createOptimumSolver } from '../analysis/client.ts';
import type { SiteSuggestion } from '../analysis/site-suggestion.ts';
import { PLAN_URLS, BASE_URLS, PLACE_URLS } from '../data/geodata-urls.ts';
import { GeodataError, loadGeodata } from '../data/load-geodata.ts';
import type { DrawCallbacks } from '../map/draw-controller.ts';
import { PROPOSAL_LAYER } from '../map/ids.ts';
import { AlertStack } from '../ui/AlertStack.tsx';
import { AnalysisLegends } from '../ui/analysis/AnalysisLegends.tsx';
import { ProbeCard } from '../ui/analysis/ProbeCard.tsx';
import { DistrictZoom } from '../ui/DistrictZoom.tsx';
import { InfoPanel } from '../ui/InfoPanel.tsx';
import { AreaOnlyChip, AreaPanel } from '../ui/AreaPanel.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LayerPanel } from '../ui/LayerPanel.tsx';
import { OfflineBadge, UpdatePrompt } from '../ui/OfflineStatus.tsx';
import { BasemapSection } from '../ui/BasemapSection.tsx';
import { BASEMAP_SOURCE } from '../map/basemap-style.ts';
import { SearchBox } from '../ui/SearchBox.tsx';
import { PresentMode } from '../ui/present/PresentMode.tsx';
import { usePresentStore } from './present-store.ts';
import { initDatasets } from './datasets.ts';
import { DATASET_URLS } from './dataset-urls.ts';
import { ProposalForm } from '../ui/scenarios/ProposalForm.tsx';
import { SharedScenarioDialog } from '../ui/scenarios/SharedScenarioDialog.tsx';
import { AnalysisControllerContext } from './analysis-context.ts';
import { createAnalysisController } from './analysis-controller.ts';
import { analysisActions, useAnalysisStore } from './analysis-store.ts';
import { defaultAttributes, suggestionsToProposals } from './proposal-defaults.ts';
import { scenarioActions, useScenarioStore } from './scenario-store.ts';
import { addManyProposals, addProposal, initScenarios, readStoredScenario, updateGeometry } from './scenarios.ts';
import { openSharedLink } from './share.ts';
import { MapHost } from './MapHost.tsx';
import { LiveMapContext, type LiveMap } from './live-map.ts';
import { actions, useAppStore, type SidePanel } from './store.ts';
import { useOverlays } from './use-map-layers.ts';
import { useUndoKeys } from './use-undo-keys.ts';
import { useOfflineApp } from './use-offline-app.ts';
import { useBasemap } from './use-basemap.ts';
import { AnalysisPanel, CompareView, DatasetPanel, onFirstCall, ScenarioPanel, SlidesPanel, TargetsPanel } from './lazy-parts.ts';

const PANELS: SidePanel[] = ['layers', 'analysis', 'scenarios', 'datasets', 'present', 'targets'];

export function App() {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const panel = useAppStore((s) => s.panel);
  const loaded = useAppStore((s) => s.data !== null);
  const drawMode = useScenarioStore((s) => s.drawMode);
  const proposals = useScenarioStore((s) => s.active?.proposals);
  const compareView = useScenarioStore((s) => s.compareView);
  const presenting = usePresentStore((s) => s.presenting !== null);
  const overlays = useOverlays();
  useUndoKeys();
  const offline = useOfflineApp();
  const basemap = useBasemap();

  useEffect(() => {
    // Only on a real change: changeLanguage emits even for the same language and would re-render forever.
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, i18n]);
  useEffect(() => {
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  }, [t]);

  useEffect(() => {
    loadGeodata(BASE_URLS, PLACE_URLS, undefined, PLAN_URLS)
      .then(actions.setData)
      .catch((e: unknown) =>
        actions.alert('errors.geodata', e instanceof GeodataError ? { file: e.file, reason: e.reason } : { file: '?', reason: String(e) }),
      );
    void initScenarios().then(openSharedLink);
    void initDatasets(DATASET_URLS);
  }, []);

  // One analysis worker and one controller for the app's lifetime, handed down by context.
  // The worker itself starts on the first question (analysis switched on, a comparison), not with the app.
  const [controller] = useState(() =>
    createAnalysisController({
      api: onFirstCall(() => createAnalysisClient().api),
      readScenario: readStoredScenario,
      solver: createOptimumSolver(), // HiGHS's worker starts on the first solve
    }),
  );
  useEffect(() => controller.start(), [controller]);
  const [liveMap] = useState<LiveMap>(() => ({ current: null }));

  const drawCallbacks: DrawCallbacks = useMemo(
    () => ({
      onCreated: (geometry) => {
        const n = (useScenarioStore.getState().active?.proposals.length ?? 0) + 1;
        const p = addProposal(geometry, defaultAttributes(geometry, n, i18n.t), 'drawn', i18n.t('scenario:defaults.scenarioName'));
        if (p) scenarioActions.editProposal(p.properties.id);
      },
      onEdited: (id, geometry) => updateGeometry(id, geometry),
      onSelected: scenarioActions.selectProposal,
    }),
    [i18n],
  );

  const adoptSites = (sites: SiteSuggestion[]): boolean => {
    if (!addManyProposals(suggestionsToProposals(sites, i18n.t), i18n.t('scenario:defaults.scenarioName'))) return false;
    actions.alert('scenario:adopted', { count: sites.length }, 'info');
    return true;
  };
  const adopt = (sites: SiteSuggestion[]) => {
    if (adoptSites(sites)) analysisActions.clearSuggestions();
  };
  const adoptTradeSites = (sites: SiteSuggestion[]) => {
    if (adoptSites(sites)) tradeChoice.clearSuggestion();
  };

  return (
    <AnalysisControllerContext.Provider value={controller}>
      <LiveMapContext.Provider value={liveMap}>
      <div className={presenting ? 'app presenting' : 'app'}>
        <header className="app-header">
          <h1>
            {t('appTitle')} <small>{t('appSubtitle')}</small>
          </h1>
          <SearchBox />
          <DistrictZoom />
          <OfflineBadge />
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
          {panel === 'layers' && (
            <>
              <LayerPanel />
              <BasemapSection controller={basemap} />
            </>
          )}
          {panel === 'analysis' && <AnalysisPanel onAdopt={adopt} />}
          {panel === 'scenarios' && <ScenarioPanel />}
          {panel === 'datasets' && <DatasetPanel onAdopt={adoptTradeSites} />}
          {panel === 'present' && <SlidesPanel />}
          {panel === 'targets' && <TargetsPanel />}
        </nav>
        <main className="map-area">
          <MapHost
            overlays={overlays}
            extraInteractive={[PROPOSAL_LAYER.points, PROPOSAL_LAYER.street, PROPOSAL_LAYER.zoneFill]}
            onProposalClick={scenarioActions.editProposal}
            onBackgroundClick={(lon, lat) => {
              if (useAnalysisStore.getState().enabled) void controller.probeAt(lon, lat);
            }}
            draw={{ tool: drawMode, proposals: proposals ?? [], callbacks: drawCallbacks }}
            onSourceError={(id, message) => id === BASEMAP_SOURCE && (basemap.tileError(message), true)}
            onFirstIdle={() => void offline.start()}
          />
          {!loaded && <div className="loading">{t('loading')}</div>}
          <InfoPanel />
          <AreaPanel />
          <AreaOnlyChip />
          <ProposalForm />
          <ProbeCard />
          <AnalysisLegends />
          {compareView && <CompareView />}
          <SharedScenarioDialog />
          <PresentMode />
          <UpdatePrompt onUpdate={() => void offline.update()} />
          <AlertStack />
        </main>
      </div>
      </LiveMapContext.Provider>
    </AnalysisControllerContext.Provider>
  );
}
