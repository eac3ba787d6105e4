import type { Issue, Origin } from '../issue.ts';
import type { Proposal } from '../proposal.ts';

export type Format = 'geojson' | 'csv' | 'kml' | 'kmz';
export type DetectedCrs = 'wgs84' | 'gcj02-suspected' | 'bd09-suspected';

export interface Detected {
  format: Format;
  /** WGS-84 unless the file itself names a Chinese map source; see crs-evidence.ts for why. */
  crs: DetectedCrs;
  /** The text that made us suspect GCJ-02/BD-09 (a column name, a `crs` member, the file name). */
  evidence?: string;
  /** True when at least one feature had latitude and longitude the wrong way round and was swapped. */
  swapped?: boolean;
}

export type ImportResult =
  | {
      ok: true;
      /** Valid proposals, not yet in any scenario: preview them, then add on confirmation. */
      features: Proposal[];
      /** Things that were fixed or changed on the way in (each names its feature or line). */
      warnings: Issue[];
      /** Features or rows that were left out, each with the reason. */
      dropped: Issue[];
      detected: Detected;
    }
  | { ok: false; errors: Issue[] };

/** A feature as a parser found it, before any checks. */
export interface RawFeature {
  origin: Origin;
  id: unknown;
  geometry: unknown;
  properties: unknown;
}

/** What a format parser hands to the shared pipeline. */
export type ParseResult =
  | { ok: true; features: RawFeature[]; warnings: Issue[]; dropped: Issue[]; crsHints: string[] }
  | { ok: false; errors: Issue[] };

export interface ImportOptions {
  maxBytes?: number;
  maxFeatures?: number;
  /** Parses XML for KML. Defaults to the browser's DOMParser (absent in Web Workers and Node). */
  parseXml?: (text: string) => Document;
  /** For tests: deterministic ids and timestamps. */
  makeId?: () => string;
  now?: () => string;
}
