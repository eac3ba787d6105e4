/**
 * Present mode: the map full screen, one slide at a time. → / PageDown / Space next, ← / PageUp back,
 * Home / End first / last, N notes, Esc leaves. Each slide is applied with an eased camera move. The
 * presenter's notes show in a panel (toggle) or in a second window (same origin, filled as text).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisController } from '../../app/analysis-context.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';
import { useScenarioStore } from '../../app/scenario-store.ts';
import { applySlide } from '../../app/slides.ts';
import type { Slide } from '../../io/slide.ts';
import { openNotesWindow, type NotesWindow } from './notes-window.ts';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'PageUp']);
const NONE: Slide[] = [];

export function PresentMode() {
  const { t } = useTranslation('present');
  const index = usePresentStore((s) => s.presenting);
  const notesShown = usePresentStore((s) => s.notesShown);
  const slides = useScenarioStore((s) => s.active?.slides) ?? NONE;
  const controller = useAnalysisController();
  const notesWindow = useRef<NotesWindow | null>(null);
  const slide = index === null ? undefined : slides[Math.min(index, slides.length - 1)];
  const count = slides.length;

  // Full screen while presenting (refused in some contexts: then the page itself fills the window).
  useEffect(() => {
    if (index === null) return;
    const onChange = () => {
      if (!document.fullscreenElement) presentActions.stopPresenting();
    };
    if (!document.fullscreenElement) {
      document.documentElement.requestFullscreen?.().then(() => document.addEventListener('fullscreenchange', onChange)).catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [index === null]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    notesWindow.current?.show(slide, index ?? 0, count);
    if (!slide) return;
    // Two frames later: entering present mode resizes the map (no side panel), and a camera move
    // started before MapLibre sees the new size would end off-centre.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => applySlide(slide, controller))));
    return () => cancelAnimationFrame(frame);
  }, [slide, controller, index, count]);

  useEffect(() => {
    if (index === null) return;
    const go = (i: number) => presentActions.startPresenting(Math.max(0, Math.min(count - 1, i)));
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      if (NEXT.has(e.key)) go(index + 1);
      else if (PREV.has(e.key)) go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(count - 1);
      else if (e.key === 'Escape') presentActions.stopPresenting();
      else if (e.key === 'n' || e.key === 'N') presentActions.toggleNotes();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count]);

  useEffect(() => () => notesWindow.current?.close(), []);

  if (index === null || !slide) return null;
  return (
    <div className="present-overlay" data-testid="present-mode" role="region" aria-label={t('mode.label')}>
      <div className="present-title">
        <span className="present-number" data-testid="present-number">{t('mode.number', { n: index + 1, count })}</span>
        <h2 data-testid="present-title">{slide.title}</h2>
      </div>
      {notesShown && (
        <aside className="present-notes" data-testid="present-notes" aria-label={t('slides.notes')}>
          {slide.notes || t('mode.noNotes')}
        </aside>
      )}
      <div className="present-controls">
        <button type="button" onClick={() => presentActions.startPresenting(Math.max(0, index - 1))} disabled={index === 0} aria-label={t('mode.previous')}>←</button>
        <button type="button" onClick={() => presentActions.startPresenting(Math.min(count - 1, index + 1))} disabled={index >= count - 1} aria-label={t('mode.next')}>→</button>
        <button type="button" onClick={presentActions.toggleNotes} aria-pressed={notesShown} data-testid="present-notes-toggle">{t('mode.notes')}</button>
        <button
          type="button"
          onClick={() => {
            notesWindow.current ??= openNotesWindow(t('mode.notesWindowTitle'), t('mode.noNotes'));
            if (!notesWindow.current) presentActions.toggleNotes(); // pop-ups blocked: notes on screen instead
            notesWindow.current?.show(slide, index, count);
          }}
          data-testid="present-notes-window"
        >
          {t('mode.notesWindow')}
        </button>
        <button type="button" onClick={presentActions.stopPresenting} data-testid="present-exit">{t('mode.exit')}</button>
      </div>
    </div>
  );
}
