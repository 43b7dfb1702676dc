// Child process of the benchmark: runs one tool on one workload.
//
// `node --expose-gc dist/bench/worker.js TOOL WORKLOAD [--budget=SECONDS] [--max-iterations=N] [--gc-between]`
// reads the inputs prepared by inputs.ts, loads the tool, warms it up once on
// (b), (c) and (d) (not on (a), (e) and (f), the largest: one pass there costs
// seconds), then times passes until the time budget is spent (at least one).
// (a)-(c) time the tool's wat2wasm on text, (d)-(f) its wasm2wat on a binary,
// (g) its validation of a binary from its bytes. It prints one line, marked
// RESULT_MARKER, with a WorkerResult as JSON. The peak RSS is this process's
// own, which is why every (tool, workload) pair runs in a process of its own.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readManifest, projectRoot, WORKLOAD_DIRECTIONS, WORKLOAD_IDS, type SpecModule, type WorkloadId } from "./inputs.js";
import { describeError, RESULT_MARKER, type WorkerResult } from "./result.js";
import { isToolName, loadTool, type Tool } from "./tools.js";

const MB = 1e6;

/** The workloads whose one pass takes seconds: no warm-up, fewer passes. */
const LARGEST: ReadonlySet<WorkloadId> = new Set(["a", "e", "f", "g"]);

interface Options {
  budgetMs: number;
  maxIterations: number;
  /**
   * Force a full GC before each timed pass. Off by default: on Node's V8 a
   * forced GC between passes, with none of the tool's objects alive, frees
   * the object shapes its optimized code was specialised for, so that code
   * is thrown away ("weak objects" in `--trace-deopt`) and every timed pass
   * of a JavaScript tool runs as a cold one; a tool compiled to wasm keeps
   * its code. Without it, each pass also pays for collecting the garbage of
   * the one before, as any caller converting one input after another does.
   * Either way the first timed pass starts from a collected heap, and the
   * peak RSS is taken after it: one conversion's, not the garbage of several.
   */
  gcBetween: boolean;
}

