/**
 * Drawing and editing proposals with terra-draw's MapLibre adapter. The scenario store stays the
 * source of truth: a finished drawing is handed over and removed from terra-draw, and in "select"
 * mode the proposals are loaded into terra-draw so they can be moved and reshaped, each edit handed
 * back as a new geometry (which goes through the scenario's undo history).
 */
import type { Map as MLMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  ValidateNotSelfIntersecting,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Proposal, ProposalGeometry } from '../io/proposal.ts';
import { PROPOSAL_COLOUR } from './proposal-overlay.ts';

export type DrawTool = 'none' | 'point' | 'linestring' | 'polygon' | 'select';

export interface DrawCallbacks {
  onCreated: (geometry: ProposalGeometry) => void;
  onEdited: (id: string, geometry: ProposalGeometry) => void;
  onSelected: (id: string | null) => void;
}

const MODE_OF: Record<ProposalGeometry['type'], string> = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' };
const colour = PROPOSAL_COLOUR as `#${string}`;
const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } };

export class DrawController {
  private readonly draw: TerraDraw;
  private tool: DrawTool = 'none';
  private loaded: readonly Proposal[] | null = null;
  /** An edit made here comes back as new proposals: those need no reload (it would drop the selection). */
  private echoPending = false;

  constructor(map: MLMap, private readonly cb: DrawCallbacks) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => `draft-${crypto.randomUUID()}` },
      modes: [
        new TerraDrawPointMode({ styles: { pointColor: colour, pointWidth: 7, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 } }),
        new TerraDrawLineStringMode({ styles: { lineStringColor: colour, lineStringWidth: 4 } }),
        new TerraDrawPolygonMode({
          validation: (f) => ValidateNotSelfIntersecting(f),
          styles: { fillColor: colour, fillOpacity: 0.2, outlineColor: colour, outlineWidth: 2 },
        }),
        new TerraDrawSelectMode({
          flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: { ...editable, selfIntersectable: false } } },
          keyEvents: { deselect: 'Escape', delete: null, rotate: null, scale: null },
        }),
      ],
    });
    this.draw.on('finish', (id, ctx) => {
      const f = this.draw.getSnapshotFeature(id);
      if (!f) return;
      const geometry = f.geometry as ProposalGeometry;
      if (ctx.action === 'draw') {
        this.draw.removeFeatures([id]); // the proposal layer draws it once the scenario has it
        this.cb.onCreated(geometry);
      } else {
        this.echoPending = true;
        this.cb.onEdited(String(id), geometry);
      }
    });
    this.draw.on('select', (id) => this.cb.onSelected(String(id)));
    this.draw.on('deselect', () => this.cb.onSelected(null));
  }

  /** Switch tool; in "select" the given proposals become editable. */
  setTool(tool: DrawTool, proposals: readonly Proposal[]): void {
    if (tool === this.tool && (tool !== 'select' || proposals === this.loaded)) return;
    if (tool === 'none') {
      if (this.draw.enabled) {
        this.draw.clear();
        this.draw.stop();
      }
      this.tool = tool;
      this.loaded = null;
      return;
    }
    if (!this.draw.enabled) this.draw.start();
    if (tool === 'select') this.load(proposals);
    else if (this.tool === 'select') {
      this.draw.clear();
      this.loaded = null;
    }
    this.draw.setMode(tool);
    this.tool = tool;
  }

  private load(proposals: readonly Proposal[]): void {
    if (proposals === this.loaded) return;
    if (this.echoPending) {
      this.echoPending = false;
      this.loaded = proposals;
      return;
    }
    this.draw.clear();
    const features = proposals.map(
      (p) => ({ type: 'Feature', id: p.properties.id, geometry: p.geometry, properties: { mode: MODE_OF[p.geometry.type] } }) as GeoJSONStoreFeatures,
    );
    this.draw.addFeatures(features);
    this.loaded = proposals;
  }

  destroy(): void {
    if (this.draw.enabled) this.draw.stop();
  }
}
