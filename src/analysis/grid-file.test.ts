import { describe, expect, it } from 'vitest';
import { decodeGrid, encodeGrid, GridFileError } from './grid-file.ts';
import { offset, ORIGIN, rectDistrict, testGrid } from './fixtures.ts';

describe('land grid file (geodata/land-grid.bin)', () => {
  const g = testGrid([rectDistrict('a', ORIGIN, 3000, 2000, 12345), rectDistrict('b', offset(0, 4000), 1500, 1500, 678), rectDistrict('hull', offset(0, 9000), 1, 1, 9, true)]);
  const bytes = encodeGrid(g, { populationModel: { note: 'test' } });

  it('round-trips units, geometry (to 5 cm), population and the 街道/district tables', () => {
    const d = decodeGrid(bytes);
    expect(d.size).toBe(g.size);
    expect([...d.pop]).toEqual([...g.pop]);
    expect([...d.jiedaoOf]).toEqual([...g.jiedaoOf]);
    expect([...d.cellHi]).toEqual([...g.cellHi]);
    for (let u = 0; u < g.size; u++) {
      expect(Math.abs(d.lon[u]! - g.lon[u]!)).toBeLessThan(1e-7);
      expect(d.areaKm2[u]).toBeCloseTo(g.areaKm2[u]!, 12);
      expect(Math.abs(d.ringAreaM2[u]! - g.ringAreaM2[u]!)).toBeLessThan(25); // m²: 5 cm along ≈ 1 km of outline at most
    }
    for (let i = 0; i < g.verts.length; i++) expect(Math.abs(d.verts[i]! - g.verts[i]!)).toBeLessThanOrEqual(0.025 + 1e-9);
    expect(d.jiedao.map((j) => [j.id, j.population, j.unitStart, j.unitEnd])).toEqual(g.jiedao.map((j) => [j.id, j.population, j.unitStart, j.unitEnd]));
    expect(d.districts.map((x) => [x.id, x.population, x.hasGrid])).toEqual([['a', 12345, true], ['b', 678, true], ['hull', 9, false]]);
    expect(d.meta.populationModel).toEqual({ note: 'test' });
  });

  it('is deterministic and refuses what is not a grid file', () => {
    expect(Buffer.from(encodeGrid(g, { populationModel: { note: 'test' } })).equals(Buffer.from(bytes))).toBe(true);
    expect(() => decodeGrid(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toThrow(GridFileError);
    expect(() => decodeGrid(bytes.slice(0, 200))).toThrow(/cut off|damaged/);
  });
});
