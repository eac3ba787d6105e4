/**
 * Before/after as two synchronised maps: the same base map and plan places, each side with its own
 * covered area and proposals. Moving either map moves the other. Side by side, or as a swipe: both maps
 * stacked full size, the right (after) one clipped at a draggable divider that the keyboard also moves
 * (← → by 2 %, Shift by 10 %, Home / End). Prop-driven: the comparison itself is computed by the analysis
 * controller, mode and divider live in the app (src/ui/scenarios/CompareView.tsx connects them).
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

export type CompareLayout = 'side-by-side' | 'swipe';

interface SideProps {
  side: CompareSideView;
  base: CompareBase;
  view: View;
  peer: React.RefObject<MapAdapter | null>;
  onReady: (a: MapAdapter | null) => void;
  testId: string;
  /** Swipe: the share of the width (from the left) hidden on this map. */
  clipLeft?: number;
}

function SideMap({ side, base, view, peer, onReady, testId, clipLeft }: SideProps) {
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
    <div className="compare-side" style={clipLeft === undefined ? undefined : { clipPath: `inset(0 0 0 ${(clipLeft * 100).toFixed(2)}%)` }}>
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
  layout?: CompareLayout;
  /** Swipe divider, 0 (left edge) … 1 (right edge). */
  divider?: number;
  onDivider?: (divider: number) => void;
}

export function CompareMaps({ sides, base, view, onClose, layout = 'side-by-side', divider = 0.5, onDivider }: CompareMapsProps) {
  const { t } = useTranslation('scenario');
  const left = useRef<MapAdapter | null>(null);
  const right = useRef<MapAdapter | null>(null);
  const swipe = layout === 'swipe';
  return (
    <div className={swipe ? 'compare-maps swipe' : 'compare-maps'} data-testid="compare-view" data-layout={layout}>
      <button type="button" className="compare-close" onClick={onClose}>
        {t('compare.close')}
      </button>
      {sides ? (
        <>
          <SideMap side={sides[0]} base={base} view={view} peer={right} onReady={(a) => (left.current = a)} testId="compare-left-map" />
          <SideMap side={sides[1]} base={base} view={view} peer={left} onReady={(a) => (right.current = a)} testId="compare-right-map" clipLeft={swipe ? divider : undefined} />
          {swipe && <SwipeDivider value={divider} onChange={(v) => onDivider?.(v)} label={t('compare.divider')} />}
        </>
      ) : (
        <div className="loading">…</div>
      )}
    </div>
  );
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The swipe divider: drag it, or focus it and use the keyboard (a slider for assistive technology). */
function SwipeDivider({ value, onChange, label }: { value: number; onChange: (v: number) => void; label: string }) {
  const at = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (box && box.width > 0) onChange(clamp01((e.clientX - box.left) / box.width));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.1 : 0.02;
    const next =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? value - step
      : e.key === 'ArrowRight' || e.key === 'ArrowUp' ? value + step
      : e.key === 'Home' ? 0
      : e.key === 'End' ? 1
      : null;
    if (next === null) return;
    // The divider's keys are its own: present mode must not also turn the slide.
    e.preventDefault();
    e.stopPropagation();
    onChange(clamp01(Math.round(next * 100) / 100));
  };
  return (
    <div
      className="compare-divider"
      style={{ left: `${(value * 100).toFixed(2)}%` }}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100)}
      aria-valuetext={`${Math.round(value * 100)}%`}
      data-testid="compare-divider"
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) at(e);
      }}
    >
      <span className="compare-divider-handle" aria-hidden="true">⇔</span>
    </div>
  );
}
