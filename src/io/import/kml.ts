/**
 * KML text → raw features with @tmcw/togeojson. Needs a DOM XML parser: the browser's DOMParser
 * on the main thread (Web Workers have none; pass `parseXml` there), jsdom in Node tests.
 */
import { kml } from '@tmcw/togeojson';
import { echo, issue } from '../issue.ts';
import type { ParseResult, RawFeature } from './types.ts';

/** Style keys togeojson adds from <Style>; they are display hints, not planning attributes. */
const STYLE_KEY = /^(styleUrl|styleHash|styleMapHash|stroke|stroke-opacity|stroke-width|fill|fill-opacity|icon|icon-.*|label-.*|visibility)$/;

/**
 * togeojson returns an HTML description as { '@type': 'html', value }. We keep its text only:
 * tags stripped for readability, not for safety (everything is rendered as text anyway).
 */
function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => entities[e]!)
    .trim();
}

function plainValue(v: unknown): unknown {
  if (v && typeof v === 'object' && (v as Record<string, unknown>)['@type'] === 'html') {
    const value = (v as Record<string, unknown>).value;
    return typeof value === 'string' ? htmlToText(value) : '';
  }
  return v;
}

export function defaultParseXml(): ((text: string) => Document) | undefined {
  if (typeof DOMParser === 'undefined') return undefined;
  return (text) => new DOMParser().parseFromString(text, 'application/xml');
}

export function parseKml(text: string, parseXml = defaultParseXml()): ParseResult {
  if (!parseXml) return { ok: false, errors: [issue('import.xmlUnsupported')] };
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch {
    return { ok: false, errors: [issue('import.xmlInvalid')] };
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chrome says "error on line 4", Firefox "Line Number 4", jsdom "4:17: …"; pass the line on.
    const msg = error.textContent ?? '';
    const line = (/line\s*(?:number\s*)?(\d+)/i.exec(msg) ?? /^\s*(\d+):\d+:/.exec(msg))?.[1];
    return { ok: false, errors: [issue(line ? 'import.xmlInvalidAt' : 'import.xmlInvalid', line ? { line: Number(line) } : {})] };
  }
  const root = doc.documentElement?.localName ?? '';
  if (root !== 'kml') return { ok: false, errors: [issue('import.kmlNotKml', { value: echo(root) })] };
  if (doc.getElementsByTagName('Placemark').length === 0) return { ok: false, errors: [issue('import.kmlNoPlacemarks')] };

  let collection: ReturnType<typeof kml>;
  try {
    collection = kml(doc);
  } catch {
    return { ok: false, errors: [issue('import.xmlInvalid')] };
  }
  const features: RawFeature[] = collection.features.map((f, i) => {
    const props: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(f.properties ?? {})) if (!STYLE_KEY.test(k)) props[k] = plainValue(v);
    return { origin: { feature: i + 1 }, id: f.id ?? props.id, geometry: f.geometry, properties: props };
  });
  return { ok: true, features, warnings: [], dropped: [], crsHints: [] };
}
