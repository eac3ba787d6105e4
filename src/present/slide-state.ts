/**
 * Slide capture and apply, as pure functions over plain data. `LiveView` is what the app shows (read
 * from its stores by src/app/slides.ts); a slide is its stored form (src/io/slide.ts). Applying a slide
 * gives back the LiveView it describes, keeping only the keys the running app knows (a deck made by
 * a newer version with more layers still applies) — so capture ∘ apply is the identity on what the
 * app can show (tested).
 */
import type { Slide, SlideCamera, CompareMode, ResultView } from '../io/slide.ts';
import { STATUSES, type Status } from '../data/place-schema.ts';
import type { SiteSuggestion } from '../analysis/site-suggestion.ts';

/** A suggested site as the analysis gives it (stored in the slide as a result). */
export type LiveSuggestion = SiteSuggestion;

export interface LiveView {
  camera: SlideCamera;
  bounds: [number, number, number, number];
  /** Layer toggles by key (plan layers, base layers, and whatever other streams add). */
  visible: Record<string, boolean>;
  statuses: Record<Status, boolean>;
  /** A highlighted plan place, station or proposal. */
  highlight: string | null;
  analysis: {
    enabled: boolean;
    nodeSources: Record<string, boolean>;
    params: Record<string, unknown>;
    minutes: number;
    show: Record<string, boolean>;
    gapDistricts: string[];
    corridorLines: string[];
    suggestions: LiveSuggestion[];
    results: ResultView;
  };
  compare: { mode: CompareMode; left: string; right: string; divider: number };
}

const onKeys = (r: Record<string, boolean>) => Object.keys(r).filter((k) => r[k]);
/** The known keys of `current`, switched on when the slide lists them. */
const fromKeys = (listed: readonly string[], current: Record<string, boolean>) => {
  const on = new Set(listed);
  return Object.fromEntries(Object.keys(current).map((k) => [k, on.has(k)]));
};
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const r3 = (x: number) => Math.round(x * 1e3) / 1e3;

/** A slide of the current view, with the given id, title and notes. */
export function captureSlide(live: LiveView, meta: { id: string; title: string; notes: string }): Slide {
  const a = live.analysis;
  return {
    id: meta.id,
    title: meta.title,
    notes: meta.notes,
    // Rounded: 0.1 m and 1/1000 of a zoom level are far below what anyone sees, and decks stay small.
    camera: { lon: r6(live.camera.lon), lat: r6(live.camera.lat), zoom: r3(live.camera.zoom), bearing: r3(live.camera.bearing), pitch: r3(live.camera.pitch) },
    bounds: live.bounds.map(r6) as Slide['bounds'],
    layers: onKeys(live.visible),
    statuses: STATUSES.filter((s) => live.statuses[s]),
    analysis: {
      enabled: a.enabled,
      nodeSources: onKeys(a.nodeSources),
      params: structuredClone(a.params) as Slide['analysis']['params'],
      minutes: a.minutes,
      show: onKeys(a.show),
      gapDistricts: [...a.gapDistricts],
      corridorLines: [...a.corridorLines],
      suggestions: a.suggestions.map((s) => ({ ...s })),
      results: a.results,
    },
    compare: { ...live.compare },
    highlight: live.highlight,
  };
}

/** The view a slide describes, over the keys the running app knows (taken from `current`). */
export function slideToView(slide: Slide, current: LiveView): LiveView {
  const a = slide.analysis;
  return {
    camera: { ...slide.camera },
    bounds: [...slide.bounds],
    visible: fromKeys(slide.layers, current.visible),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, slide.statuses.includes(s)])) as Record<Status, boolean>,
    highlight: slide.highlight,
    analysis: {
      enabled: a.enabled,
      nodeSources: fromKeys(a.nodeSources, current.analysis.nodeSources),
      params: structuredClone(a.params),
      minutes: a.minutes,
      show: fromKeys(a.show, current.analysis.show),
      gapDistricts: [...a.gapDistricts],
      corridorLines: [...a.corridorLines],
      suggestions: a.suggestions.map((s) => ({ ...s })),
      results: a.results,
    },
    compare: { ...slide.compare },
  };
}
