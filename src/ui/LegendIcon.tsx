/** A place symbol drawn with the same code the map's icons come from (see map/icons.ts). */
import { useEffect, useRef } from 'react';
import type { PlaceLayer, Status } from '../data/place-schema.ts';
import { drawPlaceIcon, iconPixels } from '../map/icons.ts';

export function LegendIcon({ layer, status, faded = false }: { layer: PlaceLayer; status: Status; faded?: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const ratio = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  const side = iconPixels(layer, ratio);
  useEffect(() => {
    const ctx = ref.current?.getContext?.('2d');
    if (ctx) drawPlaceIcon(ctx, layer, status, ratio);
  }, [layer, status, ratio]);
  return (
    <canvas
      ref={ref}
      className="legend-icon"
      width={side}
      height={side}
      style={{ width: side / ratio, height: side / ratio, opacity: faded ? 0.55 : 1 }}
      data-testid={`legend-${layer}-${status}`}
      aria-hidden="true"
    />
  );
}
