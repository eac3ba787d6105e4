/**
 * Proposals (what planners draw or import) and scenarios (named sets of them), as zod schemas.
 * The same schemas guard every way data comes in: the attribute form, the importer, IndexedDB
 * reads and share links, so a record that passes here renders and saves everywhere.
 */
import { z } from 'zod';
import { STATUSES, TIERS } from '../data/place-schema.ts';
import { echo } from './issue.ts';
import { idSchema } from './id.ts';
import { deckSchema } from './slide.ts';
import { indicatorActualsSchema } from './indicator-actual.ts';

/** Version of the stored Scenario record and of the IndexedDB database (see storage/migrations.ts). */
export const SCHEMA_VERSION = 4;

export const PROPOSAL_LAYERS = ['community_node', 'commercial_node', 'featured_street', 'zone'] as const;
export type ProposalLayer = (typeof PROPOSAL_LAYERS)[number];
export { STATUSES, TIERS };
export type { Status, Tier } from '../data/place-schema.ts';
export const SOURCES = ['drawn', 'imported', 'suggested'] as const;

/** Which geometry each layer is drawn with: nodes are points, streets lines, zones polygons. */
export const LAYER_GEOMETRY = {
  community_node: 'Point',
  commercial_node: 'Point',
  featured_street: 'LineString',
  zone: 'Polygon',
} as const satisfies Record<ProposalLayer, GeometryKind>;
export type GeometryKind = 'Point' | 'LineString' | 'Polygon';

/** Field limits. Names fit a map label and a table cell; a note is a paragraph, not a report. */
export const LIMITS = {
  name_zh: 60,
  name_en: 120,
  note: 2000,
  id: 64,
  scenarioName: 80,
  extraKeys: 50,
  extraKey: 100,
  extraValue: 2000,
  proposalsPerScenario: 10_000,
} as const;

/** Keys that would reach Object.prototype if copied with plain assignment. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
export const positionSchema = z.tuple([lon, lat]);
const ringSchema = z
  .array(positionSchema)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'ring not closed');

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: positionSchema }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
]);
export type ProposalGeometry = z.infer<typeof geometrySchema>;

const isoTime = z.iso.datetime({ offset: true });
// Control characters break one-line labels and CSV cells; names are one line.
// eslint-disable-next-line no-control-regex
const oneLine = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const noControlExceptNewline = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

export { idSchema };

/** Attributes the form edits; names may be empty individually but not both (see refine). */
export const attributesSchema = z.strictObject({
  name_zh: z.string().max(LIMITS.name_zh).regex(oneLine),
  name_en: z.string().max(LIMITS.name_en).regex(oneLine),
  layer: z.enum(PROPOSAL_LAYERS),
  tier: z.enum(TIERS),
  status: z.enum(STATUSES),
  note: z.string().max(LIMITS.note).regex(noControlExceptNewline),
});
export type ProposalAttributes = z.infer<typeof attributesSchema>;

/** Attributes of imported data that have no proposal field, kept so export gives them back. */
const extraKey = z
  .string()
  .min(1)
  .max(LIMITS.extraKey)
  .refine((k) => !UNSAFE_KEYS.has(k));
export const extraSchema = z
  .record(extraKey, z.union([z.string().max(LIMITS.extraValue), z.number(), z.boolean(), z.null()]))
  .refine((r) => Object.keys(r).length <= LIMITS.extraKeys, 'too many extra keys');

export const propertiesSchema = attributesSchema
  .extend({
    id: idSchema,
    source: z.enum(SOURCES),
    created: isoTime,
    updated: isoTime,
    extra: extraSchema.optional(),
  })
  .refine((p) => p.name_zh.trim() !== '' || p.name_en.trim() !== '', { path: ['name_zh'], message: 'name required' });
export type ProposalProperties = z.infer<typeof propertiesSchema>;

export const proposalSchema = z
  .strictObject({ type: z.literal('Feature'), geometry: geometrySchema, properties: propertiesSchema })
  .refine((f) => LAYER_GEOMETRY[f.properties.layer] === f.geometry.type, {
    path: ['properties', 'layer'],
    message: 'layer does not match geometry',
  });
