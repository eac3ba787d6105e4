import { describe, expect, it } from 'vitest';
import { slideSchema } from '../io/slide.ts';
import { LIVE, SLIDE } from './fixtures.ts';
import { captureSlide, slideToView } from './slide-state.ts';

describe('slide capture and apply', () => {
  it('captures a valid slide that applies back to the same view', () => {
    expect(slideSchema.safeParse(SLIDE).success).toBe(true);
    expect(slideToView(SLIDE, LIVE)).toEqual(LIVE);
    // and a second capture of the applied view gives the same slide
    expect(captureSlide(slideToView(SLIDE, LIVE), SLIDE)).toEqual(SLIDE);
  });

  it('survives storage: the slide read back through its schema applies to the same view', () => {
    const stored = slideSchema.parse(JSON.parse(JSON.stringify(SLIDE)));
    expect(slideToView(stored, LIVE)).toEqual(LIVE);
  });

  it('records what is shown, not everything that exists', () => {
    expect(SLIDE.layers).toEqual(['city_circle', 'district_centre', 'night_economy', 'port', 'venue', 'districts', 'metro', 'context']);
    expect(SLIDE.statuses).toEqual(['existing', 'upgrade', 'study', 'explore']);
    expect(SLIDE.analysis.show).toEqual(['covered', 'gaps']);
    expect(SLIDE.analysis.nodeSources).toEqual(['city_circle', 'featured_street', 'proposals']);
    expect(SLIDE.compare).toEqual({ mode: 'swipe', left: 'baseline', right: '', divider: 0.4 });
    expect(SLIDE.highlight).toBe('city-futian-cbd');
  });

  it('applies a different slide over the current view: every setting follows the slide', () => {
    const other = captureSlide(
      {
        ...LIVE,
        camera: { lon: 113.93, lat: 22.52, zoom: 11, bearing: 0, pitch: 0 },
        visible: Object.fromEntries(Object.keys(LIVE.visible).map((k) => [k, k === 'port'])),
        analysis: { ...LIVE.analysis, enabled: false, suggestions: [], results: 'none', show: { circles: true, covered: false, gaps: false, corridors: true } },
        compare: { mode: 'none', left: 'baseline', right: '', divider: 0.5 },
        highlight: null,
      },
      { id: 's2', title: '口岸', notes: '' },
    );
    const v = slideToView(other, LIVE);
    expect(v.camera.zoom).toBe(11);
    expect(Object.keys(v.visible).filter((k) => v.visible[k])).toEqual(['port']);
    expect(v.analysis).toMatchObject({ enabled: false, suggestions: [], results: 'none', show: { circles: true, covered: false, gaps: false, corridors: true } });
    expect(v.compare.mode).toBe('none');
    expect(v.highlight).toBeNull();
  });

  it('keeps only the keys this app knows when a deck names layers it does not have', () => {
    const fromNewer = { ...SLIDE, layers: [...SLIDE.layers, 'population_density'], analysis: { ...SLIDE.analysis, show: [...SLIDE.analysis.show, 'choropleth'] } };
    const v = slideToView(fromNewer, LIVE);
    expect(Object.keys(v.visible)).toEqual(Object.keys(LIVE.visible));
    expect(Object.keys(v.analysis.show)).toEqual(Object.keys(LIVE.analysis.show));
  });

  it('refuses HTML-free but hostile or oversized text only by its limits, and keeps markup as text', () => {
    expect(slideSchema.safeParse({ ...SLIDE, title: '<img src=x onerror=alert(1)>' }).success).toBe(true);
    expect(slideSchema.safeParse({ ...SLIDE, title: 'a\nb' }).success).toBe(false);
    expect(slideSchema.safeParse({ ...SLIDE, notes: 'x'.repeat(4001) }).success).toBe(false);
    expect(slideSchema.safeParse({ ...SLIDE, bounds: [114, 22.5, 113, 22.6] }).success).toBe(false);
  });
});
