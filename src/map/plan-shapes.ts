/**
 * The plan's zones and axes, the 街道 outlines, and the chosen area (outline + "show only" veil), as
 * style layers. Pure: state in, sources and layers out; build-style.ts places them beneath the points.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/index.ts';
import { STATUSES, type Status } from '../data/place-schema.ts';
import type { AreaRef, MapData } from '../state-types.ts';
import { LAYER, SOURCE } from './ids.ts';
import { ZONE_COLOURS, AXIS_COLOUR } from './symbology.ts';
import { SHIPPED_FONT } from './font-faces.ts';

export interface PlanShapeInput {
  lang: Lang;
  data: MapData;
  visible: { zones?: boolean; axes?: boolean; jiedao?: boolean };
  statuses: Record<Status, boolean>;
  selectedId: string | null;
  hoverId: string | null;
  selectedArea?: AreaRef | null;
  /** "Show only this district / 街道": everything else is veiled and its places and zones hidden. */
  areaOnly?: AreaRef | null;
}

const FONT = [SHIPPED_FONT, 'sans-serif'];
const HALO = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4 };
const visibility = (on: boolean | undefined) => (on ? 'visible' : 'none') as 'visible' | 'none';
const name = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
/** Planned shapes (to build, study, explore) are outlined dashed; shapes that exist, solid. */
const PLANNED = ['build', 'study', 'explore'];

const statusOn = (statuses: Record<Status, boolean>): FilterSpecification => ['in', ['get', 'status'], ['literal', STATUSES.filter((s) => statuses[s])]];

/** Zones and axes whose status is switched on (and, with "show only", that reach into the area). */
const shapesFilter = (statuses: Record<Status, boolean>, only: string[] | null): FilterSpecification =>
  only ? (['all', statusOn(statuses), ['in', ['get', 'id'], ['literal', only]]] as FilterSpecification) : statusOn(statuses);

/** Ids of the places that lie in an area: by their district, or by the built 街道 index. */
export function placesInArea(data: MapData, area: AreaRef): string[] {
  if (area.kind === 'jiedao') return data.areaIndex?.jiedao[area.id]?.places ?? [];
  return data.places.features.filter((f) => f.properties?.district === area.id).map((f) => String(f.properties?.id));
}

/** Ids of the zones and axes that reach into an area. */
export function shapesInArea(data: MapData, area: AreaRef): string[] {
  const shapes = [...(data.zones?.features ?? []), ...(data.axes?.features ?? [])];
  if (area.kind === 'jiedao') {
    const zones = data.areaIndex?.jiedao[area.id]?.zones ?? [];
    const district = data.areaIndex?.jiedao[area.id]?.district;
    // Axes are lines: listed for the 街道's district (the index holds polygons only).
    return shapes.filter((f) => zones.includes(String(f.properties?.id)) || (f.geometry.type === 'LineString' && (f.properties?.districts as string[]).includes(district ?? ''))).map((f) => String(f.properties?.id));
  }
  return shapes.filter((f) => (f.properties?.districts as string[] | undefined)?.includes(area.id)).map((f) => String(f.properties?.id));
}

/** The extra condition on place layers while "show only" is on (null when it is off). */
export function areaPlaceFilter(data: MapData, areaOnly: AreaRef | null | undefined): FilterSpecification | null {
  return areaOnly ? ['in', ['get', 'id'], ['literal', placesInArea(data, areaOnly)]] : null;
}

export function planShapeSources(data: MapData): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  if (data.zones) out[SOURCE.zones] = { type: 'geojson', data: data.zones };
  if (data.axes) out[SOURCE.axes] = { type: 'geojson', data: data.axes };
  // A URL: MapLibre fetches and parses the 2.6 MB file in its own worker, not on the page.
  if (data.jiedaoUrl) out[SOURCE.jiedao] = { type: 'geojson', data: data.jiedaoUrl };
  return out;
}

/** Zones and axes with their labels, drawn above the districts and beneath metro and points. */
export function planShapeLayers(input: PlanShapeInput): LayerSpecification[] {
  const { data, visible } = input;
  const layers: LayerSpecification[] = [];
  const only = input.areaOnly ? shapesInArea(data, input.areaOnly) : null;
  const shapeFilter = shapesFilter(input.statuses, only);
  const picked = ['in', ['get', 'id'], ['literal', [input.selectedId ?? '', input.hoverId ?? '']]] as ExpressionSpecification;
  if (data.zones) {
    const colour = ['match', ['get', 'kind'], ...Object.entries(ZONE_COLOURS).flat(), '#555'] as unknown as ExpressionSpecification;
    layers.push(
      {
        id: LAYER.zoneFill,
        type: 'fill',
        source: SOURCE.zones,
        filter: shapeFilter,
        layout: { visibility: visibility(visible.zones) },
        paint: { 'fill-color': colour, 'fill-opacity': ['case', picked, 0.3, ['in', ['get', 'status'], ['literal', PLANNED]], 0.06, 0.12] },
      },
      {
        id: LAYER.zoneLine,
        type: 'line',
        source: SOURCE.zones,
        filter: shapeFilter,
        layout: { visibility: visibility(visible.zones), 'line-join': 'round' },
        paint: {
          'line-color': colour,
          'line-width': ['case', picked, 3.5, 1.6],
          'line-dasharray': ['case', ['in', ['get', 'status'], ['literal', PLANNED]], ['literal', [3, 2]], ['literal', [1, 0]]],
        },
      },
    );
  }
  if (data.axes) {
    layers.push({
      id: LAYER.axisLine,
      type: 'line',
      source: SOURCE.axes,
      filter: shapeFilter,
      layout: { visibility: visibility(visible.axes), 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': AXIS_COLOUR,
        'line-opacity': ['case', picked, 0.85, 0.5],
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['case', picked, 7, 4], 14, ['case', picked, 14, 9]],
        'line-dasharray': [2, 1],
      },
    });
  }
  return layers;
}

