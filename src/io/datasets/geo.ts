/**
 * GeoJSON and KML/KMZ → a table with geometries. GeoJSON reuses the proposal importer's parser (so a
 * syntax error is located the same way); KML is parsed with @xmldom/xmldom, loaded on first use,
 * because the import worker has no DOMParser, then converted with @tmcw/togeojson as in the proposal
 * importer. Feature properties become the table's columns.
 */
import { issue } from '../issue.ts';
import { parseGeoJson } from '../import/geojson.ts';
import { parseKml } from '../import/kml.ts';
import type { ParseResult } from '../import/types.ts';
import { DATASET_LIMITS, type DatasetFormat } from './dataset.ts';
import { propertiesToRows, type ReadResult } from './source.ts';

function toTable(parsed: ParseResult, format: DatasetFormat, fileName: string): ReadResult {
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const n = parsed.features.length;
  if (n > DATASET_LIMITS.maxRows) return { ok: false, errors: [issue('dataset.tooManyRows', { count: n, limit: DATASET_LIMITS.maxRows })] };
  const { headers, rows } = propertiesToRows(parsed.features.map((f) => f.properties), DATASET_LIMITS.maxColumns + 10);
  return {
    ok: true,
    table: {
      format,
      headers,
      rows,
      origin: parsed.features.map((f) => f.origin.feature),
      originKind: 'feature',
      geometry: parsed.features.map((f) => f.geometry),
      total: n + parsed.dropped.length,
      warnings: parsed.warnings,
      dropped: parsed.dropped,
      crsHints: [...parsed.crsHints, ...headers, fileName],
    },
  };
}

export function readGeoJson(text: string, fileName: string): ReadResult {
  return toTable(parseGeoJson(text), 'geojson', fileName);
}

export async function readKml(text: string, fileName: string, format: 'kml' | 'kmz'): Promise<ReadResult> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const parseXml = (t: string) => {
    let error = '';
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && !error && (error = msg)) }).parseFromString(t, 'application/xml');
    if (error) {
      const line = /line:?\s*(\d+)/i.exec(error)?.[1];
      const root = doc.createElement('parsererror');
      root.textContent = line ? `error on line ${line}` : error;
      return { getElementsByTagName: (n: string) => (n === 'parsererror' ? [root] : []) } as unknown as Document;
    }
    return doc as unknown as Document;
  };
  return toTable(parseKml(text, parseXml), format, fileName);
}
