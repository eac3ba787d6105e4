/**
 * Exact area of a union of circles inside a polygon — and, more generally, of an intersection of
 * such unions (⋂ₜ ⋃_{c ∈ group t} c) ∩ P, which is what "reaches every chosen trade" means.
 *
 * Green's theorem: area(R) = ½∮_{∂R} (x dy − y dx). The boundary of R = I ∩ P (I the intersection of
 * unions) is made of
 *  - arcs of circles that lie on ∂I, weighted by P's winding number there (1 on land, 0 off it), and
 *  - pieces of P's edges that lie inside I.
 * Each circle is cut at its intersections with every other circle and every edge; each edge at its
 * intersections with every circle. Every piece is then classified by its midpoint, so there is no
 * topology to build and nothing to go wrong with tangencies: a piece of zero length contributes zero.
 * Circles whose boundaries coincide (two nodes at the same spot) are counted once: duplicates within
 * a group are dropped, and across groups the arc belongs to the lower group.
 *
 * Coordinates are planar metres in the unit's local frame (land-grid.ts), so the only error is
 * floating point: no sampling, no polygonised circles.
 */

export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** Polygon rings as stored in the land grid: rings [ringFrom, ringTo), ring k's (x, y) vertices [vertStart[k], vertStart[k+1]). */
export interface RingSet {
  verts: ArrayLike<number>;
  vertStart: ArrayLike<number>;
  ringFrom: number;
  ringTo: number;
}

const TAU = 2 * Math.PI;
const norm = (a: number) => (a < 0 ? a + TAU : a >= TAU ? a - TAU : a);

/** Winding number of (px, py) with respect to the rings (1 inside land, 0 outside). */
export function winding(p: RingSet, px: number, py: number): number {
  let w = 0;
  const { verts: v, vertStart: vs } = p;
  for (let k = p.ringFrom; k < p.ringTo; k++) {
    const a = vs[k]!, b = vs[k + 1]!;
    let x0 = v[2 * (b - 1)]!, y0 = v[2 * (b - 1) + 1]!;
    for (let i = a; i < b; i++) {
      const x1 = v[2 * i]!, y1 = v[2 * i + 1]!;
      if (y0 <= py) {
        if (y1 > py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) > 0) w++;
      } else if (y1 <= py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) < 0) w--;
      x0 = x1;
      y0 = y1;
    }
  }
  return w;
}

let breaks = new Float64Array(64);
const grow = (n: number) => {
  if (breaks.length < n) breaks = new Float64Array(Math.max(n, 2 * breaks.length));
};

/** Area of (⋃ circles) ∩ P. */
export function unionAreaInRings(circles: readonly Disc[], p: RingSet): number {
  return intersectionOfUnionsArea([circles], p);
}

