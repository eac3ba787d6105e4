/**
 * Picks the parser. Content decides when it is unambiguous (`{`/`[` is JSON, `<` is XML), because
 * files are often misnamed (a .txt holding GeoJSON); otherwise the extension decides.
 */
export type TextFormat = 'geojson' | 'csv' | 'kml' | 'unknown';

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

const JSON_EXT = new Set(['json', 'geojson']);
const CSV_EXT = new Set(['csv', 'tsv', 'txt']);
const XML_EXT = new Set(['kml', 'xml']);

export function detectFormat(name: string, text: string): TextFormat {
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'geojson';
  if (first === '<') return 'kml';
  const ext = extensionOf(name);
  if (JSON_EXT.has(ext)) return 'geojson'; // the JSON parser then says exactly what is wrong
  if (XML_EXT.has(ext)) return 'kml';
  if (CSV_EXT.has(ext)) return 'csv';
  // No telling extension: a first line with separators is a table.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine) ? 'csv' : 'unknown';
}
