/**
 * URLs of the shipped geodata. Vite copies the files into the build and hands back same-origin URLs,
 * so the app fetches them from its own origin: offline by construction.
 */
import contextUrl from '../../geodata/context.geojson?url';
import districtsUrl from '../../geodata/districts.geojson?url';
import districtLabelsUrl from '../../geodata/district-labels.geojson?url';
import metroLinesUrl from '../../geodata/metro-lines.geojson?url';
import metroStationsUrl from '../../geodata/metro-stations.geojson?url';
import zonesUrl from '../../geodata/zones.geojson?url';
import axesUrl from '../../geodata/axes.geojson?url';
import areaIndexUrl from '../../geodata/area-index.json?url';
import jiedaoUrl from '../../geodata/jiedao.geojson?url';

export const BASE_URLS = {
  context: contextUrl,
  districts: districtsUrl,
  districtLabels: districtLabelsUrl,
  metroLines: metroLinesUrl,
  metroStations: metroStationsUrl,
} as const;

/** One file per place layer: geodata/places/<layer>.geojson. */
export const PLACE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../geodata/places/*.geojson', { query: '?url', import: 'default', eager: true }),
  ).map(([path, url]) => [path.replace(/^.*\/(\w+)\.geojson$/, '$1'), url]),
);

/** The plan's zones and axes, the 街道 index, and the 街道 polygons (passed to MapLibre as a URL, parsed in its worker). */
export const PLAN_URLS = { zones: zonesUrl, axes: axesUrl, areaIndex: areaIndexUrl, jiedao: jiedaoUrl } as const;
