/** Extra sources and layers contributed by analysis and proposals, slotted into buildStyle's layer order. */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export interface OverlayStyle {
  sources: Record<string, SourceSpecification>;
  /** Above district fills, below metro: coverage, gaps, corridors. */
  belowPlaces: LayerSpecification[];
  /** Above metro, below plan places: life circles outlines, proposals' lines and polygons. */
  belowPlaceSymbols: LayerSpecification[];
  /** Above everything: suggested sites, proposal points, clicked probe point. */
  top: LayerSpecification[];
}

export const emptyOverlay = (): OverlayStyle => ({ sources: {}, belowPlaces: [], belowPlaceSymbols: [], top: [] });

/** Concatenate overlays in order. */
export function mergeOverlays(...parts: OverlayStyle[]): OverlayStyle {
  return parts.reduce<OverlayStyle>(
    (acc, p) => ({
      sources: { ...acc.sources, ...p.sources },
      belowPlaces: [...acc.belowPlaces, ...p.belowPlaces],
      belowPlaceSymbols: [...acc.belowPlaceSymbols, ...p.belowPlaceSymbols],
      top: [...acc.top, ...p.top],
    }),
    emptyOverlay(),
  );
}
