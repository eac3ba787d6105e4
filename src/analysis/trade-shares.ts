/**
 * Coverage by trade at the scale of a city's POI export (100,000 outlets, ten trades), exact and in
 * one pass per trade — the same figures as one engine `CoverageIndex` per trade (coverage.ts), which
 * stays the reference (tests and the bench compare against it).
 *
 * Per trade: the trade's outlets go into a flat bucket index (typed arrays, one counting sort, no
 * strings or objects per outlet). Per land unit, one scan of the buckets near its sample point:
 *  - an outlet within r − reach of it contains the unit's land whole → share 1, the scan stops
 *    (most populated units stop in their own bucket);
 *  - no outlet within r + reach → share 0;
 *  - otherwise the unit is **partial**: the circles that actually meet its land polygon are kept
 *    (centre inside it, or an edge nearer than r); one containing every vertex contains the polygon
 *    (a disc is convex) → 1; one circle → closed-form area of disc ∩ polygon (sum over edges of
 *    triangle ∩ disc); several → the engine's exact `unionAreaInRings`.
 * The kept circles of partial units are stored (compressed rows) so completeness never rescans.
 *
 * Completeness of a unit (the share of its land from which every chosen trade is within the walk):
 * 0 if any trade misses it, the least share if at most one trade is partial there, else the exact
 * area of ⋂ₜ ⋃ circlesₜ on its land (`intersectionOfUnionsArea`) from the stored circles.
 */
import { M_PER_DEG, mPerDegLon } from './geo.ts';
import type { LandGrid } from './land-grid.ts';
import { intersectionOfUnionsArea, winding, type Disc, type RingSet } from './union-area.ts';

/** Metres of slack in the contain/miss tests, as in coverage.ts. */
const SLACK_M = 0.5;
const BUCKET_M = 500;
const KX_REF = mPerDegLon(22.6);

export interface TradeShares {
  radiusM: number;
  outlets: number;
  /** Covered share (0–1) of each unit's land. */
  share: Float64Array;
  /** Partial units and their circles (unit-local metres): unit partial[k] has circles circleStart[k] … circleStart[k+1]. */
  partialUnit: Int32Array;
  circleStart: Int32Array;
  cx: Float64Array;
  cy: Float64Array;
  /** Position of unit u in partialUnit, or −1. */
  partialAt: Int32Array;
}

const ringOf = (g: LandGrid, u: number): RingSet => ({ verts: g.verts, vertStart: g.vertStart, ringFrom: g.ringStart[u]!, ringTo: g.ringStart[u + 1]! });

/** Signed area of triangle (O, P, Q) ∩ disc(O, r) for a piece PQ wholly inside or wholly outside the disc. */
function piece(px: number, py: number, qx: number, qy: number, r2: number): number {
  const mx = (px + qx) / 2, my = (py + qy) / 2;
  const cross = px * qy - py * qx;
  if (mx * mx + my * my <= r2) return cross / 2;
  return (r2 * Math.atan2(cross, px * qx + py * qy)) / 2;
}

/** Signed area of triangle (O, A, B) ∩ disc(O, r); A, B relative to the disc's centre. */
function triangleDisc(ax: number, ay: number, bx: number, by: number, r: number): number {
  const dx = bx - ax, dy = by - ay;
  const A = dx * dx + dy * dy;
  const r2 = r * r;
  if (A === 0) return 0;
  const B = ax * dx + ay * dy, C = ax * ax + ay * ay - r2;
  const disc = B * B - A * C;
  if (disc <= 0) return piece(ax, ay, bx, by, r2);
  const sq = Math.sqrt(disc);
  const t1 = (-B - sq) / A, t2 = (-B + sq) / A;
  let total = 0, px = ax, py = ay;
  if (t1 > 0 && t1 < 1) {
    const qx = ax + dx * t1, qy = ay + dy * t1;
    total += piece(px, py, qx, qy, r2);
    px = qx;
    py = qy;
  }
  if (t2 > 0 && t2 < 1) {
    const qx = ax + dx * t2, qy = ay + dy * t2;
    total += piece(px, py, qx, qy, r2);
    px = qx;
    py = qy;
  }
  return total + piece(px, py, bx, by, r2);
}

