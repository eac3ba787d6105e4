/**
 * Keeps the planner's basemap file on this machine across reloads, in the Origin Private File System
 * (OPFS): the file is streamed to disk in chunks (never held whole in memory) and read back as a
 * disk-backed File, from which the map reads only the byte ranges it draws. A small JSON record next
 * to it says which file is current and what the planner chose to show.
 *
 * Writes go to a new file name; only once complete does the record point at it and the old file go,
 * so a failed copy (full disk, closed tab) never loses the basemap that was there.
 */
import { issue, type Issue } from '../issue.ts';

export type BasemapChoice = 'none' | 'file' | 'server';

export interface SavedBasemap {
  /** Name inside OPFS. */
  stored: string;
  /** The planner's file name, size and when it was opened. */
  name: string;
  size: number;
  savedAt: string;
}

export interface BasemapRecord {
  choice: BasemapChoice;
  file: SavedBasemap | null;
}

export type DeviceResult<T> = { ok: true; value: T } | { ok: false; error: Issue };

const DIR = 'basemap';
const RECORD = 'basemap.json';

/** The parts of the File System Access API used here (a fake implements them in tests). */
export interface DirLike {
  getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<DirLike>;
  getFileHandle(name: string, opts?: { create?: boolean }): Promise<FileHandleLike>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterableIterator<string>;
}
export interface FileHandleLike {
  getFile(): Promise<File>;
  createWritable?(): Promise<WritableStream<Uint8Array> & { abort?(): Promise<void> }>;
}

export async function openDeviceDir(root?: DirLike): Promise<DirLike | null> {
  try {
    const base = root ?? ((await globalThis.navigator?.storage?.getDirectory?.()) as unknown as DirLike | undefined);
    return base ? await base.getDirectoryHandle(DIR, { create: true }) : null;
  } catch {
    return null; // no OPFS (older browser, some private windows): the basemap lasts for this session only
  }
}

function isRecord(x: unknown): x is BasemapRecord {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  const f = r.file as Record<string, unknown> | null;
  return (
    (r.choice === 'none' || r.choice === 'file' || r.choice === 'server') &&
    (f === null || (typeof f === 'object' && typeof f.stored === 'string' && typeof f.name === 'string' && typeof f.size === 'number' && typeof f.savedAt === 'string'))
  );
}

export async function readRecord(dir: DirLike): Promise<BasemapRecord | null> {
  try {
    const text = await (await (await dir.getFileHandle(RECORD)).getFile()).text();
    const r: unknown = JSON.parse(text);
    return isRecord(r) ? r : null;
  } catch {
    return null; // none yet, or unreadable: as if nothing was chosen
  }
}

async function writeText(dir: DirLike, name: string, text: string): Promise<void> {
  const h = await dir.getFileHandle(name, { create: true });
  if (!h.createWritable) throw new Error('createWritable unsupported');
  const w = await h.createWritable();
  const writer = w.getWriter();
  await writer.write(new TextEncoder().encode(text));
  await writer.close();
}

export async function writeRecord(dir: DirLike, record: BasemapRecord): Promise<DeviceResult<BasemapRecord>> {
  try {
    await writeText(dir, RECORD, JSON.stringify(record));
    return { ok: true, value: record };
  } catch (e) {
    return { ok: false, error: classify(e) };
  }
}

function classify(e: unknown): Issue {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError') return issue('errors.quota');
  return issue('errors.saveFailed', { reason: e instanceof Error ? e.message : String(e) });
}

/**
 * Streams `file` into OPFS under a new name and returns the stored copy (a File read from disk).
 * Checks the free space first when the browser can say; removes a partial copy if anything fails.
 */
export async function storeFile(dir: DirLike, file: Blob, name: string, now = new Date()): Promise<DeviceResult<{ saved: SavedBasemap; file: File }>> {
  try {
    const est = await globalThis.navigator?.storage?.estimate?.();
    if (est?.quota !== undefined && est.usage !== undefined && est.quota - est.usage < file.size) return { ok: false, error: issue('errors.quota') };
  } catch {
    /* no estimate: try, and report the quota error if the write hits it */
  }
  const stored = `basemap-${now.getTime()}.pmtiles`;
  let handle: FileHandleLike;
  try {
    handle = await dir.getFileHandle(stored, { create: true });
    if (!handle.createWritable) return { ok: false, error: issue('errors.cannotRemember') };
    const writable = await handle.createWritable();
    await file.stream().pipeTo(writable); // closes the file on success, aborts it on error
  } catch (e) {
    await dir.removeEntry(stored).catch(() => undefined);
    return { ok: false, error: classify(e) };
  }
  const saved: SavedBasemap = { stored, name, size: file.size, savedAt: now.toISOString() };
  return { ok: true, value: { saved, file: await handle.getFile() } };
}

export async function loadFile(dir: DirLike, saved: SavedBasemap): Promise<File | null> {
  try {
    const f = await (await dir.getFileHandle(saved.stored)).getFile();
    return f.size === saved.size ? f : null;
  } catch {
    return null;
  }
}

/** Removes every stored archive except `keep` (an old basemap, or a copy a closed tab left half-written). */
export async function removeFilesExcept(dir: DirLike, keep: string | null): Promise<void> {
  const names: string[] = [];
  for await (const n of dir.keys()) if (n.endsWith('.pmtiles') && n !== keep) names.push(n);
  await Promise.all(names.map((n) => dir.removeEntry(n).catch(() => undefined)));
}
