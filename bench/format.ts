// The formatter's benchmark (`npm run bench:format`, and the last part of
// `npm run bench`): `format(text)` on a 1 MB and a 20 MB WAT file, with
// throughput (MB/s) and peak RSS.
//
// The inputs are real compiler output: a binary of an npm package printed
// with watkit's wasm2wat (flat), cut after the module field that reaches
// the size, and closed; they are written once to bench/out/. Each input is
// formatted in a child process of its own, so its peak RSS is the
// formatter's: the 1 MB file once to warm up and then for the timed passes
// (best and median reported), the 20 MB file once, cold.
// Target: at least 10 MB/s on the 1 MB file (the TypeScript Prettier plugin
// for WAT that exists reports 4-7 KB/s).

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { outDir } from "./inputs.js";
import { inChild, reportToParent, timePasses, writeFlatText } from "./timed-child.js";

const MB = 1e6;
const TARGET_MB_PER_S = 10;

interface FormatInput {
  name: string;
  binary: string;
  description: string;
  bytes: number;
  passes: number;
}

const INPUTS: FormatInput[] = [
  {
    name: "format-1mb.wat",
    binary: "node_modules/web-tree-sitter/web-tree-sitter.wasm",
    description: "tree-sitter runtime (C, clang/Emscripten), printed flat",
    bytes: 1 * MB,
    passes: 5,
  },
  {
    name: "format-20mb.wat",
    binary: "node_modules/canvaskit-wasm/bin/canvaskit.wasm",
    description: "CanvasKit (Skia, C++/Emscripten), printed flat",
    bytes: 20 * MB,
    passes: 1,
  },
];

interface Measured {
  seconds: number[];
  inputBytes: number;
  outputBytes: number;
  peakRssBytes: number;
  /** RSS with the modules loaded and the text read, before formatting. */
  baselineRssBytes: number;
}

const MARKER = "FORMAT-BENCH-RESULT ";

/** In the child: formats the file `passes` times (after one warm-up pass when there are several). */
async function worker(path: string, passes: number): Promise<void> {
  const { format } = await import("../src/print/format/format.js");
  const text = readFileSync(path, "utf8");
  const baselineRssBytes = process.memoryUsage().rss;
  let output = "";
  if (passes > 1) format(text);
  const times = timePasses({ format: () => (output = format(text)) }, passes);
  const result: Measured = {
    seconds: times.format,
    inputBytes: Buffer.byteLength(text),
    outputBytes: Buffer.byteLength(output),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    baselineRssBytes,
  };
  reportToParent(MARKER, result);
}

async function main(): Promise<void> {
  const dir = outDir();
  mkdirSync(dir, { recursive: true });
  const rows: string[] = [];
  let failed = false;
  for (const input of INPUTS) {
    const path = join(dir, input.name);
    if (!existsSync(path)) await writeFlatText(input.binary, input.bytes, path);
    const child = inChild<Measured>(fileURLToPath(import.meta.url), ["--worker", path, String(input.passes)], MARKER);
    if ("failure" in child) {
      rows.push(`${input.name}: ${child.failure}`);
      failed = true;
      continue;
    }
    const m = child.result;
    const sorted = [...m.seconds].sort((a, b) => a - b);
    const best = m.inputBytes / MB / sorted[0];
    const median = m.inputBytes / MB / sorted[Math.floor(sorted.length / 2)];
    const rss = m.peakRssBytes / MB;
    let row =
      `${input.name} (${(m.inputBytes / MB).toFixed(1)} MB, ${input.description}): ` +
      `${best.toFixed(2)} MB/s` +
      (sorted.length > 1 ? ` best, ${median.toFixed(2)} MB/s median of ${sorted.length}` : " (one cold pass)") +
      `, peak RSS ${rss.toFixed(0)} MB (${((m.peakRssBytes - m.baselineRssBytes) / m.inputBytes).toFixed(1)}x the input above the ${(m.baselineRssBytes / MB).toFixed(0)} MB before formatting)`;
    if (input.passes > 1) {
      const pass = median >= TARGET_MB_PER_S;
      failed ||= !pass;
      row += ` — target >= ${TARGET_MB_PER_S} MB/s: ${pass ? "PASS" : "FAIL"}`;
    }
    rows.push(row);
  }
  process.stdout.write(`\nformat (watkit fmt, the Prettier plugin):\n${rows.map((r) => `  ${r}`).join("\n")}\n`);
  if (failed && process.argv.includes("--strict")) process.exitCode = 1;
}

if (process.argv[2] === "--worker") await worker(process.argv[3], Number(process.argv[4]));
else await main();
