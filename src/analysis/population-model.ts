/**
 * The population model: 2020 census district totals spread over each district's land units in
 * proportion to WorldPop 2020 (1 km) weights. Run at build time (scripts/build/grid.ts).
 *
 * The WorldPop file is a point sample, one point per ≈ 0.94 × 0.95 km tile, carrying the WorldPop count
 * of the 1 km cell at that point. A unit's weight is its land area × the density of the sample that
 * stands for it:
 *  - `sample`: the nearest sample within `sampleRadiusM` (default 750 m, a little over half a tile's
 *    diagonal, so every point of a sampled tile finds its own tile's point);
 *  - `extrapolatedNorth`: the file stops at lat 22.831 while 光明/龙华/龙岗 reach 22.86: units north of
 *    the last sampled row take the nearest sample's value (the row just south of them);
 *  - `floor`: land inside the sampled area whose tile was dropped from the file (the source dropped sea
 *    and forest tiles) gets `floorDensity` (default 0: parks, reservoirs, mountain and mud flats).
 * Each district is then scaled to its census total and rounded to whole persons by largest remainder,
 * so every district's units sum exactly to the census figure. 1 km weights cannot tell a park from
 * the blocks beside it inside one tile: the model is only as fine as that.
 */
import { distanceM } from './geo.ts';
import { buildPointIndex } from './point-index.ts';
import { POP_SOURCE, type LandGrid } from './land-grid.ts';

export interface PopSample {
  lon: number;
  lat: number;
  /** WorldPop 2020 count of the 1 km cell at the point (≈ persons per km²). */
  value: number;
}

export interface PopulationModelOptions {
  sampleRadiusM?: number;
  floorDensity?: number;
}

export const DEFAULT_SAMPLE_RADIUS_M = 750;

export interface PopulationModel {
  pop: Float64Array;
  popSource: Uint8Array;
  /** Land km² per weight source, for the build report and SOURCES.md. */
  km2BySource: { sample: number; extrapolatedNorth: number; floor: number };
}

export function distributePopulation(grid: LandGrid, samples: readonly PopSample[], opts: PopulationModelOptions = {}): PopulationModel {
  const radius = opts.sampleRadiusM ?? DEFAULT_SAMPLE_RADIUS_M;
  const floor = opts.floorDensity ?? 0;
  const sLon = Float64Array.from(samples, (s) => s.lon), sLat = Float64Array.from(samples, (s) => s.lat);
  const index = buildPointIndex(sLon, sLat, 1000);
  const northEdge = samples.length ? Math.max(...samples.map((s) => s.lat)) : Infinity;
  const weight = new Float64Array(grid.size);
  const popSource = new Uint8Array(grid.size);
  const km2BySource = { sample: 0, extrapolatedNorth: 0, floor: 0 };

  for (let u = 0; u < grid.size; u++) {
    const lon = grid.lon[u]!, lat = grid.lat[u]!;
    let best = -1, bestD = Infinity;
    index.within(lon, lat, radius, (i, d) => {
      if (d < bestD || (d === bestD && i < best)) [best, bestD] = [i, d];
    });
    let density = floor;
    if (best >= 0) {
      density = samples[best]!.value;
      popSource[u] = POP_SOURCE.sample;
      km2BySource.sample += grid.areaKm2[u]!;
    } else if (lat > northEdge) {
      let nd = Infinity;
      samples.forEach((s, i) => {
        const d = distanceM(lon, lat, s.lon, s.lat);
        if (d < nd) [best, nd] = [i, d];
      });
      density = samples[best]!.value;
      popSource[u] = POP_SOURCE.extrapolatedNorth;
      km2BySource.extrapolatedNorth += grid.areaKm2[u]!;
    } else {
      popSource[u] = POP_SOURCE.floor;
      km2BySource.floor += grid.areaKm2[u]!;
    }
    weight[u] = density * grid.areaKm2[u]!;
  }

  const pop = new Float64Array(grid.size);
  for (const d of grid.districts) {
    if (!d.hasGrid) continue;
    let total = 0;
    for (let u = d.unitStart; u < d.unitEnd; u++) total += weight[u]!;
    // No weight anywhere (a fixture, or a district with no sample at all): spread by land area.
    const w = (u: number) => (total > 0 ? weight[u]! / total : grid.areaKm2[u]! / d.landKm2);
    const exact = Array.from({ length: d.unitEnd - d.unitStart }, (_, k) => d.population * w(d.unitStart + k));
    for (const [k, v] of largestRemainder(exact, d.population).entries()) pop[d.unitStart + k] = v;
  }
  return { pop, popSource, km2BySource };
}

/** Round shares to integers that add up exactly to `total` (largest remainder; ties to the lower index). */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  const out = shares.map((x) => Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = shares.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k]![1]]!++;
  return out;
}

/** Set the population of a grid (in place) and the 街道 totals. */
export function applyPopulation(grid: LandGrid, model: Pick<PopulationModel, 'pop' | 'popSource'>): LandGrid {
  grid.pop.set(model.pop);
  grid.popSource.set(model.popSource);
  for (const j of grid.jiedao) {
    let s = 0;
    for (let u = j.unitStart; u < j.unitEnd; u++) s += grid.pop[u]!;
    j.population = s;
  }
  return grid;
}
