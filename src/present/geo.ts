/**
 * Web Mercator helpers for slides: the extent a view shows in a map of a given size, and the zoom at
 * which an extent fills another map (present mode is full screen; the slide was framed beside the side
 * panel). MapLibre's 512-pixel tiles.
 */
const TILE = 512;
const x = (lon: number) => (lon + 180) / 360;
const y = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (px: number) => px * 360 - 180;
const latOf = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * py))) * 180) / Math.PI;

export function boundsOf(view: { lon: number; lat: number; zoom: number }, width: number, height: number): [number, number, number, number] {
  const world = TILE * 2 ** view.zoom;
  const cx = x(view.lon);
  const cy = y(view.lat);
  const dx = width / 2 / world;
  const dy = height / 2 / world;
  return [lonOf(cx - dx), latOf(cy + dy), lonOf(cx + dx), latOf(cy - dy)];
}

/** The largest zoom at which `bounds` fits in width × height pixels. */
export function fitZoom(bounds: readonly [number, number, number, number], width: number, height: number): number {
  const [w, s, e, n] = bounds;
  const fx = (x(e) - x(w)) * TILE;
  const fy = (y(s) - y(n)) * TILE;
  return Math.log2(Math.min(width / fx, height / fy));
}
