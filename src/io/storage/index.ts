/** Public API of scenario storage (IndexedDB 'sz-atlas'). */
export { openStore, requestPersistence, versionChangeIssue, type AtlasDb, type OpenOptions, type StoreResult } from './db.ts';
export { listScenarios, getScenario, saveScenario, deleteScenario, duplicateScenario, renameScenario, lastEditedScenarioId, type ScenarioList, type SaveOptions } from './scenarios.ts';
export { getSetting, putSetting } from './settings.ts';
export { createAutosaver, type Autosaver, type AutosaveStatus } from './autosave.ts';
export { migrateV1toV2, migrateV2toV3, readRecord, upgradeRecord } from './migrations.ts';
export { DB_NAME, DB_VERSION, SCHEMA_VERSION } from './schema.ts';
export { listDatasets, getDataset, saveDataset, renameDataset, deleteDataset, setTradeOverrides, type DatasetList } from './datasets.ts';
