/**
 * Adds up what the spec-testsuite test files recorded and prints it, then
 * the `watkit wast` run's figures: a line per proposal folder, and the whole
 * suite's as the closing line.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { countsText, SPEC_RESULTS_DIR, type SpecCounts, WAST_SUMMARY, type WastSummary } from "../helpers/spec-summary.js";

const total: Required<SpecCounts> = { passed: 0, failed: 0, skipped: 0, superseded: 0 };
const files = existsSync(SPEC_RESULTS_DIR) ? readdirSync(SPEC_RESULTS_DIR).filter((f) => f.endsWith(".json")) : [];
for (const file of files) {
  const counts = JSON.parse(readFileSync(join(SPEC_RESULTS_DIR, file), "utf8")) as SpecCounts;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  total.superseded += counts.superseded ?? 0;
}
if (files.length === 0) {
  console.log("spec-testsuite: no results recorded");
  process.exitCode = 1;
} else {
  console.log(`spec-testsuite: ${countsText(total)}`);
}

if (existsSync(WAST_SUMMARY)) {
  const wast = JSON.parse(readFileSync(WAST_SUMMARY, "utf8")) as WastSummary;
  for (const p of wast.proposals) {
    console.log(`spec-testsuite ${p.folder} (watkit wast, node ${wast.node}): ${countsText(p)}`);
  }
  console.log(`spec-testsuite (watkit wast, node ${wast.node}): ${countsText(wast)}`);
} else {
  console.log("spec-testsuite (watkit wast): no results recorded");
  process.exitCode = 1;
}
