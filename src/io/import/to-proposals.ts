/**
 * The shared validation pipeline: raw features from any parser → proposals. Each raw feature is
 * checked (structure → location → topology → attributes); a bad feature is dropped with an issue
 * naming it, good ones are kept. Planners want what is good imported and to be told exactly what
 * was left out; only a file with nothing usable is rejected as a whole.
 */
import { at, echo, issue, type Issue } from '../issue.ts';
import { idSchema, proposalSchema, type Proposal, type ProposalGeometry } from '../proposal.ts';
import { suspectCrs, sourceTexts } from './crs.ts';
import { placement, positionsOf, swapGeometry } from './location.ts';
import { normalizeProperties, type Normalized } from './normalize-properties.ts';
import { checkTopology } from './topology.ts';
import type { Detected, ImportResult, RawFeature } from './types.ts';
import { validateGeometry } from './validate-geometry.ts';

export interface PipelineInput {
  fileName: string;
  format: Detected['format'];
  features: RawFeature[];
  warnings: Issue[];
  dropped: Issue[];
  crsHints: string[];
  makeId: () => string;
  now: string;
}

const PLACEMENT_CODE = {
  projected: 'import.projectedCoordinates',
  webMercator: 'import.webMercator',
  outOfRange: 'import.coordinateOutOfRange',
  outside: 'import.outsideShenzhen',
} as const;

/** Samples this many features' properties for CRS evidence; the source is the same for all rows. */
const CRS_SAMPLE = 100;

export function toProposals(input: PipelineInput): ImportResult {
  const warnings = [...input.warnings];
  const dropped = [...input.dropped];
  const crsTexts = [...input.crsHints];
  const ids = new Set<string>();
  const features: Proposal[] = [];
  let swapped = false;
  let altitude = false;
  let unnamed = 0;

  const idFor = (raw: unknown, part: number, where: ReturnType<typeof at>): string => {
    let s = typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? String(raw).trim() : '';
    if (s && part > 0) s = `${s}-${part + 1}`;
    if (s && ids.has(s)) warnings.push(issue('import.duplicateId', { ...where, value: echo(s) }));
    else if (s && idSchema.safeParse(s).success) return ids.add(s), s;
    let id: string;
    do id = input.makeId();
    while (ids.has(id));
    return ids.add(id), id;
  };

  input.features.forEach((raw, i) => {
    const where = at(raw.origin);
    const g = validateGeometry(raw.geometry, where);
    if (!g.ok) return void dropped.push(g.error);
    let parts: ProposalGeometry[] = g.parts;
    const place = placement(parts);
    if (place !== 'inside' && place !== 'swapped') {
      const [x, y] = positionsOf(parts[0]!)[0]!;
      return void dropped.push(issue(PLACEMENT_CODE[place], { ...where, value: `${x}, ${y}` }));
    }
    if (place === 'swapped') parts = parts.map(swapGeometry);
    for (const p of parts) {
      const bad = checkTopology(p, where);
      if (bad) return void dropped.push(bad);
    }
    if (place === 'swapped') {
      warnings.push(issue('import.swappedLatLon', where));
      swapped = true;
    }
    warnings.push(...g.warnings);
    altitude ||= g.altitude;
    if (i < CRS_SAMPLE && raw.properties && typeof raw.properties === 'object') {
      crsTexts.push(...sourceTexts(raw.properties as Record<string, unknown>));
    }

    const byKind = new Map<string, Normalized>();
    parts.forEach((geometry, partIndex) => {
      let n = byKind.get(geometry.type);
      if (!n) {
        n = normalizeProperties(raw.properties, where, geometry.type);
        byKind.set(geometry.type, n);
        warnings.push(...n.warnings);
        if (n.unnamed) unnamed++;
      }
      const attrs = n.unnamed ? { ...n.attrs, name_en: `${baseName(input.fileName)} #${raw.origin.feature}` } : n.attrs;
      const candidate = {
        type: 'Feature',
        geometry,
        properties: {
          id: idFor(raw.id, partIndex, where),
          ...attrs,
          source: 'imported',
          created: input.now,
          updated: input.now,
          ...(n.extra ? { extra: n.extra } : {}),
        },
      };
      // Last guard: whatever passes here also saves and reads back (storage uses the same schema).
      const checked = proposalSchema.safeParse(candidate);
      if (checked.success) features.push(checked.data);
      else dropped.push(issue('import.featureInvalid', where));
    });
  });

  if (altitude) warnings.push(issue('import.altitudeDropped'));
  if (unnamed > 0) warnings.push(issue('import.namesGenerated', { count: unnamed }));
  if (features.length === 0) {
    const allOutside = dropped.length > 0 && dropped.every((d) => d.code === 'import.outsideShenzhen');
    const summary = allOutside ? issue('import.allOutsideShenzhen') : issue('import.noValidFeatures', { count: dropped.length });
    return { ok: false, errors: [summary, ...dropped] };
  }
  // The file's own marks first; its name (which the planner chose) last.
  const crs = suspectCrs([...crsTexts, input.fileName]);
  if (crs.crs !== 'wgs84') {
    warnings.push(issue(crs.crs === 'gcj02-suspected' ? 'import.gcjSuspected' : 'import.bd09Suspected', { evidence: echo(crs.evidence) }));
  }
  const detected: Detected = { format: input.format, crs: crs.crs, ...(crs.evidence ? { evidence: crs.evidence } : {}), ...(swapped ? { swapped } : {}) };
  return { ok: true, features, warnings, dropped, detected };
}

function baseName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'import').slice(0, 60);
}
