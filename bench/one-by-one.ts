// The per-call costs users meet (`npm run bench:one-by-one`, and part of
// `npm run bench`): watkit against jco in the same run, each measurement in
// a fresh Node process so that its first pass is a cold one (the tool's
// import, its start-up work and unoptimised code all charged to it).
//
// - spec modules one by one: wat2wasm of each text module of workload (c)
//   (bench/out/c-spec-modules.json), and wasm2wat (the string API) of each
//   one's binary as jco encodes it: the first pass (import included) and
//   the median of the warm passes;
// - the string API against the streaming one: `wasm2wat` returning the
//   string, `wasm2watStream` into a counting sink, on workload (d)'s binary;
// - folded print of a Go binary (corpus/go/files), whose code nests past the
//   indentation cap, against flat print of the same binary.
//
// Each child is run ROUNDS times, alternating with the one it is compared to, and the medians are
// reported: the machine may be shared, and ratios from one run are what
// compare.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { outDir, packageDir, projectRoot, readManifest } from "./inputs.js";

const ROUNDS = 3;
/** Passes per child after the first. */
const WARM_PASSES = 8;
const MARKER = "ONE-BY-ONE-RESULT ";

type Job = "wat2wasm" | "wasm2wat" | "string" | "stream" | "folded" | "flat";
type Tool = "watkit" | "jco";

interface Timing {
  /** Import and set-up of the tool, then each pass, in ms of wall-clock time. */
  importMs: number;
  passesMs: number[];
}

interface Api {
  wat2wasm(text: string, options?: object): Uint8Array | Promise<Uint8Array>;
  wasm2wat(bytes: Uint8Array, options?: object): string | Promise<string>;
  wasm2watStream?(bytes: Uint8Array, options: object, write: (chunk: Uint8Array) => void): void;
}

async function importTool(tool: Tool): Promise<Api> {
  // What a user imports: the package's entry (the bundle, see docs/design.md "Packaging").
  const specifier = tool === "watkit" ? "watkit" : "@bytecodealliance/jco";
  if (tool === "watkit") return (await import(specifier)) as Api;
  const jco = (await import(specifier)) as { parse(text: string): Promise<Uint8Array>; print(bytes: Uint8Array): Promise<string> };
  return { wat2wasm: (text) => jco.parse(text), wasm2wat: (bytes) => jco.print(bytes) };
}

function specTexts(): string[] {
  return (JSON.parse(readFileSync(join(outDir(), "c-spec-modules.json"), "utf8")) as { text: string }[]).map((m) => m.text);
}

function specBinaries(): Uint8Array[] {
  return (JSON.parse(readFileSync(join(outDir(), "c-spec-binaries.json"), "utf8")) as string[]).map((b) => Buffer.from(b, "base64"));
}

function wasmOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(projectRoot(), path)));
}

function binaryOfD(): string {
  const input = readManifest()?.inputs.d;
  if (input?.kind !== "wasm") throw new Error("the input of workload (d) is not prepared");
  return input.binaryPath;
}

/** In the child: one job by one tool, first pass and warm passes. */
async function child(tool: Tool, job: Job, passes: number): Promise<void> {
  const texts = job === "wat2wasm" ? specTexts() : [];
  const binaries = job === "wasm2wat" ? specBinaries() : [];
  const large = job === "string" || job === "stream" ? wasmOf(binaryOfD()) : undefined;
  const go = job === "folded" || job === "flat" ? wasmOf("corpus/go/files/files.wasm") : undefined;
  const t0 = performance.now();
  const api = await importTool(tool);
  const importMs = performance.now() - t0;
  const pass: Record<Job, () => Promise<void>> = {
    wat2wasm: async () => {
      // Every feature, as jco reads them: some spec modules use threads, beyond watkit's default.
      for (const text of texts) await api.wat2wasm(text, { features: "all" });
    },
    wasm2wat: async () => {
      for (const bytes of binaries) await api.wasm2wat(bytes);
    },
    string: async () => {
      Buffer.byteLength(await api.wasm2wat(large!));
    },
    stream: async () => {
      let size = 0;
      api.wasm2watStream!(large!, {}, (chunk) => (size += chunk.length));
    },
    folded: async () => {
      Buffer.byteLength(await api.wasm2wat(go!, { folded: true }));
    },
    flat: async () => {
      Buffer.byteLength(await api.wasm2wat(go!, { folded: false }));
    },
  };
  const passesMs: number[] = [];
  for (let k = 0; k < passes; k++) {
    const start = performance.now();
    await pass[job]();
    passesMs.push(performance.now() - start);
  }
  process.stdout.write(MARKER + JSON.stringify({ importMs, passesMs } satisfies Timing) + "\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runChild(tool: Tool, job: Job, passes: number): Timing {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [self, "--child", tool, job, String(passes)], { encoding: "utf8", maxBuffer: 1 << 20 });
  const line = result.stdout.split("\n").find((l) => l.startsWith(MARKER));
  if (result.status !== 0 || line === undefined) throw new Error(`${tool} ${job} failed: ${result.stderr.split("\n").slice(0, 3).join(" ")}`);
  return JSON.parse(line.slice(MARKER.length)) as Timing;
}

interface Measured {
  /** Medians over the rounds of the first pass with the import, and of the median warm pass. */
  first: number;
  warm: number;
}

/** Two (tool, job) pairs measured in alternating children, ROUNDS of each, so that both meet the same load. */
function measurePair(a: [Tool, Job], b: [Tool, Job], passes: number): [Measured, Measured] {
  const runs: [Timing[], Timing[]] = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    runs[0].push(runChild(a[0], a[1], passes));
    runs[1].push(runChild(b[0], b[1], passes));
  }
  const summary = (timings: Timing[]): Measured => ({
    first: median(timings.map((t) => t.importMs + t.passesMs[0])),
    warm: median(timings.map((t) => median(t.passesMs.slice(1)))),
  });
  return [summary(runs[0]), summary(runs[1])];
}

