/**
 * Scenario persistence. Every write is validated first with the schema reads use, so a stored
 * record always reads back. Each operation is one transaction: it happens completely or not at
 * all, so a full disk or a killed tab leaves the previously saved version intact.
 */
import { echo, issue, type Issue } from '../issue.ts';
import { scenarioSchema, type Scenario } from '../proposal.ts';
import { duplicateScenario as duplicateOp, renameScenario as renameOp } from '../scenario-ops.ts';
import type { AtlasDb, StoreResult } from './db.ts';
import { classifyStorageError } from './errors.ts';
import { readRecord } from './migrations.ts';
import { BY_UPDATED, SCENARIOS } from './schema.ts';

export interface ScenarioList {
  /** Readable scenarios, most recently edited first. */
  scenarios: Scenario[];
  /** Records that fail the schema: kept in the database untouched, reported with their id. */
  corrupt: Issue[];
}

const idOf = (key: IDBValidKey) => echo(String(key));
const corrupt = (key: IDBValidKey) => issue('storage.corruptRecord', { id: idOf(key) });

export async function listScenarios(db: AtlasDb): Promise<StoreResult<ScenarioList>> {
  try {
    const tx = db.transaction(SCENARIOS);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const out: ScenarioList = { scenarios: [], corrupt: [] };
    values.forEach((raw, i) => {
      const r = readRecord(raw);
      if (r.ok) out.scenarios.push(r.value);
      else out.corrupt.push(corrupt(keys[i]!));
    });
    out.scenarios.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    return { ok: true, value: out };
  } catch (e) {
    return { ok: false, error: classifyStorageError(e, 'read') };
  }
}

export async function getScenario(db: AtlasDb, id: string): Promise<StoreResult<Scenario>> {
  try {
    const raw: unknown = await db.get(SCENARIOS, id);
    if (raw === undefined) return { ok: false, error: issue('storage.notFound', { id: echo(id) }) };
    const r = readRecord(raw);
    return r.ok ? { ok: true, value: r.value } : { ok: false, error: corrupt(id) };
  } catch (e) {
    return { ok: false, error: classifyStorageError(e, 'read') };
  }
}

/** The id of the most recently edited scenario, via the v2 index (no full read at startup). */
export async function lastEditedScenarioId(db: AtlasDb): Promise<string | undefined> {
  try {
    const cursor = await db.transaction(SCENARIOS).store.index(BY_UPDATED).openKeyCursor(null, 'prev');
    return cursor ? String(cursor.primaryKey) : undefined;
  } catch {
    return undefined;
  }
}

export interface SaveOptions {
  /**
   * Optimistic concurrency: the `updated` of the version this edit started from. If the stored
   * record has moved on (another tab saved it), nothing is written: `storage.conflict`.
   */
  expectedUpdated?: string;
  /** Only create: refuse (`storage.exists`) rather than overwrite a scenario with the same id. */
  createOnly?: boolean;
}

export async function saveScenario(db: AtlasDb, s: Scenario, opts: SaveOptions = {}): Promise<StoreResult<Scenario>> {
  const checked = scenarioSchema.safeParse(s);
  if (!checked.success) {
    return { ok: false, error: issue('storage.invalidScenario', { field: checked.error.issues[0]?.path.join('.') || '(root)' }) };
  }
  const value = checked.data;
  // 'strict': the browser flushes to disk before reporting success, so "saved" survives a crash.
  const tx = db.transaction(SCENARIOS, 'readwrite', { durability: 'strict' });
  tx.done.catch(() => undefined); // failures are reported below, not as unhandled rejections
  try {
    if (opts.expectedUpdated !== undefined || opts.createOnly) {
      const stored: unknown = await tx.store.get(value.id);
      if (stored !== undefined && opts.createOnly) return abort(tx, issue('storage.exists', { name: echo(value.name) }));
      const storedUpdated = stored && typeof stored === 'object' ? (stored as { updated?: unknown }).updated : undefined;
      if (stored !== undefined && opts.expectedUpdated !== undefined && storedUpdated !== opts.expectedUpdated) {
        return abort(tx, issue('storage.conflict', { name: echo(value.name) }));
      }
    }
    await tx.store.put(value);
    await tx.done;
    return { ok: true, value };
  } catch (e) {
    abort(tx);
    return { ok: false, error: classifyStorageError(e, 'write') };
  }
}

function abort(tx: { abort(): void }, error?: Issue): { ok: false; error: Issue } {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
  return { ok: false, error: error ?? issue('storage.writeFailed', { value: 'AbortError' }) };
}

export async function deleteScenario(db: AtlasDb, id: string): Promise<StoreResult<string>> {
  try {
    await db.delete(SCENARIOS, id);
    return { ok: true, value: id };
  } catch (e) {
    return { ok: false, error: classifyStorageError(e, 'write') };
  }
}

/** Copies a stored scenario under a new id and name; never overwrites an existing record. */
export async function duplicateScenario(db: AtlasDb, id: string, name: string, now?: string, newId?: string): Promise<StoreResult<Scenario>> {
  const source = await getScenario(db, id);
  if (!source.ok) return source;
  const copy = duplicateOp(source.value, name, now, newId);
  if (!copy.ok) return copy;
  return saveScenario(db, copy.value, { createOnly: true });
}

export async function renameScenario(db: AtlasDb, id: string, name: string, now?: string): Promise<StoreResult<Scenario>> {
  const stored = await getScenario(db, id);
  if (!stored.ok) return stored;
  const renamed = renameOp(stored.value, name, now);
  if (!renamed.ok) return renamed;
  return saveScenario(db, renamed.value, { expectedUpdated: stored.value.updated });
}
