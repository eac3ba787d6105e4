/**
 * The plan's zones (geodata/zones.geojson: polygons) and axes (geodata/axes.geojson: lines), built by
 * `npm run build:data` from geodata/plan/zone-sources.json. One schema for the data tests and the UI.
 */
import { z } from 'zod';
import { DISTRICT_IDS, STATUSES } from './place-schema.ts';

export const ZONE_KINDS = ['cooperation_zone', 'free_trade_zone', 'bonded_zone', 'exhibition_cluster'] as const;
export const AXIS_KINDS = ['commercial_axis', 'coastline', 'port_belt'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];
export type AxisKind = (typeof AXIS_KINDS)[number];

/**
 * traced: the shape follows a boundary or line in a shipped file (a metro track, the 街道 coastline);
 * approximate: assembled from units that are not the zone's own boundary, or cut along hand-drawn lines.
 */
export const SHAPE_PLACEMENTS = ['traced', 'approximate'] as const;

const common = {
  id: z.string().regex(/^(zone|axis)-[a-z0-9]+(-[a-z0-9]+)*$/),
  name_zh: z.string().min(2).max(60),
  name_en: z.string().min(2).max(140),
  plan_ref: z.string().min(2).max(40),
  plan_quote: z.string().min(4).max(160),
  status: z.enum(STATUSES),
  status_verb: z.string().min(1).max(8),
  site_exists: z.boolean(),
  placement: z.enum(SHAPE_PLACEMENTS),
  linked_place: z.string().nullable(),
  /** What the geometry was made from. */
  source: z.string().min(4),
  /** How it was drawn and how good it is, in both languages. */
  note_zh: z.string().min(4),
  note_en: z.string().min(4),
  districts: z.array(z.enum(DISTRICT_IDS)).min(1),
};

export const zonePropertiesSchema = z.strictObject({
  ...common,
  kind: z.enum(ZONE_KINDS),
  /** km², computed from the geometry at build time (tested to 1 %). */
  area_km2: z.number().positive(),
  /** The official area where one is published, for comparison; null where none is at hand. */
  official_area_km2: z.number().positive().nullable(),
});
export type ZoneProperties = z.infer<typeof zonePropertiesSchema>;

export const axisPropertiesSchema = z.strictObject({
  ...common,
  kind: z.enum(AXIS_KINDS),
  length_km: z.number().positive(),
});
export type AxisProperties = z.infer<typeof axisPropertiesSchema>;