/** The spec modules' binaries as jco encodes them, written once beside the modules. */
async function prepareBinaries(): Promise<void> {
  const path = join(outDir(), "c-spec-binaries.json");
  const modules = join(outDir(), "c-spec-modules.json");
  if (!existsSync(modules) || readManifest()?.inputs.d === undefined) {
    const inputs = spawnSync(process.execPath, [fileURLToPath(new URL("./inputs.js", import.meta.url)), "--workloads=c,d"], { stdio: ["ignore", "ignore", "inherit"] });
    if (inputs.status !== 0) throw new Error("preparing the inputs of workloads (c) and (d) failed");
  }
  if (existsSync(path) && statSync(path).mtimeMs >= statSync(modules).mtimeMs) return;
  const api = await importTool("jco");
  const binaries: string[] = [];
  for (const text of specTexts()) binaries.push(Buffer.from(await api.wat2wasm(text)).toString("base64"));
  writeFileSync(path, JSON.stringify(binaries));
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const x = (value: number): string => `${value.toFixed(2)}x`;

async function main(): Promise<void> {
  if (packageDir("@bytecodealliance/jco") === undefined) throw new Error("jco is not installed (npm install)");
  await prepareBinaries();
  const rows: string[] = [];
  const vsJco = (job: Job, title: string, goal: number): void => {
    const [watkit, jco] = measurePair(["watkit", job], ["jco", job], WARM_PASSES + 1);
    const first = jco.first / watkit.first;
    const warm = jco.warm / watkit.warm;
    const verdict = (ratio: number): string => (ratio >= goal ? "PASS" : "FAIL");
    rows.push(
      `${title}: first pass (import included) watkit ${ms(watkit.first)}, jco ${ms(jco.first)} = ${x(first)} (target >= ${goal}: ${verdict(first)}); ` +
        `median pass watkit ${ms(watkit.warm)}, jco ${ms(jco.warm)} = ${x(warm)} (${verdict(warm)})`,
    );
  };
  vsJco("wat2wasm", `wat2wasm, ${specTexts().length} spec modules one by one`, 1);
  vsJco("wasm2wat", `wasm2wat (string API), ${specTexts().length} spec binaries one by one`, 1);
  const [string, stream] = measurePair(["watkit", "string"], ["watkit", "stream"], 4).map((m) => m.warm);
  rows.push(`wasm2wat of (d), string API ${ms(string)} vs streaming ${ms(stream)}: the string costs ${x(string / stream)} the stream (target <= 1.05x: ${string <= 1.05 * stream ? "PASS" : "FAIL"})`);
  const [folded, flat] = measurePair(["watkit", "folded"], ["watkit", "flat"], 2).map((m) => m.warm);
  rows.push(`print of corpus/go/files (Go, 2.4 MB): folded ${ms(folded)}, flat ${ms(flat)} (folded costs ${x(folded / flat)} flat)`);
  process.stdout.write(`\none by one, cold and warm (medians of ${ROUNDS} processes each, wall-clock):\n${rows.map((r) => `  ${r}`).join("\n")}\n`);
}

if (process.argv[2] === "--child") await child(process.argv[3] as Tool, process.argv[4] as Job, Number(process.argv[5]));
else await main();
