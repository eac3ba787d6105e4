/**
 * Deck edits on a scenario: add, update, duplicate, move, delete. Pure; each returns a new scenario
 * (with `updated` set) or an error code, and never mutates its input. The app records each one as an
 * undoable scenario edit and autosaves it with the scenario.
 */
import type { Issue } from '../io/issue.ts';
import type { Scenario } from '../io/proposal.ts';
import { SLIDE_LIMITS, slideSchema, type Slide } from '../io/slide.ts';

export type DeckResult = { ok: true; value: Scenario } | { ok: false; error: Issue };

const fail = (code: string, params: Issue['params'] = {}): DeckResult => ({ ok: false, error: { code, params } });
const withSlides = (s: Scenario, slides: Slide[], now: string): DeckResult => ({ ok: true, value: { ...s, slides, updated: now } });

/** Title and notes as the planner typed them: titles one line, both within their limits. */
function checked(slide: Slide): { ok: true; value: Slide } | { ok: false; error: Issue } {
  const cleaned = { ...slide, title: slide.title.replace(/\s+/g, ' ').trim(), notes: slide.notes.replace(/\r\n?/g, '\n') };
  const r = slideSchema.safeParse(cleaned);
  if (r.success) return { ok: true, value: r.data };
  const field = String(r.error.issues[0]?.path[0] ?? '');
  if (field === 'title') return { ok: false, error: { code: 'deck.titleTooLong', params: { limit: SLIDE_LIMITS.title } } };
  if (field === 'notes') return { ok: false, error: { code: 'deck.notesInvalid', params: { limit: SLIDE_LIMITS.notes } } };
  return { ok: false, error: { code: 'deck.invalidSlide', params: { field: r.error.issues[0]?.path.join('.') ?? '' } } };
}

/** Inserts after `afterId` (or at the end). */
export function addSlide(s: Scenario, slide: Slide, now: string, afterId?: string | null): DeckResult {
  if (s.slides.length >= SLIDE_LIMITS.slidesPerDeck) return fail('deck.full', { limit: SLIDE_LIMITS.slidesPerDeck });
  if (s.slides.some((x) => x.id === slide.id)) return fail('deck.invalidSlide', { field: 'id' });
  const c = checked(slide);
  if (!c.ok) return c;
  const at = afterId ? s.slides.findIndex((x) => x.id === afterId) + 1 : s.slides.length;
  const slides = [...s.slides];
  slides.splice(at > 0 ? at : s.slides.length, 0, c.value);
  return withSlides(s, slides, now);
}

/** Replaces a slide by id (a re-captured view, or an edited title/notes). */
export function updateSlide(s: Scenario, slide: Slide, now: string): DeckResult {
  const i = s.slides.findIndex((x) => x.id === slide.id);
  if (i < 0) return fail('deck.notFound');
  const c = checked(slide);
  if (!c.ok) return c;
  return withSlides(s, s.slides.map((x, j) => (j === i ? c.value : x)), now);
}

export function duplicateSlide(s: Scenario, id: string, newId: string, now: string): DeckResult {
  const src = s.slides.find((x) => x.id === id);
  if (!src) return fail('deck.notFound');
  return addSlide(s, { ...structuredClone(src), id: newId }, now, id);
}

/** Moves a slide by `delta` places (−1 = earlier), clamped to the deck. */
export function moveSlide(s: Scenario, id: string, delta: number, now: string): DeckResult {
  const i = s.slides.findIndex((x) => x.id === id);
  if (i < 0) return fail('deck.notFound');
  const j = Math.max(0, Math.min(s.slides.length - 1, i + delta));
  if (i === j) return { ok: true, value: s };
  const slides = [...s.slides];
  const [moved] = slides.splice(i, 1);
  slides.splice(j, 0, moved!);
  return withSlides(s, slides, now);
}

export function deleteSlide(s: Scenario, id: string, now: string): DeckResult {
  if (!s.slides.some((x) => x.id === id)) return fail('deck.notFound');
  return withSlides(s, s.slides.filter((x) => x.id !== id), now);
}