/** Area of (⋂ over groups of ⋃ of the group's circles) ∩ P. An empty group makes the intersection empty. */
export function intersectionOfUnionsArea(groupsIn: readonly (readonly Disc[])[], p: RingSet): number {
  if (groupsIn.length === 0 || groupsIn.some((g) => g.length === 0)) return 0;
  const groups = groupsIn.map(dedupe);
  const all: { c: Disc; g: number }[] = [];
  groups.forEach((gr, g) => gr.forEach((c) => all.push({ c, g })));
  const { verts: v, vertStart: vs } = p;
  const nEdges = (vs[p.ringTo] as number) - (vs[p.ringFrom] as number);

  /** Is (px, py) in the union of group h? `self` is the circle whose arc is tested (tie rule for identical circles). */
  const inGroup = (h: number, px: number, py: number, self: Disc | null, selfGroup: number): boolean => {
    for (const c of groups[h]!) {
      if (c === self) continue;
      if (self && c.x === self.x && c.y === self.y && c.r === self.r) {
        if (h > selfGroup) return true; // the same circle in a later group: the arc is on both unions' boundaries
        continue;
      }
      const dx = px - c.x, dy = py - c.y;
      if (dx * dx + dy * dy < c.r * c.r) return true;
    }
    return false;
  };

  let total = 0;
  // Arcs.
  for (const { c, g } of all) {
    grow(2 * (all.length + nEdges) + 2);
    let nb = 0;
    for (const { c: o } of all) {
      if (o === c) continue;
      const dx = o.x - c.x, dy = o.y - c.y;
      const d = Math.hypot(dx, dy);
      if (d >= c.r + o.r || d <= Math.abs(c.r - o.r) || d === 0) continue;
      const phi = Math.atan2(dy, dx);
      const half = Math.acos(Math.max(-1, Math.min(1, (c.r * c.r + d * d - o.r * o.r) / (2 * c.r * d))));
      breaks[nb++] = norm(phi - half);
      breaks[nb++] = norm(phi + half);
    }
    for (let k = p.ringFrom; k < p.ringTo; k++) {
      const a = vs[k]!, b = vs[k + 1]!;
      let x0 = v[2 * (b - 1)]!, y0 = v[2 * (b - 1) + 1]!;
      for (let i = a; i < b; i++) {
        const x1 = v[2 * i]!, y1 = v[2 * i + 1]!;
        nb = segmentCircleAngles(x0, y0, x1, y1, c, nb);
        x0 = x1;
        y0 = y1;
      }
    }
    const sorted = breaks.subarray(0, nb).sort();
    const pieces = nb === 0 ? 1 : nb;
    for (let s = 0; s < pieces; s++) {
      const t0 = nb === 0 ? 0 : sorted[s]!;
      const t1 = nb === 0 ? TAU : s + 1 < nb ? sorted[s + 1]! : sorted[0]! + TAU;
      if (t1 - t0 <= 0) continue;
      const tm = (t0 + t1) / 2;
      const mx = c.x + c.r * Math.cos(tm), my = c.y + c.r * Math.sin(tm);
      if (inGroup(g, mx, my, c, g)) continue; // inside its own union: not on the boundary
      let ok = true;
      for (let h = 0; h < groups.length && ok; h++) if (h !== g && !inGroup(h, mx, my, c, g)) ok = false;
      if (!ok) continue;
      const w = winding(p, mx, my);
      if (w === 0) continue;
      // ½∫(x dy − y dx) along the arc.
      total += (w * (c.r * c.r * (t1 - t0) + c.r * c.x * (Math.sin(t1) - Math.sin(t0)) + c.r * c.y * (Math.cos(t0) - Math.cos(t1)))) / 2;
    }
  }
  // Edges of P inside the intersection.
  for (let k = p.ringFrom; k < p.ringTo; k++) {
    const a = vs[k]!, b = vs[k + 1]!;
    let x0 = v[2 * (b - 1)]!, y0 = v[2 * (b - 1) + 1]!;
    for (let i = a; i < b; i++) {
      const x1 = v[2 * i]!, y1 = v[2 * i + 1]!;
      grow(2 * all.length + 2);
      let nb = 0;
      breaks[nb++] = 0;
      for (const { c } of all) nb = segmentCircleParams(x0, y0, x1, y1, c, nb);
      breaks[nb++] = 1;
      const sorted = breaks.subarray(0, nb).sort();
      for (let s = 0; s + 1 < nb; s++) {
        const t0 = sorted[s]!, t1 = sorted[s + 1]!;
        if (t1 - t0 <= 0) continue;
        const tm = (t0 + t1) / 2;
        const mx = x0 + (x1 - x0) * tm, my = y0 + (y1 - y0) * tm;
        let ok = true;
        for (let h = 0; h < groups.length && ok; h++) if (!inGroup(h, mx, my, null, -1)) ok = false;
        if (!ok) continue;
        const ax = x0 + (x1 - x0) * t0, ay = y0 + (y1 - y0) * t0;
        const bx = x0 + (x1 - x0) * t1, by = y0 + (y1 - y0) * t1;
        total += (ax * by - bx * ay) / 2;
      }
      x0 = x1;
      y0 = y1;
    }
  }
  return total;
}

/** Exact duplicates within one group add nothing; drop all but the first. */
function dedupe(g: readonly Disc[]): Disc[] {
  const out: Disc[] = [];
  for (const c of g) if (c.r > 0 && !out.some((o) => o.x === c.x && o.y === c.y && o.r === c.r)) out.push(c);
  return out;
}

/** Parameters t ∈ (0, 1) where segment (x0,y0)→(x1,y1) crosses circle c, appended to `breaks`. */
function segmentCircleParams(x0: number, y0: number, x1: number, y1: number, c: Disc, nb: number): number {
  const dx = x1 - x0, dy = y1 - y0;
  const fx = x0 - c.x, fy = y0 - c.y;
  const A = dx * dx + dy * dy;
  if (A === 0) return nb;
  const B = 2 * (fx * dx + fy * dy);
  const C = fx * fx + fy * fy - c.r * c.r;
  const disc = B * B - 4 * A * C;
  if (disc <= 0) {
    // A tangent edge: cut there too, so no piece has its midpoint exactly on the edge.
    const t = -B / (2 * A);
    if (disc > -1e-9 * (B * B + 4 * A * Math.abs(C)) && t > 0 && t < 1) breaks[nb++] = t;
    return nb;
  }
  const sq = Math.sqrt(disc);
  const ta = (-B - sq) / (2 * A), tb = (-B + sq) / (2 * A);
  if (ta > 0 && ta < 1) breaks[nb++] = ta;
  if (tb > 0 && tb < 1) breaks[nb++] = tb;
  return nb;
}

/** Angles on circle c where the segment crosses it, appended to `breaks`. */
function segmentCircleAngles(x0: number, y0: number, x1: number, y1: number, c: Disc, nb: number): number {
  const start = nb;
  nb = segmentCircleParams(x0, y0, x1, y1, c, nb);
  for (let i = start; i < nb; i++) {
    const t = breaks[i]!;
    breaks[i] = norm(Math.atan2(y0 + (y1 - y0) * t - c.y, x0 + (x1 - x0) * t - c.x));
  }
  return nb;
}
