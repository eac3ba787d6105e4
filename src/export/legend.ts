/**
 * The legend of a printed map, built from the very style the map is drawn with: every layer that is
 * visible gets its entry (and only those), its swatch taken from the layer's own paint or, for plan
 * places, from the shared symbology (the legend draws the same icons as the map, icons.ts). Layers
 * that carry no meaning of their own (background, land fill, labels, hover/selection highlights) are
 * named in SILENT. A layer id this module does not know still gets an entry with its swatch read from
 * its paint and its id as label, and a unit test lists every id the style can produce, so a new layer
 * cannot silently go missing from printed legends.
 *
 * Pure: labels are i18n keys with parameters; the caller translates them.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PLACE_LAYERS, STATUSES, type PlaceLayer, type Status } from '../data/place-schema.ts';
import { AXIS_COLOUR, ZONE_COLOURS } from '../map/symbology.ts';
import { ANALYSIS_LAYER, LAYER, PREVIEW_LAYER, PROPOSAL_LAYER, placeLayerId } from '../map/ids.ts';

export type Swatch =
  | { kind: 'icon'; layer: PlaceLayer; status: Status }
  | { kind: 'fill'; fill: string; opacity: number; stroke?: string; dash?: boolean }
  | { kind: 'line'; colours: string[]; width: number; dash?: boolean; opacity?: number }
  | { kind: 'circle'; fill: string; stroke: string; text?: string };

export interface LegendLabel {
  key: string;
  params?: Record<string, string | number>;
}

export interface LegendItem {
  /** The style layer the entry stands for; `status:<status>` for the status key under the plan's places. */
  layerId: string;
  label: LegendLabel;
  /** One swatch, or several (a plan layer shows one icon per status drawn). */
  swatches: Swatch[];
}

export interface LegendInput {
  style: StyleSpecification;
  /** Statuses that occur among each plan layer's places (from the loaded data). */
  placeStatuses: Partial<Record<PlaceLayer, readonly Status[]>>;
  /** Colours of the metro lines drawn (from the data: the style reads them per feature). */
  metroColours: readonly string[];
  /** The displayed life circle, for the coverage labels. */
  minutes?: number;
  /** Layer ids with something inside the printed frame; when given, layers with nothing there are left out. */
  inFrame?: ReadonlySet<string>;
}

/** Layers that mean nothing by themselves on a legend. */
export const SILENT = new Set<string>([
  LAYER.background,
  LAYER.districtFill,
  LAYER.districtApproxFill,
  LAYER.contextLabel,
  LAYER.districtLabel,
  LAYER.metroStationLabels,
  LAYER.placeHighlight,
  LAYER.stationHighlight,
  ANALYSIS_LAYER.coveredLine,
  ANALYSIS_LAYER.gapsLine,
  ANALYSIS_LAYER.corridorsLine,
  ANALYSIS_LAYER.siteLabels,
  PROPOSAL_LAYER.zoneLine,
  PROPOSAL_LAYER.selected,
  PROPOSAL_LAYER.labels,
  PREVIEW_LAYER.line,
  // The plan's zones: the fill carries the entry, outline and labels add nothing; the 街道 hit area is
  // transparent; the chosen area's veil and outline are a selection, not a layer of meaning.
  LAYER.zoneLine,
  LAYER.zoneLabel,
  LAYER.axisLabel,
  LAYER.jiedaoHit,
  LAYER.areaMaskDistrict,
  LAYER.areaMaskJiedao,
  LAYER.areaOutlineDistrict,
  LAYER.areaOutlineJiedao,
  LAYER.areaOutlineDistrictCasing,
  LAYER.areaOutlineJiedaoCasing,
]);

type AnyLayer = LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown };

const literal = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
const isVisible = (l: AnyLayer) => l.layout?.visibility !== 'none';

