/**
 * The deck inside a scenario file: `scenarioToGeoJson` writes the slides into the `scenario` foreign
 * member; this reads them back when the file is imported. The importer itself reads features only,
 * so a file from another tool, or a deck that fails validation, still imports its proposals: a bad
 * deck is reported (`deck.fileSlidesDropped`), never half-applied.
 */
import { deckSchema, type Slide } from './slide.ts';

export type FileDeck = { slides: Slide[]; name: string | null } | { slides: []; name: string | null; dropped: number } | null;

/** Null when the file carries no deck (not JSON, no `scenario` member, or no slides). */
export function readScenarioFileDeck(text: string): FileDeck {
  const at = text.indexOf('"scenario"');
  if (at < 0) return null; // cheap exit for CSV, KML and plain GeoJSON
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  const scenario = doc && typeof doc === 'object' ? (doc as { scenario?: unknown }).scenario : undefined;
  if (!scenario || typeof scenario !== 'object') return null;
  const { slides, name } = scenario as { slides?: unknown; name?: unknown };
  const n = typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : null;
  if (!Array.isArray(slides) || slides.length === 0) return null;
  const r = deckSchema.safeParse(slides);
  return r.success ? { slides: r.data, name: n } : { slides: [], name: n, dropped: slides.length };
}
