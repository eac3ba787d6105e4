/**
 * The presenter's notes in a second window (for the laptop screen while the projector shows the map).
 * An about:blank window of our own origin, filled with DOM text nodes from here: no script runs in it,
 * nothing is parsed as HTML, nothing is fetched.
 */
import type { Slide } from '../../io/slide.ts';

export interface NotesWindow {
  show(slide: Slide | undefined, index: number, count: number): void;
  close(): void;
}

export function openNotesWindow(title: string, empty: string): NotesWindow | null {
  const w = window.open('', 'sz-atlas-notes', 'width=640,height=480');
  if (!w) return null;
  const doc = w.document;
  doc.title = title;
  doc.body.style.cssText = 'font: 20px/1.5 "Noto Sans SC", sans-serif; margin: 24px; white-space: pre-wrap;';
  const heading = doc.createElement('h1');
  heading.style.fontSize = '24px';
  const body = doc.createElement('div');
  doc.body.replaceChildren(heading, body);
  return {
    show(slide, index, count) {
      if (w.closed) return;
      heading.textContent = slide ? `${index + 1} / ${count} · ${slide.title}` : '';
      body.textContent = slide?.notes || empty;
    },
    close: () => w.close(),
  };
}
