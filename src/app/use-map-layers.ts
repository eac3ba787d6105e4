/** Everything drawn over the base map, as one memoised overlay: analysis results and proposals. */
import { useMemo } from 'react';
import { analysisOverlay } from '../map/analysis-overlay.ts';
import { mergeOverlays, type OverlayStyle } from '../map/overlay-style.ts';
import { previewOverlay, proposalOverlay } from '../map/proposal-overlay.ts';
import { datasetsOverlay } from '../map/outlets-overlay.ts';
import { useDatasetLayers } from './dataset-layers.ts';
import { useAnalysisStore } from './analysis-store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { useAppStore } from './store.ts';

export function useOverlays(): OverlayStyle {
  const lang = useAppStore((s) => s.lang);
  const enabled = useAnalysisStore((s) => s.enabled);
  const covered = useAnalysisStore((s) => s.covered);
  const circles = useAnalysisStore((s) => s.circles);
  const gaps = useAnalysisStore((s) => s.gaps);
  const corridors = useAnalysisStore((s) => s.corridorShapes);
  const sites = useAnalysisStore((s) => s.suggestions);
  const probe = useAnalysisStore((s) => s.probe);
  const proposals = useScenarioStore((s) => s.active?.proposals);
  const selected = useScenarioStore((s) => s.selectedProposalId);
  const drawMode = useScenarioStore((s) => s.drawMode);
  const preview = useScenarioStore((s) => s.preview?.features ?? null);
  const datasets = useDatasetLayers();
  return useMemo(
    () =>
      mergeOverlays(
        analysisOverlay(
          enabled
            ? { lang, covered, circles, gaps, corridors, sites, probe }
            : { lang, covered: null, circles: null, gaps: null, corridors: null, sites: [], probe: null },
        ),
        // In the edit tool terra-draw draws the proposals; ours would double them.
        proposalOverlay(proposals ?? [], lang, selected, drawMode === 'select'),
        previewOverlay(preview),
        datasetsOverlay(datasets, lang),
      ),
    [datasets, enabled, lang, covered, circles, gaps, corridors, sites, probe, proposals, selected, drawMode, preview],
  );
}
