import { describe, expect, it } from 'vitest';
import { parseGeoJson } from './geojson.ts';

const point = { type: 'Point', coordinates: [114.05, 22.54] };

describe('parseGeoJson', () => {
  it('accepts a collection, a feature and a bare geometry', () => {
    const fc = parseGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 7, properties: null, geometry: point }] }));
    expect(fc.ok && fc.features).toEqual([{ origin: { feature: 1 }, id: 7, geometry: point, properties: null }]);
    const f = parseGeoJson(JSON.stringify({ type: 'Feature', properties: { id: 'a' }, geometry: point }));
    expect(f.ok && f.features[0]!.id).toBe('a');
    const g = parseGeoJson(JSON.stringify(point));
    expect(g.ok && g.features[0]!.geometry).toEqual(point);
  });
  it('reads a legacy crs member as a hint', () => {
    const r = parseGeoJson(JSON.stringify({ type: 'Feature', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } }, geometry: point }));
    expect(r.ok && r.crsHints).toEqual(['urn:ogc:def:crs:EPSG::3857']);
  });
  it('names what is wrong with the document', () => {
    const code = (t: string) => {
      const r = parseGeoJson(t);
      return r.ok ? 'ok' : r.errors[0]!.code;
    };
    expect(code('"just a string"')).toBe('import.notGeoJson');
    expect(code('{"type": 5}')).toBe('import.geoJsonNoType');
    expect(code('{"type": "Topology"}')).toBe('import.unknownGeoJsonType');
    expect(code('{"type": "FeatureCollection"}')).toBe('import.featuresNotArray');
    expect(code('{"type": "FeatureCollection", "features": []}')).toBe('import.emptyCollection');
  });
  it('keeps real features and drops items that are not features', () => {
    const r = parseGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [null, [1], { type: 'Feature', geometry: point }] }));
    expect(r.ok && r.dropped.map((d) => d.params)).toEqual([{ feature: 1, value: 'null' }, { feature: 2, value: 'array' }]);
    expect(r.ok && r.features.map((f) => f.origin.feature)).toEqual([3]);
  });
});
