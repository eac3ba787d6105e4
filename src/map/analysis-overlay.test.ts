import { describe, expect, it } from 'vitest';
import { defaultStatuses, defaultVisible } from '../state-types.ts';
import { buildStyle } from './build-style.ts';
import { analysisOverlay, type AnalysisOverlayInput } from './analysis-overlay.ts';
import { ANALYSIS_LAYER, LAYER } from './ids.ts';
import { fixtureData } from './test-fixtures.ts';

const none: AnalysisOverlayInput = { lang: 'zh', covered: null, circles: null, gaps: null, corridors: null, sites: [], probe: null };
const fc = { type: 'FeatureCollection' as const, features: [] };
const style = (o: AnalysisOverlayInput) =>
  buildStyle({ lang: 'zh', visible: defaultVisible(), statuses: defaultStatuses(), selectedId: null, hoverId: null, data: fixtureData(), overlays: analysisOverlay(o) });

describe('analysis overlay', () => {
  it('adds nothing when there are no results', () => {
    expect(style(none).layers.some((l) => l.id.startsWith('analysis-'))).toBe(false);
  });
  it('draws gaps and coverage under the metro and the places, suggested sites on top', () => {
    const ids = style({ ...none, gaps: fc, covered: { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }, sites: [{ rank: 1, lon: 114, lat: 22.5, cell: 'x', gainPopulation: 10, gainKm2: 1, district: 'futian', jiedao: 'futian-lianhua' }] }).layers.map((l) => l.id);
    expect(ids.indexOf(ANALYSIS_LAYER.gapsFill)).toBeLessThan(ids.indexOf(LAYER.metroLines));
    expect(ids.indexOf(ANALYSIS_LAYER.coveredFill)).toBeLessThan(ids.indexOf(LAYER.metroLines));
    expect(ids.indexOf(ANALYSIS_LAYER.sites)).toBe(ids.length - 2);
  });
  it('highlights the lines the plan cites when corridors are shown', () => {
    const l = style({ ...none, corridors: fc }).layers.find((x) => x.id === ANALYSIS_LAYER.citedLines) as { filter?: unknown } | undefined;
    expect(JSON.stringify(l?.filter)).toContain('cited_in_plan');
  });
  it('gives the same source object for the same suggestions (no needless re-upload)', () => {
    const sites = [{ rank: 1, lon: 114, lat: 22.5, cell: 'x', gainPopulation: 10, gainKm2: 1, district: 'futian', jiedao: 'futian-lianhua' }];
    const a = analysisOverlay({ ...none, sites }).sources['analysis-sites'] as { data: unknown };
    const b = analysisOverlay({ ...none, sites }).sources['analysis-sites'] as { data: unknown };
    expect(a.data).toBe(b.data);
  });
});
