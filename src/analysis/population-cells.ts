/**
 * The population the numbers rest on, as map data: one polygon per land unit with its modelled
 * residents, density and where its weight came from (population-model.ts). For the density layer.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { unitPolygon } from './gaps.ts';
import type { LandGrid } from './land-grid.ts';

export interface PopulationCellProps {
  /** Modelled residents of the unit. */
  population: number;
  /** Residents per km² of land. */
  density: number;
  jiedao: string;
  /** 'sample' (WorldPop point within 750 m), 'extrapolatedNorth' (beyond the file's last row), 'floor' (no sample: 0). */
  source: 'sample' | 'extrapolatedNorth' | 'floor';
}

const SOURCES = ['sample', 'extrapolatedNorth', 'floor'] as const;

export function populationCells(g: LandGrid): FeatureCollection<Polygon, PopulationCellProps> {
  const features: Feature<Polygon, PopulationCellProps>[] = [];
  for (let u = 0; u < g.size; u++) {
    const rings = unitPolygon(g, u);
    const props: PopulationCellProps = {
      population: g.pop[u]!, density: g.areaKm2[u]! > 0 ? g.pop[u]! / g.areaKm2[u]! : 0,
      jiedao: g.jiedao[g.jiedaoOf[u]!]!.id, source: SOURCES[g.popSource[u]!] ?? 'floor',
    };
    // A clipped unit's rings are separate pieces of land (see land-grid.ts): one feature each.
    for (const ring of rings) features.push({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features };
}
