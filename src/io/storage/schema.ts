/**
 * IndexedDB layout of database 'sz-atlas'.
 *
 *   v1  scenarios (keyPath id), settings (out-of-line keys). Scenario records of the first
 *       prototype: one `name` per proposal, epoch-millisecond `createdAt`/`updatedAt`.
 *   v2  Proposals get bilingual names (name_zh/name_en: the attribute form needs both), times
 *       become ISO-8601 strings (`created`/`updated`: readable in exports, sortable as text), each
 *       record carries `schemaVersion`, and scenarios get an index `by-updated` so the app can
 *       reopen the last edited scenario without reading them all. Migration: migrations.ts.
 *   v3  Datasets (existing outlets, population): `datasets` holds the small metadata records the
 *       list shows, `dataset-data` the columnar data (typed arrays) under the same id, so listing
 *       never reads megabytes. No record changes: scenarios stay at record version 2.
 *   v4  Decks: each scenario owns its slides (`slides`, src/io/slide.ts); scenario records go to
 *       record version 3, v2 records get an empty deck. No store or index changes.
 *   (v4, record version 4) The planner's actual values for the plan's indicators (`indicatorActuals`,
 *       src/io/indicator-actual.ts). No database change, so no new database version: a record of
 *       version 3 is migrated on read (readRecord → migrateV3toV4) and written back as 4 on its next save.
 *
 * DB_VERSION is the database's version; SCHEMA_VERSION (proposal.ts) is the scenario record format.
 * They were equal up to v2 and part ways at v3, where only the database gained stores.
 */
import type { DBSchema } from 'idb';
import { SCHEMA_VERSION, type Scenario } from '../proposal.ts';
import type { DatasetData, DatasetMeta } from '../datasets/dataset.ts';

export const DB_NAME = 'sz-atlas';
export const DB_VERSION = 4;
export { SCHEMA_VERSION };
export const SCENARIOS = 'scenarios';
export const SETTINGS = 'settings';
export const DATASETS = 'datasets';
export const DATASET_DATA = 'dataset-data';
export const BY_UPDATED = 'by-updated';

export interface AtlasSchema extends DBSchema {
  scenarios: { key: string; value: Scenario; indexes: { 'by-updated': string } };
  settings: { key: string; value: unknown };
  datasets: { key: string; value: DatasetMeta };
  'dataset-data': { key: string; value: DatasetData };
}