/** Is (px, py) strictly inside one of the n circles of radius² r2 other than `self`? */
function inOther(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, r2: number, px: number, py: number, self: number): boolean {
  for (let j = 0; j < n; j++) {
    if (j === self) continue;
    const dx = px - xs[j]!, dy = py - ys[j]!;
    if (dx * dx + dy * dy < r2) return true;
  }
  return false;
}

/** Exact area of disc (cx, cy, r) ∩ the rings (holes negative by their winding). */
export function discRingsArea(c: Disc, p: RingSet): number {
  let s = 0;
  const { verts: v, vertStart: vs } = p;
  for (let k = p.ringFrom; k < p.ringTo; k++) {
    const a = vs[k]!, b = vs[k + 1]!;
    let x0 = v[2 * (b - 1)]! - c.x, y0 = v[2 * (b - 1) + 1]! - c.y;
    for (let i = a; i < b; i++) {
      const x1 = v[2 * i]! - c.x, y1 = v[2 * i + 1]! - c.y;
      s += triangleDisc(x0, y0, x1, y1, c.r);
      x0 = x1;
      y0 = y1;
    }
  }
  return s;
}

const TAU = 2 * Math.PI;
let brk = new Float64Array(64);
/** The other circles' crossings on the circle in hand, and one inside stretch split at them. */
let pbrk = new Float64Array(64);
let sub = new Float64Array(64);

