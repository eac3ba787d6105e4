/** Everything drawn over the base map, as one memoised overlay: areas, analysis results and proposals. */
import { useMemo } from 'react';
import { analysisOverlay } from '../map/analysis-overlay.ts';
import { areaOverlay } from '../map/area-overlay.ts';
import { mergeOverlays, type OverlayStyle } from '../map/overlay-style.ts';
import { previewOverlay, proposalOverlay } from '../map/proposal-overlay.ts';
import { datasetsOverlay } from '../map/outlets-overlay.ts';
import { completenessOverlay } from '../map/completeness-overlay.ts';
import { useDatasetLayers } from './dataset-layers.ts';
import { useJiedaoFill } from './jiedao-fill.ts';
import { displayedMinutes, useAnalysisStore } from './analysis-store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { useAppStore } from './store.ts';

export function useOverlays(): OverlayStyle {
  const lang = useAppStore((s) => s.lang);
  const jiedao = useAppStore((s) => !!s.data?.jiedaoUrl);
  const enabled = useAnalysisStore((s) => s.enabled);
  const covered = useAnalysisStore((s) => s.covered);
  const circles = useAnalysisStore((s) => s.circles);
  const gaps = useAnalysisStore((s) => s.gaps);
  const corridors = useAnalysisStore((s) => s.corridorShapes);
  const sites = useAnalysisStore((s) => s.suggestions);
  const probe = useAnalysisStore((s) => s.probe);
  const population = useAnalysisStore((s) => (s.enabled && s.show.population ? s.populationCells : null));
  const summary = useAnalysisStore((s) => s.result?.levels.find((l) => l.minutes === displayedMinutes(s))?.summary);
  const proposals = useScenarioStore((s) => s.active?.proposals);
  const selected = useScenarioStore((s) => s.selectedProposalId);
  const drawMode = useScenarioStore((s) => s.drawMode);
  const preview = useScenarioStore((s) => s.preview?.features ?? null);
  const datasets = useDatasetLayers();
  // One measure colours the 街道 at a time (jiedao-fill.ts, shared with the legends).
  const fill = useJiedaoFill();
  const tradeResult = fill.completeness;
  const jiedaoCoverage = useMemo(() => (fill.coverage && summary ? new Map(summary.jiedao.map((j) => [j.id, j.popShare])) : null), [fill.coverage, summary]);
  // Completeness per 街道 of the last coverage-by-trade run (街道 without residents are left unfilled).
  const completeness = useMemo(
    () => (tradeResult ? Object.fromEntries(tradeResult.completeness.jiedao.filter((j) => j.population > 0).map((j) => [j.id, j.popShare])) : null),
    [tradeResult],
  );
  return useMemo(
    () =>
      mergeOverlays(
        areaOverlay({ jiedao, coverage: jiedaoCoverage, population }),
        analysisOverlay(
          enabled
            ? { lang, covered, circles, gaps, corridors, sites, probe }
            : { lang, covered: null, circles: null, gaps: null, corridors: null, sites: [], probe: null },
        ),
        // In the edit tool terra-draw draws the proposals; ours would double them.
        proposalOverlay(proposals ?? [], lang, selected, drawMode === 'select'),
        previewOverlay(preview),
        completenessOverlay(completeness),
        datasetsOverlay(datasets, lang),
      ),
    [completeness, datasets, jiedao, jiedaoCoverage, population, enabled, lang, covered, circles, gaps, corridors, sites, probe, proposals, selected, drawMode, preview],
  );
}
