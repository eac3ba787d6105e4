/**
 * npm run -s coverage -- --nodes FILE.geojson --radius METRES [--detour F]
 *
 * Service coverage of the 74 街道, the ten districts and the city, by the same engine as the app
 * (exact union of circles on the land grid of geodata/land-grid.bin). CSV on stdout:
 *   level,district,jiedao,land_km2,covered_km2,population,covered_population
 * one row per 街道 (level jiedao), per district (level district, jiedao empty) and the city. Names
 * are name_zh. --radius is the straight-line radius in metres; --detour divides it (a walk of 1,000 m
 * with detour factor 1.3 reaches 769 m straight-line). Population: the model of the app (2020 census
 * district totals spread by WorldPop 2020 weights). 深汕 has no 街道 data: not listed.
 */
import { CoverageIndex } from '../src/analysis/coverage.ts';
import { CliError, csvRow, loadGrid, main, numberArg, parseArgs, readNodes, requireArg, type Io } from './cli/common.ts';

export const COVERAGE_HEADER = 'level,district,jiedao,land_km2,covered_km2,population,covered_population';

export function runCoverage(argv: string[], io: Io): void {
  const args = parseArgs(argv, ['nodes', 'radius', 'detour', 'grid']);
  const radius = numberArg(requireArg(args, 'radius'), 'radius', 10, 10000);
  const detour = args.has('detour') ? numberArg(args.get('detour')!, 'detour', 1, 3) : 1;
  const grid = loadGrid(args.get('grid'));
  const nodes = readNodes(requireArg(args, 'nodes'), io);
  const idx = new CoverageIndex(grid, radius / detour);
  idx.setNodes(nodes);
  const s = idx.summary();
  const km2 = (x: number) => x.toFixed(6);
  const ppl = (x: number) => x.toFixed(1);
  const names = new Map(s.districts.map((d) => [d.id, d.name_zh]));
  io.out(COVERAGE_HEADER);
  for (const j of s.jiedao) io.out(csvRow(['jiedao', names.get(j.districtId)!, j.name_zh, km2(j.landKm2), km2(j.coveredKm2), Math.round(j.population), ppl(j.coveredPopulation)]));
  for (const d of s.districts) {
    if (!d.hasGrid) continue;
    io.out(csvRow(['district', d.name_zh, '', km2(d.landKm2), km2(d.coveredKm2), Math.round(d.population), ppl(d.coveredPopulation)]));
  }
  io.out(csvRow(['city', '', '', km2(s.city.landKm2), km2(s.city.coveredKm2), Math.round(s.city.population), ppl(s.city.coveredPopulation)]));
  if (nodes.length === 0) io.err('note: no service nodes in the file: nothing is covered');
}

if (process.argv[1]?.endsWith('coverage.ts')) main(runCoverage);
export { CliError };
