/**
 * Scenarios: the active scenario with its undo history, the list of stored ones, the draw tool, the
 * import preview and the comparison choice. Plain data; scenarios.ts holds the actions that persist.
 */
import { create } from 'zustand';
import type { History } from '../io/history.ts';
import type { Issue } from '../io/issue.ts';
import type { Proposal, Scenario } from '../io/proposal.ts';
import type { AutosaveStatus } from '../io/storage/autosave.ts';
import type { Detected } from '../io/import/types.ts';
import type { IndicatorActual } from '../io/indicator-actual.ts';
import type { Slide } from '../io/slide.ts';

export type DrawMode = 'none' | 'point' | 'linestring' | 'polygon' | 'select';

export interface ScenarioSummary {
  id: string;
  name: string;
  updated: string;
  count: number;
}

export interface ImportPreview {
  fileName: string;
  features: Proposal[];
  warnings: Issue[];
  dropped: Issue[];
  detected: Detected;
  /** Where the features go on confirmation. */
  target: { kind: 'active' } | { kind: 'new'; name: string };
  converted?: 'gcj02' | 'bd09';
  /** The deck of a scenario file (src/io/deck-file.ts), added with the features on confirmation. */
  slides?: Slide[];
  /** Slides in the file that failed validation (none of them is added). */
  slidesDropped?: number;
  /** The file's indicator values (merged into the target scenario on confirm). */
  indicatorActuals?: IndicatorActual[];
}

/** A scenario found in a share link, waiting for the planner to decide (never overwrites silently). */
export interface SharedScenarioOffer {
  scenario: Scenario;
  conflictsWith: string | null;
}

export interface ScenarioState {
  /** Storage opened and the list read (or found unavailable). */
  ready: boolean;
  /** False when IndexedDB is unavailable: edits live only in this tab (the UI says so). */
  persistent: boolean;
  scenarios: ScenarioSummary[];
  active: Scenario | null;
  history: History<Scenario> | null;
  selectedProposalId: string | null;
  /** A proposal whose attribute form is open. */
  editingId: string | null;
  drawMode: DrawMode;
  save: AutosaveStatus | null;
  preview: ImportPreview | null;
  sharedOffer: SharedScenarioOffer | null;
  /** Compare coverage: baseline (plan places only) or a stored scenario, against another ('' = active). */
  compare: { left: string; right: string };
  /** Show the two sides as synchronised maps side by side. */
  compareView: boolean;
}

export const BASELINE = 'baseline';

export const scenarioInitialState = (): ScenarioState => ({
  ready: false,
  persistent: true,
  scenarios: [],
  active: null,
  history: null,
  selectedProposalId: null,
  editingId: null,
  drawMode: 'none',
  save: null,
  preview: null,
  sharedOffer: null,
  compare: { left: 'baseline', right: '' },
  compareView: false,
});

export const useScenarioStore = create<ScenarioState>()(() => scenarioInitialState());

export const summarise = (s: Scenario): ScenarioSummary => ({ id: s.id, name: s.name, updated: s.updated, count: s.proposals.length });

/** Plain state changes the UI asks for (scenarios.ts holds the ones that persist). */
export const scenarioActions = {
  selectProposal: (id: string | null) => useScenarioStore.setState({ selectedProposalId: id }),
  /** Select a proposal and open its attribute form. */
  editProposal: (id: string) => useScenarioStore.setState({ selectedProposalId: id, editingId: id }),
  closeEditor: () => useScenarioStore.setState({ editingId: null }),
  setDrawMode: (drawMode: DrawMode) => useScenarioStore.setState({ drawMode }),
  setCompareSide: (side: 'left' | 'right', id: string) => useScenarioStore.setState((s) => ({ compare: { ...s.compare, [side]: id } })),
  setCompareView: (compareView: boolean) => useScenarioStore.setState({ compareView }),
  dismissSharedOffer: () => useScenarioStore.setState({ sharedOffer: null }),
};
