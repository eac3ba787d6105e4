/** geodata/area-index.json (built): each 街道's names, land, modelled population, extent, and the plan places and zones in it. */
export interface AreaIndexEntry {
  district: string;
  name_zh: string;
  name_en: string;
  land_km2: number;
  /** Resident population, modelled: census district totals spread by WorldPop 2020 weights. */
  population_model: number;
  bbox: [number, number, number, number];
  places: string[];
  zones: string[];
}

export interface AreaIndex {
  jiedao: Record<string, AreaIndexEntry>;
}