/** Insertion sort of a[0..n) (a handful of angles). */
function sortRange(a: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
const sortBreaks = (n: number): void => sortRange(brk, n);

/**
 * Exact area of the union of n distinct circles of one radius r (centres xs, ys) inside the rings —
 * the algorithm of union-area.ts (Green's theorem over arcs on the union's boundary and edge pieces
 * inside it, every piece classified by its midpoint) specialised to equal radii and flat arrays: no
 * circle contains another, and no objects are made per piece. Each circle is first cut where it crosses
 * the polygon's boundary; only the stretches inside the polygon are cut again where the other circles
 * cross it (most of a 769 m circle lies outside a 0.1 km² unit, so most pieces are never classified).
 */
export function equalDiscsUnionArea(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, r: number, p: RingSet): number {
  const v = p.verts, vs = p.vertStart;
  const nv = (vs[p.ringTo] as number) - (vs[p.ringFrom] as number);
  if (brk.length < 2 * (n + nv) + 4) brk = new Float64Array(2 * (2 * (n + nv) + 4));
  if (pbrk.length < 2 * n + 4) {
    pbrk = new Float64Array(4 * n + 8);
    sub = new Float64Array(4 * n + 8);
  }
  const r2 = r * r, fourR2 = 4 * r2;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cx = xs[i]!, cy = ys[i]!;
    // Where the circle crosses P's boundary (angles): between two consecutive crossings the arc is wholly
    // inside P or wholly outside, so only the inside stretches are split further by the other circles.
    let ne = 0;
    for (let k = p.ringFrom; k < p.ringTo; k++) {
      const a = vs[k]!, b = vs[k + 1]!;
      let x0 = v[2 * (b - 1)]! - cx, y0 = v[2 * (b - 1) + 1]! - cy;
      for (let e = a; e < b; e++) {
        const x1 = v[2 * e]! - cx, y1 = v[2 * e + 1]! - cy;
        const dx = x1 - x0, dy = y1 - y0, A = dx * dx + dy * dy;
        if (A > 0) {
          const B = 2 * (x0 * dx + y0 * dy), C = x0 * x0 + y0 * y0 - r2;
          const disc = B * B - 4 * A * C;
          if (disc <= 0) {
            const t = -B / (2 * A);
            if (disc > -1e-9 * (B * B + 4 * A * Math.abs(C)) && t > 0 && t < 1) {
              const ang = Math.atan2(y0 + dy * t, x0 + dx * t);
              brk[ne++] = ang < 0 ? ang + TAU : ang;
            }
          } else {
            const sq = Math.sqrt(disc);
            const ta = (-B - sq) / (2 * A), tb = (-B + sq) / (2 * A);
            if (ta > 0 && ta < 1) {
              const ang = Math.atan2(y0 + dy * ta, x0 + dx * ta);
              brk[ne++] = ang < 0 ? ang + TAU : ang;
            }
            if (tb > 0 && tb < 1) {
              const ang = Math.atan2(y0 + dy * tb, x0 + dx * tb);
              brk[ne++] = ang < 0 ? ang + TAU : ang;
            }
          }
        }
        x0 = x1;
        y0 = y1;
      }
    }
    sortBreaks(ne);
    // The other circles' crossings with this one, after the boundary crossings in brk.
    let np = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dx = xs[j]! - cx, dy = ys[j]! - cy;
      const d2 = dx * dx + dy * dy;
      if (d2 >= fourR2 || d2 === 0) continue;
      const phi = Math.atan2(dy, dx), half = Math.acos(Math.sqrt(d2) / (2 * r));
      const a = phi - half, b = phi + half;
      pbrk[np++] = a < 0 ? a + TAU : a >= TAU ? a - TAU : a;
      pbrk[np++] = b < 0 ? b + TAU : b >= TAU ? b - TAU : b;
    }
    const stretches = ne === 0 ? 1 : ne;
    for (let s = 0; s < stretches; s++) {
      const u0 = ne === 0 ? 0 : brk[s]!;
      const u1 = ne === 0 ? TAU : s + 1 < ne ? brk[s + 1]! : brk[0]! + TAU;
      if (u1 - u0 <= 0) continue;
      const um = (u0 + u1) / 2;
      const w = winding(p, cx + r * Math.cos(um), cy + r * Math.sin(um));
      if (w === 0) continue;
      // This stretch is inside P: split it at the other circles' crossings, keep what no other circle covers.
      let nq = 0;
      sub[nq++] = u0;
      for (let q = 0; q < np; q++) {
        let b = pbrk[q]!;
        if (b <= u0) b += TAU;
        if (b < u1) sub[nq++] = b;
      }
      sub[nq++] = u1;
      sortRange(sub, nq);
      for (let q = 0; q + 1 < nq; q++) {
        const t0 = sub[q]!, t1 = sub[q + 1]!;
        if (t1 - t0 <= 0) continue;
        const tm = (t0 + t1) / 2;
        if (inOther(xs, ys, n, r2, cx + r * Math.cos(tm), cy + r * Math.sin(tm), i)) continue;
        total += (w * (r2 * (t1 - t0) + r * cx * (Math.sin(t1) - Math.sin(t0)) + r * cy * (Math.cos(t0) - Math.cos(t1)))) / 2;
      }
    }
  }
  // Edges of P inside the union.
  for (let k = p.ringFrom; k < p.ringTo; k++) {
    const a = vs[k]!, b = vs[k + 1]!;
    let x0 = v[2 * (b - 1)]!, y0 = v[2 * (b - 1) + 1]!;
    for (let e = a; e < b; e++) {
      const x1 = v[2 * e]!, y1 = v[2 * e + 1]!;
      const dx = x1 - x0, dy = y1 - y0, A = dx * dx + dy * dy;
      let nb = 0;
      brk[nb++] = 0;
      if (A > 0) {
        for (let j = 0; j < n; j++) {
          const fx = x0 - xs[j]!, fy = y0 - ys[j]!;
          const B = 2 * (fx * dx + fy * dy), C = fx * fx + fy * fy - r2;
          const disc = B * B - 4 * A * C;
          if (disc <= 0) {
            const t = -B / (2 * A);
            if (disc > -1e-9 * (B * B + 4 * A * Math.abs(C)) && t > 0 && t < 1) brk[nb++] = t;
            continue;
          }
          const sq = Math.sqrt(disc);
          const ta = (-B - sq) / (2 * A), tb = (-B + sq) / (2 * A);
          if (ta > 0 && ta < 1) brk[nb++] = ta;
          if (tb > 0 && tb < 1) brk[nb++] = tb;
        }
      }
      brk[nb++] = 1;
      sortBreaks(nb);
      for (let s = 0; s + 1 < nb; s++) {
        const t0 = brk[s]!, t1 = brk[s + 1]!;
        if (t1 - t0 <= 0) continue;
        const tm = (t0 + t1) / 2;
        if (!inOther(xs, ys, n, r2, x0 + dx * tm, y0 + dy * tm, -1)) continue;
        const ax = x0 + dx * t0, ay = y0 + dy * t0, bx = x0 + dx * t1, by = y0 + dy * t1;
        total += (ax * by - bx * ay) / 2;
      }
      x0 = x1;
      y0 = y1;
    }
  }
  return total;
}

