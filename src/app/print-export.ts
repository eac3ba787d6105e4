/**
 * Print-ready export (loaded on demand, with pdf-lib, fontkit, HarfBuzz and the font): PNG of the
 * current view, or PDF of the deck (one page per slide, each slide applied in turn) or of the current
 * view when the scenario has no slides. For each page: the live map's style drawn off screen at the
 * chosen dpi (src/map/print-map.ts), the legend of what is drawn in the frame, scale bar and north
 * arrow, the coverage table or chart when the page shows it, credits of every source drawn; composed
 * once (src/export/compose-page.ts) and drawn either on a canvas (PNG) or into pdf-lib (PDF, real text).
 * Progress and cancel go through the present store; failures come back as alert keys.
 */
import type { TFunction } from 'i18next';
import type { CoverageSummary } from '../analysis/coverage.ts';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from '../data/place-schema.ts';
import { composePage, pageText, type PageContent } from '../export/compose-page.ts';
import { creditKeys } from '../export/credits.ts';
import { canvasFont, canvasMeasure, drawPage } from '../export/draw-canvas.ts';
import { buildLegend } from '../export/legend.ts';
import { layoutPage, pagePixels, type PageLayout } from '../export/page-layout.ts';
import { metresPerMm, scaleBar, scaleDenominator } from '../export/scale-bar.ts';
import { toBasic, type Basic } from '../export/swatch-prims.ts';
import { drawPlaceIcon, iconPixels } from '../map/icons.ts';
import type { MapAdapter } from '../map/map-adapter.ts';
import { PrintMapError, renderPrintMap } from '../map/print-map.ts';
import { exportFileName } from '../io/export.ts';
import type { Slide } from '../io/slide.ts';
import { boundsOf, fitZoom } from '../present/geo.ts';
import { captureSlide } from '../present/slide-state.ts';
import { downloadBlob } from '../ui/download.ts';
import type { AnalysisController } from './analysis-controller.ts';
import { displayedMinutes, useAnalysisStore } from './analysis-store.ts';
import { BUILTIN_OSM_ID, useDatasetStore } from './dataset-store.ts';
import { presentActions, usePresentStore } from './present-store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { applySlide, liveView } from './slides.ts';
import { actions, useAppStore } from './store.ts';

export type ExportKind = 'png' | 'pdf';

export interface ExportDeps {
  adapter: MapAdapter;
  controller: AnalysisController | null;
  t: TFunction;
}

const CSS_PX_PER_MM = 96 / 25.4;
const frames = (n: number) => new Promise<void>((r) => {
  const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
  step(n);
});

class Cancelled extends Error {}

/** Runs one export; resolves when the file has been handed to the browser (or the export failed, with an alert). */
export async function runExport(kind: ExportKind, deps: ExportDeps, signal: AbortSignal): Promise<void> {
  const slides = kind === 'pdf' ? (useScenarioStore.getState().active?.slides ?? []) : [];
  const restore = slides.length ? captureSlide(liveView(), { id: 'export-restore', title: '', notes: '' }) : null;
  try {
    if (kind === 'png') await exportPng(deps, signal);
    else await exportPdf(slides, deps, signal);
  } catch (e) {
    const reason = e instanceof PrintMapError ? e.reason : e instanceof Cancelled || signal.aborted ? 'cancelled' : null;
    if (reason === 'cancelled') actions.alert('present:export.cancelled', undefined, 'info');
    else if (reason) actions.alert(`present:export.${reason}`);
    else actions.alert('present:export.failed', { message: e instanceof Error ? e.message : String(e) });
  } finally {
    if (restore) applySlide(restore as Slide, deps.controller);
    presentActions.setExporting(null);
  }
}

function check(signal: AbortSignal) {
  if (signal.aborted) throw new Cancelled();
}

async function exportPng(deps: ExportDeps, signal: AbortSignal) {
  const { print } = usePresentStore.getState();
  presentActions.setExporting({ step: 'map', done: 0, total: 1 });
  const page = await preparePage(null, 1, 1, deps, signal);
  presentActions.setExporting({ step: 'page', done: 1, total: 1 });
  const { width, height } = pagePixels(print.paper, print.orientation, print.dpi);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width !== width) throw new PrintMapError('tooLarge');
  drawPage(ctx, page.prims, print.dpi, page.map);
  presentActions.setExporting({ step: 'write', done: 1, total: 1 });
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new PrintMapError('tooLarge');
  check(signal);
  downloadBlob(exportFileName(page.title, 'png'), blob);
}

