/**
 * Before/after as two synchronised maps side by side: the same base map and plan places, each side with
 * its own covered area and proposals. Moving either map moves the other. Prop-driven: the comparison
 * itself is computed by the analysis controller (src/ui/scenarios/CompareView.tsx connects the two).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature } from 'geojson';
import type { Proposal } from '../io/proposal.ts';
import type { View } from '../state-types.ts';
import { analysisOverlay } from './analysis-overlay.ts';
import { buildStyle, type StyleInput } from './build-style.ts';
import { MapAdapter } from './map-adapter.ts';
import { mergeOverlays } from './overlay-style.ts';
import { proposalOverlay } from './proposal-overlay.ts';

export interface CompareSideView {
  name: string;
  proposals: readonly Proposal[];
  covered: Feature | null;
}

/** The base map both sides draw (no selection, no hover). */
export type CompareBase = Pick<StyleInput, 'lang' | 'visible' | 'statuses'> & { data: StyleInput['data'] | null };

interface SideProps {
  side: CompareSideView;
  base: CompareBase;
  view: View;
  peer: React.RefObject<MapAdapter | null>;
  onReady: (a: MapAdapter | null) => void;
  testId: string;
}

function SideMap({ side, base, view, peer, onReady, testId }: SideProps) {
  const el = useRef<HTMLDivElement>(null);
  const adapter = useRef<MapAdapter | null>(null);
  const { lang, visible, statuses, data } = base;
  useEffect(() => {
    if (!el.current) return;
    // Keep the two maps on the same view; `syncing` stops the echo back.
    let syncing = false;
    const a = new MapAdapter(el.current, {
      view,
      attribution: [],
      interactiveLayers: () => [],
      onViewChange: () => undefined,
      onMove: (v) => {
        if (syncing || !peer.current) return;
        syncing = true;
        peer.current.jumpTo(v);
        syncing = false;
      },
      onClick: () => undefined,
      onHover: () => undefined,
      onError: () => undefined,
    });
    adapter.current = a;
    onReady(a);
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

export interface CompareMapsProps {
  /** Null while the covered areas are being computed. */
  sides: [CompareSideView, CompareSideView] | null;
  base: CompareBase;
  view: View;
  onClose: () => void;
}

export function CompareMaps({ sides, base, view, onClose }: CompareMapsProps) {
  const { t } = useTranslation('scenario');
  const left = useRef<MapAdapter | null>(null);
  const right = useRef<MapAdapter | null>(null);
  return (
    <div className="compare-maps" data-testid="compare-view">
      <button type="button" className="compare-close" onClick={onClose}>
        {t('compare.close')}
      </button>
      {sides ? (
        <>
          <SideMap side={sides[0]} base={base} view={view} peer={right} onReady={(a) => (left.current = a)} testId="compare-left-map" />
          <SideMap side={sides[1]} base={base} view={view} peer={left} onReady={(a) => (right.current = a)} testId="compare-right-map" />
        </>
      ) : (
        <div className="loading">…</div>
      )}
    </div>
  );
}
