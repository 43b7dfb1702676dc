// The benchmark's entry point (`npm run bench`): watkit's wat2wasm (workloads
// a-c), wasm2wat (d-f) and validate (g) against its peers.
//
// Prepares the inputs in a child process (inputs.ts), then runs every
// (tool, workload) pair in a child process of its own (worker.ts), so that
// peak RSS is per pair and a tool that crashes or runs out of memory is a
// reported result, not the end of the run. Prints the figures, the ratios
// watkit/peer and the targets with PASS/FAIL, and writes them all to
// bench/out/results.json.
//
// Options: --tools=watkit,jco,wabt,binaryen,v8  --workloads=a,b,c,d,e,f,g (or
// wat2wasm, wasm2wat, validate: that direction's workloads)  --budget=SECONDS
// (timed passes per pair, default 20)  --timeout=SECONDS (per child, default 180)
// --regen (regenerate inputs)  --strict (exit 1 when a target fails)
// --gc-between (force a full GC before each timed pass; see worker.ts).

import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  INPUTS_MARKER,
  outDir,
  projectRoot,
  WORKLOAD_DIRECTIONS,
  WORKLOAD_IDS,
  workloadsOf,
  type Input,
  type Manifest,
  type WorkloadId,
} from "./inputs.js";
import { RESULT_MARKER, type WorkerResult } from "./result.js";
import { isToolName, TOOL_DIRECTIONS, TOOL_NAMES, type ToolName } from "./tools.js";

const MB = 1e6;
const PEERS: readonly ToolName[] = ["jco", "wabt", "binaryen", "v8"];

interface Options {
  tools: ToolName[];
  workloads: WorkloadId[];
  budget: number;
  timeout: number;
  regenerate: boolean;
  strict: boolean;
  gcBetween: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = {
    tools: [...TOOL_NAMES],
    workloads: [...WORKLOAD_IDS],
    budget: 20,
    timeout: 180,
    regenerate: false,
    strict: false,
    gcBetween: false,
  };
  for (const arg of args) {
    const [key, value = ""] = arg.split("=", 2);
    if (key === "--tools") {
      const tools = value.split(",");
      const unknown = tools.filter((tool) => !isToolName(tool));
      if (unknown.length > 0) throw new Error(`unknown tool ${unknown.join(", ")}; known: ${TOOL_NAMES.join(", ")}`);
      options.tools = tools as ToolName[];
    } else if (key === "--workloads") {
      // A direction's name stands for its workloads.
      const workloads = value.split(",").flatMap((id) => (id === "wat2wasm" || id === "wasm2wat" || id === "validate" ? workloadsOf(id) : [id]));
      const unknown = workloads.filter((id) => !(WORKLOAD_IDS as readonly string[]).includes(id));
      if (unknown.length > 0) {
        throw new Error(`unknown workload ${unknown.join(", ")}; known: ${WORKLOAD_IDS.join(", ")}, wat2wasm, wasm2wat, validate`);
      }
      options.workloads = workloads as WorkloadId[];
    } else if (key === "--budget") options.budget = Number(value);
    else if (key === "--timeout") options.timeout = Number(value);
    else if (key === "--regen") options.regenerate = true;
    else if (key === "--strict") options.strict = true;
    else if (key === "--gc-between") options.gcBetween = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(options.budget > 0) || !(options.timeout > 0)) throw new Error("--budget and --timeout must be positive");
  return options;
}

interface ChildOutcome {
  /** The payload of the line that starts with the marker, if the child printed one. */
  payload?: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stderrTail: string;
}

/** Runs `node ARGS`, echoing nothing, keeping stdout and the tail of stderr; kills it at the timeout. */
function runChild(args: string[], marker: string, timeoutSec: number, echoStderr: boolean): Promise<ChildOutcome> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (echoStderr) process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-20000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutSec * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split("\n").find((l) => l.startsWith(marker));
      resolvePromise({ payload: line?.slice(marker.length), code, signal, timedOut, stderrTail: stderr });
    });
  });
}

function crashMessage(outcome: ChildOutcome, timeoutSec: number): string {
  if (outcome.timedOut) return `timed out after ${timeoutSec} s`;
  // Keep the message lines of stderr, not JavaScript or native stack frames.
  const lines = outcome.stderrTail
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^(at |\d+: |-{3,}|<-{3}|\[\d+:|Node\.js v|\^+$)/.test(l));
  const fatal = lines.filter((l) => /FATAL ERROR|Error\b/.test(l));
  const how = outcome.signal !== null ? `killed by ${outcome.signal}` : `exit code ${outcome.code}`;
  const oom = /heap out of memory|Allocation failed|Cannot allocate|ENOMEM/i.test(outcome.stderrTail) ? "out of memory, " : "";
  const shown = (fatal.length > 0 ? fatal : lines).slice(0, 2).join(" | ").slice(0, 300);
  return `crashed (${oom}${how})${shown !== "" ? ": " + shown : ""}`;
}

