import { describe, expect, it } from 'vitest';
import { metresPerMm, metresPerPixel, scaleBar, scaleDenominator } from './scale-bar.ts';
import { layoutPage, pagePixels } from './page-layout.ts';

describe('scale bar', () => {
  it('uses MapLibre’s metres per pixel (512-px tiles): 78,271.5 m at the equator at zoom 0', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.517 / 4, 2); // cos 60° = ½, one zoom level = ½
  });

  it('picks the longest 1/2/5 length that fits, and its length is metres ÷ metres-per-unit', () => {
    expect(scaleBar(10, 200)).toMatchObject({ metres: 2000, length: 200, label: '2 km' });
    expect(scaleBar(7.3, 150)).toMatchObject({ metres: 1000, label: '1 km' });
    expect(scaleBar(7.3, 150).length).toBeCloseTo(1000 / 7.3, 9);
    expect(scaleBar(0.31, 100)).toMatchObject({ metres: 20, label: '20 m' });
    expect(scaleBar(13, 40)).toMatchObject({ metres: 500, label: '500 m' });
    for (const mpp of [0.07, 1.9, 13, 220, 4100]) {
      const b = scaleBar(mpp, 120);
      expect(b.length).toBeLessThanOrEqual(120);
      expect(b.length).toBeGreaterThan(120 / 2.5 - 1e-9); // never less than 40 % of the room
      expect(b.length * mpp).toBeCloseTo(b.metres, 6);
      expect(b.ticks[0]).toBe(0);
      expect(b.ticks.at(-1)).toBeCloseTo(b.length, 9);
    }
  });

  it('on paper: Shenzhen at zoom 12 (17.65 m per pixel) printed at 96 px per inch is 1 : 66,700', () => {
    expect(metresPerPixel(22.55, 12)).toBeCloseTo(17.65, 2);
    const mmm = metresPerMm(22.55, 12);
    expect(mmm).toBeCloseTo((metresPerPixel(22.55, 12) * 96) / 25.4, 9);
    expect(scaleDenominator(mmm)).toBe(66700);
    const bar = scaleBar(mmm, 40); // 40 mm of room
    expect(bar).toMatchObject({ metres: 2000, label: '2 km' });
    expect(bar.length).toBeCloseTo(2000 / mmm, 6); // 30.0 mm
  });
});

describe('page layout', () => {
  it('gives the pixel sizes of the paper at 150 and 300 dpi', () => {
    expect(pagePixels('A4', 'landscape', 300)).toEqual({ width: 3508, height: 2480 });
    expect(pagePixels('A4', 'portrait', 300)).toEqual({ width: 2480, height: 3508 });
    expect(pagePixels('A4', 'landscape', 150)).toEqual({ width: 1754, height: 1240 });
    expect(pagePixels('A3', 'landscape', 300)).toEqual({ width: 4961, height: 3508 });
  });

  it('keeps every box on the page and the map clear of the other boxes', () => {
    for (const paper of ['A4', 'A3'] as const) {
      for (const o of ['landscape', 'portrait'] as const) {
        const l = layoutPage(paper, o);
        const boxes = [l.title, l.map, l.legend, l.results, l.credits];
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(l.width + 1e-9);
          expect(b.y + b.h).toBeLessThanOrEqual(l.height + 1e-9);
        }
        const overlap = (a: typeof l.map, b: typeof l.map) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        for (const b of [l.title, l.legend, l.results, l.credits]) expect(overlap(l.map, b)).toBe(false);
        expect(l.map.w * l.map.h).toBeGreaterThan(0.45 * l.width * l.height); // the map is the page
      }
    }
  });
});
