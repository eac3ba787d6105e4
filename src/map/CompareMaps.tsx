/**
 * Before/after as two synchronised maps side by side: the same base map and plan places, each side with
 * its own covered area and proposals. Moving either map moves the other.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature } from 'geojson';
import { coveredAreasOfProposalSets } from '../app/analysis-controller.ts';
import { BASELINE, useScenarioStore } from '../app/scenario-store.ts';
import { readStoredScenario } from '../app/scenarios.ts';
import { useAppStore } from '../app/store.ts';
import { useAnalysisStore } from '../app/analysis-store.ts';
import type { Proposal } from '../io/proposal.ts';
import { analysisOverlay } from './analysis-overlay.ts';
import { buildStyle } from './build-style.ts';
import { MapAdapter } from './map-adapter.ts';
import { mergeOverlays } from './overlay-style.ts';
import { proposalOverlay } from './proposal-overlay.ts';

interface Side {
  name: string;
  proposals: Proposal[];
  covered: Feature | null;
}

function useSides(): [Side, Side] | null {
  const { t } = useTranslation('scenario');
  const { left, right } = useScenarioStore((s) => s.compare);
  const active = useScenarioStore((s) => s.active);
  const scenarios = useScenarioStore((s) => s.scenarios);
  const minutes = useAnalysisStore((s) => s.displayMinutes);
  const [sides, setSides] = useState<[Side, Side] | null>(null);
  useEffect(() => {
    let stale = false;
    void (async () => {
      const load = async (id: string): Promise<Side> => {
        if (id === BASELINE) return { name: t('compare.baseline'), proposals: [], covered: null };
        const s = await readStoredScenario(id);
        return { name: s?.name ?? scenarios.find((x) => x.id === id)?.name ?? id, proposals: s?.proposals ?? [], covered: null };
      };
      const pair = [await load(left), await load(right || active?.id || BASELINE)] as [Side, Side];
      const areas = await coveredAreasOfProposalSets(pair.map((p) => p.proposals));
      if (!stale && areas) setSides([{ ...pair[0], covered: areas[0]! }, { ...pair[1], covered: areas[1]! }]);
    })();
    return () => {
      stale = true;
    };
  }, [left, right, active, scenarios, minutes, t]);
  return sides;
}

function SideMap({ side, peer, onReady, testId }: { side: Side; peer: React.RefObject<MapAdapter | null>; onReady: (a: MapAdapter | null) => void; testId: string }) {
  const el = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const { lang, visible, statuses, data, view } = useAppStore();
  useEffect(() => {
    if (!el.current) return;
    const a = new MapAdapter(el.current, {
      view,
      attribution: [],
      interactiveLayers: () => [],
      onViewChange: () => undefined,
      onClick: () => undefined,
      onHover: () => undefined,
      onError: () => undefined,
    });
    adapter.current = a;
    onReady(a);
    // Keep the two maps on the same view; `syncing` stops the echo back.
    let syncing = false;
    a.map.on('move', () => {
      const other = peer.current;
      if (syncing || !other) return;
      syncing = true;
      other.map.jumpTo({ center: a.map.getCenter(), zoom: a.map.getZoom() });
      syncing = false;
    });
    return () => {
      onReady(null);
      a.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!data || !adapter.current) return;
    const none = { lang, covered: side.covered, circles: null, gaps: null, corridors: null, sites: [], probe: null };
    const overlays = mergeOverlays(analysisOverlay(none), proposalOverlay(side.proposals, lang, null, false));
    adapter.current.setStyle(buildStyle({ lang, visible, statuses, selectedId: null, hoverId: null, data, overlays }));
  }, [side, lang, visible, statuses, data]);
  return (
    <div className="compare-side">
      <div className="compare-title">{side.name}</div>
      <div ref={el} className="map" data-testid={testId} />
    </div>
  );
}

export function CompareMaps() {
  const { t } = useTranslation('scenario');
  const sides = useSides();
  const left = useRef<MapAdapter | null>(null);
  const right = useRef<MapAdapter | null>(null);
  return (
    <div className="compare-maps" data-testid="compare-view">
      <button type="button" className="compare-close" onClick={() => useScenarioStore.setState({ compareView: false })}>
        {t('compare.close')}
      </button>
      {sides ? (
        <>
          <SideMap side={sides[0]} peer={right} onReady={(a) => (left.current = a)} testId="compare-left-map" />
          <SideMap side={sides[1]} peer={left} onReady={(a) => (right.current = a)} testId="compare-right-map" />
        </>
      ) : (
        <div className="loading">…</div>
      )}
    </div>
  );
}