async function exportPdf(slides: readonly Slide[], deps: ExportDeps, signal: AbortSignal) {
  const total = Math.max(1, slides.length);
  const pages: { prims: Basic[]; png: Uint8Array; layout: PageLayout }[] = [];
  let firstTitle = '';
  for (let i = 0; i < total; i++) {
    presentActions.setExporting({ step: 'map', done: i + 1, total });
    const page = await preparePage(slides[i] ?? null, i + 1, total, deps, signal);
    firstTitle ||= page.title;
    pages.push({ prims: page.prims, png: await canvasPng(page.map), layout: page.layout });
  }
  check(signal);
  presentActions.setExporting({ step: 'font', done: 0, total });
  const [{ subsetPageFont }, { writePdf }] = await Promise.all([import('../export/pdf-fonts.ts'), import('../export/write-pdf.ts')]);
  const text = pages.map((p) => pageText(p.prims as Parameters<typeof pageText>[0])).join('');
  const font = await subsetPageFont(text, signal);
  check(signal);
  const scenario = useScenarioStore.getState().active?.name ?? '';
  const bytes = await writePdf(
    pages.map((p) => ({ width: p.layout.width, height: p.layout.height, prims: p.prims, map: p.png })),
    [{ bytes: font, has: () => true }],
    iconPng,
    {
      title: slides.length ? `${scenario || deps.t('common:appTitle')}` : firstTitle,
      subject: deps.t('common:appTitle'),
      creator: `${deps.t('common:appTitle')} · ${deps.t('common:appSubtitle')}`,
      language: useAppStore.getState().lang === 'zh' ? 'zh-CN' : 'en',
    },
    (done) => {
      check(signal);
      presentActions.setExporting({ step: 'write', done, total });
    },
  );
  check(signal);
  downloadBlob(exportFileName(slides.length ? scenario || firstTitle : firstTitle, 'pdf'), new Blob([bytes as BlobPart], { type: 'application/pdf' }));
}

interface PreparedPage {
  title: string;
  layout: PageLayout;
  prims: Basic[];
  map: HTMLCanvasElement;
}

/** One page: apply the slide (if any), draw its map off screen, compose the page around it. */
async function preparePage(slide: Slide | null, n: number, total: number, deps: ExportDeps, signal: AbortSignal): Promise<PreparedPage> {
  const { t, adapter, controller } = deps;
  const { print } = usePresentStore.getState();
  if (slide) {
    applySlide(slide, controller);
    await controller?.settled();
    await frames(3); // React renders the new overlays, the adapter queues and applies the style
  }
  check(signal);
  const style = adapter.printableStyle();
  if (!style) throw new PrintMapError('webgl', 'no map yet');
  const app = useAppStore.getState();
  const layout = layoutPage(print.paper, print.orientation);
  const frame = { width: layout.map.w * CSS_PX_PER_MM, height: layout.map.h * CSS_PX_PER_MM };
  const centre = slide ? { lon: slide.camera.lon, lat: slide.camera.lat } : { lon: app.view.lon, lat: app.view.lat };
  const bounds = slide ? slide.bounds : boundsOf(app.view, adapter.size().width || 1200, adapter.size().height || 800);
  const zoom = Math.min(18, Math.max(6, fitZoom(bounds, frame.width, frame.height)));
  const map = await renderPrintMap({ style, ...frame, pixelRatio: print.dpi / 96, center: centre, zoom }, signal);
  check(signal);

  const scenario = useScenarioStore.getState().active?.name ?? '';
  const date = new Date().toLocaleDateString(app.lang === 'zh' ? 'zh-CN' : 'en-GB');
  const title = (slide?.title || print.title || scenario || t('common:appTitle')).trim();
  const subtitle = print.subtitle || [slide && print.title, scenario, date].filter(Boolean).join(' · ');
  const content: PageContent = {
    title,
    subtitle,
    legendTitle: t('present:legend.title'),
    legend: legendEntries(style, map.layersInFrame, t),
    scale: scaleOf(centre.lat, zoom, layout),
    north: t('present:print.north'),
    results: resultsOf(slide ? slide.analysis.results : usePresentStore.getState().resultsView, t),
    credits: [creditLine(map.layersInFrame, t)],
    footer: `${t('common:appTitle')} · ${n} / ${total}`,
    more: (n) => t('present:legend.more', { n }),
  };
  const measureCtx = document.createElement('canvas').getContext('2d');
  if (!measureCtx) throw new PrintMapError('tooLarge');
  const strings = [content.title, content.subtitle, ...content.legend.map((l) => l.label), ...content.credits, content.footer].join('');
  await document.fonts?.load(canvasFont(20), strings).catch(() => undefined);
  const prims = toBasic(composePage(layout, content, canvasMeasure(measureCtx)));
  return { title, layout, prims, map: map.canvas };
}

