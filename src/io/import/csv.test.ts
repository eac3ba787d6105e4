import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('numbers lines as a text editor does, across blank lines and multi-line cells', () => {
    const r = parseCsv('name,lon,lat\n\n"two\nlines",114.05,22.54\nbad,x,22.5\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.features.map((f) => f.origin)).toEqual([{ feature: 1, line: 3 }]);
    expect(r.dropped).toEqual([{ code: 'import.csvNotNumber', params: { line: 5, field: 'lon', value: 'x' } }]);
  });
  it('keeps other columns as properties and never lets a header reach the prototype', () => {
    const r = parseCsv('__proto__,经度,纬度,备注\npolluted,114.05,22.54,好\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.features[0]!.properties as Record<string, unknown>;
    expect(Object.keys(p)).toEqual(['__proto__', '备注']);
    expect(Object.getPrototypeOf(p)).toBeNull();
  });
  it('detects semicolons and tabs, names blank and repeated headers', () => {
    const r = parseCsv('lon;lat;;x\n114.05;22.54;a;b\n');
    expect(r.ok && Object.keys(r.features[0]!.properties as object)).toEqual(['column_3', 'x']);
    const t = parseCsv('name\tlng\tlat\tname\nA\t114.05\t22.54\tB\n');
    expect(t.ok && Object.keys(t.features[0]!.properties as object)).toEqual(['name', 'name_2']);
  });
  it('rejects a table without coordinate columns, listing the header', () => {
    expect(parseCsv('名称,地址\nA,B\n')).toEqual({ ok: false, errors: [{ code: 'import.csvNoCoordinateColumns', params: { columns: '名称, 地址' } }] });
  });
});
