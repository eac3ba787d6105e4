/**
 * Applies a new style to the map by difference, so a toggle or hover costs a property change, not a
 * reload. GeoJSON data is compared by identity (the store hands out new objects only when data changes),
 * so dragging a proposal re-uploads one source, not all of them.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The slice of maplibre's Map this module needs; a fake implements it in tests. */
export interface MapLike {
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  getSource(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setFilter(layer: string, filter: unknown): unknown;
  setLayerZoomRange(layer: string, min: number, max: number): unknown;
  moveLayer(id: string, beforeId?: string): unknown;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

type AnyLayer = LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown>; filter?: unknown; source?: unknown };

function sourceChanged(a: SourceSpecification, b: SourceSpecification): 'none' | 'data' | 'replace' {
  if (a === b) return 'none';
  const { data: da, ...ra } = a as SourceSpecification & { data?: unknown };
  const { data: db, ...rb } = b as SourceSpecification & { data?: unknown };
  if (!same(ra, rb)) return 'replace';
  return da === db ? 'none' : 'data';
}

/** Returns the list of operations performed (used by tests and for debugging). */
export function applyStyle(map: MapLike, prev: StyleSpecification | null, next: StyleSpecification): string[] {
  const ops: string[] = [];
  const prevSources = prev?.sources ?? {};
  const prevLayers = new Map((prev?.layers ?? []).map((l) => [l.id, l as AnyLayer]));
  const nextIds = new Set(next.layers.map((l) => l.id));

  // 1. Layers that are gone, or whose type/source changed (must be re-added).
  for (const [id, old] of prevLayers) {
    const neu = next.layers.find((l) => l.id === id) as AnyLayer | undefined;
    if (!nextIds.has(id) || !neu || neu.type !== old.type || neu.source !== old.source || (neu as { minzoom?: number }).minzoom !== (old as { minzoom?: number }).minzoom || (neu as { maxzoom?: number }).maxzoom !== (old as { maxzoom?: number }).maxzoom) {
      map.removeLayer(id);
      prevLayers.delete(id);
      ops.push(`removeLayer ${id}`);
    }
  }
  // 2. Sources: remove, replace, update data, add.
  for (const id of Object.keys(prevSources)) {
    const neu = next.sources[id];
    const change = neu ? sourceChanged(prevSources[id]!, neu) : 'replace';
    if (change === 'replace') {
      for (const [lid, l] of prevLayers) {
        if (l.source === id) {
          map.removeLayer(lid);
          prevLayers.delete(lid);
          ops.push(`removeLayer ${lid}`);
        }
      }
      map.removeSource(id);
      ops.push(`removeSource ${id}`);
    } else if (change === 'data') {
      (map.getSource(id) as { setData(d: unknown): void }).setData((neu as { data: unknown }).data);
      ops.push(`setData ${id}`);
    }
  }
  for (const [id, src] of Object.entries(next.sources)) {
    const old = prevSources[id];
    if (!old || sourceChanged(old, src) === 'replace') {
      map.addSource(id, src);
      ops.push(`addSource ${id}`);
    }
  }
  // 3. Layers in order: add missing ones at the right place, update changed properties.
  const order = next.layers.map((l) => l.id);
  next.layers.forEach((layer, i) => {
    const old = prevLayers.get(layer.id);
    const before = order.slice(i + 1).find((id) => prevLayers.has(id));
    if (!old) {
      map.addLayer(layer, before);
      prevLayers.set(layer.id, layer as AnyLayer);
      ops.push(`addLayer ${layer.id}`);
      return;
    }
    const neu = layer as AnyLayer;
    for (const kind of ['paint', 'layout'] as const) {
      const a = old[kind] ?? {};
      const b = neu[kind] ?? {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!same(a[key], b[key])) {
          if (kind === 'paint') map.setPaintProperty(layer.id, key, b[key]);
          else map.setLayoutProperty(layer.id, key, b[key]);
          ops.push(`set${kind === 'paint' ? 'Paint' : 'Layout'}Property ${layer.id} ${key}`);
        }
      }
    }
    if (!same(old.filter, neu.filter)) {
      map.setFilter(layer.id, neu.filter ?? null);
      ops.push(`setFilter ${layer.id}`);
    }
  });
  // 4. Order: if the relative order of kept layers changed, move them into place.
  const prevOrder = (prev?.layers ?? []).map((l) => l.id).filter((id) => nextIds.has(id));
  const keptNext = order.filter((id) => prevOrder.includes(id));
  if (prevOrder.join() !== keptNext.join()) {
    for (let i = order.length - 1; i >= 0; i--) {
      map.moveLayer(order[i]!, order[i + 1]);
    }
    ops.push('reorder');
  }
  return ops;
}
