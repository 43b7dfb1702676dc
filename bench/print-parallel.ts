// Binary to text and validation on one thread and on two (`npm run
// bench:print-parallel`, part of `npm run bench`): the binaries of workloads
// (d), (e) and (f) printed through the string API (`wasm2wat` returning the
// text, median of the passes of a child process) and through the CLI
// (`print in.wasm -o out.wat`, whole process), watkit with --jobs 1,
// --jobs 2 and its default beside jco in the same run; and (g) validated through the API,
// watkit with --jobs 1, 2 and its default beside wabt.js. Every measurement runs in a
// process of its own; the variants take turns, ROUNDS times, and the figures
// are medians: on a shared machine only ratios within one run mean anything.
//
// Options: --rounds=N (default 3), --workloads=d,e,f,g (default all).
// Child mode (internal): --child=TOOL --kind=print|validate --jobs=N (0: none) --passes=N FILE.

import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageDir, projectRoot } from "./inputs.js";
import { inChild, median, processSeconds, reportToParent, seconds } from "./timed-child.js";
import { loadTool } from "./tools.js";

const MB = 1e6;
const MARKER = "PRINT_PARALLEL ";

interface Workload {
  id: "d" | "e" | "f" | "g";
  kind: "print" | "validate";
  package: string;
  file: string;
  /** Timed passes in each API child (the first one included: a CLI run is one cold pass too). */
  passes: number;
}

const WORKLOADS: Workload[] = [
  { id: "d", kind: "print", package: "@bytecodealliance/jco-transpile", file: "vendor/wasm-tools.core.wasm", passes: 3 },
  { id: "e", kind: "print", package: "esbuild-wasm", file: "esbuild.wasm", passes: 2 },
  { id: "f", kind: "print", package: "@swc/wasm", file: "wasm_bg.wasm", passes: 2 },
  { id: "g", kind: "validate", package: "@duckdb/duckdb-wasm", file: "dist/duckdb-eh.wasm", passes: 2 },
];

/** Peers: jco prints, wabt.js validates (jco's API has no validator). */
const PEER = { print: "jco", validate: "wabt" } as const;

interface Variant {
  name: string;
  measure(file: string, out: string, passes: number): number;
}

function distPath(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}

const SELF = distPath("./print-parallel.js");
/** The command as installed (`bin` of package.json). */
const CLI = distPath("../bundle/watkit.js");
const JCO = join(projectRoot(), "node_modules/@bytecodealliance/jco/dist/jco.js");

/** `jobs` undefined: the tool's own default (watkit's: one thread per core above a size per operation). */
function apiVariant(tool: string, kind: Workload["kind"], jobs?: number): Variant {
  const name = `API ${tool}${jobs === undefined ? (tool === "watkit" ? " (default jobs)" : "") : ` --jobs ${jobs}`}`;
  return {
    name,
    measure(file, _out, passes) {
      const args = [`--child=${tool}`, `--kind=${kind}`, `--jobs=${jobs ?? 0}`, `--passes=${passes}`, file];
      const answer = inChild<{ seconds: number }>(SELF, args, MARKER);
      if ("failure" in answer) throw new Error(`${name}: ${answer.failure}`);
      return answer.result.seconds;
    },
  };
}

function cliVariant(name: string, args: (file: string, out: string) => string[]): Variant {
  return { name, measure: (file, out) => processSeconds(args(file, out), 1) ?? fail(`${name} failed`) };
}

function variantsOf(kind: Workload["kind"]): Variant[] {
  const api = [apiVariant("watkit", kind, 1), apiVariant("watkit", kind, 2), apiVariant("watkit", kind), apiVariant(PEER[kind], kind)];
  if (kind === "validate") return api;
  return [
    ...api,
    cliVariant("CLI watkit print --jobs 1", (file, out) => [CLI, "print", file, "-o", out, "--jobs", "1"]),
    cliVariant("CLI watkit print --jobs 2", (file, out) => [CLI, "print", file, "-o", out, "--jobs", "2"]),
    cliVariant("CLI watkit print (default jobs)", (file, out) => [CLI, "print", file, "-o", out]),
    cliVariant("CLI jco print", (file, out) => [JCO, "print", file, "-o", out]),
  ];
}

