// The linter's benchmark (`npm run bench:lint`, and the last part of
// `npm run bench`): `lint(text)` with the recommended rules against
// `validate(text)` on the same 2.9 MB of compiler-output WAT, `lint` on
// 0.9 MB, and `lint(bytes)` against `validate(bytes)` on the 2 MB Go corpus
// binary. Targets: lint at most 2x validate on the 2.9 MB text and on the
// binary; the 0.9 MB text linted in under a second.
//
// The texts are whole binaries printed flat (written once to bench/out/):
// a module cut to a size refers to functions and globals cut off, and
// fails validation in nearly every body, which the rules then skip.
//
// Beside those warm figures, what a user meets: the first (cold) call in a
// fresh process, and the whole `watkit lint FILE` process against
// `watkit validate FILE` (start-up, reading, work and output).
//
// Each input is measured in child processes of its own: one for the cold
// lint and the warm passes (the median of PASSES, lint and validate taking
// turns), one for the cold validate, and the CLI processes.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LintMessage } from "../src/lint/rule.js";
import { outDir, projectRoot } from "./inputs.js";
import { inChild, median, processSeconds, reportToParent, seconds, timePasses, writeFlatText } from "./timed-child.js";

const MB = 1e6;
const PASSES = 3;
const CLI_RUNS = 3;
const MARKER = "LINT-BENCH-RESULT ";

interface LintInput {
  name: string;
  binary: string;
  description: string;
  target: "under 1 s" | "2x validate";
}

const INPUTS: LintInput[] = [
  { name: "lint-wc-debug.wat", binary: "corpus/c/wc-debug.wasm", description: "wc, C with clang -g, printed whole", target: "under 1 s" },
  { name: "lint-web-tree-sitter.wat", binary: "node_modules/web-tree-sitter/web-tree-sitter.wasm", description: "tree-sitter runtime (C, clang/Emscripten), printed whole", target: "2x validate" },
  { name: "corpus/go/hello/hello.wasm", binary: "corpus/go/hello/hello.wasm", description: "Go hello, linted as a binary", target: "2x validate" },
];

/** What a child measures: the first call, and with `warm` the median of the passes after it. */
interface Measured {
  coldSeconds: number;
  lintSeconds?: number;
  validateSeconds?: number;
  inputBytes: number;
  findings: number;
  /** Validation errors (fatal messages): the input is not what the figures are for when there are any. */
  fatal: number;
}

async function worker(job: "lint" | "validate", path: string): Promise<void> {
  const { lint } = await import("../src/lint/lint.js");
  const { validate } = await import("../src/validate/validate.js");
  // A binary is linted and validated as bytes, a text as text.
  const input: string | Uint8Array = path.endsWith(".wasm") ? readFileSync(path) : readFileSync(path, "utf8");
  const inputBytes = typeof input === "string" ? Buffer.byteLength(input) : input.length;
  let messages: LintMessage[] = [];
  const runs = { lint: () => (messages = lint(input).messages), validate: () => validate(input) };
  const coldSeconds = seconds(runs[job]);
  const counts = () => ({ inputBytes, findings: messages.length, fatal: messages.filter((m) => m.fatal).length });
  if (job === "validate") return reportToParent(MARKER, { coldSeconds, ...counts() } satisfies Measured);
  runs.validate();
  const times = timePasses(runs, PASSES);
  reportToParent(MARKER, { coldSeconds, lintSeconds: median(times.lint), validateSeconds: median(times.validate), ...counts() } satisfies Measured);
}

/** `watkit lint FILE` against `watkit validate FILE`, whole processes; lint exits 1 when it finds errors. */
function cliRow(path: string): string {
  const cli = join(projectRoot(), "dist/src/cli/main.js");
  const lint = processSeconds([cli, "lint", path], CLI_RUNS, [0, 1]);
  const validate = processSeconds([cli, "validate", path], CLI_RUNS);
  if (lint === undefined || validate === undefined) return `CLI: ${lint === undefined ? "watkit lint" : "watkit validate"} failed`;
  return `CLI process (median of ${CLI_RUNS}): watkit lint ${lint.toFixed(2)} s, watkit validate ${validate.toFixed(2)} s (${(lint / validate).toFixed(2)}x)`;
}

async function main(): Promise<void> {
  const dir = outDir();
  mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const rows: string[] = [];
  let failed = false;
  for (const input of INPUTS) {
    // A binary is linted as it is; a text is made from one.
    const path = input.name === input.binary ? join(projectRoot(), input.binary) : join(dir, input.name);
    if (!existsSync(path)) await writeFlatText(input.binary, Infinity, path);
    const warm = inChild<Measured>(self, ["--worker", "lint", path], MARKER);
    const cold = inChild<Measured>(self, ["--worker", "validate", path], MARKER);
    if ("failure" in warm || "failure" in cold) {
      rows.push(`${input.name}: ${"failure" in warm ? warm.failure : "failure" in cold ? cold.failure : ""}`);
      failed = true;
      continue;
    }
    const m = warm.result;
    const ratio = m.lintSeconds! / m.validateSeconds!;
    let row = `${input.name} (${(m.inputBytes / MB).toFixed(1)} MB, ${input.description}): lint ${m.lintSeconds!.toFixed(2)} s, validate ${m.validateSeconds!.toFixed(2)} s (${ratio.toFixed(2)}x), ${m.findings} findings`;
    if (m.fatal > 0) {
      row += ` — the input does not validate (${m.fatal} errors)`;
      failed = true;
    } else if (input.target === "2x validate") {
      const pass = ratio <= 2;
      failed ||= !pass;
      row += ` — target lint <= 2x validate: ${pass ? "PASS" : "FAIL"}`;
    } else {
      const pass = m.lintSeconds! < 1;
      failed ||= !pass;
      row += ` — target < 1 s: ${pass ? "PASS" : "FAIL"}`;
    }
    const coldRatio = m.coldSeconds / cold.result.coldSeconds;
    row += `\n    cold first call: lint ${m.coldSeconds.toFixed(2)} s, validate ${cold.result.coldSeconds.toFixed(2)} s (${coldRatio.toFixed(2)}x)`;
    row += `\n    ${cliRow(path)}`;
    rows.push(row);
  }
  process.stdout.write(`\nlint (warm: median of ${PASSES} after a first call; recommended rules):\n${rows.map((r) => `  ${r}`).join("\n")}\n`);
  if (failed && process.argv.includes("--strict")) process.exitCode = 1;
}

if (process.argv[2] === "--worker") await worker(process.argv[3] as "lint" | "validate", process.argv[4]);
else await main();
