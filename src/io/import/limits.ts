/**
 * Import limits. 5 MB and 5,000 features keep parsing, validation (self-intersection checks are
 * quadratic per polygon) and the preview map responsive on a planner's laptop; district-scale
 * planning data is far smaller. A real city outline has ~11,500 vertices for all of Shenzhen,
 * so 5,000 per feature admits any district boundary while keeping the O(n²) check under ~0.5 s.
 */
import { LIMITS } from '../proposal.ts';

export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxFeatures: 5_000,
  maxVerticesPerFeature: 5_000,
  /** Longer text values are cut to this length, with a warning naming feature and field. */
  maxValueChars: LIMITS.extraValue,
  /** Issues listed per result; the rest are counted in one `import.moreIssues`. */
  maxIssues: 200,
} as const;