function legendEntries(style: ReturnType<MapAdapter['printableStyle']> & object, inFrame: Set<string>, t: TFunction): PageContent['legend'] {
  const data = useAppStore.getState().data;
  const placeStatuses: Partial<Record<PlaceLayer, Status[]>> = {};
  for (const f of data?.places.features ?? []) {
    const layer = f.properties?.layer as PlaceLayer;
    const status = f.properties?.status as Status;
    if (!PLACE_LAYERS.includes(layer) || !STATUSES.includes(status)) continue;
    const list = (placeStatuses[layer] ??= []);
    if (!list.includes(status)) list.push(status);
  }
  const metroColours = [...new Set((data?.metroLines.features ?? []).map((f) => String(f.properties?.colour ?? '')).filter((c) => /^#[0-9a-f]{6}$/i.test(c)))];
  const minutes = displayedMinutes(useAnalysisStore.getState());
  return buildLegend({ style, placeStatuses, metroColours, minutes, inFrame }).map((i) => ({ label: t(i.label.key, i.label.params), swatches: i.swatches }));
}

function scaleOf(lat: number, zoom: number, layout: PageLayout): PageContent['scale'] {
  const mpmm = metresPerMm(lat, zoom);
  const bar = scaleBar(mpmm, 40 * layout.scale);
  return { bar, ratio: `1 : ${scaleDenominator(mpmm).toLocaleString('en-US')}` };
}

function resultsOf(view: 'none' | 'table' | 'chart', t: TFunction): PageContent['results'] {
  const a = useAnalysisStore.getState();
  const minutes = displayedMinutes(a);
  const summary: CoverageSummary | undefined = a.result?.levels.find((l) => l.minutes === minutes)?.summary;
  if (!a.enabled || !summary || view === 'none') return null;
  const zh = useAppStore.getState().lang === 'zh';
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const title = `${t('analysis:table.title')} · ${t(`analysis:lifeCircles.min${minutes}`)}`;
  const rows = summary.districts.filter((d) => !d.approximate);
  if (view === 'chart') {
    return { title, unit: '%', bars: [...rows].sort((x, y) => x.popShare - y.popShare).map((d) => ({ label: zh ? d.name_zh : d.name_en, value: d.popShare })) };
  }
  return {
    title,
    header: [t('analysis:table.district'), t('analysis:table.popShare'), t('analysis:table.landShare')],
    rows: [
      ...rows.map((d) => [zh ? d.name_zh : d.name_en, pct(d.popShare), pct(d.landShare)]),
      [t('analysis:table.cityTotal'), pct(summary.city.popShare), pct(summary.city.landShare)],
    ],
  };
}

function creditLine(inFrame: Set<string>, t: TFunction): string {
  const { keys, datasets } = creditKeys(inFrame);
  const ds = useDatasetStore.getState();
  const named = datasets.map((id) => (id === BUILTIN_OSM_ID ? t('datasets:builtin.source') : `${ds.datasets.find((d) => d.id === id)?.name ?? id}（${ds.datasets.find((d) => d.id === id)?.source.fileName ?? ''}）`));
  return `${t('present:print.credits')}${[...keys.map((k) => t(`common:attribution.${k}`)), ...named].join('；')}`;
}

async function canvasPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new PrintMapError('tooLarge');
  return new Uint8Array(await blob.arrayBuffer());
}

/** A plan icon as PNG for the PDF's legend: icons.ts' own drawing, at 300 dpi for a 4.2 mm swatch. */
async function iconPng(layer: PlaceLayer, status: Status): Promise<Uint8Array> {
  const ratio = 4;
  const side = iconPixels(layer, ratio);
  const c = document.createElement('canvas');
  c.width = c.height = side;
  const ctx = c.getContext('2d');
  if (ctx) drawPlaceIcon(ctx, layer, status, ratio);
  return canvasPng(c);
}
