/**
 * Benchmark of issue 8 (part of `npm run bench`, never a test): a generated 100,000-row Amap-style
 * POI export (GBK, GCJ-02, 名称/大类/中类/小类/经度/纬度/地址, the ten basic trades plus "other", positions
 * on land) through the dataset importer as the import worker runs it (decode → parse → build with
 * GCJ-02 → WGS-84), then coverage by each of the ten trades and completeness on the land grid
 * (trade-session.ts, as the analysis worker runs it), 15-minute walk (1,000 m ÷ 1.3). Medians of 7
 * after one warm-up run, for the engine and the baseline alike.
 * Coverage counts everything from the outlets' columns to the per-trade summaries (index building
 * included); completeness the exact intersections and their summary.
 *
 * Baseline, timed in the same run: the engine's own exact method — one incremental CoverageIndex per
 * trade over that trade's nodes (set-up included), completeness by `completeShares` on those indexes —
 * and the largest difference per unit between the two (both are exact: it is floating point).
 *
 *   outlets: <n> points imported in <ms> ms; coverage by trade: <ms> ms median; completeness: <ms> ms
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { decodeGrid } from '../src/analysis/grid-file.ts';
import { radiusM } from '../src/analysis/life-circles.ts';
import { DEFAULT_PARAMS } from '../src/analysis/params.ts';
import { TradeAnalysis } from '../src/analysis/trade-session.ts';
import { completeShares, tradeIndexes } from '../src/analysis/trade-coverage.ts';
import { summarise } from '../src/analysis/coverage.ts';
import { BASIC_TRADES, tradeCodes } from '../src/analysis/trades.ts';
import { DatasetImporter } from '../src/io/datasets/import-dataset.ts';
import { columnValues } from '../src/io/datasets/dataset.ts';
import { encodeGbk } from '../src/io/datasets/gbk.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = 100_000;
/** Timed runs of coverage and completeness, engine and baseline alike (after one warm-up run each). */
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const grid = decodeGrid(new Uint8Array(readFileSync(join(root, 'geodata/land-grid.bin'))));
// Amap categories of the ten basic trades and one that is none of them; outlets cluster where people live.
const CATS = [
  '购物服务,便民商店/便利店,便利店', '购物服务,超级市场,超市', '购物服务,综合市场,农副产品市场', '餐饮服务,快餐厅,快餐厅',
  '医疗保健服务,医药保健销售店,药房', '生活服务,美容美发店,美容美发店', '生活服务,洗衣店,洗衣店', '生活服务,维修站点,维修站点',
  '生活服务,生活服务场所,家政服务', '生活服务,物流速递,物流速递', '购物服务,商场,购物中心',
];
let seed = 8;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const popTotal = grid.pop.reduce((s, v) => s + v, 0);
const cum = new Float64Array(grid.size);
grid.pop.reduce((s, v, i) => (cum[i] = s + v), 0);
const lines = ['名称,大类,中类,小类,经度,纬度,地址'];
for (let i = 0; i < ROWS; i++) {
  const x = rnd() * popTotal;
  let lo = 0, hi = grid.size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  const lon = grid.lon[lo]! + (rnd() - 0.5) * 0.003, lat = grid.lat[lo]! + (rnd() - 0.5) * 0.003;
  const [gx, gy] = gcoord.transform<[number, number]>([lon, lat], gcoord.WGS84, gcoord.GCJ02);
  const k = i % CATS.length;
  lines.push(`${k === 3 ? '早餐包子' : '网点'}${i},${CATS[k]},${gx.toFixed(6)},${gy.toFixed(6)},深圳市${i}号`);
}
const bytes = encodeGbk(lines.join('\r\n') + '\r\n');

const importRuns: number[] = [];
let imported = 0;
let outlets: { lon: ArrayLike<number>; lat: ArrayLike<number>; trade: ArrayLike<number> } = { lon: [], lat: [], trade: [] };
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const imp = new DatasetImporter();
  const res = await imp.read('高德POI-全市.csv', bytes);
  importRuns.push(performance.now() - t0);
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  imported = res.preview.report.count;
  const data = (imp as unknown as { built: { data: import('../src/io/datasets/dataset.ts').DatasetData } }).built.data;
  const names = columnValues(data.columns[0]!);
  outlets = { lon: data.lon, lat: data.lat, trade: tradeCodes(data.categories, data.category, (i) => names[i] ?? '') };
}

const R = radiusM(15, DEFAULT_PARAMS);
const ta = new TradeAnalysis();
ta.setOutlets([outlets]);
const cov: number[] = [];
const comp: number[] = [];
let last: ReturnType<TradeAnalysis['run']> | undefined;
// One warm-up run each (JIT), left out of the medians; the same for the baseline below.
for (let r = 0; r < RUNS + 1; r++) {
  last = ta.run(grid, R, BASIC_TRADES);
  if (r === 0) continue;
  cov.push(last.ms.coverage);
  comp.push(last.ms.completeness);
}
// Baseline: one engine CoverageIndex per trade (set-up included), completeness on those indexes.
const baseCov: number[] = [];
const baseComp: number[] = [];
let maxDiff = 0;
for (let r = 0; r < RUNS + 1; r++) {
  const t0 = performance.now();
  const idx = tradeIndexes(grid, { outlets: [outlets], trades: BASIC_TRADES, radiusM: R });
  const shares = idx.map((t) => summarise(grid, t.index.shares(), R, t.outlets));
  const t1 = performance.now();
  const complete = completeShares(grid, idx.map((t) => t.index));
  summarise(grid, complete, R, 0);
  const t2 = performance.now();
  if (r > 0) {
    baseCov.push(t1 - t0);
    baseComp.push(t2 - t1);
  }
  if (r === 0) {
    const fast = ta.completeShares()!;
    for (let u = 0; u < grid.size; u++) maxDiff = Math.max(maxDiff, Math.abs(fast[u]! - complete[u]!));
    for (let k = 0; k < idx.length; k++) maxDiff = Math.max(maxDiff, Math.abs(shares[k]!.city.coveredPopulation - last!.perTrade[k]!.summary.city.coveredPopulation) / Math.max(1, shares[k]!.city.population));
  }
}
const f0 = (x: number) => x.toFixed(0);
console.log(`outlets: ${imported} points imported in ${f0(median(importRuns))} ms; coverage by trade: ${f0(median(cov))} ms median; completeness: ${f0(median(comp))} ms`);
console.log(`outlets baseline (engine CoverageIndex per trade, set-up included): coverage ${f0(median(baseCov))} ms (${(median(baseCov) / median(cov)).toFixed(1)}x), completeness ${f0(median(baseComp))} ms (${(median(baseComp) / median(comp)).toFixed(1)}x); max difference ${maxDiff.toExponential(1)} (share per unit / city)`);
console.log(`outlets: ${(bytes.length / 1024 / 1024).toFixed(1)} MB GBK CSV, GCJ-02 → WGS-84; ten trades at ${R.toFixed(0)} m; city completeness ${(last!.completeness.city.popShare * 100).toFixed(1)}% of ${f0(last!.demand.total)} residents (model); import median of ${importRuns.length}, coverage/completeness medians of ${cov.length}`);
