/**
 * The spec-testsuite figures of one test file, written where
 * `test/spec/print-summary.ts` adds them up after jest has finished, so that
 * `npm test` ends with one line: `spec-testsuite: N passed, N failed, N skipped`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SPEC_RESULTS_DIR = join(process.cwd(), "dist", "spec-results");

export interface SpecCounts {
  passed: number;
  failed: number;
  /** Checks that could not be made (the oracle cannot read the module, or the suite contradicts itself). */
  skipped: number;
}

export function recordSpecCounts(suite: string, counts: SpecCounts): void {
  mkdirSync(SPEC_RESULTS_DIR, { recursive: true });
  writeFileSync(join(SPEC_RESULTS_DIR, `${suite}.json`), JSON.stringify(counts));
}