/** How a circle (x, y, r) lies against unit u's land: 2 contains it whole, 1 meets it, 0 misses it. */
function against(g: LandGrid, u: number, x: number, y: number, r: number): 0 | 1 | 2 {
  const v = g.verts, vs = g.vertStart;
  const r2 = r * r;
  let allIn = true, near = false;
  for (let k = g.ringStart[u]!; k < g.ringStart[u + 1]!; k++) {
    const a = vs[k]!, b = vs[k + 1]!;
    let x0 = v[2 * (b - 1)]! - x, y0 = v[2 * (b - 1) + 1]! - y;
    for (let i = a; i < b; i++) {
      const x1 = v[2 * i]! - x, y1 = v[2 * i + 1]! - y;
      if (x1 * x1 + y1 * y1 > r2) allIn = false;
      if (!near) {
        // distance² from the centre (origin) to segment 0→1
        const dx = x1 - x0, dy = y1 - y0, L = dx * dx + dy * dy;
        const t = L > 0 ? Math.max(0, Math.min(1, -(x0 * dx + y0 * dy) / L)) : 0;
        const px = x0 + dx * t, py = y0 + dy * t;
        if (px * px + py * py < r2) near = true;
      }
      x0 = x1;
      y0 = y1;
    }
  }
  if (allIn) return 2;
  if (near) return 1;
  return winding(ringOf(g, u), x, y) !== 0 ? 1 : 0;
}

/** Flat bucket index of points (counting sort), for "outlets near this unit". */
interface Buckets {
  x0: number;
  y0: number;
  nx: number;
  ny: number;
  start: Int32Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Summed-area table of bucket counts ((nx + 1) × (ny + 1)): "any outlet in this block?" in O(1). */
  sat: Int32Array;
}

/** Outlets in buckets [i0, i1] × [j0, j1] (clamped to the grid). */
function blockCount(B: Buckets, i0: number, i1: number, j0: number, j1: number): number {
  i0 = Math.max(0, i0);
  j0 = Math.max(0, j0);
  i1 = Math.min(B.nx - 1, i1);
  j1 = Math.min(B.ny - 1, j1);
  if (i0 > i1 || j0 > j1) return 0;
  const w = B.ny + 1, s = B.sat;
  return s[(i1 + 1) * w + j1 + 1]! - s[i0 * w + j1 + 1]! - s[(i1 + 1) * w + j0]! + s[i0 * w + j0]!;
}

function bucketsOf(lon: ArrayLike<number>, lat: ArrayLike<number>, pick: ArrayLike<number>, n: number): Buckets {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k < n; k++) {
    const i = pick[k]!;
    const bx = Math.floor((lon[i]! * KX_REF) / BUCKET_M), by = Math.floor((lat[i]! * M_PER_DEG) / BUCKET_M);
    if (bx < x0) x0 = bx;
    if (bx > x1) x1 = bx;
    if (by < y0) y0 = by;
    if (by > y1) y1 = by;
  }
  if (n === 0) [x0, y0, x1, y1] = [0, 0, 0, 0];
  const nx = x1 - x0 + 1, ny = y1 - y0 + 1;
  const start = new Int32Array(nx * ny + 1);
  const bucket = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = pick[k]!;
    const b = (Math.floor((lon[i]! * KX_REF) / BUCKET_M) - x0) * ny + (Math.floor((lat[i]! * M_PER_DEG) / BUCKET_M) - y0);
    bucket[k] = b;
    start[b + 1]!++;
  }
  for (let b = 0; b < nx * ny; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, nx * ny);
  const blon = new Float64Array(n), blat = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const at = fill[bucket[k]!]!++;
    blon[at] = lon[pick[k]!]!;
    blat[at] = lat[pick[k]!]!;
  }
  const w = ny + 1;
  const sat = new Int32Array((nx + 1) * w);
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const b = i * ny + j;
      sat[(i + 1) * w + j + 1] = start[b + 1]! - start[b]! + sat[i * w + j + 1]! + sat[(i + 1) * w + j]! - sat[i * w + j]!;
    }
  }
  return { x0, y0, nx, ny, start, lon: blon, lat: blat, sat };
}

