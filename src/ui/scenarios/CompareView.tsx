/**
 * The comparison maps (side by side or swipe), fed from the comparison the analysis controller keeps in
 * the analysis store; layout and divider from the present store (a slide captures and restores them).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAnalysisStore } from '../../app/analysis-store.ts';
import { presentActions, usePresentStore } from '../../app/present-store.ts';
import { scenarioActions } from '../../app/scenario-store.ts';
import { useAppStore } from '../../app/store.ts';
import { CompareMaps, type CompareSideView } from '../../map/CompareMaps.tsx';

export function CompareView() {
  const { t } = useTranslation('scenario');
  const comparison = useAnalysisStore((s) => s.comparison);
  const base = useAppStore(useShallow((s) => ({ lang: s.lang, visible: s.visible, statuses: s.statuses, data: s.data })));
  const baseline = t('compare.baseline');
  const sides = useMemo(() => {
    const c = comparison?.sides;
    if (!c || !c[0].covered || !c[1].covered) return null;
    return c.map((x) => ({ name: x.name ?? baseline, proposals: x.proposals, covered: x.covered })) as [CompareSideView, CompareSideView];
  }, [comparison, baseline]);
  const swipe = usePresentStore((s) => s.compareMode === 'swipe');
  const divider = usePresentStore((s) => s.divider);
  return (
    <CompareMaps
      sides={sides}
      base={base}
      view={useAppStore.getState().view}
      onClose={() => scenarioActions.setCompareView(false)}
      layout={swipe ? 'swipe' : 'side-by-side'}
      divider={divider}
      onDivider={presentActions.setDivider}
    />
  );
}
