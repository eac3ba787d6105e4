/**
 * The analysis controller handed down from App: components call its methods (updateParams, probeAt,
 * runSuggestion…) through `useAnalysisController()`. There is no fallback: a component rendered
 * without a provider fails loudly instead of silently doing nothing.
 */
import { createContext, useContext } from 'react';
import type { AnalysisController } from './analysis-controller.ts';

export const AnalysisControllerContext = createContext<AnalysisController | null>(null);

export function useAnalysisController(): AnalysisController {
  const c = useContext(AnalysisControllerContext);
  if (!c) throw new Error('useAnalysisController: no AnalysisControllerContext provider (App creates the controller)');
  return c;
}
