/**
 * IndexedDB layout of database 'sz-atlas'.
 *
 *   v1  scenarios (keyPath id), settings (out-of-line keys). Scenario records of the first
 *       prototype: one `name` per proposal, epoch-millisecond `createdAt`/`updatedAt`.
 *   v2  Proposals get bilingual names (name_zh/name_en: the attribute form needs both), times
 *       become ISO-8601 strings (`created`/`updated`: readable in exports, sortable as text), each
 *       record carries `schemaVersion`, and scenarios get an index `by-updated` so the app can
 *       reopen the last edited scenario without reading them all. Migration: migrations.ts.
 */
import type { DBSchema } from 'idb';
import { SCHEMA_VERSION, type Scenario } from '../proposal.ts';

export const DB_NAME = 'sz-atlas';
export { SCHEMA_VERSION };
export const SCENARIOS = 'scenarios';
export const SETTINGS = 'settings';
export const BY_UPDATED = 'by-updated';

export interface AtlasSchema extends DBSchema {
  scenarios: { key: string; value: Scenario; indexes: { 'by-updated': string } };
  settings: { key: string; value: unknown };
}
