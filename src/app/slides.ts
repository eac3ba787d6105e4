/**
 * Slides in the app: read the live view from the stores (capture), put a slide's view back into them
 * (apply), and the deck edits, each one an undoable, autosaved scenario edit. The pure halves live in
 * src/present/ (slide-state.ts, deck-ops.ts, geo.ts).
 */
import type { Minutes } from '../analysis/params.ts';
import { newId } from '../io/id.ts';
import type { Slide } from '../io/slide.ts';
import { addSlide, deleteSlide, duplicateSlide, moveSlide, updateSlide } from '../present/deck-ops.ts';
import { boundsOf, fitZoom } from '../present/geo.ts';
import { captureSlide, slideToView, type LiveView } from '../present/slide-state.ts';
import type { AnalysisController } from './analysis-controller.ts';
import { analysisActions, useAnalysisStore, type NodeSource, type ShowKey } from './analysis-store.ts';
import { presentActions, usePresentStore } from './present-store.ts';
import { scenarioActions, useScenarioStore } from './scenario-store.ts';
import { editDeck } from './scenarios.ts';
import { actions, useAppStore, type Toggle } from './store.ts';

/** Size of the main map on screen (the extent a slide frames depends on it). */
function mapSize(): { width: number; height: number } {
  const el = typeof document === 'undefined' ? null : document.querySelector('[data-testid="map"]');
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : { width: 1200, height: 800 };
}

export function liveView(): LiveView {
  const app = useAppStore.getState();
  const a = useAnalysisStore.getState();
  const sc = useScenarioStore.getState();
  const p = usePresentStore.getState();
  const { width, height } = mapSize();
  return {
    camera: { lon: app.view.lon, lat: app.view.lat, zoom: app.view.zoom, bearing: 0, pitch: 0 },
    bounds: boundsOf(app.view, width, height),
    visible: { ...app.visible },
    statuses: { ...app.statuses },
    highlight: app.selectedId,
    analysis: {
      enabled: a.enabled,
      nodeSources: { ...a.nodeSources },
      params: structuredClone(a.params) as unknown as Record<string, unknown>,
      minutes: a.displayMinutes,
      show: { ...a.show },
      gapDistricts: [...a.gapDistricts],
      corridorLines: [...a.corridorLines],
      suggestions: a.suggestions.map((s) => ({ ...s })),
      results: p.resultsView,
    },
    compare: { mode: sc.compareView ? (p.compareMode === 'swipe' ? 'swipe' : 'side-by-side') : 'none', left: sc.compare.left, right: sc.compare.right, divider: p.divider },
  };
}

/**
 * Show a slide: layers, statuses, highlight, analysis settings and results, comparison, then an
 * eased camera move to the slide's extent fitted to the map as it is now (full screen in present mode).
 */
export function applySlide(slide: Slide, controller: AnalysisController | null): void {
  const v = slideToView(slide, liveView());
  actions.showLayers({ visible: v.visible as Record<Toggle, boolean>, statuses: v.statuses, selectedId: v.highlight });
  if (controller && !controller.updateParams(v.analysis.params)) actions.alert('present:apply.paramsRefused', undefined, 'warning');
  analysisActions.setInputs({
    enabled: v.analysis.enabled,
    nodeSources: v.analysis.nodeSources as Record<NodeSource, boolean>,
    displayMinutes: v.analysis.minutes as Minutes,
    show: v.analysis.show as Record<ShowKey, boolean>,
    gapDistricts: v.analysis.gapDistricts,
    corridorLines: v.analysis.corridorLines,
  });
  analysisActions.setResults({ suggestions: v.analysis.suggestions, suggestionsFor: null });
  presentActions.setResultsView(v.analysis.results);
  scenarioActions.setCompareSide('left', v.compare.left);
  scenarioActions.setCompareSide('right', v.compare.right);
  scenarioActions.setCompareView(v.compare.mode !== 'none');
  presentActions.setCompare(v.compare.mode, v.compare.divider);
  const { width, height } = mapSize();
  const zoom = Math.min(18, Math.max(6, fitZoom(slide.bounds, width, height)));
  actions.flyTo({ lon: slide.camera.lon, lat: slide.camera.lat, zoom });
}

const scenarioName = (t: (k: string) => string) => t('scenario:defaults.scenarioName');
type T = (k: string, o?: Record<string, unknown>) => string;

export function addSlideFromView(t: T, afterId?: string | null): Slide | null {
  const n = (useScenarioStore.getState().active?.slides.length ?? 0) + 1;
  const slide = captureSlide(liveView(), { id: newId('slide'), title: t('present:slides.defaultTitle', { n }), notes: '' });
  return editDeck((s, now) => addSlide(s, slide, now, afterId), scenarioName(t)) ? slide : null;
}

/** Replace a slide's view with the current one, keeping its title and notes. */
export function updateSlideFromView(slide: Slide, t: T): void {
  editDeck((s, now) => updateSlide(s, captureSlide(liveView(), slide), now), scenarioName(t));
}

export function editSlideText(slide: Slide, title: string, notes: string, t: T): void {
  editDeck((s, now) => updateSlide(s, { ...slide, title, notes }, now), scenarioName(t));
}

export const duplicateSlideById = (id: string, t: T) => editDeck((s, now) => duplicateSlide(s, id, newId('slide'), now), scenarioName(t));
export const moveSlideById = (id: string, delta: number, t: T) => editDeck((s, now) => moveSlide(s, id, delta, now), scenarioName(t));
export const deleteSlideById = (id: string, t: T) => editDeck((s, now) => deleteSlide(s, id, now), scenarioName(t));