function distPath(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}

async function prepare(options: Options): Promise<{ manifest?: Manifest; errors: Partial<Record<WorkloadId, string>> }> {
  const args = [distPath("./inputs.js"), `--workloads=${options.workloads.join(",")}`];
  if (options.regenerate) args.push("--regen");
  const outcome = await runChild(args, INPUTS_MARKER, 900, true);
  if (outcome.payload === undefined) {
    const message = crashMessage(outcome, 900);
    return { errors: Object.fromEntries(options.workloads.map((id) => [id, `input preparation ${message}`])) };
  }
  return JSON.parse(outcome.payload) as { manifest: Manifest; errors: Partial<Record<WorkloadId, string>> };
}

async function measure(tool: ToolName, workload: WorkloadId, options: Options): Promise<WorkerResult> {
  const args = ["--expose-gc", distPath("./worker.js"), tool, workload, `--budget=${options.budget}`];
  if (options.gcBetween) args.push("--gc-between");
  const outcome = await runChild(args, RESULT_MARKER, options.timeout, false);
  mkdirSync(join(outDir(), "logs"), { recursive: true });
  writeFileSync(join(outDir(), "logs", `${tool}-${workload}.stderr.txt`), outcome.stderrTail);
  if (outcome.payload !== undefined) return JSON.parse(outcome.payload) as WorkerResult;
  return {
    tool,
    workload,
    status: "failed",
    error: crashMessage(outcome, options.timeout),
    inputBytes: 0,
    iterations: 0,
    iterationMs: [],
    peakRssMB: 0,
  };
}

// ---------------------------------------------------------------- reporting

