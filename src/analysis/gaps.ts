/**
 * Gap areas (uncovered land) and covered areas as polygons for the map, one feature per 街道.
 *
 * A unit counts as a gap when less than half of it is covered (COVERED_THRESHOLD); the uncovered
 * km² and population on each feature come from the exact shares, as in the coverage table. Whole
 * cells are dissolved with h3's cellsToMultiPolygon (hexagon-edged); units clipped to a coast or a
 * 街道 border are drawn as their own land polygon, so a gap never reaches into the sea.
 */
import { cellsToMultiPolygon } from 'h3-js';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { COVERED_THRESHOLD, type CoverageIndex } from './coverage.ts';
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import { h3FromHalves, type LandGrid } from './land-grid.ts';

export interface GapProps {
  district: string;
  jiedao: string;
  name_zh: string;
  name_en: string;
  /** Units drawn. */
  cells: number;
  /** The 街道's uncovered land, km², and uncovered residents (same figures as the table). */
  uncoveredKm2: number;
  uncoveredPopulation: number;
}

const isWhole = (g: LandGrid, u: number) => g.whole[u] === 1;

/** The land polygon of a unit in lon/lat. */
export function unitPolygon(g: LandGrid, u: number): Position[][] {
  const kx = mPerDegLon(g.lat[u]!);
  const rings: Position[][] = [];
  for (let k = g.ringStart[u]!; k < g.ringStart[u + 1]!; k++) {
    const ring: Position[] = [];
    for (let i = g.vertStart[k]!; i < g.vertStart[k + 1]!; i++) ring.push([g.lon[u]! + g.verts[2 * i]! / kx, g.lat[u]! + g.verts[2 * i + 1]! / M_PER_DEG]);
    ring.push(ring[0]!);
    rings.push(ring);
  }
  return rings;
}

function polygonsOf(g: LandGrid, units: readonly number[]): Position[][][] {
  const whole = units.filter((u) => isWhole(g, u)).map((u) => h3FromHalves(g.cellHi[u]!, g.cellLo[u]!));
  const out: Position[][][] = whole.length ? cellsToMultiPolygon(whole, true) : [];
  // Clipped units: each ring of the clip is an outer ring (holes of the 街道 were clipped in as
  // reversed rings; drawing them as separate polygons is the same land at map scale).
  for (const u of units) if (!isWhole(g, u)) for (const ring of unitPolygon(g, u)) out.push([ring]);
  return out;
}

/** One MultiPolygon of uncovered units per 街道; `ids` limits to these districts or 街道. */
export function gapPolygons(index: CoverageIndex, ids?: readonly string[]): FeatureCollection<MultiPolygon, GapProps> {
  const g = index.grid;
  const share = index.shares();
  const features: Feature<MultiPolygon, GapProps>[] = [];
  for (const j of g.jiedao) {
    if (ids && !ids.includes(j.districtId) && !ids.includes(j.id)) continue;
    const units: number[] = [];
    let uncoveredKm2 = 0, uncoveredPopulation = 0;
    for (let u = j.unitStart; u < j.unitEnd; u++) {
      uncoveredKm2 += (1 - share[u]!) * g.areaKm2[u]!;
      uncoveredPopulation += (1 - share[u]!) * g.pop[u]!;
      if (share[u]! < COVERED_THRESHOLD) units.push(u);
    }
    if (units.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { district: j.districtId, jiedao: j.id, name_zh: j.name_zh, name_en: j.name_en, cells: units.length, uncoveredKm2, uncoveredPopulation },
      geometry: { type: 'MultiPolygon', coordinates: polygonsOf(g, units) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Covered land as one MultiPolygon of covered units: a cheap dissolved coverage (a few ms) to show
 * while dragging. dissolve.ts gives the exact, round-edged union of circles when the drag ends.
 */
export function coveredPolygon(index: CoverageIndex): Feature<MultiPolygon, { cells: number }> {
  const share = index.shares();
  const units: number[] = [];
  for (let u = 0; u < index.grid.size; u++) if (share[u]! >= COVERED_THRESHOLD) units.push(u);
  return { type: 'Feature', properties: { cells: units.length }, geometry: { type: 'MultiPolygon', coordinates: polygonsOf(index.grid, units) } };
}
