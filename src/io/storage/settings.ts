/**
 * App settings (language, visible layers, last view…) as key → value. Callers pass the zod schema
 * of the value: a setting written by an older version that no longer fits reads as "not set"
 * rather than breaking the app.
 */
import type { z } from 'zod';
import { issue } from '../issue.ts';
import type { AtlasDb, StoreResult } from './db.ts';
import { classifyStorageError } from './errors.ts';
import { SETTINGS } from './schema.ts';

export async function getSetting<T>(db: AtlasDb, key: string, schema: z.ZodType<T>): Promise<StoreResult<T | undefined>> {
  try {
    const raw: unknown = await db.get(SETTINGS, key);
    if (raw === undefined) return { ok: true, value: undefined };
    const r = schema.safeParse(raw);
    return { ok: true, value: r.success ? r.data : undefined };
  } catch (e) {
    return { ok: false, error: classifyStorageError(e, 'read') };
  }
}

export async function putSetting<T>(db: AtlasDb, key: string, schema: z.ZodType<T>, value: T): Promise<StoreResult<T>> {
  const r = schema.safeParse(value);
  if (!r.success) return { ok: false, error: issue('storage.invalidSetting', { id: key }) };
  try {
    await db.put(SETTINGS, r.data, key);
    return { ok: true, value: r.data };
  } catch (e) {
    return { ok: false, error: classifyStorageError(e, 'write') };
  }
}