export type Proposal = z.infer<typeof proposalSchema>;

const scenarioFields = {
  id: idSchema,
  name: z.string().trim().min(1).max(LIMITS.scenarioName).regex(oneLine),
  proposals: z.array(proposalSchema).max(LIMITS.proposalsPerScenario),
  created: isoTime,
  updated: isoTime,
};
const uniqueProposalIds = (s: { proposals: Proposal[] }) => new Set(s.proposals.map((p) => p.properties.id)).size === s.proposals.length;
const duplicateProposalId = { path: ['proposals'], message: 'duplicate proposal id' };

/** The v2 record (before decks), kept for the v2 → v3 migration. */
export const scenarioV2Schema = z
  .strictObject({ ...scenarioFields, schemaVersion: z.literal(2) })
  .refine(uniqueProposalIds, duplicateProposalId);
export type ScenarioV2 = z.infer<typeof scenarioV2Schema>;

/** The v3 record (a deck, no indicator values), kept for the v3 → v4 migration. */
export const scenarioV3Schema = z
  .strictObject({ ...scenarioFields, slides: deckSchema.default([]), schemaVersion: z.literal(3) })
  .refine(uniqueProposalIds, duplicateProposalId);
export type ScenarioV3 = z.infer<typeof scenarioV3Schema>;

/**
 * v3: a scenario owns its deck of slides (src/io/slide.ts).
 * v4: and the planner's actual values for the plan's indicators (src/io/indicator-actual.ts); a
 * record written without them reads as none.
 */
export const scenarioSchema = z
  .strictObject({
    ...scenarioFields,
    slides: deckSchema.default([]),
    indicatorActuals: indicatorActualsSchema.optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
  })
  .refine(uniqueProposalIds, duplicateProposalId);
export type Scenario = z.infer<typeof scenarioSchema>;

export interface FieldError {
  field: string;
  code: string;
  params: Record<string, string | number>;
}
export type AttributesResult = { ok: true; value: ProposalAttributes } | { ok: false; errors: FieldError[] };

/**
 * Validates the attribute form. Names and note are trimmed; at least one name is required;
 * with `geometry` given, the layer must suit it (a zone is a polygon). Errors are per field so
 * the form can show each one next to its input.
 */
export function validateProposalAttributes(input: unknown, geometry?: GeometryKind): AttributesResult {
  const trimmed =
    input && typeof input === 'object' && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]))
      : input;
  const parsed = attributesSchema.safeParse(trimmed, { reportInput: true });
  const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map(toFieldError);
  if (parsed.success) {
    const v = parsed.data;
    if (v.name_zh === '' && v.name_en === '') errors.push({ field: 'name_zh', code: 'proposal.nameRequired', params: {} });
    if (geometry && LAYER_GEOMETRY[v.layer] !== geometry) {
      errors.push({ field: 'layer', code: 'proposal.layerGeometryMismatch', params: { value: v.layer, geometry } });
    }
    if (errors.length === 0) return { ok: true, value: v };
  }
  return { ok: false, errors };
}

function toFieldError(i: z.core.$ZodIssue): FieldError {
  const field = String(i.path[0] ?? '');
  switch (i.code) {
    case 'too_big':
      return { field, code: 'proposal.tooLong', params: { limit: Number(i.maximum) } };
    case 'invalid_value':
      return { field, code: 'proposal.invalidChoice', params: { value: echo(i.input), options: i.values.join(', ') } };
    case 'invalid_format':
      return { field, code: 'proposal.controlCharacters', params: {} };
    case 'unrecognized_keys':
      return { field: i.keys.join(', '), code: 'proposal.unknownField', params: { value: echo(i.keys.join(', ')) } };
    case 'invalid_type':
      return i.input === undefined
        ? { field, code: 'proposal.required', params: {} }
        : { field, code: 'proposal.notText', params: { value: echo(i.input) } };
    default:
      return { field, code: 'proposal.invalid', params: {} };
  }
}
