/**
 * Completeness choropleth (pure): each 街道 filled by the share of its residents who reach every chosen
 * basic trade within the 15-minute walk (coverage by trade, issue 8). Drawn on the 街道 polygons the
 * base style already loads (SOURCE.jiedao), beneath the points; 街道 without a value are not filled.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { SOURCE } from './ids.ts';
import { emptyOverlay, type OverlayStyle } from './overlay-style.ts';

export const COMPLETENESS_LAYER = 'trade-completeness';
/** Class breaks (share of residents) and their colours, lowest class first: dark red = few reach every trade (the gaps stand out). */
export const COMPLETENESS_BREAKS = [0.2, 0.4, 0.6, 0.8] as const;
export const COMPLETENESS_COLOURS = ['#a50f15', '#de2d26', '#fb6a4a', '#fcae91', '#fee5d9'];

/** The class (0 = lowest share) of a completeness share. */
export const completenessClass = (share: number): number => COMPLETENESS_BREAKS.filter((b) => share >= b).length;

export function completenessOverlay(shares: Readonly<Record<string, number>> | null): OverlayStyle {
  const o = emptyOverlay();
  const ids = shares ? Object.keys(shares) : [];
  if (!ids.length) return o;
  const colour = ['match', ['get', 'id'], ...ids.flatMap((id) => [id, COMPLETENESS_COLOURS[completenessClass(shares![id]!)]!]), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
  o.belowPlaces.push({
    id: COMPLETENESS_LAYER,
    type: 'fill',
    source: SOURCE.jiedao,
    filter: ['in', ['get', 'id'], ['literal', ids]],
    paint: { 'fill-color': colour, 'fill-opacity': 0.55, 'fill-outline-color': '#ffffff' },
  });
  return o;
}
