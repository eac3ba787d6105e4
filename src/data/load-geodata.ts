/** Fetches the shipped geodata (same origin) and checks it is what the map expects. */
import type { Feature, FeatureCollection } from 'geojson';
import type { MapData } from '../state-types.ts';

export class GeodataError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function asFeatureCollection(file: string, json: unknown): FeatureCollection {
  const fc = json as FeatureCollection;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeodataError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc;
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function fetchJson(fetchFn: Fetch, file: string, url: string): Promise<unknown> {
  let res;
  try {
    res = await fetchFn(url);
  } catch {
    throw new GeodataError(file, 'could not be read');
  }
  if (!res.ok) throw new GeodataError(file, `HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new GeodataError(file, 'is not valid JSON');
  }
  return json;
}

async function fetchFc(fetchFn: Fetch, file: string, url: string): Promise<FeatureCollection> {
  return asFeatureCollection(file, await fetchJson(fetchFn, file, url));
}

export async function loadGeodata(
  baseUrls: Record<'context' | 'districts' | 'districtLabels' | 'metroLines' | 'metroStations', string>,
  placeUrls: Record<string, string>,
  fetchFn: Fetch = (u) => fetch(u),
  planUrls?: { zones: string; axes: string; areaIndex: string; jiedao: string },
): Promise<MapData> {
  const entries = Object.entries(baseUrls) as [keyof typeof baseUrls, string][];
  const base = await Promise.all(entries.map(([k, u]) => fetchFc(fetchFn, `${k}.geojson`, u)));
  const placeFcs = await Promise.all(
    Object.entries(placeUrls).map(([k, u]) => fetchFc(fetchFn, `places/${k}.geojson`, u)),
  );
  const places: Feature[] = placeFcs.flatMap((fc) => fc.features);
  const byKey = Object.fromEntries(entries.map(([k], i) => [k, base[i]!])) as Record<keyof typeof baseUrls, FeatureCollection>;
  const out: MapData = { ...byKey, places: { type: 'FeatureCollection', features: places } };
  if (!planUrls) return out;
  const [zones, axes, areaIndex] = await Promise.all([
    fetchFc(fetchFn, 'zones.geojson', planUrls.zones),
    fetchFc(fetchFn, 'axes.geojson', planUrls.axes),
    fetchJson(fetchFn, 'area-index.json', planUrls.areaIndex),
  ]);
  if (!areaIndex || typeof areaIndex !== 'object' || !('jiedao' in areaIndex)) throw new GeodataError('area-index.json', 'not a 街道 index');
  return { ...out, zones, axes, areaIndex: areaIndex as MapData['areaIndex'], jiedaoUrl: planUrls.jiedao };
}
