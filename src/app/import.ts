/**
 * Importing a planner's file: read it, run the importer, and either show every problem (role=alert,
 * nothing changes) or put the features in a preview. Only "confirm" adds them to a scenario; an
 * existing scenario is never replaced, and a new one never takes an existing name.
 */
import { convertBd09ToWgs, convertGcjToWgs, IMPORT_LIMITS, importFile } from '../io/import/index.ts';
import { actions } from './store.ts';
import { useScenarioStore } from './scenario-store.ts';
import { addManyProposals, newScenario } from './scenarios.ts';

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
  const r = importFile(file.name, bytes);
  if (!r.ok) {
    for (const e of r.errors) actions.alert(`io:${e.code}`, { file: file.name, ...e.params });
    return false;
  }
  const hasActive = !!useScenarioStore.getState().active;
  useScenarioStore.setState({
    preview: {
      fileName: file.name,
      features: r.features,
      warnings: r.warnings,
      dropped: r.dropped,
      detected: r.detected,
      target: hasActive ? { kind: 'active' } : { kind: 'new', name: file.name.replace(/\.[^.]+$/, '') || defaultScenarioName },
    },
  });
  return true;
}

export function convertPreview(from: 'gcj02' | 'bd09'): void {
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
  }
}
