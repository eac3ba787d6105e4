/**
 * "Click anywhere": the nearest service node of each tier and the life circles the point lies in.
 *
 * A plain scan: a few thousand nodes cost well under a millisecond, and a click is one query, so an
 * index would only add code. Distances are straight-line, like the circles themselves.
 */
import { distanceM } from './geo.ts';
import type { Minutes } from './params.ts';

export interface ServiceNode {
  id: string;
  lon: number;
  lat: number;
  /** city | district | street | community (proposals), or null for untiered places. */
  tier: string | null;
  name_zh?: string;
  name_en?: string;
}

export interface NearestOfTier {
  tier: string;
  nodeId: string;
  name_zh?: string;
  name_en?: string;
  distanceM: number;
}

export interface CircleHit {
  nodeId: string;
  tier: string | null;
  minutes: Minutes;
  radiusM: number;
  distanceM: number;
}

export interface NearestResult {
  /** One entry per tier present among the nodes, in `tierOrder` then alphabetical order. */
  byTier: NearestOfTier[];
  /** Every (node, minute level) circle containing the point, nearest node first, smallest circle first. */
  inCircles: CircleHit[];
}

export const TIER_ORDER = ['city', 'district', 'street', 'community'];

export function nearestService(
  lon: number,
  lat: number,
  nodes: readonly ServiceNode[],
  circles: readonly { minutes: Minutes; radiusM: number }[],
): NearestResult {
  const best = new Map<string, NearestOfTier>();
  const inCircles: CircleHit[] = [];
  for (const n of nodes) {
    const d = distanceM(lon, lat, n.lon, n.lat);
    if (n.tier !== null) {
      const cur = best.get(n.tier);
      if (!cur || d < cur.distanceM) {
        best.set(n.tier, { tier: n.tier, nodeId: n.id, name_zh: n.name_zh, name_en: n.name_en, distanceM: d });
      }
    }
    for (const c of circles) {
      if (d <= c.radiusM) inCircles.push({ nodeId: n.id, tier: n.tier, minutes: c.minutes, radiusM: c.radiusM, distanceM: d });
    }
  }
  const rank = (t: string) => (TIER_ORDER.includes(t) ? TIER_ORDER.indexOf(t) : TIER_ORDER.length);
  const byTier = [...best.values()].sort((a, b) => rank(a.tier) - rank(b.tier) || a.tier.localeCompare(b.tier));
  inCircles.sort((a, b) => a.distanceM - b.distanceM || a.minutes - b.minutes);
  return { byTier, inCircles };
}
