/**
 * Gap areas (uncovered land) and covered areas as polygons for the map.
 *
 * Built from whole h3 cells with h3's cellsToMultiPolygon, so the outlines are hexagon-edged and
 * coastal cells are drawn whole (their land share is in the numbers, not the outline): the map
 * draws them under the district outlines. A unit counts as a gap when less than half of it is
 * covered (COVERED_THRESHOLD); the uncovered km² figures come from the exact shares, as in summary().
 */
import { cellsToMultiPolygon } from 'h3-js';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { CoverageIndex } from './coverage.ts';

export interface GapProps {
  district: string;
  /** Cells drawn. */
  cells: number;
  /** The district's uncovered land, km² (same figure as the district table). */
  uncoveredKm2: number;
}

/** One MultiPolygon of uncovered cells per district; `districtIds` limits which districts. */
export function gapPolygons(
  index: CoverageIndex,
  districtIds?: readonly string[],
): FeatureCollection<MultiPolygon, GapProps> {
  const g = index.grid;
  const features: Feature<MultiPolygon, GapProps>[] = [];
  for (const d of g.districts) {
    if (districtIds && !districtIds.includes(d.id)) continue;
    const cells: string[] = [];
    let uncoveredKm2 = 0;
    for (let u = d.unitStart; u < d.unitEnd; u++) {
      uncoveredKm2 += (1 - index.fraction(u)) * g.areaKm2[u]!;
      if (!index.isCovered(u)) cells.push(g.cell[u]!);
    }
    if (cells.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { district: d.id, cells: cells.length, uncoveredKm2 },
      geometry: { type: 'MultiPolygon', coordinates: cellsToMultiPolygon(cells, true) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Covered land as one hexagon-edged MultiPolygon: a cheap dissolved coverage (a few ms) to show
 * while dragging. dissolve.ts gives the exact, round-edged union of circles when the drag ends.
 */
export function coveredPolygon(index: CoverageIndex): Feature<MultiPolygon, { cells: number }> {
  const cells = new Set<string>();
  for (let u = 0; u < index.grid.size; u++) if (index.isCovered(u)) cells.add(index.grid.cell[u]!);
  return {
    type: 'Feature',
    properties: { cells: cells.size },
    geometry: { type: 'MultiPolygon', coordinates: cells.size ? cellsToMultiPolygon([...cells], true) : [] },
  };
}