/** The statuses a place layer's filter lets through: ['in', ['get','status'], ['literal', [...]]]. */
function filterStatuses(filter: unknown): Status[] {
  const found = JSON.stringify(filter ?? null).match(/\["literal",(\[[^\]]*\])\]/);
  if (!found) return [...STATUSES];
  const listed = JSON.parse(found[1]!) as string[];
  return STATUSES.filter((s) => listed.includes(s));
}

/** A swatch read from any layer's paint: how unknown layers still get a faithful symbol. */
function paintSwatch(l: AnyLayer): Swatch {
  const p = l.paint ?? {};
  if (l.type === 'fill') return { kind: 'fill', fill: literal(p['fill-color'], '#888888'), opacity: num(p['fill-opacity'], 0.5) };
  if (l.type === 'line') return { kind: 'line', colours: [literal(p['line-color'], '#888888')], width: num(p['line-width'], 2), dash: p['line-dasharray'] !== undefined };
  if (l.type === 'circle') return { kind: 'circle', fill: literal(p['circle-color'], '#888888'), stroke: literal(p['circle-stroke-color'], '#ffffff') };
  return { kind: 'fill', fill: '#888888', opacity: 0.5 };
}

export function buildLegend(input: LegendInput): LegendItem[] {
  const layers = input.style.layers as AnyLayer[];
  const byId = new Map(layers.map((l) => [l.id, l]));
  const shown = (id: string) => {
    const l = byId.get(id);
    return !!l && isVisible(l) && (!input.inFrame || input.inFrame.has(id));
  };
  const minutes = input.minutes ?? 15;
  const items: LegendItem[] = [];
  const push = (layerId: string, key: string, swatches: Swatch[], params?: LegendLabel['params']) =>
    items.push({ layerId, label: { key, ...(params ? { params } : {}) }, swatches });

  // Plan places first, in the order of the layer panel: one entry per category, one icon per status drawn.
  for (const layer of PLACE_LAYERS) {
    const id = placeLayerId(layer);
    if (!shown(id)) continue;
    const present = input.placeStatuses[layer] ?? [];
    const statuses = filterStatuses(byId.get(id)!.filter).filter((s) => present.includes(s));
    if (!statuses.length) continue;
    push(id, `common:layers.${layer}`, statuses.map((status) => ({ kind: 'icon', layer, status })));
  }
  // The status key: how each drawn status looks, on the first category shown (the map's own styles).
  const first = items[0]?.swatches[0];
  if (first?.kind === 'icon') {
    const drawn = new Set(items.flatMap((i) => i.swatches.map((sw) => (sw.kind === 'icon' ? sw.status : null))));
    for (const status of STATUSES.filter((st) => drawn.has(st))) {
      items.push({ layerId: `status:${status}`, label: { key: `common:status.${status}` }, swatches: [{ kind: 'icon', layer: first.layer, status }] });
    }
  }

  // Then everything else, in drawing order from the top, as the reader sees it.
  for (const l of [...layers].reverse()) {
    const id = l.id;
    if (id.startsWith('places-') || SILENT.has(id) || !shown(id)) continue;
    const p = l.paint ?? {};
    switch (id) {
      case LAYER.contextFill:
        push(id, 'present:legend.context', [{ kind: 'fill', fill: '#e4e0d5', opacity: 1, stroke: '#c8c1b3' }]);
        break;
      case LAYER.districtLine:
        push(id, 'common:layers.districts', [{ kind: 'line', colours: [literal(p['line-color'], '#8d8375')], width: 1.5 }]);
        break;
      case LAYER.jiedaoLine:
        push(id, 'present:legend.jiedao', [{ kind: 'line', colours: [literal(p['line-color'], '#a89f91')], width: 1, dash: p['line-dasharray'] !== undefined }]);
        break;
      case LAYER.zoneFill:
        // One swatch per kind of zone, in the map's colours (the fill's colour is a match on `kind`).
        push(id, 'plan:shapes.zones', Object.values(ZONE_COLOURS).map((c) => ({ kind: 'fill', fill: c, opacity: 0.12, stroke: c })));
        break;
      case LAYER.axisLine:
        push(id, 'plan:shapes.axes', [{ kind: 'line', colours: [literal(p['line-color'], AXIS_COLOUR)], width: 4, dash: true, opacity: 0.5 }]);
        break;
      case LAYER.metroLines:
        push(id, 'common:layers.metro', [{ kind: 'line', colours: input.metroColours.length ? [...input.metroColours] : ['#888888'], width: 3 }]);
        break;
      case LAYER.metroLinesSchematic:
        push(id, 'present:legend.schematic', [{ kind: 'line', colours: ['#666666'], width: 3, dash: true }]);
        break;
      case LAYER.metroStations:
        push(id, 'common:layers.stations', [{ kind: 'circle', fill: literal(p['circle-color'], '#ffffff'), stroke: literal(p['circle-stroke-color'], '#555555') }]);
        break;
      case ANALYSIS_LAYER.coveredFill:
        push(id, 'present:legend.covered', [{ kind: 'fill', fill: literal(p['fill-color'], '#2e7d32'), opacity: num(p['fill-opacity'], 0.22), stroke: literal(p['fill-color'], '#2e7d32') }], { minutes });
        break;
      case ANALYSIS_LAYER.circles:
        push(id, 'present:legend.circles', [{ kind: 'line', colours: [literal(p['line-color'], '#1b5e20')], width: 1.2, dash: true }], { minutes });
        break;
      case ANALYSIS_LAYER.gapsFill:
        push(id, 'present:legend.gaps', [{ kind: 'fill', fill: literal(p['fill-color'], '#d84315'), opacity: num(p['fill-opacity'], 0.2) }], { minutes });
        break;
      case ANALYSIS_LAYER.corridorsFill:
        push(id, 'present:legend.corridors', [{ kind: 'fill', fill: literal(p['fill-color'], '#5c6bc0'), opacity: num(p['fill-opacity'], 0.16), stroke: literal(p['fill-color'], '#5c6bc0') }]);
        break;
      case ANALYSIS_LAYER.citedLines:
        push(id, 'present:legend.citedLines', [{ kind: 'line', colours: ['#1a1a1a'], width: 5, opacity: num(p['line-opacity'], 0.55) }]);
        break;
      case ANALYSIS_LAYER.sites:
        push(id, 'present:legend.sites', [{ kind: 'circle', fill: literal(p['circle-color'], '#00897b'), stroke: '#ffffff', text: '1' }]);
        break;
      case ANALYSIS_LAYER.probe:
        push(id, 'present:legend.probe', [{ kind: 'circle', fill: '#ffffff', stroke: literal(p['circle-stroke-color'], '#111111') }]);
        break;
      case PROPOSAL_LAYER.points:
        push(id, 'present:legend.proposalPoints', [
          { kind: 'circle', fill: literal(p['circle-stroke-color'], '#00a152'), stroke: literal(p['circle-stroke-color'], '#00a152') },
          { kind: 'circle', fill: '#ffffff', stroke: literal(p['circle-stroke-color'], '#00a152') },
        ]);
        break;
      case PROPOSAL_LAYER.street:
        push(id, 'present:legend.proposalStreets', [{ kind: 'line', colours: [literal(p['line-color'], '#00a152')], width: 4 }]);
        break;
      case PROPOSAL_LAYER.zoneFill:
        push(id, 'present:legend.proposalZones', [{ kind: 'fill', fill: literal(p['fill-color'], '#00a152'), opacity: num(p['fill-opacity'], 0.15), stroke: literal(p['fill-color'], '#00a152'), dash: true }]);
        break;
      case PREVIEW_LAYER.fill:
      case PREVIEW_LAYER.points:
        if (!items.some((i) => i.layerId === PREVIEW_LAYER.fill || i.layerId === PREVIEW_LAYER.points)) {
          push(id, 'present:legend.preview', [{ kind: 'fill', fill: '#ef6c00', opacity: 0.15, stroke: '#ef6c00', dash: true }]);
        }
        break;
      default:
        push(id, 'present:legend.unknown', [paintSwatch(l)], { id });
    }
  }
  return items;
}
