import { describe, expect, it } from 'vitest';
import { checkTopology } from './topology.ts';

const at = { feature: 2 };

describe('checkTopology', () => {
  it('accepts a simple polygon, a polygon with a hole, and a looping street', () => {
    const outer = [[114, 22.5], [114.1, 22.5], [114.1, 22.6], [114, 22.6], [114, 22.5]] as [number, number][];
    const hole = [[114.02, 22.52], [114.04, 22.52], [114.04, 22.54], [114.02, 22.52]] as [number, number][];
    expect(checkTopology({ type: 'Polygon', coordinates: [outer, hole] }, at)).toBeUndefined();
    expect(checkTopology({ type: 'LineString', coordinates: [[114, 22.5], [114.1, 22.6], [114.1, 22.5], [114, 22.6]] }, at)).toBeUndefined();
  });
  it('reports where a polygon crosses itself', () => {
    const bow = [[114, 22.5], [114.1, 22.6], [114.1, 22.5], [114, 22.6], [114, 22.5]] as [number, number][];
    expect(checkTopology({ type: 'Polygon', coordinates: [bow] }, at)).toEqual({ code: 'import.selfIntersection', params: { feature: 2, value: '114.05, 22.55' } });
  });
  it('reports shapes that collapse to nothing', () => {
    const flat = [[114, 22.5], [114.05, 22.55], [114.1, 22.6], [114, 22.5]] as [number, number][];
    expect(checkTopology({ type: 'Polygon', coordinates: [flat] }, at)?.code).toBe('import.degenerateGeometry');
    expect(checkTopology({ type: 'LineString', coordinates: [[114, 22.5], [114, 22.5]] }, at)?.code).toBe('import.degenerateGeometry');
  });
  it('checks a 5,000-vertex polygon in well under a second', () => {
    const ring = Array.from({ length: 5000 }, (_, i) => {
      const a = (i / 5000) * 2 * Math.PI;
      return [114 + Math.cos(a) / 10, 22.5 + Math.sin(a) / 10] as [number, number];
    });
    ring.push(ring[0]!);
    const t = performance.now();
    expect(checkTopology({ type: 'Polygon', coordinates: [ring] }, at)).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
