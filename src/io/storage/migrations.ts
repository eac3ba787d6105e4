/**
 * Record migrations, one function per version step, each unit-tested on records of the old shape.
 * A record that cannot be migrated is left exactly as it was (never deleted); reading reports it
 * as `storage.corruptRecord` with its id, so nothing is lost silently.
 */
import { z } from 'zod';
import { geometrySchema, scenarioSchema, scenarioV2Schema, scenarioV3Schema, SCHEMA_VERSION, type Scenario, type ScenarioV2, type ScenarioV3 } from '../proposal.ts';

/** The v1 record, as the first prototype wrote it. Lenient where v1 was lenient. */
export const v1ScenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  proposals: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: geometrySchema,
      properties: z.object({
        id: z.string(),
        name: z.string(),
        layer: z.string(),
        tier: z.string(),
        status: z.string(),
        note: z.string().default(''),
        source: z.string().default('drawn'),
        createdAt: z.number().optional(),
        updatedAt: z.number().optional(),
      }),
    }),
  ),
});
export type V1Scenario = z.input<typeof v1ScenarioSchema>;

export type Migrated<T = Scenario> = { ok: true; value: T } | { ok: false; reason: string };

const CJK = /[\u3400-\u9fff]/;
const iso = (ms: number) => new Date(ms).toISOString();

/** v1 → v2: split the single name by script, ISO times, add schemaVersion; then the full v2 check. */
export function migrateV1toV2(raw: unknown): Migrated<ScenarioV2> {
  const v1 = v1ScenarioSchema.safeParse(raw);
  if (!v1.success) return { ok: false, reason: `not a v1 record: ${v1.error.issues[0]?.path.join('.') ?? ''}` };
  const s = v1.data;
  if (![s.createdAt, s.updatedAt].every((t) => Number.isFinite(new Date(t).getTime()))) return { ok: false, reason: 'bad time' };
  const candidate = {
    id: s.id,
    name: s.name,
    created: iso(s.createdAt),
    updated: iso(s.updatedAt),
    schemaVersion: 2,
    proposals: s.proposals.map((p) => {
      const { name, createdAt, updatedAt, ...rest } = p.properties;
      const zh = CJK.test(name);
      return {
        type: p.type,
        geometry: p.geometry,
        properties: {
          ...rest,
          name_zh: zh ? name : '',
          name_en: zh ? '' : name,
          created: iso(createdAt ?? s.createdAt),
          updated: iso(updatedAt ?? s.updatedAt),
        },
      };
    }),
  };
  const v2 = scenarioV2Schema.safeParse(candidate);
  return v2.success ? { ok: true, value: v2.data } : { ok: false, reason: `invalid after migration: ${v2.error.issues[0]?.path.join('.') ?? ''}` };
}

/** v2 → v3: every scenario gets a deck, empty; nothing else changes. */
export function migrateV2toV3(raw: unknown): Migrated<ScenarioV3> {
  const v2 = scenarioV2Schema.safeParse(raw);
  if (!v2.success) return { ok: false, reason: `not a v2 record: ${v2.error.issues[0]?.path.join('.') ?? ''}` };
  const v3 = scenarioV3Schema.safeParse({ ...v2.data, slides: [], schemaVersion: 3 });
  return v3.success ? { ok: true, value: v3.data } : { ok: false, reason: `invalid after migration: ${v3.error.issues[0]?.path.join('.') ?? ''}` };
}

/** v3 → v4: every scenario gets an empty list of indicator values; nothing else changes. */
export function migrateV3toV4(raw: unknown): Migrated {
  const v3 = scenarioV3Schema.safeParse(raw);
  if (!v3.success) return { ok: false, reason: `not a v3 record: ${v3.error.issues[0]?.path.join('.') ?? ''}` };
  const v4 = scenarioSchema.safeParse({ ...v3.data, indicatorActuals: [], schemaVersion: 4 });
  return v4.success ? { ok: true, value: v4.data } : { ok: false, reason: `invalid after migration: ${v4.error.issues[0]?.path.join('.') ?? ''}` };
}

/** Migration steps by the version they start from; each takes a record of that version to the next. */
const STEPS: Record<number, (raw: unknown) => Migrated<unknown>> = { 1: migrateV1toV2, 2: migrateV2toV3, 3: migrateV3toV4 };

/**
 * Any older record → the current version, step by step (v1 records carry no schemaVersion).
 * Also used for scenarios in share links and scenario files written by an older version.
 */
export function upgradeRecord(raw: unknown): Migrated {
  const stamped = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).schemaVersion : undefined;
  let version = stamped === undefined ? 1 : stamped;
  let value = raw;
  while (typeof version === 'number' && version < SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) return { ok: false, reason: `no migration from v${version}` };
    const r = step(value);
    if (!r.ok) return r;
    value = r.value;
    version += 1;
  }
  const current = scenarioSchema.safeParse(value);
  return current.success ? { ok: true, value: current.data } : { ok: false, reason: `invalid: ${current.error.issues[0]?.path.join('.') ?? ''}` };
}

/** Any stored record → a current Scenario, migrating old shapes in memory if needed. */
export const readRecord = (raw: unknown): Migrated => upgradeRecord(raw);
