// Text to binary on one thread and on two (`npm run bench:parallel`, part of
// `npm run bench`): the 46 MB WAT of workload (a) through the API
// (dist/bench/worker.js: the first call of the process, which starts the
// workers, and the median of the calls after it) and through the CLI (whole
// process), watkit with --jobs 1 and --jobs 2 beside jco in the same run,
// each variant in a process of its own so that peak RSS is its own. The
// first call's CPU time, of every thread, is reported beside its wall time:
// on a loaded machine it is the steadier of the two.
// The variants take turns, ROUNDS times, and the figures are medians: on a
// shared machine only ratios within one run mean anything.
//
// Options: --rounds=N (default 3).

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot, readManifest } from "./inputs.js";
import { RESULT_MARKER, type WorkerResult } from "./result.js";

const MB = 1e6;

interface Variant {
  name: string;
  /** Node arguments (after the RSS reporter); the input file's path replaces INPUT and the output's OUTPUT. */
  args: string[];
  env?: Record<string, string>;
  /** Whether the process is worker.js, which reports its own timing and peak RSS. */
  worker: boolean;
}

interface Sample {
  /** The first call (for the CLI, the whole process). */
  firstMs: number;
  /** The CPU time of every thread during the first call (for the CLI, of the whole process): on a loaded machine, steadier than the wall time. */
  firstCpuMs: number;
  /** The calls after the first (for the CLI, the whole process). */
  warmMs: number;
  rssMB: number;
}

function distPath(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}

/** The command as installed (`bin` of package.json). */
const CLI = distPath("../bundle/watkit.js");
const JCO = join(projectRoot(), "node_modules/@bytecodealliance/jco/dist/jco.js");
/** Preloaded into a CLI run: prints the process's peak RSS and CPU time (worker threads included) as it exits. */
const USAGE_REPORTER =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nPEAK_RSS_KB '+u.maxRSS+' CPU_US '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

const VARIANTS: Variant[] = [
  { name: "API watkit --jobs 1", args: [distPath("./worker.js"), "watkit", "a", "--max-iterations=4", "--budget=600"], env: { WATKIT_BENCH_JOBS: "1" }, worker: true },
  { name: "API watkit --jobs 2", args: [distPath("./worker.js"), "watkit", "a", "--max-iterations=4", "--budget=600"], env: { WATKIT_BENCH_JOBS: "2" }, worker: true },
  { name: "API jco", args: [distPath("./worker.js"), "jco", "a", "--max-iterations=4", "--budget=600"], worker: true },
  { name: "CLI watkit parse --jobs 1", args: [CLI, "parse", "INPUT", "-o", "OUTPUT", "--jobs", "1"], worker: false },
  { name: "CLI watkit parse --jobs 2", args: [CLI, "parse", "INPUT", "-o", "OUTPUT", "--jobs", "2"], worker: false },
  { name: "CLI jco parse", args: [JCO, "parse", "INPUT", "-o", "OUTPUT"], worker: false },
];

function run(variant: Variant, input: string, output: string): Sample {
  const args = ["--expose-gc", "--import", USAGE_REPORTER, ...variant.args.map((a) => (a === "INPUT" ? input : a === "OUTPUT" ? output : a))];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: projectRoot(), env: { ...process.env, ...variant.env }, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${variant.name}: exit ${child.status}: ${child.stderr.slice(-500)}`);
  const usage = /PEAK_RSS_KB (\d+) CPU_US (\d+)/.exec(child.stderr);
  const rssMB = usage === null ? NaN : (Number(usage[1]) * 1024) / MB;
  if (!variant.worker) return { firstMs: ms, firstCpuMs: usage === null ? NaN : Number(usage[2]) / 1000, warmMs: ms, rssMB };
  const line = child.stdout.split("\n").find((l) => l.startsWith(RESULT_MARKER));
  const result = JSON.parse(line!.slice(RESULT_MARKER.length)) as WorkerResult;
  if (result.status !== "ok") throw new Error(`${variant.name}: ${result.error}`);
  const [first, ...warm] = result.iterationMs;
  return { firstMs: first, firstCpuMs: result.cpuMs?.[0] ?? NaN, warmMs: warm.length > 0 ? median(warm) : first, rssMB: result.peakRssMB };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main(): void {
  const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice("--rounds=".length) ?? 3);
  const input = readManifest()?.inputs.a;
  if (input === undefined || input.kind !== "binary") throw new Error("workload (a) is not prepared: run npm run bench (or node dist/bench/inputs.js --workloads=a) first");
  const path = join(projectRoot(), input.watPath);
  const mb = statSync(path).size / MB;
  const dir = mkdtempSync(join(tmpdir(), "watkit-bench-"));
  const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const v of VARIANTS) samples.get(v.name)!.push(run(v, path, join(dir, "out.wasm")));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const jco = (kind: string, of: (s: Sample) => number): number => median(samples.get(`${kind} jco${kind === "CLI" ? " parse" : ""}`)!.map(of));
  process.stdout.write(`\nText to binary, ${input.watPath} (${mb.toFixed(1)} MB), median of ${rounds} rounds (API: the first call, and the median of the calls after it)\n\n`);
  const rows = [["case", "first ms", "first CPU ms", "warm ms", "warm MB/s", "peak RSS MB", "RSS / input", "vs jco first", "vs jco warm"]];
  const first = (s: Sample): number => s.firstMs;
  const warm = (s: Sample): number => s.warmMs;
  for (const v of VARIANTS) {
    const of = samples.get(v.name)!;
    const [firstMs, warmMs, rss] = [median(of.map(first)), median(of.map(warm)), median(of.map((s) => s.rssMB))];
    const kind = v.name.split(" ")[0];
    const ratio = (peer: number, ms: number): string => (peer / ms).toFixed(2) + "x";
    rows.push([
      v.name,
      firstMs.toFixed(0),
      median(of.map((s) => s.firstCpuMs)).toFixed(0),
      warmMs.toFixed(0),
      (mb / (warmMs / 1000)).toFixed(1),
      rss.toFixed(0),
      (rss / mb).toFixed(1) + "x",
      ratio(jco(kind, first), firstMs),
      ratio(jco(kind, warm), warmMs),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) process.stdout.write(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ") + "\n");
}

main();
