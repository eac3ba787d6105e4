/**
 * Record migrations, one function per version step, each unit-tested on records of the old shape.
 * A record that cannot be migrated is left exactly as it was (never deleted); reading reports it
 * as `storage.corruptRecord` with its id, so nothing is lost silently.
 */
import { z } from 'zod';
import { geometrySchema, scenarioSchema, SCHEMA_VERSION, type Scenario } from '../proposal.ts';

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

export type Migrated = { ok: true; value: Scenario } | { ok: false; reason: string };

const CJK = /[\u3400-\u9fff]/;
const iso = (ms: number) => new Date(ms).toISOString();

/** v1 → v2: split the single name by script, ISO times, add schemaVersion; then the full v2 check. */
export function migrateV1toV2(raw: unknown): Migrated {
  const v1 = v1ScenarioSchema.safeParse(raw);
  if (!v1.success) return { ok: false, reason: `not a v1 record: ${v1.error.issues[0]?.path.join('.') ?? ''}` };
  const s = v1.data;
  if (![s.createdAt, s.updatedAt].every((t) => Number.isFinite(new Date(t).getTime()))) return { ok: false, reason: 'bad time' };
  const candidate = {
    id: s.id,
    name: s.name,
    created: iso(s.createdAt),
    updated: iso(s.updatedAt),
    schemaVersion: SCHEMA_VERSION,
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
  const v2 = scenarioSchema.safeParse(candidate);
  return v2.success ? { ok: true, value: v2.data } : { ok: false, reason: `invalid after migration: ${v2.error.issues[0]?.path.join('.') ?? ''}` };
}

/** Any stored record → a current Scenario, migrating old shapes in memory if needed. */
export function readRecord(raw: unknown): Migrated {
  const version = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (version === undefined) return migrateV1toV2(raw);
  const current = scenarioSchema.safeParse(raw);
  return current.success ? { ok: true, value: current.data } : { ok: false, reason: `invalid: ${current.error.issues[0]?.path.join('.') ?? ''}` };
}
