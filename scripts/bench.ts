/**
 * Benchmark of the coverage engine (src/analysis) — `npm run bench`. Not a test: timings depend on
 * the machine (and its load: run it when `uptime` shows a quiet machine), so they are printed, never
 * asserted. Radius: the 15-minute circle, GB 50180's 1,000 m walk ÷ detour 1.3 = 769 m.
 *
 * Nodes: the plan's places (geodata/places: city_circle, district_centre, featured_street) + the metro
 * stations + 10,000 seeded-random points on land (a point counts as on land when a 街道 unit contains it).
 *  - grid load: read geodata/land-grid.bin + decode (typed views, reach, point index), median of 7;
 *  - coverage: a fresh CoverageIndex, all nodes, per-街道/district/city summary, median of 7;
 *  - baseline: the best exact polygon method found here — the union of the circles by exact arcs
 *    (dissolve.ts, 64 vertices per circle, equal-area) then clipped to every 街道 with polyclip-ts
 *    (polyclip-ts' own union of 10,000 circles takes minutes: 1,000 circles ≈ 18 s here). Timed in the
 *    same run, 3 runs (median); its per-district covered land share against the engine's gives the
 *    "max district diff";
 *  - drag one proposal: one proposal moved 200 times through the app's analysis controller (the object
 *    App creates; here with the engine in-process as its client instead of the worker): each move is
 *    one incremental coverage update of every selected life circle plus the circles of the displayed
 *    level, median (the worker's message passing is not included);
 *  - suggest k = 10 over all uncovered land with the realistic node set (plan + stations), median of 3,
 *    and greedy's share of the exact optimum (HiGHS, same discretised demand for both) on the 街道 with
 *    the most uncovered residents (the line) and on 光明区 (printed below it).
 * The first line has a fixed form (see issue 7).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { CoverageIndex, type CoverageNode } from '../src/analysis/coverage.ts';
import { dissolveCircles } from '../src/analysis/dissolve.ts';
import { decodeGrid } from '../src/analysis/grid-file.ts';
import { locate } from '../src/analysis/locate.ts';
import { radiusM } from '../src/analysis/life-circles.ts';
import { DEFAULT_PARAMS } from '../src/analysis/params.ts';
import { coveredKm2Per } from '../src/analysis/reference-union.ts';
import { candidateUnits, suggestSites } from '../src/analysis/site-suggestion.ts';
import * as polyclip from 'polyclip-ts';
import { solveOptimum } from '../src/analysis/highs-solve.ts';
import { buildOptimumModel, readOptimum } from '../src/analysis/site-optimum.ts';
import type { CandidateArea } from '../src/analysis/params.ts';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const RADIUS_M = radiusM(15, DEFAULT_PARAMS);
const PLAN_LAYERS = ['city_circle', 'district_centre', 'featured_street'];
const RANDOM_NODES = 10_000;

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
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---- grid load ----
const gridPath = join(root, 'geodata/land-grid.bin');
const loadRuns: number[] = [];
let grid = decodeGrid(readFileSync(gridPath));
for (let i = 0; i < 7; i++) {
  const [ms, g] = time(() => {
    const b = readFileSync(gridPath);
    return decodeGrid(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  });
  loadRuns.push(ms);
  grid = g;
}
const loadMs = median(loadRuns);

// ---- nodes ----
const planNodes: CoverageNode[] = [];
for (const f of readdirSync(join(root, 'geodata/places')).filter((x) => x.endsWith('.geojson')).sort()) {
  const fc = readJson<FeatureCollection<Point, { id: string; layer: string }>>(join(root, 'geodata/places', f));
  for (const p of fc.features.filter((x) => PLAN_LAYERS.includes(x.properties.layer) && x.geometry?.type === 'Point')) {
    planNodes.push({ id: p.properties.id, lon: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! });
  }
}
const stations = readJson<FeatureCollection<Point, { id: string }>>(join(root, 'geodata/metro-stations.geojson')).features
  .map((s) => ({ id: s.properties.id, lon: s.geometry.coordinates[0]!, lat: s.geometry.coordinates[1]! }));
const rand = rng(20210514);
const randomNodes: CoverageNode[] = [];
let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
for (let u = 0; u < grid.size; u++) {
  minX = Math.min(minX, grid.lon[u]!); maxX = Math.max(maxX, grid.lon[u]!);
  minY = Math.min(minY, grid.lat[u]!); maxY = Math.max(maxY, grid.lat[u]!);
}
while (randomNodes.length < RANDOM_NODES) {
  const lon = minX + rand() * (maxX - minX), lat = minY + rand() * (maxY - minY);
  if (locate(grid, lon, lat)) randomNodes.push({ id: `r${randomNodes.length}`, lon, lat });
}
const realistic = [...planNodes, ...stations];
const nodes = [...realistic, ...randomNodes];

// ---- engine: full coverage ----
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

// ---- baseline: exact union (dissolve.ts arcs) clipped to the 街道 (polyclip-ts) ----
const jiedao = readJson<FeatureCollection<MultiPolygon, { id: string; district: string }>>(join(root, 'geodata/jiedao.geojson')).features;
const STEPS = 64;
const equalArea = RADIUS_M * Math.sqrt((2 * Math.PI) / STEPS / Math.sin((2 * Math.PI) / STEPS));
const baseRuns: number[] = [];
let baseKm2: number[] = [];
for (let i = 0; i < 3; i++) {
  const [ms, km2] = time(() => {
    const union = dissolveCircles(nodes.map((n) => ({ lon: n.lon, lat: n.lat, radiusM: equalArea })), STEPS);
    return coveredKm2Per(union.geometry.coordinates as polyclip.Geom, jiedao as Feature<MultiPolygon>[]);
  });
  baseRuns.push(ms);
  baseKm2 = km2;
  log(`baseline run ${i + 1}/3: ${ms.toFixed(0)} ms`);
}
const baseMs = median(baseRuns);
const byDistrict = new Map<string, { land: number; ref: number }>();
jiedao.forEach((f, i) => {
  const j = summary.jiedao.find((x) => x.id === f.properties.id)!;
  const cur = byDistrict.get(f.properties.district) ?? { land: 0, ref: 0 };
  byDistrict.set(f.properties.district, { land: cur.land + j.landKm2, ref: cur.ref + baseKm2[i]! });
});
let maxDiffPp = 0, maxJiedaoRel = 0;
for (const d of summary.districts.filter((x) => x.hasGrid)) {
  const b = byDistrict.get(d.id)!;
  maxDiffPp = Math.max(maxDiffPp, Math.abs(d.coveredKm2 / d.landKm2 - b.ref / b.land) * 100);
}
jiedao.forEach((f, i) => {
  const j = summary.jiedao.find((x) => x.id === f.properties.id)!;
  if (baseKm2[i]! > 0.5) maxJiedaoRel = Math.max(maxJiedaoRel, Math.abs(j.coveredKm2 / baseKm2[i]! - 1) * 100);
});

// ---- drag one proposal, through the app's analysis controller (scripts/bench/drag.ts, loaded by Vite's
// module loader because the app's modules use Vite features: import.meta.glob, ?url) ----
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'silent', optimizeDeps: { noDiscovery: true } });
const dragModule = (await vite.ssrLoadModule('/scripts/bench/drag.ts')) as typeof import('./bench/drag.ts');
const { dragMs, dragRuns, dragNodes } = await dragModule.benchDrag(root, 200, rand);
await vite.close();

// ---- suggestion on the realistic set (plan + stations), all uncovered land ----
const sIdx = new CoverageIndex(grid, RADIUS_M);
sIdx.setNodes(realistic);
const suggestRuns: number[] = [];
let sites = suggestSites(sIdx, candidateUnits(sIdx, { kind: 'uncovered' }), 10).sites;
for (let i = 0; i < 3; i++) {
  const [ms, out] = time(() => suggestSites(sIdx, candidateUnits(sIdx, { kind: 'uncovered' }), 10, { area: { kind: 'uncovered' } }));
  suggestRuns.push(ms);
  sites = out.sites;
}
const suggestMs = median(suggestRuns);
// ---- greedy vs the exact optimum (HiGHS), k = 10, on a 街道 and a district scope ----
async function optimumShare(area: CandidateArea) {
  const cands = candidateUnits(sIdx, area);
  const greedy = suggestSites(sIdx, cands, 10, { area });
  const unitOf = new Map([...cands].map((u) => [`${grid.lon[u]},${grid.lat[u]}`, u]));
  const model = buildOptimumModel(sIdx, cands, 10, greedy.sites.map((x) => unitOf.get(`${x.lon},${x.lat}`)!));
  const [ms, sol] = await timeAsync(() => solveOptimum(model.lp, { timeLimitS: 300 }));
  return { area, ms, model, result: readOptimum(grid, model, sol) };
}
const timeAsync = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
};
// The 街道 with the most residents left uncovered by the plan + stations, and 光明区 (a district that solves in about a minute).
const uncoveredBy = sIdx.summary().jiedao.slice().sort((a, b) => b.uncoveredPopulation - a.uncoveredPopulation);
const optJ = await optimumShare({ kind: 'jiedao', jiedaoId: uncoveredBy[0]!.id });
log(`optimum ${optJ.area.kind} done in ${optJ.ms.toFixed(0)} ms`);
const optD = await optimumShare({ kind: 'district', districtId: 'guangming' });
log(`optimum ${optD.area.kind} done in ${optD.ms.toFixed(0)} ms`);
const optimumPct = (optJ.result.greedyShare * 100).toFixed(1);

// ---- report ----
const f1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
  `coverage: ${nodes.length} nodes, ${f1(engineMs)} ms median (grid load ${f1(loadMs)} ms), ${(baseMs / engineMs).toFixed(0)}x vs exact union, max district diff ${maxDiffPp.toFixed(2)} pp; drag one proposal: ${dragMs.toFixed(2)} ms; suggest k=10: ${f1(suggestMs)} ms, ${optimumPct}% of optimum`,
);
console.log(`nodes: ${planNodes.length} plan places + ${stations.length} stations + ${randomNodes.length} random on land (seeded); radius ${f1(RADIUS_M)} m (15 min: 1,000 m walk ÷ 1.3)`);
console.log(`land grid: h3 res ${grid.res}, ${grid.size} units, ${f1(summary.city.landKm2)} km² of land in 74 街道`);
console.log(`baseline (dissolve.ts exact arcs + polyclip-ts clip to 74 街道): ${f1(baseMs)} ms median of ${baseRuns.length}; engine ${f1(engineMs)} ms median of ${engineRuns.length}`);
console.log(`largest 街道 difference (街道 with > 0.5 km² covered): ${maxJiedaoRel.toFixed(3)} % of covered km²`);
console.log('');
console.log('district         land km²  covered km²  land share  pop share');
for (const d of summary.districts) {
  if (!d.hasGrid) {
    console.log(`${d.id.padEnd(14)}  no land grid (approximate outline): census population ${d.population} kept out of the city`);
    continue;
  }
  console.log(`${d.id.padEnd(14)}${f1(d.landKm2).padStart(10)}${f1(d.coveredKm2).padStart(13)}${pct(d.landShare).padStart(12)}${pct(d.popShare).padStart(11)}`);
}
console.log(`${'city'.padEnd(14)}${f1(summary.city.landKm2).padStart(10)}${f1(summary.city.coveredKm2).padStart(13)}${pct(summary.city.landShare).padStart(12)}${pct(summary.city.popShare).padStart(11)}`);
console.log('');
for (const o of [optJ, optD]) {
  const r = o.result;
  console.log(`optimum on ${o.area.kind} ${'jiedaoId' in o.area ? o.area.jiedaoId : 'districtId' in o.area ? o.area.districtId : ''}: ${r.status}, ${r.candidates} candidates, ${r.demandRows} demand rows, HiGHS ${(o.ms / 1000).toFixed(1)} s; optimum ${Math.round(r.optimumPopulation)} residents, greedy ${Math.round(r.greedyPopulation)} = ${(r.greedyShare * 100).toFixed(2)} %`);
}
console.log(`drag: ${dragRuns.length} moves of one proposal through the analysis controller (${dragNodes} nodes: plan places + stations + the proposal; 3 life circles, circles of the displayed level)`);
console.log(`suggested sites (plan + stations, 15 min, all uncovered land): ${sites.map((s) => `${s.jiedao} +${Math.round(s.gainPopulation)}`).join(', ')}`);
