/**
 * npm run -s suggest -- --nodes FILE.geojson --radius METRES --k K [--area uncovered|district:NAME|jiedao:NAME] [--detour F]
 *
 * Where k new sites would cover the most residents on top of the given nodes (greedy maximal
 * coverage with exact union gains, the same engine as the app). CSV on stdout:
 *   rank,lon,lat,district,jiedao,gain_population,gain_km2
 * Candidates are populated land units: all uncovered land by default, or those of one district or
 * 街道 (NAME = name_zh such as 宝安区 / 新安街道, or the id). 深汕 has no land grid: it cannot be chosen.
 */
import { CoverageIndex } from '../src/analysis/coverage.ts';
import type { CandidateArea } from '../src/analysis/params.ts';
import { candidateUnits, suggestSites } from '../src/analysis/site-suggestion.ts';
import type { LandGrid } from '../src/analysis/land-grid.ts';
import { CliError, csvRow, loadGrid, main, numberArg, parseArgs, readNodes, requireArg, type Io } from './cli/common.ts';

export const SUGGEST_HEADER = 'rank,lon,lat,district,jiedao,gain_population,gain_km2';

export function parseArea(raw: string | undefined, grid: LandGrid): CandidateArea {
  if (raw === undefined || raw === 'uncovered') return { kind: 'uncovered' };
  const m = /^(district|jiedao):(.+)$/.exec(raw.trim());
  if (!m) throw new CliError(`--area must be uncovered, district:NAME or jiedao:NAME, got "${raw}"`);
  const name = m[2]!.trim();
  if (m[1] === 'district') {
    const d = grid.districts.find((x) => x.name_zh === name || x.id === name || x.name_en.toLowerCase() === name.toLowerCase());
    if (!d) throw new CliError(`unknown district "${name}" (one of: ${grid.districts.filter((x) => x.hasGrid).map((x) => x.name_zh).join(' ')})`);
    if (!d.hasGrid) throw new CliError(`${d.name_zh} has no land grid (no 街道 data, approximate outline): no candidate sites there`);
    return { kind: 'district', districtId: d.id };
  }
  const j = grid.jiedao.find((x) => x.name_zh === name || x.id === name || x.name_zh === `${name}街道`);
  if (!j) throw new CliError(`unknown 街道 "${name}" (use its name_zh, e.g. 新安街道)`);
  return { kind: 'jiedao', jiedaoId: j.id };
}

export function runSuggest(argv: string[], io: Io): void {
  const args = parseArgs(argv, ['nodes', 'radius', 'k', 'area', 'detour', 'grid']);
  const radius = numberArg(requireArg(args, 'radius'), 'radius', 10, 10000);
  const k = numberArg(requireArg(args, 'k'), 'k', 1, 50, true);
  const detour = args.has('detour') ? numberArg(args.get('detour')!, 'detour', 1, 3) : 1;
  const grid = loadGrid(args.get('grid'));
  const area = parseArea(args.get('area'), grid);
  const nodes = readNodes(requireArg(args, 'nodes'), io);
  const idx = new CoverageIndex(grid, radius / detour);
  idx.setNodes(nodes);
  const { sites } = suggestSites(idx, candidateUnits(idx, area), k, { area });
  const dName = new Map(grid.districts.map((d) => [d.id, d.name_zh]));
  const jName = new Map(grid.jiedao.map((j) => [j.id, j.name_zh]));
  io.out(SUGGEST_HEADER);
  for (const s of sites) {
    io.out(csvRow([s.rank, s.lon.toFixed(6), s.lat.toFixed(6), dName.get(s.district)!, jName.get(s.jiedao)!, s.gainPopulation.toFixed(1), s.gainKm2.toFixed(6)]));
  }
  if (sites.length < k) io.err(`note: ${sites.length} of ${k} sites: no other candidate adds covered residents`);
}

if (process.argv[1]?.endsWith('suggest.ts')) main(runSuggest);
