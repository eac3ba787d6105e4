/** Public API of the importer. */
export { importFile, capIssues } from './import-file.ts';
export { convertGcjToWgs, convertBd09ToWgs } from './crs.ts';
export { IMPORT_LIMITS } from './limits.ts';
export { SHENZHEN_BOXES } from './location.ts';
export type { Detected, DetectedCrs, Format, ImportOptions, ImportResult } from './types.ts';
