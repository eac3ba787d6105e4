/**
 * Benchmark of the coverage engine (src/analysis) — `npm run bench`. Not a test: timings depend on
 * the machine, so they are printed, never asserted.
 *
 * Nodes: the plan's three-tier network (geodata/places: city_circle, district_centre, featured_street —
 * the places the commerce plan treats as service nodes) plus 1,000 seeded-random points inside the
 * districts. Radius 1,000 m (the 15-minute circle, the heaviest). Measures
 *  - full coverage (new index, all nodes, per-district summary), median of 7, against a naive turf
 *    baseline (buffer each node, union all), median of 5, in the same run — the baseline is not even
 *    charged for clipping its union to the districts, which the engine's figure includes;
 *  - the area disagreement: engine covered km² vs the turf union clipped to the districts;
 *  - one node moved (a drag step) with all three life circles updated and summarised: median of 200;
 *  - a k = 10 site suggestion over all uncovered land: median of 5.
 * The last line has a fixed form (see the issue).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import buffer from '@turf/buffer';
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection, point } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { buildLandGrid, type DistrictFeature } from '../src/analysis/land-grid.ts';
import { CoverageIndex, type CoverageNode } from '../src/analysis/coverage.ts';
import { AnalysisSession } from '../src/analysis/session.ts';
import { candidateUnits, suggestSites } from '../src/analysis/site-suggestion.ts';
import { M_PER_DEG, mPerDegLon } from '../src/analysis/geo.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const RADIUS_M = 1000;
const PLAN_LAYERS = ['city_circle', 'district_centre', 'featured_street'];
const RANDOM_NODES = 1000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const time = <T>(fn: () => T): [number, T] => {
  const t = performance.now();
  const out = fn();
  return [performance.now() - t, out];
};
/** mulberry32: a tiny deterministic PRNG, so every run uses the same random nodes. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- data ----
const districts = readJson<FeatureCollection<Polygon | MultiPolygon, DistrictFeature['properties']>>(join(root, 'geodata/districts.geojson'));
const placesDir = join(root, 'geodata/places');
const planNodes: CoverageNode[] = [];
const perLayer: Record<string, number> = {};
if (existsSync(placesDir)) {
  for (const f of readdirSync(placesDir).filter((x) => x.endsWith('.geojson')).sort()) {
    const fc = readJson<FeatureCollection<Point, { id: string; layer: string }>>(join(placesDir, f));
    for (const p of fc.features.filter((x) => PLAN_LAYERS.includes(x.properties.layer))) {
      perLayer[p.properties.layer] = (perLayer[p.properties.layer] ?? 0) + 1;
      planNodes.push({ id: p.properties.id, lon: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! });
    }
  }
}
const rand = rng(20210514);
const [minX, minY, maxX, maxY] = bbox(districts);
const randomNodes: CoverageNode[] = [];
while (randomNodes.length < RANDOM_NODES) {
  const lon = minX + rand() * (maxX - minX), lat = minY + rand() * (maxY - minY);
  if (districts.features.some((d) => booleanPointInPolygon([lon, lat], d))) randomNodes.push({ id: `r${randomNodes.length}`, lon, lat });
}
const nodes = [...planNodes, ...randomNodes];

// ---- engine ----
const [gridMs, grid] = time(() => buildLandGrid(districts));
const engineRuns: number[] = [];
let summary = new CoverageIndex(grid, RADIUS_M).summary();
for (let i = 0; i < 7; i++) {
  const [ms, s] = time(() => {
    const idx = new CoverageIndex(grid, RADIUS_M);
    idx.setNodes(nodes);
    return idx.summary();
  });
  engineRuns.push(ms);
  summary = s;
}
const engineMs = median(engineRuns);

// ---- turf baseline: buffer + union (64-gons: 16 segments per quadrant, −0.16 % of a circle's area) ----
const baseRuns: number[] = [];
let merged: Feature<Polygon | MultiPolygon> | null = null;
for (let i = 0; i < 5; i++) {
  const [ms, u] = time(() => union(featureCollection(nodes.map((n) => buffer(point([n.lon, n.lat]), RADIUS_M, { units: 'meters', steps: 16 })!))));
  baseRuns.push(ms);
  merged = u;
  process.stderr.write(`baseline run ${i + 1}/5: ${ms.toFixed(0)} ms\n`);
}
const baseMs = median(baseRuns);
// Clip the union to the districts piece by piece (bbox-filtered), for the area comparison only.
let turfKm2 = 0;
const pieces = merged!.geometry.type === 'Polygon' ? [merged!.geometry.coordinates] : merged!.geometry.coordinates;
const dBoxes = districts.features.map((d) => bbox(d));
for (const coords of pieces) {
  const piece: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: coords } };
  const pb = bbox(piece);
  districts.features.forEach((d, k) => {
    const b = dBoxes[k]!;
    if (b[0] > pb[2] || b[2] < pb[0] || b[1] > pb[3] || b[3] < pb[1]) return;
    const x = intersect(featureCollection([piece, d]));
    if (x) turfKm2 += area(x) / 1e6;
  });
}
const engineKm2 = summary.cityIncludingApproximate.coveredKm2;
const areaDiffPct = (Math.abs(engineKm2 - turfKm2) / turfKm2) * 100;

// ---- one node moved: all three life circles, as the worker does on a drag ----
const session = new AnalysisSession();
session.init(districts);
session.setNodes(nodes.map((n) => ({ ...n, tier: 'community' })));
const moveRuns: number[] = [];
for (let i = 0; i < 200; i++) {
  const n = nodes[Math.floor(rand() * nodes.length)]!;
  const lon = n.lon + ((rand() - 0.5) * 600) / mPerDegLon(n.lat), lat = n.lat + ((rand() - 0.5) * 600) / M_PER_DEG;
  moveRuns.push(time(() => session.moveNode(n.id, lon, lat))[0]);
}
const moveMs = median(moveRuns);

// ---- site suggestion, k = 10 over all uncovered land ----
const suggestIdx = new CoverageIndex(grid, RADIUS_M);
suggestIdx.setNodes(nodes);
const suggestRuns: number[] = [];
let sites: ReturnType<typeof suggestSites> = [];
for (let i = 0; i < 5; i++) {
  const [ms, out] = time(() => suggestSites(suggestIdx, candidateUnits(suggestIdx, { kind: 'uncovered' }), 10));
  suggestRuns.push(ms);
  sites = out;
}
const suggestMs = median(suggestRuns);

// ---- report ----
const f1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`nodes: ${planNodes.length} plan (${Object.entries(perLayer).map(([k, v]) => `${k} ${v}`).join(', ') || 'no geodata/places yet'}) + ${randomNodes.length} random (seeded) = ${nodes.length}; radius ${RADIUS_M} m`);
console.log(`land grid: h3 res ${grid.res}, ${grid.size} units, ${f1(summary.cityIncludingApproximate.landKm2)} km², built in ${gridMs.toFixed(0)} ms (once per session)`);
console.log('');
console.log('district         land km²  covered km²  land share  pop share');
for (const d of summary.districts) {
  console.log(`${d.id.padEnd(14)}${f1(d.landKm2).padStart(10)}${f1(d.coveredKm2).padStart(13)}${pct(d.landShare).padStart(12)}${pct(d.popShare).padStart(11)}${d.approximate ? '  (approximate hull, not in city)' : ''}`);
}
const c = summary.city;
console.log(`${'city'.padEnd(14)}${f1(c.landKm2).padStart(10)}${f1(c.coveredKm2).padStart(13)}${pct(c.landShare).padStart(12)}${pct(c.popShare).padStart(11)}`);
console.log('');
console.log('measure                                   median      runs');
const row = (name: string, ms: number, runs: number[]) => console.log(`${name.padEnd(40)}${`${ms.toFixed(2)} ms`.padStart(12)}${String(runs.length).padStart(8)}`);
row('engine: full coverage + summary', engineMs, engineRuns);
row('turf: buffer (64-gon) + union', baseMs, baseRuns);
row('engine: move one node (3 life circles)', moveMs, moveRuns);
row('engine: suggest k=10, uncovered land', suggestMs, suggestRuns);
console.log(`covered km² (all 11 districts): engine ${engineKm2.toFixed(2)}, turf union clipped to districts ${turfKm2.toFixed(2)}`);
console.log(`suggested sites: ${sites.map((s) => `${s.district} +${Math.round(s.gainPopulation)}`).join(', ')}`);
console.log('');
console.log(
  `coverage: ${nodes.length} nodes, ${f1(engineMs)} ms median, ${(baseMs / engineMs).toFixed(0)}x vs turf union, area diff ${areaDiffPct.toFixed(2)}%; move one node: ${moveMs.toFixed(2)} ms; suggest k=10: ${f1(suggestMs)} ms`,
);