function parseOptions(args: string[], workload: WorkloadId): Options {
  let budget = 20;
  let maxIterations = LARGEST.has(workload) ? 10 : 50;
  let gcBetween = false;
  for (const arg of args) {
    const [key, value] = arg.split("=", 2);
    if (key === "--budget" && value !== undefined) budget = Number(value);
    else if (key === "--max-iterations" && value !== undefined) maxIterations = Number(value);
    else if (key === "--gc-between" && value === undefined) gcBetween = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(budget > 0) || !(maxIterations >= 1)) throw new Error("--budget and --max-iterations must be positive");
  return { budgetMs: budget * 1000, maxIterations, gcBetween };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function peakRssMB(): number {
  return (process.resourceUsage().maxRSS * 1024) / MB; // maxRSS is in KiB
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Calls the tool; awaits only when it returned a promise, so sync tools pay no microtask. */
async function convert(tool: Tool, text: string): Promise<Uint8Array> {
  if (tool.wat2wasm === undefined) throw new Error(`${tool.name} has no wat2wasm`);
  const result = tool.wat2wasm(text);
  const bytes = result instanceof Promise ? await result : result;
  if (!(bytes instanceof Uint8Array)) throw new Error(`${tool.name} returned ${typeof bytes}, not a Uint8Array`);
  return bytes;
}

/** Like `convert`, the other way: binary to text; gives the UTF-8 size of the text. */
async function print(tool: Tool, bytes: Uint8Array): Promise<number> {
  if (tool.wasm2wat === undefined) throw new Error(`${tool.name} has no wasm2wat (yet)`);
  const result = tool.wasm2wat(bytes);
  const text = result instanceof Promise ? await result : result;
  if (typeof text === "number") return text;
  if (typeof text !== "string") throw new Error(`${tool.name} returned ${typeof text}, not a string`);
  return Buffer.byteLength(text);
}

interface Passes {
  wallMs: number[];
  cpuMs: number[];
  /** Peak RSS of the process once the first timed pass is done. */
  peakRssMB: number;
}

/** Times passes of `pass` until the budget is spent or the cap is reached; at least one. */
async function timePasses(pass: () => Promise<void>, options: Options): Promise<Passes> {
  const passes: Passes = { wallMs: [], cpuMs: [], peakRssMB: 0 };
  const start = performance.now();
  do {
    const first = passes.wallMs.length === 0;
    if (first || options.gcBetween) collectGarbage();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await pass();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    passes.wallMs.push(wall);
    passes.cpuMs.push((cpu.user + cpu.system) / 1000);
    if (first) passes.peakRssMB = peakRssMB();
  } while (
    passes.wallMs.length < options.maxIterations &&
    performance.now() - start + median(passes.wallMs) <= options.budgetMs
  );
  return passes;
}

function throughput(result: WorkerResult, passes: Passes): void {
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  const mb = result.inputBytes / MB;
  result.iterations = passes.wallMs.length;
  result.iterationMs = passes.wallMs.map(round);
  result.cpuMs = passes.cpuMs.map(round);
  result.medianMs = median(passes.wallMs);
  result.bestMs = Math.min(...passes.wallMs);
  result.mbPerSec = mb / (result.bestMs / 1000);
  result.mbPerSecMedian = mb / (result.medianMs / 1000);
  result.mbPerCpuSec = mb / (Math.min(...passes.cpuMs) / 1000);
  result.peakRssMB = passes.peakRssMB;
}

async function runText(tool: Tool, result: WorkerResult, watPath: string, warmUp: boolean, options: Options): Promise<void> {
  const text = readFileSync(join(projectRoot(), watPath), "utf8");
  result.inputBytes = Buffer.byteLength(text);
  if (warmUp) {
    const t0 = performance.now();
    await convert(tool, text);
    result.warmupMs = performance.now() - t0;
  }
  let output: Uint8Array | undefined;
  collectGarbage();
  result.baselineRssMB = process.memoryUsage().rss / MB;
  const passes = await timePasses(async () => {
    const bytes = await convert(tool, text);
    output ??= bytes;
  }, options);
  throughput(result, passes);
  result.rssPerInputByte = (result.peakRssMB * MB) / result.inputBytes;
  if (output !== undefined) {
    result.outputBytes = output.length;
    result.outputValid = WebAssembly.validate(output as Uint8Array<ArrayBuffer>);
  }
}

async function runWasm(tool: Tool, result: WorkerResult, binaryPath: string, warmUp: boolean, options: Options): Promise<void> {
  const bytes = new Uint8Array(readFileSync(join(projectRoot(), binaryPath)));
  result.inputBytes = bytes.length;
  if (warmUp) {
    const t0 = performance.now();
    await print(tool, bytes);
    result.warmupMs = performance.now() - t0;
  }
  let outputBytes: number | undefined;
  collectGarbage();
  result.baselineRssMB = process.memoryUsage().rss / MB;
  const passes = await timePasses(async () => {
    const size = await print(tool, bytes);
    outputBytes ??= size;
  }, options);
  throughput(result, passes);
  result.rssPerInputByte = (result.peakRssMB * MB) / result.inputBytes;
  result.outputBytes = outputBytes;
}

/** Times validation of a binary from its bytes; then, for watkit, one pass of each phase apart. */
async function runValidate(tool: Tool, result: WorkerResult, binaryPath: string, options: Options): Promise<void> {
  const validate = tool.validate;
  if (validate === undefined) throw new Error(`${tool.name} has no validate`);
  const bytes = new Uint8Array(readFileSync(join(projectRoot(), binaryPath)));
  result.inputBytes = bytes.length;
  collectGarbage();
  result.baselineRssMB = process.memoryUsage().rss / MB;
  let valid: boolean | undefined;
  const passes = await timePasses(async () => {
    valid = validate(bytes);
  }, options);
  throughput(result, passes);
  result.rssPerInputByte = (result.peakRssMB * MB) / result.inputBytes;
  result.validated = valid;
  if (tool.validatePhases !== undefined) {
    collectGarbage();
    result.phasesMs = tool.validatePhases(bytes);
  }
}

async function runSpec(tool: Tool, result: WorkerResult, corpusPath: string, options: Options): Promise<void> {
  const corpus = JSON.parse(readFileSync(join(projectRoot(), corpusPath), "utf8")) as SpecModule[];
  // The warm-up pass also finds the modules this tool fails on; only the
  // others are timed, so the throughput is over the modules it did.
  const converted: string[] = [];
  const examples: string[] = [];
  let failures = 0;
  let outputBytes = 0;
  const t0 = performance.now();
  for (const module of corpus) {
    try {
      outputBytes += (await convert(tool, module.text)).length;
      converted.push(module.text);
    } catch (error) {
      failures += 1;
      if (examples.length < 5) examples.push(`${module.file}:${module.line}: ${describeError(error)}`);
    }
  }
  result.warmupMs = performance.now() - t0;
  result.modules = converted.length;
  result.failures = failures;
  result.failureExamples = examples;
  result.outputBytes = outputBytes;
  result.inputBytes = converted.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  if (converted.length === 0) throw new Error(`failed on all ${corpus.length} modules: ${examples[0] ?? ""}`);
  collectGarbage();
  result.baselineRssMB = process.memoryUsage().rss / MB;
  const passes = await timePasses(async () => {
    for (const text of converted) await convert(tool, text);
  }, options);
  throughput(result, passes);
  result.usPerModule = ((result.bestMs ?? 0) * 1000) / converted.length;
  result.rssPerInputByte = (result.peakRssMB * MB) / result.inputBytes;
}

async function main(): Promise<void> {
  const [toolName, workloadName, ...rest] = process.argv.slice(2);
  if (toolName === undefined || !isToolName(toolName) || !(WORKLOAD_IDS as readonly string[]).includes(workloadName ?? "")) {
    throw new Error("usage: worker.js watkit|jco|wabt|binaryen|v8 a|b|c|d|e|f|g [--budget=SECONDS] [--max-iterations=N]");
  }
  const workload = workloadName as WorkloadId;
  const result: WorkerResult = { tool: toolName, workload, status: "ok", inputBytes: 0, iterations: 0, iterationMs: [], peakRssMB: 0 };
  try {
    const options = parseOptions(rest, workload);
    const input = readManifest()?.inputs[workload];
    if (input === undefined) throw new Error(`input for workload (${workload}) is not prepared; run dist/bench/inputs.js`);
    const t0 = performance.now();
    const tool = await loadTool(toolName);
    result.initMs = performance.now() - t0;
    result.toolVersion = tool.version;
    if (input.kind === "spec") await runSpec(tool, result, input.corpusPath, options);
    else if (input.kind === "wasm" && WORKLOAD_DIRECTIONS[workload] === "validate") await runValidate(tool, result, input.binaryPath, options);
    else if (input.kind === "wasm") await runWasm(tool, result, input.binaryPath, !LARGEST.has(workload), options);
    else await runText(tool, result, input.watPath, !LARGEST.has(workload), options);
  } catch (error) {
    result.status = "failed";
    result.error = describeError(error);
    result.peakRssMB = peakRssMB();
  }
  process.stdout.write(RESULT_MARKER + JSON.stringify(result) + "\n");
}

await main();
