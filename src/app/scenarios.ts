/**
 * Scenario actions: open storage, switch, create, duplicate, rename, delete, edit proposals with undo,
 * and autosave after every edit. Storage failures never lose what was saved: the stored version stays
 * intact, the error is shown, and the unsaved state is offered as a file download.
 */
import { canRedo, canUndo, createHistory, push, redo, undo } from '../io/history.ts';
import { newId } from '../io/id.ts';
import type { Issue } from '../io/issue.ts';
import { SCHEMA_VERSION, type Proposal, type ProposalAttributes, type ProposalGeometry, type Scenario } from '../io/proposal.ts';
import { addProposals, createScenario, duplicateScenario, renameScenario, uniqueName } from '../io/scenario-ops.ts';
import {
  createAutosaver,
  deleteScenario as dbDelete,
  getScenario,
  lastEditedScenarioId,
  listScenarios,
  openStore,
  saveScenario,
  type AtlasDb,
  type Autosaver,
  versionChangeIssue,
} from '../io/storage/index.ts';
import { actions } from './store.ts';
import { summarise, useScenarioStore, type ScenarioSummary } from './scenario-store.ts';

let db: AtlasDb | null = null;
let autosaver: Autosaver | null = null;

const set = useScenarioStore.setState;
const get = useScenarioStore.getState;
const now = () => new Date().toISOString();
const alertIssue = (e: Issue, level: 'error' | 'warning' | 'info' = 'error') => actions.alert(`io:${e.code}`, e.params, level);

function upsertSummary(list: ScenarioSummary[], s: Scenario): ScenarioSummary[] {
  const rest = list.filter((x) => x.id !== s.id);
  return [summarise(s), ...rest].sort((a, b) => (a.updated < b.updated ? 1 : -1));
}

/** Open IndexedDB, list scenarios, report corrupt records, and reopen the last edited scenario. */
export async function initScenarios(): Promise<void> {
  const opened = await openStore({ onVersionChange: () => alertIssue(versionChangeIssue(), 'warning') });
  if (!opened.ok) {
    alertIssue(opened.error, 'warning');
    set({ ready: true, persistent: false });
    return;
  }
  db = opened.value;
  autosaver = createAutosaver(
    (s, opts) => saveScenario(db!, s, opts),
    (status) => {
      set({ save: status });
      if (status.state === 'error') alertIssue(status.error);
    },
  );
  const list = await listScenarios(db);
  if (!list.ok) {
    alertIssue(list.error);
    set({ ready: true });
    return;
  }
  for (const c of list.value.corrupt) alertIssue(c, 'warning');
  const lastId = await lastEditedScenarioId(db);
  const active = list.value.scenarios.find((s) => s.id === lastId) ?? list.value.scenarios[0] ?? null;
  if (active) autosaver.loaded(active);
  set({
    ready: true,
    scenarios: list.value.scenarios.map(summarise),
    active,
    history: active ? createHistory(active) : null,
  });
}

/** Record an edit: undo step, screen, autosave. */
function commit(next: Scenario, record = true): void {
  const st = get();
  const history = record && st.history && st.history.present.id === next.id ? push(st.history, next) : createHistory(next);
  set({ active: next, history, scenarios: upsertSummary(st.scenarios, next) });
  autosaver?.edit(next);
}

export function newScenario(name: string): Scenario | null {
  const r = createScenario(uniqueName(name, get().scenarios.map((s) => s.name)));
  if (!r.ok) {
    alertIssue(r.error);
    return null;
  }
  commit(r.value, false);
  return r.value;
}

/** The scenario edits go to, created on the first edit if there is none yet. */
function ensureActive(defaultName: string): Scenario | null {
  return get().active ?? newScenario(defaultName);
}

export async function switchScenario(id: string): Promise<void> {
  if (get().active?.id === id) return;
  await autosaver?.flush();
  if (!db) return;
  const r = await getScenario(db, id);
  if (!r.ok) return alertIssue(r.error);
  autosaver?.loaded(r.value);
  set({ active: r.value, history: createHistory(r.value), selectedProposalId: null, editingId: null });
}

export async function duplicateActive(name: string): Promise<void> {
  const a = get().active;
  if (!a) return;
  const r = duplicateScenario(a, uniqueName(name, get().scenarios.map((s) => s.name)));
  if (!r.ok) return alertIssue(r.error);
  await autosaver?.flush();
  commit(r.value, false);
}

export function renameActive(name: string): boolean {
  const a = get().active;
  if (!a) return false;
  const r = renameScenario(a, name, now());
  if (!r.ok) {
    alertIssue(r.error);
    return false;
  }
  commit(r.value);
  return true;
}