/** Outlets of one trade: indices of `trade[i] === code` over one or more datasets' columns. */
export interface PointColumns {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  trade: ArrayLike<number>;
}

/** Indices of each trade code's rows (one counting pass), per dataset. */
export function rowsByTrade(sets: readonly PointColumns[], codes: number): Int32Array[][] {
  return sets.map((s) => {
    const count = new Int32Array(codes);
    for (let i = 0; i < s.trade.length; i++) {
      const c = s.trade[i]!;
      if (c < codes) count[c]!++;
    }
    const out = Array.from(count, (n) => new Int32Array(n));
    count.fill(0);
    for (let i = 0; i < s.trade.length; i++) {
      const c = s.trade[i]!;
      if (c < codes) out[c]![count[c]!++] = i;
    }
    return out;
  });
}

/** Exact covered share of every unit by circles of `radiusM` around the given points. */
export function tradeShares(grid: LandGrid, radiusM: number, points: { lon: ArrayLike<number>; lat: ArrayLike<number>; rows: ArrayLike<number> }[]): TradeShares {
  // Gather the points of all datasets into one column pair first.
  const n = points.reduce((s, p) => s + p.rows.length, 0);
  const lon = new Float64Array(n), lat = new Float64Array(n);
  let m = 0;
  for (const p of points) for (let k = 0; k < p.rows.length; k++, m++) {
    lon[m] = p.lon[p.rows[k]!]!;
    lat[m] = p.lat[p.rows[k]!]!;
  }
  const finite = new Int32Array(n);
  let nf = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(lon[i]!) && Number.isFinite(lat[i]!)) finite[nf++] = i;
  const B = bucketsOf(lon, lat, finite, nf);

  const size = grid.size;
  const share = new Float64Array(size);
  const partialAt = new Int32Array(size).fill(-1);
  const partialUnit: number[] = [];
  const circleStart: number[] = [0];
  let cx = new Float64Array(1024), cy = new Float64Array(1024);
  let nc = 0;
  let scratchX = new Float64Array(256), scratchY = new Float64Array(256);
  let dx = new Float64Array(256), dy = new Float64Array(256);

  for (let u = 0; u < size; u++) {
    const ulon = grid.lon[u]!, ulat = grid.lat[u]!;
    const kx = mPerDegLon(ulat);
    const reach = grid.reachM[u]!;
    const lim = radiusM + reach + SLACK_M, lim2 = lim * lim;
    const whole = radiusM - reach - SLACK_M, whole2 = whole > 0 ? whole * whole : -1;
    const bx = Math.floor((ulon * KX_REF) / BUCKET_M) - B.x0, by = Math.floor((ulat * M_PER_DEG) / BUCKET_M) - B.y0;
    const span = Math.ceil((lim * 1.01) / BUCKET_M);
    if (blockCount(B, bx - span, bx + span, by - span, by + span) === 0) continue; // no outlet near: 0
    let ns = 0;
    let isWhole = false;
    scan: for (let ring = 0; ring <= span; ring++) {
      for (let i = bx - ring; i <= bx + ring; i++) {
        if (i < 0 || i >= B.nx) continue;
        const edgeRow = i === bx - ring || i === bx + ring;
        for (let j = by - ring; j <= by + ring; j += edgeRow || ring === 0 ? 1 : 2 * ring) {
          if (j < 0 || j >= B.ny) continue;
          const b = i * B.ny + j;
          for (let k = B.start[b]!, end = B.start[b + 1]!; k < end; k++) {
            const x = (B.lon[k]! - ulon) * kx, y = (B.lat[k]! - ulat) * M_PER_DEG;
            const d2 = x * x + y * y;
            if (d2 >= lim2) continue;
            if (d2 <= whole2) {
              isWhole = true;
              break scan;
            }
            if (ns === scratchX.length) {
              const gx = new Float64Array(2 * ns), gy = new Float64Array(2 * ns);
              gx.set(scratchX);
              gy.set(scratchY);
              scratchX = gx;
              scratchY = gy;
            }
            scratchX[ns] = x;
            scratchY[ns++] = y;
          }
        }
      }
    }
    if (isWhole) {
      share[u] = 1;
      continue;
    }
    if (ns === 0) continue;
    // Keep the circles that meet the land; one containing it whole ends it.
    if (dx.length < ns) [dx, dy] = [new Float64Array(2 * ns), new Float64Array(2 * ns)];
    let nd = 0;
    for (let c = 0; c < ns; c++) {
      const x = scratchX[c]!, y = scratchY[c]!;
      const how = against(grid, u, x, y, radiusM);
      if (how === 2) {
        isWhole = true;
        break;
      }
      if (how === 0) continue;
      let dup = false;
      for (let q = 0; q < nd && !dup; q++) dup = dx[q] === x && dy[q] === y; // two outlets at one spot: one circle
      if (!dup) {
        dx[nd] = x;
        dy[nd++] = y;
      }
    }
    if (isWhole) {
      share[u] = 1;
      continue;
    }
    if (nd === 0) continue;
    const ring = ringOf(grid, u);
    const area = nd === 1 ? discRingsArea({ x: dx[0]!, y: dy[0]!, r: radiusM }, ring) : equalDiscsUnionArea(dx, dy, nd, radiusM, ring);
    const s = area / grid.ringAreaM2[u]!;
    share[u] = s < 0 ? 0 : s > 1 ? 1 : s;
    partialAt[u] = partialUnit.length;
    partialUnit.push(u);
    if (cx.length < nc + nd) {
      const grow = Math.max(2 * cx.length, nc + nd);
      const nx = new Float64Array(grow), ny = new Float64Array(grow);
      nx.set(cx);
      ny.set(cy);
      cx = nx;
      cy = ny;
    }
    for (let q = 0; q < nd; q++) {
      cx[nc] = dx[q]!;
      cy[nc++] = dy[q]!;
    }
    circleStart.push(nc);
  }
  return { radiusM, outlets: nf, share, partialUnit: Int32Array.from(partialUnit), circleStart: Int32Array.from(circleStart), cx: cx.subarray(0, nc), cy: cy.subarray(0, nc), partialAt };
}

