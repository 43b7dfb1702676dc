// The linter's benchmark (`npm run bench:lint`, and the last part of
// `npm run bench`): `lint(text)` with the recommended rules against
// `validate(text)` on the same 3 MB of compiler-output WAT, `lint` on 1 MB,
// and `lint(bytes)` against `validate(bytes)` on the 2 MB Go corpus binary.
// Targets: lint at most 2x validate on the 3 MB text and on the binary; the
// 1 MB text linted in under a second.
//
// The inputs are binaries of npm packages printed flat with watkit's
// wasm2wat, cut after the module field that reaches the size, and closed
// (written once to bench/out/). Each is measured in a child process of its
// own: one warm-up pass, then the median of the timed passes.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { outDir, projectRoot } from "./inputs.js";

const MB = 1e6;
const PASSES = 3;
const MARKER = "LINT-BENCH-RESULT ";

interface LintInput {
  name: string;
  binary: string;
  description: string;
  bytes: number;
}

const INPUTS: LintInput[] = [
  { name: "lint-1mb.wat", binary: "node_modules/web-tree-sitter/web-tree-sitter.wasm", description: "tree-sitter runtime (C, clang/Emscripten)", bytes: 1 * MB },
  { name: "lint-3mb.wat", binary: "node_modules/canvaskit-wasm/bin/canvaskit.wasm", description: "CanvasKit (Skia, C++/Emscripten)", bytes: 3 * MB },
  // Linted as bytes, as it is (no text made): `bytes` is 0.
  { name: "corpus/go/hello/hello.wasm", binary: "corpus/go/hello/hello.wasm", description: "Go hello, linted as a binary", bytes: 0 },
];

interface Measured {
  lintSeconds: number;
  validateSeconds: number;
  inputBytes: number;
  findings: number;
}

async function makeInput(input: LintInput, path: string): Promise<void> {
  const { wasm2watStream } = await import("../src/wasm2wat.js");
  const chunks: string[] = [];
  let size = 0;
  const enough = new Error("enough text");
  try {
    wasm2watStream(readFileSync(join(projectRoot(), input.binary)), { folded: false }, (chunk) => {
      chunks.push(Buffer.from(chunk).toString("utf8"));
      size += chunk.length;
      if (size > input.bytes + 256 * 1024) throw enough;
    });
  } catch (error) {
    if (error !== enough) throw error;
  }
  const text = chunks.join("");
  const cut = text.indexOf("\n  (", input.bytes);
  writeFileSync(path, cut === -1 ? text : `${text.slice(0, cut)}\n)\n`);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function worker(path: string): Promise<void> {
  const { lint } = await import("../src/lint/lint.js");
  const { validate } = await import("../src/validate/validate.js");
  // A binary is linted and validated as bytes, a text as text.
  const text: string | Uint8Array = path.endsWith(".wasm") ? readFileSync(path) : readFileSync(path, "utf8");
  const time = (run: () => unknown): number => {
    const start = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  let findings = lint(text).messages.length;
  validate(text);
  const lints: number[] = [];
  const validations: number[] = [];
  for (let k = 0; k < PASSES; k++) {
    validations.push(time(() => validate(text)));
    lints.push(time(() => (findings = lint(text).messages.length)));
  }
  const result: Measured = { lintSeconds: median(lints), validateSeconds: median(validations), inputBytes: typeof text === "string" ? Buffer.byteLength(text) : text.length, findings };
  process.stdout.write(MARKER + JSON.stringify(result) + "\n");
}

async function main(): Promise<void> {
  const dir = outDir();
  mkdirSync(dir, { recursive: true });
  const rows: string[] = [];
  let failed = false;
  for (const input of INPUTS) {
    const path = input.bytes === 0 ? join(projectRoot(), input.binary) : join(dir, input.name);
    if (!existsSync(path)) await makeInput(input, path);
    const child = spawnSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--worker", path], { encoding: "utf8", maxBuffer: 1 << 20 });
    const line = child.stdout.split("\n").find((l) => l.startsWith(MARKER));
    if (child.status !== 0 || line === undefined) {
      rows.push(`${input.name}: failed (${child.signal ?? `exit ${child.status}`}) ${child.stderr.split("\n")[0]}`);
      failed = true;
      continue;
    }
    const m = JSON.parse(line.slice(MARKER.length)) as Measured;
    const ratio = m.lintSeconds / m.validateSeconds;
    let row = `${input.name} (${(m.inputBytes / MB).toFixed(1)} MB, ${input.description}): lint ${m.lintSeconds.toFixed(2)} s, validate ${m.validateSeconds.toFixed(2)} s (${ratio.toFixed(2)}x), ${m.findings} findings`;
    if (input.bytes === 3 * MB || input.bytes === 0) {
      const pass = ratio <= 2;
      failed ||= !pass;
      row += ` — target lint <= 2x validate: ${pass ? "PASS" : "FAIL"}`;
    } else {
      const pass = m.lintSeconds < 1;
      failed ||= !pass;
      row += ` — target < 1 s: ${pass ? "PASS" : "FAIL"}`;
    }
    rows.push(row);
  }
  process.stdout.write(`\nlint (median of ${PASSES} after a warm-up):\n${rows.map((r) => `  ${r}`).join("\n")}\n`);
  if (failed && process.argv.includes("--strict")) process.exitCode = 1;
}

if (process.argv[2] === "--worker") await worker(process.argv[3]);
else await main();
