/**
 * Autosave after every edit. Writes are serialised (one in flight at a time) and coalesced (edits
 * made during a write are saved together right after it), so the stored version is never older
 * than one write behind the screen, and a killed tab loses at most the edit being written.
 * Each write passes the `updated` of the last version this tab saved, so two tabs editing one
 * scenario get `storage.conflict` instead of silently overwriting each other.
 */
import type { Issue } from '../issue.ts';
import type { Scenario } from '../proposal.ts';
import type { StoreResult } from './db.ts';
import type { SaveOptions } from './scenarios.ts';

export type AutosaveStatus =
  | { state: 'saving' }
  | { state: 'saved'; updated: string }
  /** `unsaved` is the newest edit not in storage: the UI can offer it as a GeoJSON download. */
  | { state: 'error'; error: Issue; unsaved: Scenario };

export type SaveFn = (s: Scenario, opts: SaveOptions) => Promise<StoreResult<Scenario>>;

export interface Autosaver {
  /** The version just read from storage (or just created): the baseline for conflict checks. */
  loaded(s: Scenario): void;
  /** Call after every edit with the new scenario state. */
  edit(s: Scenario): void;
  /** Resolves when nothing is queued or in flight (tests, and before closing a scenario). */
  flush(): Promise<void>;
}

export function createAutosaver(save: SaveFn, onStatus: (s: AutosaveStatus) => void = () => undefined): Autosaver {
  const baseline = new Map<string, string>(); // scenario id → `updated` of the stored version
  // Newest unsaved state per scenario: switching scenarios mid-write must not drop the other's edit.
  const queued = new Map<string, Scenario>();
  let running: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (queued.size) {
      const [id, s] = queued.entries().next().value as [string, Scenario];
      queued.delete(id);
      onStatus({ state: 'saving' });
      const expected = baseline.get(s.id);
      const r = await save(s, expected === undefined ? {} : { expectedUpdated: expected });
      if (r.ok) {
        baseline.set(s.id, r.value.updated);
        if (!queued.size) onStatus({ state: 'saved', updated: r.value.updated });
      } else {
        onStatus({ state: 'error', error: r.error, unsaved: queued.get(s.id) ?? s });
      }
    }
    running = undefined;
  }

  return {
    loaded(s) {
      baseline.set(s.id, s.updated);
    },
    edit(s) {
      queued.delete(s.id); // re-insert: keeps the write order of scenarios
      queued.set(s.id, s);
      running ??= drain();
    },
    async flush() {
      while (running) await running;
    },
  };
}
