/**
 * Slides (汇报): a scenario's deck is an ordered list of saved views. A slide records what the map
 * showed — camera and extent, visible layers and statuses, the coverage settings and which results
 * were on (life-circle level, gaps, corridors, suggestions, the table or the chart), the before/after
 * mode, a highlighted feature — plus a title and presenter's notes (plain text, rendered as text).
 *
 * Layer, node-source and "show" keys are kept as tokens rather than closed enums: other streams add
 * layers and outputs, and a deck saved today must still read tomorrow. The app keeps the keys it
 * knows when it applies a slide. Analysis parameters are stored as they were and validated by the
 * analysis code when applied (a refused set keeps the current one and says why).
 */
import { z } from 'zod';
import { STATUSES } from '../data/place-schema.ts';
import { idSchema } from './id.ts';

export const SLIDE_LIMITS = {
  slidesPerDeck: 50,
  title: 120,
  notes: 4000,
  tokens: 100,
  suggestions: 50,
  /** Characters of the analysis parameters as JSON. */
  params: 4000,
} as const;

// eslint-disable-next-line no-control-regex
const oneLine = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const noControlExceptNewline = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
const token = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/);
const tokens = z.array(token).max(SLIDE_LIMITS.tokens);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-85.06).max(85.06);

export const COMPARE_MODES = ['none', 'side-by-side', 'swipe'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const RESULT_VIEWS = ['none', 'table', 'chart'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export const cameraSchema = z.strictObject({
  lon,
  lat,
  zoom: z.number().min(0).max(24),
  bearing: z.number().min(-360).max(360).default(0),
  pitch: z.number().min(0).max(85).default(0),
});
export type SlideCamera = z.infer<typeof cameraSchema>;

/** West, south, east, north: the extent the planner framed (print and present fit it). */
export const boundsSchema = z
  .tuple([lon, lat, lon, lat])
  .refine(([w, s, e, n]) => w < e && s < n, 'empty extent');

const suggestionSchema = z.strictObject({
  rank: z.number().int().min(1).max(1000),
  lon,
  lat,
  cell: z.string().max(32),
  gainPopulation: z.number().finite(),
  gainKm2: z.number().finite(),
  district: z.string().max(64),
  /** 街道 id (suggestions name their 街道 since issue 7; older decks have none). */
  jiedao: z.string().max(64).default(''),
});

export const slideAnalysisSchema = z.strictObject({
  enabled: z.boolean(),
  nodeSources: tokens,
  params: z
    .record(z.string().max(64), z.json())
    .refine((p) => JSON.stringify(p).length <= SLIDE_LIMITS.params, 'parameters too large'),
  minutes: z.number().int().min(1).max(60),
  /** Outputs drawn on the map: circles, covered, gaps, corridors, … */
  show: tokens,
  gapDistricts: tokens,
  corridorLines: tokens,
  /** Suggested sites as they were shown (a suggestion is a result, not recomputed on apply). */
  suggestions: z.array(suggestionSchema).max(SLIDE_LIMITS.suggestions),
  /** The coverage table or chart on screen and on the printed page. */
  results: z.enum(RESULT_VIEWS),
});
export type SlideAnalysis = z.infer<typeof slideAnalysisSchema>;

export const slideCompareSchema = z.strictObject({
  mode: z.enum(COMPARE_MODES),
  /** 'baseline' or a scenario id; '' = the active scenario. */
  left: z.string().max(64),
  right: z.string().max(64),
  /** Swipe divider position, 0 (left edge) … 1 (right edge). */
  divider: z.number().min(0).max(1),
});
export type SlideCompare = z.infer<typeof slideCompareSchema>;

export const slideSchema = z.strictObject({
  id: idSchema,
  title: z.string().max(SLIDE_LIMITS.title).regex(oneLine),
  notes: z.string().max(SLIDE_LIMITS.notes).regex(noControlExceptNewline),
  camera: cameraSchema,
  bounds: boundsSchema,
  layers: tokens,
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length),
  analysis: slideAnalysisSchema,
  compare: slideCompareSchema,
  /** A selected plan place, station or proposal id, drawn highlighted. */
  highlight: idSchema.nullable(),
});
export type Slide = z.infer<typeof slideSchema>;

export const deckSchema = z
  .array(slideSchema)
  .max(SLIDE_LIMITS.slidesPerDeck)
  .refine((d) => new Set(d.map((s) => s.id)).size === d.length, 'duplicate slide id');
