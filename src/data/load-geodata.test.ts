import { describe, expect, it } from 'vitest';
import { GeodataError, loadGeodata } from './load-geodata.ts';

const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Point', coordinates: [114, 22.5] } }] };
const urls = { context: 'c', districts: 'd', districtLabels: 'dl', metroLines: 'ml', metroStations: 'ms' };
const respond = (bodies: Record<string, unknown>) => async (u: string) => {
  const b = bodies[u];
  if (b === undefined) return { ok: false, status: 404, json: async () => null };
  return { ok: true, status: 200, json: async () => (b instanceof Error ? Promise.reject(b) : b) };
};

describe('loadGeodata', () => {
  it('merges every place layer into one collection', async () => {
    const data = await loadGeodata(urls, { port: 'p', venue: 'v' }, respond({ c: fc, d: fc, dl: fc, ml: fc, ms: fc, p: fc, v: fc }));
    expect(data.places.features).toHaveLength(2);
  });
  it('names the file that is missing', async () => {
    await expect(loadGeodata(urls, {}, respond({ c: fc, d: fc, dl: fc, ml: fc }))).rejects.toMatchObject({ file: 'metroStations.geojson', reason: 'HTTP 404' });
  });
  it('names the file that is not GeoJSON', async () => {
    const err = await loadGeodata(urls, { port: 'p' }, respond({ c: fc, d: fc, dl: fc, ml: fc, ms: fc, p: { hello: 1 } })).catch((e) => e);
    expect(err).toBeInstanceOf(GeodataError);
    expect(err.file).toBe('places/port.geojson');
  });
  it('reports broken JSON', async () => {
    const err = await loadGeodata(urls, {}, respond({ c: new Error('x'), d: fc, dl: fc, ml: fc, ms: fc })).catch((e) => e);
    expect(err.reason).toBe('is not valid JSON');
  });
});
