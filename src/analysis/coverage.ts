/**
 * Incremental coverage of the land grid by circles of one radius around service nodes.
 *
 * Sub-cell edges: instead of all-or-nothing on the unit's centre, each unit is treated as a disc of its
 * own area (radius ρ = √(area/π)) and a circle of radius r covers the share of that disc lying inside
 * the circle's edge (taken as straight at this scale): with t = (r′ − d) / ρ clamped to [−1, 1],
 *   c = 1 − (acos t − t·√(1 − t²)) / π,   r′ = √(r² − ρ²/4).
 * r′ takes off the π·ρ²/4 of extra area any symmetric smoothing of a circle's edge adds (the outer half
 * of the edge band is longer than the inner half). Counting whole hexagons makes a single 1 km circle
 * (≈ 30 cells) wrong by up to ±10 % depending on where it sits; this keeps it under 1 % and a 300 m
 * circle (≈ 3 cells) under 2 % (measured over 40 offsets).
 * Several partial circles on one unit combine as 1 − Π(1 − cᵢ) (as if their shares were independent).
 *
 * Incremental: per unit we keep how many circles cover it fully, how many partly, and Σ log(1 − cᵢ)
 * of the partial ones — all additive, so a node is removed by subtracting exactly what it added.
 * Each node caches its unit list, so moving one node touches ≈ 50 units, not the city.
 */
import type { LandGrid } from './land-grid.ts';

export interface CoverageNode {
  id: string;
  lon: number;
  lat: number;
}

export interface CoverageTotals {
  landKm2: number;
  coveredKm2: number;
  uncoveredKm2: number;
  /** coveredKm2 ÷ landKm2 (0–1). */
  landShare: number;
  population: number;
  coveredPopulation: number;
  /** Population-weighted coverage (0–1), population uniform within each district (2020 census). */
  popShare: number;
}

export interface DistrictCoverage extends CoverageTotals {
  id: string;
  name_zh: string;
  name_en: string;
  approximate: boolean;
}

export interface CoverageSummary {
  radiusM: number;
  nodeCount: number;
  districts: DistrictCoverage[];
  /** The city without approximate outlines (深汕's hull): the headline figure. */
  city: CoverageTotals;
  /** The same including approximate outlines, for completeness. */
  cityIncludingApproximate: CoverageTotals;
  /** Ids of the districts left out of `city`. */
  excludedFromCity: string[];
}

interface NodeEntry {
  lon: number;
  lat: number;
  units: Int32Array;
  share: Float32Array;
}

/** A unit is "covered" for maps, gap polygons and candidate areas when at least half of it is. */
export const COVERED_THRESHOLD = 0.5;

export class CoverageIndex {
  readonly grid: LandGrid;
  private radius: number;
  /** Radius of the disc with each unit's area. */
  private readonly rho: Float64Array;
  private maxRho = 0;
  /** Circles covering each unit completely. */
  readonly full: Uint16Array;
  /** Circles covering each unit partly, and Σ log(1 − c) over them. */
  readonly partial: Uint16Array;
  readonly logMiss: Float64Array;
  private readonly nodes = new Map<string, NodeEntry>();

  constructor(grid: LandGrid, radiusM: number) {
    this.grid = grid;
    this.radius = radiusM;
    this.rho = grid.areaKm2.map((a) => Math.sqrt((a * 1e6) / Math.PI));
    for (const p of this.rho) this.maxRho = Math.max(this.maxRho, p);
    this.full = new Uint16Array(grid.size);
    this.partial = new Uint16Array(grid.size);
    this.logMiss = new Float64Array(grid.size);
  }