export async function deleteActive(): Promise<void> {
  const a = get().active;
  if (!a) return;
  await autosaver?.flush();
  if (db) {
    const r = await dbDelete(db, a.id);
    if (!r.ok) return alertIssue(r.error);
  }
  const rest = get().scenarios.filter((s) => s.id !== a.id);
  set({ scenarios: rest, active: null, history: null, selectedProposalId: null, editingId: null });
  if (rest[0]) await switchScenario(rest[0].id);
}

export function addProposal(geometry: ProposalGeometry, attrs: ProposalAttributes, source: Proposal['properties']['source'], defaultScenarioName: string): Proposal | null {
  const s = ensureActive(defaultScenarioName);
  if (!s) return null;
  const t = now();
  const p: Proposal = { type: 'Feature', geometry, properties: { ...attrs, id: newId('p'), source, created: t, updated: t } };
  const r = addProposals(s, [p], t);
  if (!r.ok) {
    alertIssue(r.error);
    return null;
  }
  commit(r.value);
  return r.value.proposals.at(-1)!;
}

export function addManyProposals(ps: Proposal[], defaultScenarioName: string): boolean {
  const s = ensureActive(defaultScenarioName);
  if (!s) return false;
  const r = addProposals(s, ps, now());
  if (!r.ok) {
    alertIssue(r.error);
    return false;
  }
  commit(r.value);
  return true;
}

function mapProposal(id: string, fn: (p: Proposal) => Proposal): void {
  const s = get().active;
  if (!s || !s.proposals.some((p) => p.properties.id === id)) return;
  const t = now();
  commit({ ...s, updated: t, proposals: s.proposals.map((p) => (p.properties.id === id ? fn(p) : p)) });
}

export const updateAttributes = (id: string, attrs: ProposalAttributes) =>
  mapProposal(id, (p) => ({ ...p, properties: { ...p.properties, ...attrs, updated: now() } }));

export const updateGeometry = (id: string, geometry: ProposalGeometry) =>
  mapProposal(id, (p) => ({ ...p, geometry, properties: { ...p.properties, updated: now() } }));

export function deleteProposal(id: string): void {
  const s = get().active;
  if (!s) return;
  commit({ ...s, updated: now(), proposals: s.proposals.filter((p) => p.properties.id !== id) });
  if (get().selectedProposalId === id) set({ selectedProposalId: null, editingId: null });
}

/**
 * A deck edit (src/present/deck-ops.ts) on the active scenario: one undo step, autosaved with the
 * scenario. Creates the scenario first if there is none, so a planner can start with slides.
 */
export function editDeck(op: (s: Scenario, now: string) => { ok: true; value: Scenario } | { ok: false; error: Issue }, defaultScenarioName: string): Scenario | null {
  const s = ensureActive(defaultScenarioName);
  if (!s) return null;
  const r = op(s, now());
  if (!r.ok) {
    actions.alert(`present:${r.error.code}`, r.error.params);
    return null;
  }
  if (r.value !== s) commit(r.value);
  return r.value;
}

export function undoEdit(): void {
  const h = get().history;
  if (!h || !canUndo(h)) return;
  const back = undo(h);
  set({ history: back, active: back.present, scenarios: upsertSummary(get().scenarios, back.present) });
  autosaver?.edit(back.present);
}

export function redoEdit(): void {
  const h = get().history;
  if (!h || !canRedo(h)) return;
  const fwd = redo(h);
  set({ history: fwd, active: fwd.present, scenarios: upsertSummary(get().scenarios, fwd.present) });
  autosaver?.edit(fwd.present);
}

/** Store a scenario from a share link or a file under a fresh id: nothing existing is overwritten. */
export function adoptAsNewScenario(s: Scenario): Scenario {
  const t = now();
  const copy: Scenario = { ...s, id: newId('s'), name: uniqueName(s.name, get().scenarios.map((x) => x.name)), created: t, updated: t, schemaVersion: SCHEMA_VERSION };
  commit(copy, false);
  return copy;
}

/** Replace a stored scenario with the shared version, after the planner said so. */
export async function replaceScenario(s: Scenario): Promise<void> {
  await autosaver?.flush();
  const current = get().scenarios.find((x) => x.id === s.id);
  if (db && current) {
    const stored = await getScenario(db, s.id);
    if (stored.ok) autosaver?.loaded(stored.value);
  }
  commit({ ...s, updated: now() }, false);
}

export async function flushSaves(): Promise<void> {
  await autosaver?.flush();
}

export async function readStoredScenario(id: string): Promise<Scenario | null> {
  if (get().active?.id === id) return get().active;
  if (!db) return null;
  const r = await getScenario(db, id);
  return r.ok ? r.value : null;
}
