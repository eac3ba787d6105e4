/**
 * The io layer's public API: pure TypeScript, no React or MapLibre. Render any Issue with
 * `t('io:' + issue.code, issue.params)`; user-supplied text in params is plain text, render it as text.
 */
export type { Issue, IssueParams } from './issue.ts';
export {
  SCHEMA_VERSION, PROPOSAL_LAYERS, TIERS, STATUSES, SOURCES, LAYER_GEOMETRY, LIMITS,
  proposalSchema, scenarioSchema, attributesSchema, validateProposalAttributes,
  type Proposal, type ProposalAttributes, type ProposalGeometry, type ProposalProperties, type Scenario,
  type ProposalLayer, type GeometryKind, type FieldError, type AttributesResult,
} from './proposal.ts';
export { createScenario, renameScenario, duplicateScenario, addProposals, uniqueName, checkScenarioName, type OpResult } from './scenario-ops.ts';
export * from './import/index.ts';
export { scenarioToGeoJson, rowsToCsv, csvCell, exportFileName, type CsvColumn } from './export.ts';
export { encodeShare, decodeShare, MAX_SHARE_URL_LENGTH, shareStateSchema, type ShareState, type EncodeResult, type DecodeResult } from './share-url.ts';
export { createHistory, push, undo, redo, canUndo, canRedo, HISTORY_CAP, type History } from './history.ts';
export * as storage from './storage/index.ts';
export { newId } from './id.ts';