/** The stored circles of trade t at unit u (a partial unit). */
function circlesOf(t: TradeShares, u: number): Disc[] {
  const k = t.partialAt[u]!;
  const out: Disc[] = [];
  for (let c = t.circleStart[k]!; c < t.circleStart[k + 1]!; c++) out.push({ x: t.cx[c]!, y: t.cy[c]!, r: t.radiusM });
  return out;
}

/** Completeness share per unit: the land of each unit reached by every trade's circles (exact). */
export function completeSharesOf(grid: LandGrid, trades: readonly TradeShares[]): Float64Array {
  const out = new Float64Array(grid.size);
  if (trades.length === 0) return out;
  const partial: number[] = [];
  for (let u = 0; u < grid.size; u++) {
    let min = 1;
    partial.length = 0;
    for (let t = 0; t < trades.length; t++) {
      const s = trades[t]!.share[u]!;
      if (s < min) min = s;
      if (s < 1) partial.push(t);
    }
    if (min <= 0) continue;
    if (partial.length <= 1) {
      out[u] = min;
      continue;
    }
    const a = intersectionOfUnionsArea(partial.map((t) => circlesOf(trades[t]!, u)), ringOf(grid, u)) / grid.ringAreaM2[u]!;
    out[u] = Math.max(0, Math.min(min, a));
  }
  return out;
}