  get radiusM(): number {
    return this.radius;
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  nodeIds(): string[] {
    return [...this.nodes.keys()];
  }

  /** Replace all nodes (a full recompute). */
  setNodes(nodes: readonly CoverageNode[]): void {
    this.full.fill(0);
    this.partial.fill(0);
    this.logMiss.fill(0);
    this.nodes.clear();
    for (const n of nodes) this.addNode(n);
  }

  addNode(node: CoverageNode): void {
    if (this.nodes.has(node.id)) this.removeNode(node.id);
    const entry = this.reach(node.lon, node.lat, this.radius);
    this.apply(entry, +1);
    this.nodes.set(node.id, entry);
  }

  removeNode(id: string): boolean {
    const entry = this.nodes.get(id);
    if (!entry) return false;
    this.apply(entry, -1);
    this.nodes.delete(id);
    return true;
  }

  moveNode(id: string, lon: number, lat: number): boolean {
    if (!this.nodes.has(id)) return false;
    this.addNode({ id, lon, lat });
    return true;
  }

  /** Change the radius: every node's reach changes, so this is a full recompute. */
  setRadius(radiusM: number): void {
    if (radiusM === this.radius) return;
    this.radius = radiusM;
    const nodes = [...this.nodes].map(([id, e]) => ({ id, lon: e.lon, lat: e.lat }));
    this.setNodes(nodes);
  }

  /** Units a circle at (lon, lat) reaches, with the share of each it covers. */
  reach(lon: number, lat: number, radiusM: number): NodeEntry {
    const units: number[] = [];
    const share: number[] = [];
    const rho = this.rho;
    const r2 = radiusM * radiusM;
    this.grid.index.within(lon, lat, radiusM + this.maxRho, (i, d) => {
      const p = rho[i]!;
      const t = (Math.sqrt(Math.max(0, r2 - (p * p) / 4)) - d) / p;
      if (t <= -1) return;
      units.push(i);
      share.push(t >= 1 ? 1 : 1 - (Math.acos(t) - t * Math.sqrt(1 - t * t)) / Math.PI);
    });
    return { lon, lat, units: Int32Array.from(units), share: Float32Array.from(share) };
  }

  private apply(e: NodeEntry, sign: 1 | -1): void {
    const { full, partial, logMiss } = this;
    for (let k = 0; k < e.units.length; k++) {
      const u = e.units[k]!;
      const c = e.share[k]!;
      if (c >= 1) {
        full[u]! += sign;
      } else {
        partial[u]! += sign;
        // Reset on the last partial circle so float drift cannot accumulate over many drags.
        logMiss[u] = partial[u] === 0 ? 0 : logMiss[u]! + sign * Math.log1p(-c);
      }
    }
  }

  /** Covered share (0–1) of one unit. */
  fraction(u: number): number {
    if (this.full[u]! > 0) return 1;
    return this.partial[u]! > 0 ? 1 - Math.exp(this.logMiss[u]!) : 0;
  }

  isCovered(u: number): boolean {
    return this.fraction(u) >= COVERED_THRESHOLD;
  }

  summary(): CoverageSummary {
    const g = this.grid;
    const districts = g.districts.map((d) => {
      let covered = 0, coveredPop = 0, pop = 0;
      for (let u = d.unitStart; u < d.unitEnd; u++) {
        const f = this.fraction(u);
        covered += f * g.areaKm2[u]!;
        coveredPop += f * g.pop[u]!;
        pop += g.pop[u]!;
      }
      return {
        id: d.id, name_zh: d.name_zh, name_en: d.name_en, approximate: d.approximate,
        ...totals(d.landKm2, covered, pop, coveredPop),
      };
    });
    const sum = (list: DistrictCoverage[]) =>
      totals(
        list.reduce((s, d) => s + d.landKm2, 0), list.reduce((s, d) => s + d.coveredKm2, 0),
        list.reduce((s, d) => s + d.population, 0), list.reduce((s, d) => s + d.coveredPopulation, 0),
      );
    return {
      radiusM: this.radius,
      nodeCount: this.nodes.size,
      districts,
      city: sum(districts.filter((d) => !d.approximate)),
      cityIncludingApproximate: sum(districts),
      excludedFromCity: districts.filter((d) => d.approximate).map((d) => d.id),
    };
  }
}

function totals(landKm2: number, coveredKm2: number, population: number, coveredPopulation: number): CoverageTotals {
  return {
    landKm2, coveredKm2, uncoveredKm2: landKm2 - coveredKm2,
    landShare: landKm2 > 0 ? coveredKm2 / landKm2 : 0,
    population, coveredPopulation,
    popShare: population > 0 ? coveredPopulation / population : 0,
  };
}
