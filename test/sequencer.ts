/**
 * The order jest starts test files in: longest first, so that no worker
 * starts a long file when the others are nearly done. Jest knows a file's
 * time only from its cache of earlier runs; without one (a fresh clone, CI)
 * it orders by file size, which starts last the short files that loop over
 * large inputs, the longest of all. EXPECTED_SECONDS gives their times for
 * that case; a cached time, when jest has one, wins.
 */
import type { Test } from "@jest/test-result";
import { createRequire } from "node:module";
import { relative, sep } from "node:path";

// The package's types describe its CommonJS build, where the class is `exports.default`.
const { default: TestSequencer } = createRequire(import.meta.url)("@jest/test-sequencer") as typeof import("@jest/test-sequencer", { with: { "resolution-mode": "require" } });

/**
 * Rough seconds per file on 2 cores, relative to dist/test, from a fresh
 * clone's run on an idle machine; every file over about 10 s is listed.
 * Only the order matters: a file missing here runs after these.
 */
export const EXPECTED_SECONDS: Readonly<Record<string, number>> = {
  // The CLI round trips of the largest binaries, in child processes: the longest file.
  "corpus/roundtrip.test.js": 100,
  "corpus/print-checks-2.test.js": 67,
  "corpus/print-checks-4.test.js": 63,
  "corpus/print-checks-3.test.js": 59,
  "corpus/print-checks-1.test.js": 50,
  "print/format/spec-format.test.js": 46,
  "print/flat-body.test.js": 37,
  "wat2wasm/parallel.test.js": 35,
  "validate/v8-differential.test.js": 29,
  "print/prettier/plugin.test.js": 27,
  "syntax/antlr/fast-antlr.test.js": 22,
  "link/linked-like-wasm-ld.test.js": 19,
  "rewrite/go-wasi-corpus.test.js": 19,
  "spec/wast.test.js": 18,
  "wasm2wat/split.test.js": 18,
  "binary/canonical-verdict.test.js": 17,
  "rewrite/go-wasi-pass.test.js": 17,
  "spec/print-roundtrip.test.js": 16,
  "cli/lint-command.test.js": 15,
  "spec/wasm2wat-roundtrip.test.js": 13,
  "api/packed-package.test.js": 12,
  "cli/jobs-option.test.js": 12,
  "cli/rewrite-command.test.js": 12,
  "fuzz/fuzz.test.js": 12,
  "syntax/lex.test.js": 12,
  "wat2wasm/direct-body.test.js": 12,
  "rewrite/go-wasi-esbuild.test.js": 11,
};

/** A file's expected milliseconds: jest's cached time (set on `duration` by its sort), else the table's. */
function expected(test: Test): number {
  if (test.duration !== undefined) return test.duration;
  const path = relative(test.context.config.rootDir, test.path).split(sep).join("/");
  return 1000 * (EXPECTED_SECONDS[path.replace(/^dist\/test\//, "")] ?? 0);
}

export default class LongestFirst extends TestSequencer {
  override async sort(tests: Test[]): Promise<Test[]> {
    // Jest's order (failed files first, then by cached time or size) breaks the ties of this stable sort.
    const sorted = await super.sort(tests);
    return [...sorted].sort((a, b) => expected(b) - expected(a));
  }
}
