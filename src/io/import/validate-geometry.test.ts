import { describe, expect, it } from 'vitest';
import { validateGeometry } from './validate-geometry.ts';

const at = { feature: 4 };
const code = (g: unknown) => {
  const r = validateGeometry(g, at);
  return r.ok ? 'ok' : r.error.code;
};

describe('validateGeometry', () => {
  it('passes valid single geometries through, dropping heights', () => {
    const r = validateGeometry({ type: 'Point', coordinates: [114, 22.5, 12] }, at);
    expect(r).toEqual({ ok: true, parts: [{ type: 'Point', coordinates: [114, 22.5] }], warnings: [], altitude: true });
  });
  it('splits multi-geometries and collections into parts, with a warning', () => {
    const r = validateGeometry({ type: 'GeometryCollection', geometries: [{ type: 'MultiPoint', coordinates: [[114, 22.5], [114.1, 22.5]] }, { type: 'LineString', coordinates: [[114, 22.5], [114.1, 22.6]] }] }, at);
    expect(r.ok && r.parts.map((p) => p.type)).toEqual(['Point', 'Point', 'LineString']);
    expect(r.ok && r.warnings).toEqual([{ code: 'import.multiSplit', params: { feature: 4, count: 3 } }]);
  });
  it('closes an open ring and says which', () => {
    const r = validateGeometry({ type: 'Polygon', coordinates: [[[114, 22.5], [114.1, 22.5], [114.1, 22.6]]] }, at);
    expect(r.ok && r.parts[0]!.coordinates).toEqual([[[114, 22.5], [114.1, 22.5], [114.1, 22.6], [114, 22.5]]]);
    expect(r.ok && r.warnings).toEqual([{ code: 'import.ringClosed', params: { feature: 4, ring: 1 } }]);
  });
  it('names each kind of broken coordinate', () => {
    expect(code(null)).toBe('import.missingGeometry');
    expect(code({ type: 'Circle' })).toBe('import.unknownGeometryType');
    expect(code({ type: 'Point', coordinates: [null, 22.5] })).toBe('import.nullCoordinate');
    expect(code({ type: 'Point', coordinates: null })).toBe('import.nullCoordinate');
    expect(code({ type: 'Point', coordinates: ['114', 22.5] })).toBe('import.nonNumericCoordinate');
    expect(code({ type: 'Point', coordinates: [Infinity, 22.5] })).toBe('import.nonFiniteCoordinate');
    expect(code({ type: 'Point', coordinates: [114] })).toBe('import.badCoordinates');
    expect(code({ type: 'LineString', coordinates: [114, 22.5] })).toBe('import.badCoordinates');
    expect(code({ type: 'LineString', coordinates: [[114, 22.5]] })).toBe('import.lineTooShort');
    expect(code({ type: 'Polygon', coordinates: [] })).toBe('import.emptyGeometry');
    expect(code({ type: 'Polygon', coordinates: [[[114, 22.5], [114.1, 22.5], [114, 22.5]]] })).toBe('import.ringTooShort');
    expect(code({ type: 'GeometryCollection', geometries: [] })).toBe('import.emptyGeometry');
  });
  it('refuses features with more vertices than the limit', () => {
    const ring = Array.from({ length: 5001 }, (_, i) => [114 + Math.cos(i) / 100, 22.5 + Math.sin(i) / 100]);
    ring.push(ring[0]!);
    const r = validateGeometry({ type: 'Polygon', coordinates: [ring] }, at);
    expect(r.ok ? null : r.error).toEqual({ code: 'import.tooManyVertices', params: { feature: 4, count: 5002, limit: 5000 } });
  });
});
