import { describe, expect, it } from 'vitest';
import { scenarioSchema, scenarioV2Schema, scenarioV3Schema } from '../proposal.ts';
import { V1_BROKEN, V1_GOOD } from './fixtures-v1.ts';
import { migrateV1toV2, migrateV2toV3, migrateV3toV4, readRecord } from './migrations.ts';

describe('migrateV1toV2', () => {
  it('splits names by script, converts times to ISO and stamps the version', () => {
    const r = migrateV1toV2(V1_GOOD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(scenarioV2Schema.safeParse(r.value).success).toBe(true);
    expect(r.value).toMatchObject({ id: 'v1-nanshan', name: '南山方案', created: '2025-06-01T08:00:00.000Z', updated: '2025-06-02T09:30:00.000Z', schemaVersion: 2 });
    expect(r.value.proposals.map((p) => p.properties)).toEqual([
      { id: 'p1', name_zh: '后海中心', name_en: '', layer: 'commercial_node', tier: 'district', status: 'build', note: '', source: 'drawn', created: '2025-06-01T08:05:00.000Z', updated: '2025-06-02T09:30:00.000Z' },
      { id: 'p2', name_zh: '', name_en: 'Houhai Avenue', layer: 'featured_street', tier: 'street', status: 'upgrade', note: 'v1 note', source: 'drawn', created: '2025-06-01T08:00:00.000Z', updated: '2025-06-02T09:30:00.000Z' },
    ]);
  });
  it('fills defaults v1 allowed to be missing', () => {
    const noNote = structuredClone(V1_GOOD) as unknown as { proposals: { properties: Record<string, unknown> }[] };
    delete noNote.proposals[0]!.properties.note;
    delete noNote.proposals[0]!.properties.source;
    const r = migrateV1toV2(noNote);
    expect(r.ok && r.value.proposals[0]!.properties).toMatchObject({ note: '', source: 'drawn' });
  });
  it('refuses records it cannot make valid, without throwing', () => {
    expect(migrateV1toV2(V1_BROKEN)).toMatchObject({ ok: false });
    expect(migrateV1toV2({ ...V1_GOOD, createdAt: 1e20 })).toMatchObject({ ok: false });
    for (const junk of [null, 42, 'x', [], {}]) expect(migrateV1toV2(junk).ok).toBe(false);
  });
});

describe('migrateV2toV3', () => {
  it('gives a v2 record an empty deck and the new version, and keeps everything else', () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    const r = migrateV2toV3(v2.value);
    expect(r).toEqual({ ok: true, value: { ...v2.value, slides: [], schemaVersion: 3 } });
    expect(r.ok && scenarioV3Schema.safeParse(r.value).success).toBe(true);
  });
  it('refuses what is not a valid v2 record', () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    expect(migrateV2toV3({ ...v2.value, schemaVersion: 1 }).ok).toBe(false);
    expect(migrateV2toV3({ ...v2.value, slides: [] }).ok).toBe(false); // v2 had no decks
    expect(migrateV2toV3(V1_GOOD).ok).toBe(false);
  });
});

describe('migrateV3toV4', () => {
  const v3 = () => {
    const v2 = migrateV1toV2(V1_GOOD);
    const r = v2.ok ? migrateV2toV3(v2.value) : v2;
    if (!r.ok) throw new Error('fixture');
    return r.value;
  };
  it('gives a v3 record an empty list of indicator values and the new version, and keeps everything else', () => {
    const input = v3();
    const r = migrateV3toV4(input);
    expect(r).toEqual({ ok: true, value: { ...input, indicatorActuals: [], schemaVersion: 4 } });
    expect(r.ok && scenarioSchema.safeParse(r.value).success).toBe(true);
  });
  it('refuses what is not a valid v3 record', () => {
    expect(migrateV3toV4({ ...v3(), schemaVersion: 2 }).ok).toBe(false);
    expect(migrateV3toV4({ ...v3(), indicatorActuals: [] }).ok).toBe(false); // v3 had no indicator values
    expect(migrateV3toV4(V1_GOOD).ok).toBe(false);
  });
});

describe('readRecord', () => {
  it('reads v4 records as they are, v3, v2 and v1 records through the migrations', () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    const v3 = migrateV2toV3(v2.value);
    if (!v3.ok) throw new Error('fixture');
    const v4 = migrateV3toV4(v3.value);
    if (!v4.ok) throw new Error('fixture');
    const withValue = { ...v4.value, indicatorActuals: [{ indicatorId: 'retail-sales', value: 9498.1, date: '2023-12-31', source: '深圳统计年鉴' }] };
    expect(readRecord(withValue)).toEqual({ ok: true, value: withValue });
    expect(readRecord(v4.value)).toEqual(v4);
    expect(readRecord(v3.value)).toEqual(v4);
    expect(readRecord(v2.value)).toEqual(v4);
    expect(readRecord(V1_GOOD)).toEqual(v4);
    expect(readRecord({ ...v4.value, schemaVersion: 5 }).ok).toBe(false);
    expect(readRecord({ ...v4.value, schemaVersion: 'x' }).ok).toBe(false);
    expect(readRecord({ ...withValue, indicatorActuals: [...withValue.indicatorActuals, ...withValue.indicatorActuals] }).ok).toBe(false); // one value per indicator
    expect(readRecord({ ...withValue, indicatorActuals: [{ ...withValue.indicatorActuals[0]!, value: Number.NaN }] }).ok).toBe(false);
  });
});
