/**
 * Random ids for proposals and scenarios. crypto.getRandomValues works in every context the app
 * runs in (file://, http, workers), unlike crypto.randomUUID, which needs a secure context.
 */
import { z } from 'zod';

/** Ids of scenarios, proposals and slides: short, URL- and CSV-safe. */
export const ID_MAX = 64;
export const idSchema = z.string().min(1).max(ID_MAX).regex(/^[A-Za-z0-9_.:-]+$/);
export function newId(prefix = 'p'): string {
  const b = crypto.getRandomValues(new Uint8Array(9));
  return `${prefix}-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}
