/**
 * Area (and centroid moments) of a ring clipped to a convex polygon — how land-grid.ts gives coastal
 * and border cells their true land fraction instead of h3's all-or-nothing centre test.
 *
 * Sutherland–Hodgman against each edge of the convex clip polygon. With a non-convex subject (a
 * district outline) the output can contain zero-width "bridges" along the clip edges, but it keeps
 * the winding number of every point inside the clip region, so its shoelace area and first moments
 * are exactly those of the intersection. That is all we need: no topology, no polyclip, ~µs per cell.
 */
export type Pt = [number, number];

/** Clip `ring` (any orientation) to the half-plane left of a→b. */
function clipHalfPlane(ring: Pt[], a: Pt, b: Pt): Pt[] {
  const out: Pt[] = [];
  const n = ring.length;
  if (n === 0) return out;
  const ex = b[0] - a[0], ey = b[1] - a[1];
  const side = (p: Pt) => ex * (p[1] - a[1]) - ey * (p[0] - a[0]);
  let prev = ring[n - 1]!;
  let sPrev = side(prev);
  for (let i = 0; i < n; i++) {
    const cur = ring[i]!;
    const sCur = side(cur);
    if (sCur >= 0) {
      if (sPrev < 0) out.push(lerp(prev, cur, sPrev / (sPrev - sCur)));
      out.push(cur);
    } else if (sPrev >= 0) {
      out.push(lerp(prev, cur, sPrev / (sPrev - sCur)));
    }
    prev = cur;
    sPrev = sCur;
  }
  return out;
}

const lerp = (p: Pt, q: Pt, t: number): Pt => [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];

export interface Moments {
  /** Signed area (positive when the ring is counter-clockwise). */
  area: number;
  /** ∫x dA and ∫y dA with the same sign convention; centroid = (mx, my) / area. */
  mx: number;
  my: number;
}

export function ringMoments(ring: Pt[]): Moments {
  // Relative to the first vertex: with absolute projected metres (~10⁷) the cross products of a
  // 30 m² sliver would drown in rounding and put its centroid tens of metres off.
  const [ox, oy] = ring[0] ?? [0, 0];
  let area = 0, mx = 0, my = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const p = ring[i]!, q = ring[(i + 1) % n]!;
    const x0 = p[0] - ox, y0 = p[1] - oy, x1 = q[0] - ox, y1 = q[1] - oy;
    const c = x0 * y1 - x1 * y0;
    area += c;
    mx += (x0 + x1) * c;
    my += (y0 + y1) * c;
  }
  area /= 2;
  return { area, mx: mx / 6 + ox * area, my: my / 6 + oy * area };
}

/**
 * `ring` ∩ `convex` as one ring. `convex` must be counter-clockwise; the output keeps `ring`'s
 * orientation (so its signed area is +land for an outer ring, −hole for a hole) and may contain
 * zero-width bridges along the clip edges (see above).
 */
export function clipRing(ring: Pt[], convex: Pt[]): Pt[] {
  let out = ring;
  for (let i = 0; i < convex.length && out.length > 0; i++) {
    out = clipHalfPlane(out, convex[i]!, convex[(i + 1) % convex.length]!);
  }
  return out;
}
