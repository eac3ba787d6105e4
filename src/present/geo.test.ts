import { describe, expect, it } from 'vitest';
import { boundsOf, fitZoom } from './geo.ts';

describe('slide extents', () => {
  it('the extent of a view fits back at the same zoom in a map of the same size', () => {
    const view = { lon: 114.0553, lat: 22.5405, zoom: 12.4 };
    const b = boundsOf(view, 1200, 800);
    expect(b[0]).toBeLessThan(view.lon);
    expect(b[2]).toBeGreaterThan(view.lon);
    expect(fitZoom(b, 1200, 800)).toBeCloseTo(12.4, 9);
    // A full-screen map twice as wide and tall shows the same extent one zoom level closer.
    expect(fitZoom(b, 2400, 1600)).toBeCloseTo(13.4, 9);
    // One zoom level spans 1200 px of 512·2^z px per 360°.
    expect(b[2] - b[0]).toBeCloseTo((1200 / (512 * 2 ** 12.4)) * 360, 9);
  });
});