/** Labels of zones and axes (above the metro lines, beneath the points). */
export function planShapeLabelLayers(input: PlanShapeInput): LayerSpecification[] {
  const { data, visible, lang } = input;
  const out: LayerSpecification[] = [];
  const only = input.areaOnly ? shapesInArea(data, input.areaOnly) : null;
  const filter = shapesFilter(input.statuses, only);
  if (data.zones) {
    out.push({
      id: LAYER.zoneLabel,
      type: 'symbol',
      source: SOURCE.zones,
      minzoom: 10.5,
      filter,
      layout: { visibility: visibility(visible.zones), 'text-field': name(lang), 'text-font': FONT, 'text-size': 11, 'text-max-width': 9, 'text-optional': true },
      paint: { 'text-color': ['match', ['get', 'kind'], ...Object.entries(ZONE_COLOURS).flat(), '#555'] as unknown as ExpressionSpecification, ...HALO },
    });
  }
  if (data.axes) {
    out.push({
      id: LAYER.axisLabel,
      type: 'symbol',
      source: SOURCE.axes,
      minzoom: 11,
      filter,
      layout: { visibility: visibility(visible.axes), 'symbol-placement': 'line', 'text-field': name(lang), 'text-font': FONT, 'text-size': 11 },
      paint: { 'text-color': '#8a4b00', ...HALO },
    });
  }
  return out;
}

/**
 * 街道 outlines (from zoom 11), the invisible 街道 fill a click picks and,
 * with "show only", a veil over everything else.
 */
export function areaLayers(input: PlanShapeInput): LayerSpecification[] {
  const { data, visible } = input;
  const out: LayerSpecification[] = [];
  const only = input.areaOnly;
  if (only?.kind === 'district') {
    out.push({ id: LAYER.areaMaskDistrict, type: 'fill', source: SOURCE.districts, filter: ['!=', ['get', 'id'], only.id], paint: { 'fill-color': '#5d554a', 'fill-opacity': 0.3 } });
  }
  if (data.jiedaoUrl) {
    out.push(
      { id: LAYER.jiedaoHit, type: 'fill', source: SOURCE.jiedao, minzoom: 11, paint: { 'fill-color': '#000000', 'fill-opacity': 0 } },
      {
        id: LAYER.jiedaoLine,
        type: 'line',
        source: SOURCE.jiedao,
        minzoom: 11,
        layout: { visibility: visibility(visible.jiedao), 'line-join': 'round' },
        paint: { 'line-color': '#a99f8f', 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
    );
    if (only?.kind === 'jiedao') {
      out.push({ id: LAYER.areaMaskJiedao, type: 'fill', source: SOURCE.jiedao, filter: ['!=', ['get', 'id'], only.id], paint: { 'fill-color': '#5d554a', 'fill-opacity': 0.3 } });
    }
  }
  return out;
}

/**
 * The outline of the chosen area (selected, or shown alone), drawn above the zones and the analysis fills
 * (the coverage and completeness choropleths) so it is never tinted by them.
 */
export function areaOutlineLayers(input: PlanShapeInput): LayerSpecification[] {
  const area = input.selectedArea ?? input.areaOnly;
  // A white casing under the orange line: it stands out on any fill (the choropleths' reds included) and
  // is not mistaken for a metro line.
  const outline = (casing: string, line: string, source: string, id: string): LayerSpecification[] => {
    const filter: FilterSpecification = ['==', ['get', 'id'], id];
    return [
      { id: casing, type: 'line', source, filter, layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 } },
      { id: line, type: 'line', source, filter, layout: { 'line-join': 'round' }, paint: { 'line-color': '#e65100', 'line-width': 3 } },
    ];
  };
  return [
    ...outline(LAYER.areaOutlineDistrictCasing, LAYER.areaOutlineDistrict, SOURCE.districts, area?.kind === 'district' ? area.id : ''),
    ...(input.data.jiedaoUrl ? outline(LAYER.areaOutlineJiedaoCasing, LAYER.areaOutlineJiedao, SOURCE.jiedao, area?.kind === 'jiedao' ? area.id : '') : []),
  ];
}
