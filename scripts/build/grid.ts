/**
 * The land grid with its population model → geodata/land-grid.bin (src/analysis/grid-file.ts).
 * Cells: h3 res 9 clipped to the 74 街道 (land-grid.ts). Population: 2020 census district totals spread
 * by WorldPop 2020 weights (population-model.ts). 深汕 has no 街道, so no units: its census remainder
 * stays in the district table, flagged approximate.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildLandGrid, type DistrictRecord, type JiedaoFeature, type LandGrid } from '../../src/analysis/land-grid.ts';
import { applyPopulation, DEFAULT_SAMPLE_RADIUS_M, distributePopulation, type PopSample } from '../../src/analysis/population-model.ts';
import { encodeGrid } from '../../src/analysis/grid-file.ts';

export const WORLDPOP_RAW = 'worldpop-2020-1km/Shenzhen.csv';

/** WorldPop points of the raw CSV: the `WGS84 coordinate` column is "(lat, lon)". */
export function readWorldPop(path: string): PopSample[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return rows.map((r, i) => {
    const m = /\(\s*([-\d.]+)\s*,\s*([-\d.]+)\s*\)/.exec(r['WGS84 coordinate'] ?? '');
    const value = Number(r['population (unit)']);
    if (!m || !Number.isFinite(value)) throw new Error(`${WORLDPOP_RAW} row ${i + 2}: no coordinate or population`);
    return { lat: Number(m[1]), lon: Number(m[2]), value };
  });
}

export function buildGrid(
  rawDir: string,
  districts: Feature<Polygon | MultiPolygon>[],
  jiedao: JiedaoFeature[],
): { bytes: Uint8Array; grid: LandGrid; km2BySource: Record<string, number> } {
  const table: DistrictRecord[] = districts.map((d) => {
    const p = d.properties as Record<string, unknown>;
    return { id: String(p.id), name_zh: String(p.name_zh), name_en: String(p.name_en), population_2020: Number(p.population_2020), approximate: p.approximate === true };
  });
  const grid = buildLandGrid(jiedao, table);
  const model = distributePopulation(grid, readWorldPop(`${rawDir}/${WORLDPOP_RAW}`));
  applyPopulation(grid, model);
  const km2BySource = Object.fromEntries(Object.entries(model.km2BySource).map(([k, v]) => [k, Math.round(v * 100) / 100]));
  const bytes = encodeGrid(grid, {
    populationModel: {
      census: '深圳市第七次全国人口普查公报（2021-05）: 2020 resident population by district',
      weights: 'WorldPop 2020 1 km (CC BY 4.0), nearest sample point',
      sampleRadiusM: DEFAULT_SAMPLE_RADIUS_M,
      floorDensity: 0,
      landKm2BySource: km2BySource,
    },
  });
  return { bytes, grid, km2BySource };
}
