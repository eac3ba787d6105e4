/**
 * File exports. GeoJSON: RFC 7946, WGS-84, one Feature per proposal with its attributes and any
 * imported extra attributes flattened back into `properties` (so QGIS shows them as columns), plus
 * a `scenario` foreign member naming the scenario and carrying its deck of slides and its indicator values. CSV: RFC 4180 with a UTF-8 BOM, because Excel
 * on Chinese Windows otherwise reads UTF-8 as GBK and garbles every name.
 */
import type { Proposal, Scenario } from './proposal.ts';

const OWN_KEYS = new Set(['id', 'name_zh', 'name_en', 'layer', 'tier', 'status', 'note', 'source', 'created', 'updated']);

function exportProperties(p: Proposal['properties']): Record<string, unknown> {
  const { extra, ...own } = p;
  const out: Record<string, unknown> = {};
  // An imported attribute named like one of ours (e.g. a "status" column) is kept as extra_<name>.
  for (const [k, v] of Object.entries(extra ?? {})) Object.defineProperty(out, OWN_KEYS.has(k) ? `extra_${k}` : k, { value: v, enumerable: true, writable: true, configurable: true });
  return { ...own, ...out };
}

export function scenarioToGeoJson(s: Scenario): string {
  const doc = {
    type: 'FeatureCollection',
    // The deck travels with the scenario file (readScenarioFileDeck reads it back); GIS tools ignore it.
    scenario: { id: s.id, name: s.name, created: s.created, updated: s.updated, schemaVersion: s.schemaVersion, slides: s.slides, indicatorActuals: s.indicatorActuals ?? [] },
    features: s.proposals.map((p) => ({ type: 'Feature', id: p.properties.id, geometry: p.geometry, properties: exportProperties(p.properties) })),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export interface CsvColumn<Row> {
  /** Header text, already translated by the caller. */
  header: string;
  value: (row: Row) => unknown;
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or tab/CR which some programs strip first)
 * gets a leading apostrophe, the OWASP "CSV injection" advice. Only text is touched: a numeric
 * −3.5 stays a number.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rowsToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** A file name that every OS accepts: reserved characters replaced, length bounded. */
export function exportFileName(name: string, extension: 'geojson' | 'csv' | 'png' | 'pdf'): string {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 80);
  return `${base || 'scenario'}.${extension}`;
}