/** In a child: the median seconds of `passes` passes of one tool on one binary. */
async function child(args: string[]): Promise<void> {
  const option = (key: string): string => args.find((a) => a.startsWith(`--${key}=`))!.slice(key.length + 3);
  const tool = option("child");
  const kind = option("kind") as Workload["kind"];
  // 0 stands for no `jobs` option.
  const jobs = Number(option("jobs")) || undefined;
  const passes = Number(option("passes"));
  const bytes = readFileSync(args[args.length - 1]);
  let run: () => unknown;
  if (tool === "watkit") {
    const api = (await import(new URL("../src/index.js", import.meta.url).href)) as {
      wasm2wat(bytes: Uint8Array, options: object): string;
      validate(bytes: Uint8Array, options: object): { valid: boolean };
    };
    // duckdb-eh is an Emscripten exception build: legacy exceptions beyond the default set.
    run = kind === "print" ? () => api.wasm2wat(bytes, { jobs }) : () => api.validate(bytes, { jobs, features: "+legacy-exceptions" }).valid || fail("invalid");
  } else {
    const peer = await loadTool(tool as "jco" | "wabt");
    if (kind === "print") {
      const times: number[] = [];
      for (let k = 0; k < passes; k++) {
        const start = process.hrtime.bigint();
        await peer.wasm2wat!(bytes);
        times.push(Number(process.hrtime.bigint() - start) / 1e9);
      }
      reportToParent(MARKER, { seconds: median(times) });
      return;
    }
    run = () => peer.validate!(bytes) || fail("invalid");
  }
  const times: number[] = [];
  for (let k = 0; k < passes; k++) times.push(seconds(run));
  reportToParent(MARKER, { seconds: median(times) });
}

function fail(message: string): never {
  throw new Error(message);
}

function main(): void {
  const args = process.argv.slice(2);
  const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice("--rounds=".length) ?? 3);
  const only = args.find((a) => a.startsWith("--workloads="))?.slice("--workloads=".length).split(",");
  const dir = mkdtempSync(join(tmpdir(), "watkit-bench-"));
  try {
    for (const w of WORKLOADS.filter((w) => only === undefined || only.includes(w.id))) {
      const pkg = packageDir(w.package);
      if (pkg === undefined) throw new Error(`${w.package} is not installed (npm install)`);
      const file = join(pkg, w.file);
      const mb = statSync(file).size / MB;
      const variants = variantsOf(w.kind);
      const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
      for (let round = 0; round < rounds; round++) {
        for (const v of variants) {
          samples.get(v.name)!.push(v.measure(file, join(dir, "out.wat"), w.passes));
        }
      }
      const what = w.kind === "print" ? "Binary to text" : "Validation (+legacy-exceptions)";
      process.stdout.write(`\n${what}, (${w.id}) ${w.package}/${w.file} (${mb.toFixed(1)} MB), median of ${rounds} rounds\n\n`);
      const seconds = (name: string): number => median(samples.get(name) ?? []);
      const rows = [["case", "ms", "MB/s", `vs ${PEER[w.kind]}`]];
      for (const v of variants) {
        const kind = v.name.split(" ")[0];
        const peer = seconds(variants.find((p) => p.name.startsWith(`${kind} ${PEER[w.kind]}`))!.name);
        const s = seconds(v.name);
        rows.push([v.name, (s * 1000).toFixed(0), (mb / s).toFixed(1), (peer / s).toFixed(2) + "x"]);
      }
      const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
      for (const r of rows) process.stdout.write(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ") + "\n");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.some((a) => a.startsWith("--child="))) await child(process.argv.slice(2));
else main();
