/**
 * Regenerates the built files in geodata/ from the raw files in geodata/raw/ (copied into the project,
 * see geodata/SOURCES.md). Deterministic: two runs give identical bytes (tested).
 *
 *   npm run build:data            write geodata/*.geojson
 *   npm run build:data -- --out DIR   write somewhere else (used by the determinism test)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { writeFeatureCollection } from './build/geo-io.ts';
import { buildDistricts } from './build/districts.ts';
import { buildContext } from './build/context.ts';
import { buildMetro } from './build/metro.ts';
import { buildJiedao } from './build/jiedao.ts';
import { buildGrid } from './build/grid.ts';
import { buildOutletsOsm } from './build/outlets-osm.ts';
import { buildAreaIndex, buildZones, type ZoneInputs } from './build/plan-zones.ts';
import { labelPoint } from './build/label-point.ts';
import type { MultiPolygon } from 'geojson';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = join(root, 'geodata', 'raw');

export function buildAll(outDir: string): string[] {
  const written: string[] = [];
  const write = (name: string, features: Parameters<typeof writeFeatureCollection>[1], meta = {}) => {
    writeFeatureCollection(join(outDir, name), features, meta);
    written.push(name);
  };

  const { features: districts, shenshanAreaKm2 } = buildDistricts(rawDir);
  write('districts.geojson', districts, { crs_note: 'WGS-84 (EPSG:4326)' });
  write(
    'district-labels.geojson',
    districts.map((d) => ({
      type: 'Feature' as const,
      properties: {
        id: d.properties!.id,
        // 深汕's outline is an approximation: its label says so on the map.
        name_zh: d.properties!.approximate ? `${d.properties!.name_zh}（示意范围）` : d.properties!.name_zh,
        name_en: d.properties!.approximate ? `${d.properties!.name_en} (approximate extent)` : d.properties!.name_en,
      },
      geometry: { type: 'Point' as const, coordinates: labelPoint(d.geometry as MultiPolygon) },
    })),
  );

  // The 74 街道: analysis units and their labels (land only; GCJ-02 → WGS-84).
  const jiedao = buildJiedao(rawDir);
  // The land grid and its population model (binary, read by the worker and the command line).
  const grid = buildGrid(rawDir, districts, jiedao.polygons);
  writeFileSync(join(outDir, 'land-grid.bin'), grid.bytes);
  written.push('land-grid.bin');
  const jPop = new Map(grid.grid.jiedao.map((j) => [j.id, j.population]));
  const jiedaoWithPopulation = jiedao.polygons.map((f) => ({ ...f, properties: { ...f.properties, population_model: jPop.get(f.properties.id)! } }));
  write('jiedao.geojson', jiedaoWithPopulation, { crs_note: 'WGS-84 (EPSG:4326)' });
  write('jiedao-labels.geojson', jiedao.labels);

  write('outlets-osm.geojson', buildOutletsOsm(rawDir), {
    crs_note: 'WGS-84 (EPSG:4326)',
    licence: 'ODbL 1.0 — © OpenStreetMap contributors',
    note: 'incomplete sample: OSM maps a small share of Shenzhen shops',
  });
  write('context.geojson', buildContext(rawDir), { crs_note: 'WGS-84 (EPSG:4326)' });

  const metro = buildMetro(rawDir, (p) => readFileSync(p, 'utf8'));
  write('metro-lines.geojson', metro.lines, { crs_note: 'WGS-84 (EPSG:4326)' });
  write('metro-stations.geojson', metro.stations, { crs_note: 'WGS-84 (EPSG:4326)' });

  // The plan's zones and axes, from the recipes in geodata/plan/zone-sources.json (see geodata/plan/ZONES.md).
  const plan = buildZones({
    rawDir,
    sources: JSON.parse(readFileSync(join(root, 'geodata', 'plan', 'zone-sources.json'), 'utf8')) as ZoneInputs['sources'],
    jiedao: jiedao.polygons,
    districts: districts as ZoneInputs['districts'],
    metroLines: metro.lines as ZoneInputs['metroLines'],
    stations: metro.stations as ZoneInputs['stations'],
  });
  write('zones.geojson', plan.zones, { crs_note: 'WGS-84 (EPSG:4326)' });
  write('axes.geojson', plan.axes, { crs_note: 'WGS-84 (EPSG:4326)' });
  // Which 街道 holds each plan place and zone (the area panel and "show only this 街道" read it).
  const placeFiles = readdirSync(join(root, 'geodata', 'places')).filter((f) => f.endsWith('.geojson')).sort();
  const places = placeFiles.flatMap((f) => (JSON.parse(readFileSync(join(root, 'geodata', 'places', f), 'utf8')) as { features: Parameters<typeof buildAreaIndex>[1] }).features);
  writeFileSync(join(outDir, 'area-index.json'), `${JSON.stringify(buildAreaIndex(jiedaoWithPopulation, places, plan.zones))}\n`);
  written.push('area-index.json');

  const gaps = {
    shenshan_area_km2: Math.round(shenshanAreaKm2 * 10) / 10,
    land_grid: { res: grid.grid.res, units: grid.grid.size, land_km2_by_population_source: grid.km2BySource },
    stations_without_position: metro.missingStations,
    schematic_segments: metro.schematicSegments,
  };
  writeFileSync(join(outDir, 'build-report.json'), `${JSON.stringify(gaps, null, 1)}\n`);
  written.push('build-report.json');
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? resolve(process.argv[i + 1]!) : join(root, 'geodata');
  const files = buildAll(outDir);
  console.log(`build:data wrote ${files.length} files to ${i > 0 ? outDir : 'geodata/'}: ${files.join(', ')}`);
}
