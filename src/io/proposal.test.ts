import { describe, expect, it } from 'vitest';
import { proposalSchema, scenarioSchema, validateProposalAttributes, SCHEMA_VERSION } from './proposal.ts';

const form = { name_zh: ' 南头古城 ', name_en: '', layer: 'commercial_node', tier: 'district', status: 'build', note: '' };
const T = '2026-11-26T08:00:00.000Z';

describe('validateProposalAttributes', () => {
  it('accepts a form with one name and trims it', () => {
    const r = validateProposalAttributes(form, 'Point');
    expect(r).toEqual({ ok: true, value: { ...form, name_zh: '南头古城' } });
  });

  it('needs a name in at least one language', () => {
    const r = validateProposalAttributes({ ...form, name_zh: '   ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ field: 'name_zh', code: 'proposal.nameRequired', params: {} }]);
  });

  it('reports every bad field with its own code', () => {
    const r = validateProposalAttributes({ ...form, name_en: 'x'.repeat(121), layer: 'mall', status: 7, note: undefined });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e]));
    expect(byField.name_en).toMatchObject({ code: 'proposal.tooLong', params: { limit: 120 } });
    expect(byField.layer).toMatchObject({ code: 'proposal.invalidChoice', params: { value: 'mall' } });
    expect(byField.status?.code).toBe('proposal.invalidChoice');
    expect(byField.note?.code).toBe('proposal.required');
  });

  it('rejects a non-text name, a newline in a name, unknown fields and a layer that does not fit the geometry', () => {
    const codes = (x: unknown, g?: 'Point' | 'LineString' | 'Polygon') => {
      const r = validateProposalAttributes(x, g);
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes({ ...form, name_zh: 42 })).toEqual(['proposal.notText']);
    expect(codes({ ...form, name_zh: 'a\nb' })).toEqual(['proposal.controlCharacters']);
    expect(codes({ ...form, colour: 'red' })).toEqual(['proposal.unknownField']);
    expect(codes(form, 'Polygon')).toEqual(['proposal.layerGeometryMismatch']);
    expect(codes(null)).not.toEqual([]);
  });
});

describe('schemas', () => {
  const proposal = {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[114, 22.5], [114.1, 22.5], [114.1, 22.6], [114, 22.5]]] },
    properties: { ...form, layer: 'zone', id: 'p1', source: 'drawn', created: T, updated: T },
  };
  it('accepts a valid zone and rejects an unclosed ring and a street drawn as a point', () => {
    expect(proposalSchema.safeParse(proposal).success).toBe(true);
    const open = structuredClone(proposal);
    open.geometry.coordinates[0]![3] = [114.05, 22.55];
    expect(proposalSchema.safeParse(open).success).toBe(false);
    const mismatch = { ...proposal, properties: { ...proposal.properties, layer: 'featured_street' } };
    expect(proposalSchema.safeParse(mismatch).success).toBe(false);
  });
  it('rejects a scenario with duplicate proposal ids or the wrong version', () => {
    const s = { id: 's1', name: '方案一', proposals: [proposal], created: T, updated: T, schemaVersion: SCHEMA_VERSION };
    expect(scenarioSchema.safeParse(s).success).toBe(true);
    expect(scenarioSchema.safeParse({ ...s, proposals: [proposal, proposal] }).success).toBe(false);
    expect(scenarioSchema.safeParse({ ...s, schemaVersion: 1 }).success).toBe(false);
  });
  it('never passes __proto__ through as an extra key', () => {
    const extra = JSON.parse('{"__proto__": {"polluted": 1}, "owner": "区政府"}') as unknown;
    const p = { ...proposal, properties: { ...proposal.properties, extra } };
    const r = proposalSchema.safeParse(p);
    const out = r.success ? (r.data.properties.extra ?? {}) : {};
    expect(Object.hasOwn(out, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
