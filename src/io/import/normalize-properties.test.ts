import { describe, expect, it } from 'vitest';
import { normalizeProperties, clip } from './normalize-properties.ts';

const at = { feature: 1 };

describe('normalizeProperties', () => {
  it('maps Chinese and English keys and values to proposal attributes', () => {
    const n = normalizeProperties({ 名称: '华强北', 英文名: 'Huaqiangbei', 层级: '市级', 状态: '提升', 备注: '电子\n商圈', 面积: 1.2 }, at, 'Point');
    expect(n.attrs).toEqual({ name_zh: '华强北', name_en: 'Huaqiangbei', layer: 'commercial_node', tier: 'city', status: 'upgrade', note: '电子\n商圈' });
    expect(n.extra).toEqual({ 面积: 1.2 });
    expect(n.warnings).toEqual([]);
  });
  it('puts a single name into the language its script suggests', () => {
    expect(normalizeProperties({ name: '蛇口' }, at, 'Point').attrs.name_zh).toBe('蛇口');
    expect(normalizeProperties({ Name: 'Shekou' }, at, 'Point').attrs.name_en).toBe('Shekou');
  });
  it('defaults layer by geometry and reports bad choices', () => {
    const n = normalizeProperties({ name: 'x', layer: 'zone', status: 'maybe' }, at, 'LineString');
    expect(n.attrs).toMatchObject({ layer: 'featured_street', status: 'explore', tier: 'community' });
    expect(n.warnings.map((w) => w.code)).toEqual(['import.layerGeometryMismatch', 'import.invalidChoice']);
  });
  it('drops prototype keys, truncates long values and flags non-text names', () => {
    const raw = JSON.parse('{"__proto__": {"x": 1}, "name": 42, "long": "' + 'a'.repeat(2500) + '"}') as unknown;
    const n = normalizeProperties(raw, at, 'Point');
    expect(n.attrs.name_en).toBe('42');
    expect((n.extra?.long as string).length).toBe(2000);
    expect(Object.hasOwn(n.extra ?? {}, '__proto__')).toBe(false);
    expect(n.warnings.map((w) => [w.code, w.params.field])).toEqual([
      ['import.unsafeKey', '__proto__'],
      ['import.notText', 'name'],
      ['import.valueTruncated', 'long'],
    ]);
  });
  it('reports an unnamed feature and properties that are not an object', () => {
    const n = normalizeProperties('just text', at, 'Polygon');
    expect(n.unnamed).toBe(true);
    expect(n.warnings).toEqual([{ code: 'import.propertiesNotObject', params: at }]);
  });
  it('clips without splitting an emoji', () => {
    expect(clip('ab😀', 3)).toBe('ab');
  });
});
