import { describe, expect, it } from 'vitest';
import { scenarioSchema, scenarioV2Schema } from '../proposal.ts';
import { V1_BROKEN, V1_GOOD } from './fixtures-v1.ts';
import { migrateV1toV2, migrateV2toV3, readRecord } from './migrations.ts';

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
    expect(r.ok && scenarioSchema.safeParse(r.value).success).toBe(true);
  });
  it('refuses what is not a valid v2 record', () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    expect(migrateV2toV3({ ...v2.value, schemaVersion: 1 }).ok).toBe(false);
    expect(migrateV2toV3({ ...v2.value, slides: [] }).ok).toBe(false); // v2 had no decks
    expect(migrateV2toV3(V1_GOOD).ok).toBe(false);
  });
});

describe('readRecord', () => {
  it('reads v3 records as they are, v2 and v1 records through the migrations', () => {
    const v2 = migrateV1toV2(V1_GOOD);
    if (!v2.ok) throw new Error('fixture');
    const v3 = migrateV2toV3(v2.value);
    if (!v3.ok) throw new Error('fixture');
    expect(readRecord(v3.value)).toEqual(v3);
    expect(readRecord(v2.value)).toEqual(v3);
    expect(readRecord(V1_GOOD)).toEqual(v3);
    expect(readRecord({ ...v3.value, schemaVersion: 4 }).ok).toBe(false);
    expect(readRecord({ ...v3.value, schemaVersion: 'x' }).ok).toBe(false);
  });
});