const WORKLOAD_TITLES: Record<WorkloadId, string> = {
  a: "(a) large WAT, one module",
  b: "(b) medium WAT, one module",
  c: "(c) spec testsuite, module by module",
  d: "(d) wasm2wat, >= 2 MB binary",
  e: "(e) wasm2wat, >= 10 MB binary (Go)",
  f: "(f) wasm2wat, >= 10 MB binary (Rust)",
  g: "(g) validate, >= 30 MB binary (C++), from bytes",
};

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? "-" : value.toFixed(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  return rows
    .map((row) => row.map((cell, col) => (col === 0 || col === row.length - 1 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("  ").trimEnd())
    .join("\n");
}

function describeInput(input: Input): string {
  if (input.kind === "binary") {
    return (
      `${input.package}@${input.packageVersion} ${input.binaryPath} (${input.binaryBytes} bytes, ${input.description}),` +
      ` printed by jco: ${input.watPath} (${fixed(input.watBytes / MB, 2)} MB of text)`
    );
  }
  if (input.kind === "wasm") {
    return `${input.package}@${input.packageVersion} ${input.binaryPath} (${fixed(input.binaryBytes / MB, 2)} MB, ${input.description})`;
  }
  return (
    `${input.suiteDir}: ${input.wastFiles} scripts, ${input.modulesFound} top-level text modules, ` +
    `${input.modulesKept} parsed by jco (${input.modulesFound - input.modulesKept} left out), ${fixed(input.totalBytes / MB, 2)} MB of text`
  );
}

function resultRow(result: WorkerResult): string[] {
  if (result.status === "failed") {
    return [result.tool, "-", "-", "-", "-", "-", fixed(result.peakRssMB || undefined, 0), "-", `failed: ${result.error ?? "?"}`];
  }
  const notes: string[] = [];
  if (result.modules !== undefined) notes.push(`${result.modules} modules, ${fixed(result.usPerModule, 0)} us/module`);
  if (result.failures) notes.push(`${result.failures} failed (${result.failureExamples?.[0] ?? ""})`);
  if (result.outputValid === false) notes.push("output rejected by WebAssembly.validate");
  if (result.validated === false) notes.push("said invalid");
  if (result.phasesMs !== undefined) {
    const { decodeMs, checkMs } = result.phasesMs;
    const mb = result.inputBytes / MB;
    notes.push(`decode ${fixed(decodeMs, 0)} ms + check ${fixed(checkMs, 0)} ms (check alone ${fixed(mb / (checkMs / 1000), 1)} MB/s)`);
  }
  if (WORKLOAD_DIRECTIONS[result.workload] === "wasm2wat" && result.outputBytes !== undefined) {
    notes.push(`${fixed(result.outputBytes / MB, 1)} MB of text`);
  }
  return [
    result.tool,
    fixed(result.mbPerSec, 2),
    fixed(result.mbPerSecMedian, 2),
    fixed(result.mbPerCpuSec, 2),
    String(result.iterations),
    fixed(result.initMs, 0),
    fixed(result.peakRssMB, 0),
    fixed(result.rssPerInputByte, 1),
    notes.join("; "),
  ];
}

type Ratio = { speed?: number; memory?: number };

function ratio(watkit: WorkerResult | undefined, peer: WorkerResult | undefined): Ratio {
  if (watkit?.status !== "ok" || peer?.status !== "ok") return {};
  return { speed: (watkit.mbPerSec ?? 0) / (peer.mbPerSec ?? Infinity), memory: watkit.peakRssMB / peer.peakRssMB };
}

interface Target {
  workload: WorkloadId;
  goal: string;
  measured: string;
  status: "PASS" | "FAIL" | "n/a";
}

function targets(find: (tool: ToolName, workload: WorkloadId) => WorkerResult | undefined): Target[] {
  const out: Target[] = [];
  const speed = (r: WorkerResult | undefined): number | undefined => (r?.status === "ok" ? r.mbPerSec : undefined);
  const compare = (workload: WorkloadId, goal: string, peer: ToolName, factor: number, strict: boolean): void => {
    const w = find("watkit", workload);
    const p = find(peer, workload);
    if (w === undefined) return; // watkit not run on this workload
    const ws = speed(w);
    const ps = speed(p);
    if (ps === undefined) {
      out.push({ workload, goal, measured: `${peer}: ${p?.error ?? "not run"}`, status: "n/a" });
    } else if (ws === undefined) {
      out.push({ workload, goal, measured: `watkit failed: ${w.error ?? "?"}`, status: "FAIL" });
    } else {
      const ok = strict ? ws > factor * ps : ws >= factor * ps;
      out.push({ workload, goal, measured: `${fixed(ws, 2)} vs ${fixed(ps, 2)} MB/s = ${fixed(ws / ps, 2)}x`, status: ok ? "PASS" : "FAIL" });
    }
  };
  compare("a", "(a) >= 0.3x jco", "jco", 0.3, false);
  compare("a", "(a) faster than binaryen.js", "binaryen", 1, true);
  const wa = find("watkit", "a");
  if (wa !== undefined) {
    const goal = "(a) peak RSS < 12x input size";
    if (wa.status !== "ok") out.push({ workload: "a", goal, measured: `watkit failed: ${wa.error ?? "?"}`, status: "FAIL" });
    else {
      const x = wa.rssPerInputByte ?? Infinity;
      out.push({ workload: "a", goal, measured: `${fixed(wa.peakRssMB, 0)} MB = ${fixed(x, 1)}x`, status: x < 12 ? "PASS" : "FAIL" });
    }
  }
  compare("c", "(c) faster than jco", "jco", 1, true);
  for (const workload of ["d", "e", "f"] as const) compare(workload, `(${workload}) faster than jco`, "jco", 1, true);
  // On (d) the process's own RSS (Node, the binary) outweighs the text; on the large ones the text dominates.
  for (const workload of ["e", "f"] as const) {
    const w = find("watkit", workload);
    if (w === undefined) continue;
    const goal = `(${workload}) peak RSS < 3x the text`;
    if (w.status !== "ok" || w.outputBytes === undefined) out.push({ workload, goal, measured: `watkit failed: ${w.error ?? "?"}`, status: "FAIL" });
    else {
      const x = (w.peakRssMB * 1e6) / w.outputBytes;
      out.push({ workload, goal, measured: `${fixed(w.peakRssMB, 0)} MB = ${fixed(x, 2)}x`, status: x < 3 ? "PASS" : "FAIL" });
    }
  }
  compare("g", "(g) faster than wabt.js", "wabt", 1, true);
  compare("g", "(g) faster than binaryen.js", "binaryen", 1, true);
  return out;
}

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot(), encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "grammar", "generated"], { cwd: projectRoot(), encoding: "utf8" }).trim();
    return dirty === "" ? head : `${head}+uncommitted`;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? "?"}, ${fixed(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
  const loadBefore = loadavg()[0];
  const directions = [...new Set(options.workloads.map((id) => WORKLOAD_DIRECTIONS[id]))].join(" and ");
  console.log(`watkit ${directions} benchmark — ${new Date().toISOString()} — ${machine} — watkit ${gitCommit()}`);

  const { manifest, errors: inputErrors } = await prepare(options);
  console.log("\nInputs:");
  for (const id of options.workloads) {
    const input = manifest?.inputs[id];
    console.log(`  (${id}) ${input !== undefined && inputErrors[id] === undefined ? describeInput(input) : `unavailable: ${inputErrors[id] ?? "?"}`}`);
  }

  const results: WorkerResult[] = [];
  for (const workload of options.workloads) {
    if (manifest?.inputs[workload] === undefined || inputErrors[workload] !== undefined) continue;
    for (const tool of options.tools) {
      if (!TOOL_DIRECTIONS[tool].includes(WORKLOAD_DIRECTIONS[workload])) continue;
      process.stderr.write(`bench: ${tool} on (${workload}) ... `);
      const result = await measure(tool, workload, options);
      process.stderr.write(result.status === "ok" ? `${fixed(result.mbPerSec, 2)} MB/s\n` : `failed: ${result.error ?? "?"}\n`);
      results.push(result);
    }
  }
  const find = (tool: ToolName, workload: WorkloadId): WorkerResult | undefined =>
    results.find((r) => r.tool === tool && r.workload === workload);

  const header = ["tool", "MB/s", "median", "CPU", "runs", "init ms", "peak RSS MB", "RSS/input", "notes"];
  console.log(
    "\nMB/s: input throughput on the fastest timed pass (MB of text for wat2wasm, of binary for wasm2wat and validate); median: on" +
      "\nthe median pass; CPU: MB per CPU-second of the process (all threads). Peak RSS is the worker process's, input" +
      "\nand Node itself included (MB = 10^6 bytes).",
  );
  for (const workload of options.workloads) {
    const rows = results.filter((r) => r.workload === workload).map(resultRow);
    if (rows.length === 0) continue;
    console.log(`\n${WORKLOAD_TITLES[workload]}`);
    console.log(table([header, ...rows]));
  }

  const ratios: Record<string, Record<string, Ratio>> = {};
  if (options.tools.includes("watkit")) {
    const peers = PEERS.filter((peer) => options.tools.includes(peer));
    const rows: string[][] = [["workload", ...peers.map((p) => `speed watkit/${p}`), ...peers.map((p) => `RSS watkit/${p}`), ""]];
    for (const workload of options.workloads) {
      ratios[workload] = {};
      for (const peer of peers) ratios[workload][peer] = ratio(find("watkit", workload), find(peer, workload));
      rows.push([
        `(${workload})`,
        ...peers.map((p) => fixed(ratios[workload][p].speed, 2)),
        ...peers.map((p) => fixed(ratios[workload][p].memory, 2)),
        "",
      ]);
    }
    console.log("\nRatios (speed > 1: watkit faster; RSS < 1: watkit uses less memory; - : a side failed or was not run)");
    console.log(table(rows));
  }

  const goals = targets(find);
  if (goals.length > 0) {
    console.log("\nTargets:");
    for (const goal of goals) console.log(`  ${goal.status.padEnd(4)}  ${goal.goal.padEnd(32)} ${goal.measured}`);
  }

  const seconds = (Date.now() - started) / 1000;
  const loadAfter = loadavg()[0];
  const busy = Math.max(loadBefore, loadAfter) > cpus().length - 1;
  console.log(
    `\nLoad average (1 min) ${fixed(loadBefore, 2)} before, ${fixed(loadAfter, 2)} after, on ${cpus().length} cores` +
      (busy ? ": the machine was busy with other work, so the figures are noisy; compare ratios from one run only." : "."),
  );
  const file = join(outDir(), "results.json");
  const summary = {
    date: new Date(started).toISOString(),
    machine,
    watkitCommit: gitCommit(),
    options: { budgetSec: options.budget, timeoutSec: options.timeout, gcBetween: options.gcBetween },
    jcoVersion: manifest?.jcoVersion,
    inputs: manifest?.inputs ?? {},
    inputErrors,
    results,
    ratios,
    targets: goals,
    durationSec: seconds,
    loadAverage: { before: loadBefore, after: loadAfter },
  };
  writeFileSync(file, JSON.stringify(summary, null, 2) + "\n");
  console.log(`\nDone in ${fixed(seconds, 0)} s; JSON summary in ${file}`);
  if (options.strict && goals.some((goal) => goal.status !== "PASS")) process.exitCode = 1;
}

await main();
