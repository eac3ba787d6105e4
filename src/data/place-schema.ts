/**
 * The schema every plan place in geodata/places/ follows. One source of truth for the data tests,
 * the importer's checks and the map's styling.
 */
import { z } from 'zod';

/** Map layers of plan places (one file each in geodata/places/). */
export const PLACE_LAYERS = [
  'city_circle', // 市级商圈 (专栏1-1)
  'district_centre', // 区级商业中心 (专栏1-2)
  'featured_street', // 特色商街 (专栏2, 东门步行街)
  'night_economy', // 夜间经济示范街区 (专栏3-2)
  'bonded_zone', // 海关特殊监管区域 (第一章第一节, 专栏13)
  'port', // 口岸: land, sea, air (第三章第四节, 专栏5-4)
  'venue', // 会展场馆 (第五章)
  'ecommerce_base', // 电子商务示范基地 / 直播电商基地 (专栏6-3/6-4, 专栏12-1)
  'landmark', // 现状商业地标: the shopping centres and circles 第一章第一节 names as achievements
  'trade_platform', // 数字贸易与服务贸易基地 (专栏8-1/8-2, 专栏10-1)
] as const;
export type PlaceLayer = (typeof PLACE_LAYERS)[number];

/** Commercial tiers of the plan's three-tier network; 'community' is the tier planners site themselves. */
export const TIERS = ['city', 'district', 'street', 'community'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Plan status in the plan's own words: existing (依托/发挥/为支点: used as it is), upgrade (改造/提升/重建,
 * or 建设/打造 on a site that exists), build (规划建设, or 建设/打造 of something new), study (研究推动…规划建设:
 * a study, not a decision to build), explore (探索/争取). The verb each place rests on is `status_verb`;
 * the rule is status-rule.ts (tested against every quote).
 */
export const STATUSES = ['existing', 'upgrade', 'build', 'study', 'explore'] as const;
export type Status = (typeof STATUSES)[number];

/** For ports: the plan's action (第三章第四节; 专栏5-4), or not named in the plan. */
export const PORT_ACTIONS = ['rebuild', 'upgrade', 'explore_new', 'departure_tax_refund', 'not_named'] as const;
export const PORT_KINDS = ['land', 'sea', 'air'] as const;

/**
 * How a point was placed: from a metro station and a stated offset; a copied public coordinate (a
 * gazetteer/encyclopedia entry, not our own survey); approximate from local knowledge; or drawn at
 * the point of the centre it belongs to (`parent`), its own site not verified.
 */
export const PLACEMENTS = ['station-anchored', 'public-coordinate', 'approximate', 'centre-linked'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const DISTRICT_IDS = [
  'futian', 'luohu', 'yantian', 'nanshan', 'baoan', 'longgang', 'longhua', 'pingshan', 'guangming', 'dapeng', 'shenshan',
] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

const lonLat = z.tuple([z.number().min(113.7).max(115.4), z.number().min(22.3).max(23.2)]);

export const placePropertiesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case ASCII id'),
    name_zh: z.string().min(2).max(40),
    name_en: z.string().min(2).max(80),
    layer: z.enum(PLACE_LAYERS),
    /** Commercial tier (city/district/street) for the three-tier network layers, else null. */
    tier: z.enum(TIERS).nullable(),
    district: z.enum(DISTRICT_IDS),
    status: z.enum(STATUSES),
    /** The word(s) of plan_quote the status rests on (status-rule.ts). */
    status_verb: z.string().min(1).max(8),
    /** Whether the place exists today (2020/21); decides 建设/打造 between upgrade and build. */
    site_exists: z.boolean(),
    plan_ref: z.string().min(2).max(40),
    /** A short passage that occurs verbatim in seeds/ (tested). */
    plan_quote: z.string().min(4).max(160),
    named_in_plan: z.boolean(),
    placement: z.enum(PLACEMENTS),
    anchor_station: z.string().startsWith('st-').nullable(),
    /** For an anchor site of a larger centre (secondary tier): the centre's id. */
    parent: z.string().nullable(),
    placement_note: z.string().min(4).max(240),
    port_kind: z.enum(PORT_KINDS).optional(),
    port_action: z.enum(PORT_ACTIONS).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.placement === 'station-anchored' && !p.anchor_station) {
      ctx.addIssue({ code: 'custom', message: 'station-anchored needs anchor_station', path: ['anchor_station'] });
    }
    if ((p.placement === 'centre-linked') !== (p.parent !== null)) {
      ctx.addIssue({ code: 'custom', message: 'centre-linked placement ⇔ a parent', path: ['parent'] });
    }
    if (p.layer === 'port' && (!p.port_kind || !p.port_action)) {
      ctx.addIssue({ code: 'custom', message: 'ports need port_kind and port_action', path: ['port_action'] });
    }
    if (p.layer === 'port' && (p.port_action === 'not_named') === p.named_in_plan) {
      ctx.addIssue({ code: 'custom', message: 'port_action not_named ⇔ named_in_plan false', path: ['named_in_plan'] });
    }
    const tiered = p.layer === 'city_circle' || p.layer === 'district_centre' || p.layer === 'featured_street';
    if (tiered !== (p.tier !== null)) {
      ctx.addIssue({ code: 'custom', message: 'tier is set exactly for the three-tier network layers', path: ['tier'] });
    }
  });

export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: placePropertiesSchema,
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
});

export const placeCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeatureSchema).min(1),
});
