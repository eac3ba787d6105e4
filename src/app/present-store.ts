/**
 * Presentation state: which result (coverage table or chart) the slide and the printed page show,
 * present mode (the slide on screen, notes shown or not), the swipe divider, and print settings.
 * Plain data; actions below.
 */
import { create } from 'zustand';
import type { CompareMode, ResultView } from '../io/slide.ts';
import type { Dpi, Orientation, Paper } from '../export/page-layout.ts';

export interface PresentState {
  resultsView: ResultView;
  /** Index of the slide on screen in present mode, or null when not presenting. */
  presenting: number | null;
  notesShown: boolean;
  compareMode: CompareMode;
  divider: number;
  print: { paper: Paper; orientation: Orientation; dpi: Dpi; title: string; subtitle: string };
  /** A running export: what it is doing, e.g. page 2 of 3. */
  exporting: { step: string; done: number; total: number } | null;
}

export const presentInitialState = (): PresentState => ({
  resultsView: 'table',
  presenting: null,
  notesShown: false,
  compareMode: 'none',
  divider: 0.5,
  print: { paper: 'A4', orientation: 'landscape', dpi: 150, title: '', subtitle: '' },
  exporting: null,
});

export const usePresentStore = create<PresentState>()(() => presentInitialState());

export const presentActions = {
  setResultsView: (resultsView: ResultView) => usePresentStore.setState({ resultsView }),
  startPresenting: (index: number) => usePresentStore.setState({ presenting: index }),
  stopPresenting: () => usePresentStore.setState({ presenting: null, notesShown: false }),
  toggleNotes: () => usePresentStore.setState((s) => ({ notesShown: !s.notesShown })),
  setCompare: (compareMode: CompareMode, divider?: number) =>
    usePresentStore.setState((s) => ({ compareMode, divider: divider ?? s.divider })),
  setDivider: (divider: number) => usePresentStore.setState({ divider: Math.min(1, Math.max(0, divider)) }),
  setPrint: (patch: Partial<PresentState['print']>) => usePresentStore.setState((s) => ({ print: { ...s.print, ...patch } })),
  setExporting: (exporting: PresentState['exporting']) => usePresentStore.setState({ exporting }),
};
