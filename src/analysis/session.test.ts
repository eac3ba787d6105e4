import { describe, expect, it } from 'vitest';
import { AnalysisSession } from './session.ts';
import { offset, rectDistrict, testGrid } from './fixtures.ts';
import { encodeGrid } from './grid-file.ts';
import type { MetroLines, MetroStations } from './corridors.ts';

const at = (id: string, e: number, n: number, tier: string | null = 'street') => {
  const [lon, lat] = offset(e, n);
  return { id, lon, lat, tier };
};

describe('AnalysisSession (what the worker exposes)', () => {
  const s = new AnalysisSession();
  const info = s.init(encodeGrid(testGrid([rectDistrict('futian', offset(-2000, 0), 4000, 4000, 40000), rectDistrict('luohu', offset(2000, 0), 4000, 4000, 20000)])));

  it('keeps one coverage level per selected life circle, following params', () => {
    expect(info.districts.map((d) => d.id)).toEqual(['futian', 'luohu']);
    const r = s.setNodes([at('a', -2000, 0), at('b', 2000, 0), { ...at('bad', 0, 0), lon: Number.NaN }]);
    expect(r.levels.map((l) => [l.minutes, Math.round(l.radiusM)])).toEqual([[5, 231], [10, 385], [15, 769]]); // GB 50180 walk ÷ 1.3
    expect(r.invalidNodeIds).toEqual(['bad']);
    expect(s.setParams({ radiusMode: 'walk', speedKmh: 6, detourFactor: 1, minutes: [15] }).minutes).toEqual([15]);
    expect(s.coverage().levels.map((l) => [l.minutes, l.radiusM])).toEqual([[15, 1500]]);
    s.setParams({ radiusMode: 'straight', minutes: [5, 10, 15] });
  });

  it('follows a dragged node and reports where a click lies', () => {
    const before = s.coverage().levels[2]!.summary.city.coveredKm2;
    const moved = s.moveNode('a', ...offset(-3900, 1900));
    expect(moved.levels[2]!.summary.city.coveredKm2).toBeLessThan(before - 1); // now mostly off the map
    s.moveNode('a', ...offset(-2000, 0));
    expect(s.coverage().levels[2]!.summary.city.coveredKm2).toBeCloseTo(before, 9);
    const near = s.nearest(...offset(-1800, 0));
    expect(near.byTier[0]).toMatchObject({ tier: 'street', nodeId: 'a' });
    expect(near.place).toMatchObject({ jiedaoId: 'futian', districtId: 'futian' });
    expect(s.nearest(...offset(0, 9000)).place).toBeNull();
    expect(near.inCircles.map((c) => c.minutes)).toEqual([5, 10, 15]);
  });

  it('compares other node sets without disturbing the session (baseline vs scenario)', () => {
    const before = s.coverage().levels[2]!.summary.city.coveredKm2;
    const [base, withExtra] = s.coverageOf([[at('a', -2000, 0)], [at('a', -2000, 0), at('x', 2000, 0)]], 15);
    expect(withExtra!.districts.find((d) => d.id === 'luohu')!.popShare).toBeGreaterThan(base!.districts.find((d) => d.id === 'luohu')!.popShare + 0.1);
    expect(base!.districts.find((d) => d.id === 'futian')!.coveredKm2).toBeCloseTo(withExtra!.districts.find((d) => d.id === 'futian')!.coveredKm2, 9);
    expect(s.coverage().levels[2]!.summary.city.coveredKm2).toBe(before);
    const area = s.coveredAreaOf([at('a', -2000, 0), at('x', 2000, 0)], 15);
    expect(area.geometry.coordinates).toHaveLength(2); // two separate discs, 4 km apart
  });

  it('suggests sites in the candidate area and draws gaps and circles', () => {
    s.setParams({ suggestK: 2, candidateArea: { kind: 'district', districtId: 'luohu' } });
    const progress: number[] = [];
    const sites = s.suggest((done) => progress.push(done));
    expect(sites.map((x) => [x.district, x.jiedao])).toEqual([['luohu', 'luohu'], ['luohu', 'luohu']]);
    expect(progress.at(-1)).toBe(3);
    const withCurve = s.suggestWithCurve();
    expect(withCurve.curve.map((c) => c.k)).toEqual([0, 1, 2]);
    expect(withCurve.scope).toMatchObject({ kind: 'district', id: 'luohu', population: 20000 });
    expect(s.gaps(15, ['futian']).features).toHaveLength(1);
    expect(s.circles(15).features.map((f) => f.properties.minutes)).toEqual([15, 15]); // one level: one circle per node
    expect(s.circles().features).toHaveLength(6);
    expect(s.coveredArea(15).geometry.coordinates).toHaveLength(2);
  });

  it('reports corridors with the current width', () => {
    const lines: MetroLines = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { line_id: '4', name_zh: '4号线' }, geometry: { type: 'LineString', coordinates: [offset(-4000, 300), offset(4000, 300)] } }] };
    const stations: MetroStations = { type: 'FeatureCollection', features: [] };
    s.setMetro(lines, stations);
    s.setPlaces([{ id: 'p', name_zh: 'p', lon: offset(0, 900)[0], lat: offset(0, 900)[1] }]);
    expect(s.corridors().lines.map((l) => l.places.length)).toEqual([0]);
    expect(s.corridors().unavailable.map((u) => u.lineId)).toEqual(['6', '8', '14', '16', 'longda']);
    s.setParams({ corridorWidthM: 800 });
    expect(s.corridors(['4']).servedShare).toBe(1);
  });

  it('answers an empty selection of nodes with zeros, not an error', () => {
    const e = new AnalysisSession();
    e.init(encodeGrid(testGrid([rectDistrict('futian', offset(0, 0), 4000, 4000, 40000)])));
    expect(e.setNodes([]).levels[2]!.summary.city.popShare).toBe(0);
    expect(e.coveredArea(15).geometry.coordinates).toEqual([]);
    expect(e.gaps(15).features).toHaveLength(1);
    expect(e.nearest(...offset(0, 0)).byTier).toEqual([]);
  });
});
