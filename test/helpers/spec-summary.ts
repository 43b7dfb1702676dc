/**
 * The spec-testsuite figures of one test file, written where
 * `test/spec/print-summary.ts` adds them up after jest has finished, so that
 * `npm test` ends with their sum, `spec-testsuite: N passed, N failed, N skipped, N superseded`,
 * then a line per proposal folder and the closing line of `watkit wast` on the whole suite
 * (`spec-testsuite (watkit wast, node V): N passed, N failed, N skipped, N superseded`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SPEC_RESULTS_DIR = join(process.cwd(), "dist", "spec-results");

export interface SpecCounts {
  passed: number;
  failed: number;
  /** Checks that could not be made (the oracle cannot read the module, or the engine cannot run it). */
  skipped: number;
  /** Assertions the core suite contradicts (`SUPERSEDED` of `spec-suite.ts`), neither passed nor failed. */
  superseded?: number;
}

/** `N passed, N failed, N skipped, N superseded`: how every summary line gives its figures. */
export function countsText(counts: SpecCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.superseded ?? 0} superseded`;
}

export function recordSpecCounts(suite: string, counts: SpecCounts): void {
  mkdirSync(SPEC_RESULTS_DIR, { recursive: true });
  writeFileSync(join(SPEC_RESULTS_DIR, `${suite}.json`), JSON.stringify(counts));
}

/** Where the `watkit wast` figures go: beside, not among, the sweeps' figures. */
export const WAST_SUMMARY = join(SPEC_RESULTS_DIR, "wast", "summary.json");

export interface WastSummary extends SpecCounts {
  /** Version of the Node that ran the scripts. */
  node: string;
  /** The figures of each proposal's folder (`proposals/NAME`), also counted in the totals. */
  proposals: (SpecCounts & { folder: string })[];
}

export function recordWastSummary(summary: WastSummary): void {
  mkdirSync(join(SPEC_RESULTS_DIR, "wast"), { recursive: true });
  writeFileSync(WAST_SUMMARY, JSON.stringify(summary));
}
