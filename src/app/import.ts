/**
 * Importing a planner's file: read it, run the importer, and either show every problem (role=alert,
 * nothing changes) or put the features in a preview. Only "confirm" adds them to a scenario; an
 * existing scenario is never replaced, and a new one never takes an existing name.
 * The importers (parsers, coordinate conversion) are loaded when the first file is chosen.
 */
import { IMPORT_LIMITS } from '../io/import/limits.ts';
import { actions } from './store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { addManyProposals, editDeck, newScenario } from './scenarios.ts';
import { readScenarioFileDeck } from '../io/deck-file.ts';
import { mergeActuals, readScenarioFileActuals, type IndicatorActual } from '../io/indicator-actual.ts';
import { INDICATORS } from '../data/indicators.ts';
import { newId } from '../io/id.ts';
import type { Slide } from '../io/slide.ts';
import { SLIDE_LIMITS } from '../io/slide.ts';

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function importUserFile(file: File, defaultScenarioName: string): Promise<boolean> {
  // Refuse before reading a huge file into memory.
  if (file.size > IMPORT_LIMITS.maxBytes) {
    actions.alert('io:import.fileTooLarge', { size: MB(file.size), limit: MB(IMPORT_LIMITS.maxBytes) });
    return false;
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    actions.alert('scenario:import.readFailed', { name: file.name });
    return false;
  }
  let importFile: typeof import('../io/import/index.ts').importFile;
  try {
    ({ importFile } = await import('../io/import/index.ts'));
  } catch (e) {
    actions.alert('offline:chunkFailed', { message: e instanceof Error ? e.message : String(e) });
    return false;
  }
  const r = importFile(file.name, bytes);
  if (!r.ok) {
    for (const e of r.errors) actions.alert(`io:${e.code}`, { file: file.name, ...e.params });
    return false;
  }
  const hasActive = !!useScenarioStore.getState().active;
  const deck = /\.(geo)?json$/i.test(file.name) || file.type.includes('json') ? readScenarioFileDeck(new TextDecoder().decode(bytes)) : null;
  if (deck && 'dropped' in deck) actions.alert('present:deck.fileSlidesDropped', { count: deck.dropped, file: file.name }, 'warning');
  const actuals = /\.(geo)?json$/i.test(file.name) || file.type.includes('json') ? readScenarioFileActuals(new TextDecoder().decode(bytes)) : null;
  if (actuals && 'dropped' in actuals) actions.alert('plan:actual.fileDropped', { count: actuals.dropped, file: file.name }, 'warning');
  useScenarioStore.setState({
    preview: {
      fileName: file.name,
      features: r.features,
      warnings: r.warnings,
      dropped: r.dropped,
      detected: r.detected,
      target: hasActive ? { kind: 'active' } : { kind: 'new', name: deck?.name ?? (file.name.replace(/\.[^.]+$/, '') || defaultScenarioName) },
      ...(deck?.slides.length ? { slides: deck.slides } : {}),
      ...(actuals && 'actuals' in actuals ? { indicatorActuals: actuals.actuals } : {}),
    },
  });
  return true;
}

export async function convertPreview(from: 'gcj02' | 'bd09'): Promise<void> {
  const { convertBd09ToWgs, convertGcjToWgs } = await import('../io/import/index.ts'); // loaded with the file already
  const p = useScenarioStore.getState().preview;
  if (!p || p.converted) return;
  const features = from === 'gcj02' ? convertGcjToWgs(p.features) : convertBd09ToWgs(p.features);
  useScenarioStore.setState({ preview: { ...p, features, converted: from } });
}

export function setPreviewTarget(target: { kind: 'active' } | { kind: 'new'; name: string }): void {
  const p = useScenarioStore.getState().preview;
  if (p) useScenarioStore.setState({ preview: { ...p, target } });
}

export function cancelPreview(): void {
  useScenarioStore.setState({ preview: null });
}

export function confirmPreview(defaultScenarioName: string): void {
  const p = useScenarioStore.getState().preview;
  if (!p) return;
  if (p.target.kind === 'new' && !newScenario(p.target.name || defaultScenarioName)) return;
  if (addManyProposals(p.features, defaultScenarioName)) {
    useScenarioStore.setState({ preview: null });
    actions.alert('scenario:import.added', { count: p.features.length, name: useScenarioStore.getState().active?.name ?? '' }, 'info');
    if (p.slides?.length) addFileSlides(p.slides, defaultScenarioName);
    if (p.indicatorActuals?.length) addFileActuals(p.indicatorActuals, defaultScenarioName);
  }
}

/** The file's slides go after the target scenario's own, under fresh ids where taken, up to the deck limit. */
function addFileSlides(slides: readonly Slide[], defaultScenarioName: string): void {
  let added = 0;
  const r = editDeck((s, now) => {
    const taken = new Set(s.slides.map((x) => x.id));
    const fresh = slides.slice(0, Math.max(0, SLIDE_LIMITS.slidesPerDeck - s.slides.length)).map((x) => (taken.has(x.id) ? { ...x, id: newId('slide') } : x));
    added = fresh.length;
    return { ok: true, value: { ...s, slides: [...s.slides, ...fresh], updated: now } };
  }, defaultScenarioName);
  if (!r) return;
  actions.alert('present:deck.fileSlidesAdded', { count: added }, 'info');
  if (added < slides.length) actions.alert('present:deck.full', { limit: SLIDE_LIMITS.slidesPerDeck }, 'warning');
}

/** The file's indicator values merge into the target scenario's: for an indicator both have, the later date wins. */
function addFileActuals(incoming: readonly IndicatorActual[], defaultScenarioName: string): void {
  let taken = 0;
  editDeck((s, now) => {
    const m = mergeActuals(s.indicatorActuals ?? [], incoming, INDICATORS.map((i) => i.id));
    taken = m.taken;
    return { ok: true, value: m.taken ? { ...s, indicatorActuals: m.list, updated: now } : s };
  }, defaultScenarioName);
  actions.alert('plan:actual.fileAdded', { count: taken, total: incoming.length }, 'info');
}
