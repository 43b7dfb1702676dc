// Locates and generates the benchmark's inputs under bench/out/.
//
// wat2wasm workloads: (a) and (b) are real compiler-produced binaries shipped
// inside installed npm packages, printed to text with jco's `print`; (c) is
// every text module of the spec testsuite that jco parses, one at a time.
// wasm2wat workloads: (d), (e) and (f) are real binaries of npm packages, used as
// they are (nothing is generated; their size and hash are recorded).
// Generation runs once and is cached: bench/out/inputs.json records what each
// file was made from (package, version, path, size, SHA-256), and a changed
// source, jco version or testsuite makes it regenerate. Run directly
// (`node dist/bench/inputs.js [--regen]`), it prepares the inputs and prints
// the manifest; the benchmark does that in a child process, since it loads jco.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeError } from "./result.js";
import { extractTextModules } from "./wast-modules.js";

export const WORKLOAD_IDS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];

/** What a workload measures: text to binary, binary to text, or validation of a binary. */
export type Direction = "wat2wasm" | "wasm2wat" | "validate";

export const WORKLOAD_DIRECTIONS: Record<WorkloadId, Direction> = {
  a: "wat2wasm",
  b: "wat2wasm",
  c: "wat2wasm",
  d: "wasm2wat",
  e: "wasm2wat",
  f: "wasm2wat",
  g: "validate",
};

/** The wasm2wat and validate workloads, whose input is a binary used as it is. */
type WasmId = "d" | "e" | "f" | "g";

/** The workloads of one direction, in order. */
export function workloadsOf(direction: Direction): WorkloadId[] {
  return WORKLOAD_IDS.filter((id) => WORKLOAD_DIRECTIONS[id] === direction);
}

/** A real binary that a package ships, to be printed to text. */
interface BinarySource {
  package: string;
  file: string;
  description: string;
}

const BINARY_SOURCES: Record<"a" | "b" | WasmId, BinarySource> = {
  a: {
    package: "@bytecodealliance/jco-transpile",
    file: "vendor/wasm-tools.core.wasm",
    description: "wasm-tools core module inside jco (Rust, rustc/LLVM output)",
  },
  b: {
    package: "web-tree-sitter",
    file: "web-tree-sitter.wasm",
    description: "tree-sitter runtime (C, clang/Emscripten output)",
  },
  // (d) is (a)'s binary itself, so the two directions can be compared on one module.
  d: {
    package: "@bytecodealliance/jco-transpile",
    file: "vendor/wasm-tools.core.wasm",
    description: "wasm-tools core module inside jco (Rust, rustc/LLVM output)",
  },
  // Two binaries of at least 10 MB: Go's output is the harder case (wabt.js
  // and binaryen.js run out of memory printing it), Rust's is one every peer
  // prints, so that it gives a ratio against each of them.
  e: {
    package: "esbuild-wasm",
    file: "esbuild.wasm",
    description: "esbuild (Go, GOOS=js GOARCH=wasm gc output)",
  },
  f: {
    package: "@swc/wasm",
    file: "wasm_bg.wasm",
    description: "swc (Rust, rustc + wasm-bindgen output)",
  },
  // The largest real binary at hand, for validation: DuckDB built by
  // Emscripten with Wasm exception handling (C++, 34 MB).
  g: {
    package: "@duckdb/duckdb-wasm",
    file: "dist/duckdb-eh.wasm",
    description: "DuckDB (C++, clang/Emscripten output with exception handling)",
  },
};

/** Folders of the spec testsuite whose .wast files workload (c) reads (not recursive). */
const SPEC_FOLDERS = [".", "custom", "legacy", "proposals/threads"];

/** Bump when the extraction or the cached file formats change. */
const FORMAT_VERSION = 1;

export interface BinaryInput {
  kind: "binary";
  id: "a" | "b";
  description: string;
  package: string;
  packageVersion: string;
  /** Path of the source binary, relative to the project root. */
  binaryPath: string;
  binaryBytes: number;
  binarySha256: string;
  /** Path of the printed text, relative to the project root. */
  watPath: string;
  watBytes: number;
}

export interface SpecInput {
  kind: "spec";
  id: "c";
  description: string;
  /** The testsuite folder, relative to the project root. */
  suiteDir: string;
  wastFiles: number;
  fingerprint: string;
  /** Top-level text modules found in the scripts. */
  modulesFound: number;
  /** Of those, the modules jco parses: the benchmark's corpus. */
  modulesKept: number;
  rejectedByJco: string[];
  /** JSON array of SpecModule, relative to the project root. */
  corpusPath: string;
  /** UTF-8 bytes of all kept modules. */
  totalBytes: number;
}

/** A binary converted as it is (wasm2wat). */
export interface WasmInput {
  kind: "wasm";
  id: WasmId;
  description: string;
  package: string;
  packageVersion: string;
  /** Path of the binary, relative to the project root. */
  binaryPath: string;
  binaryBytes: number;
  binarySha256: string;
}

export type Input = BinaryInput | SpecInput | WasmInput;

export interface SpecModule {
  /** Script path relative to the testsuite, and the module's line in it. */
  file: string;
  line: number;
  text: string;
}

export interface Manifest {
  formatVersion: number;
  jcoVersion: string;
  inputs: Partial<Record<WorkloadId, Input>>;
}

let cachedRoot: string | undefined;

/** The folder holding watkit's package.json (this file is bench/ or dist/bench/ below it). */
export function projectRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "watkit") {
      cachedRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find watkit's package.json above " + import.meta.url);
    dir = parent;
  }
}

export function outDir(): string {
  return join(projectRoot(), "bench", "out");
}

export function manifestPath(): string {
  return join(outDir(), "inputs.json");
}

/** The installed folder of a package: hoisted, or nested one package deep. */
export function packageDir(name: string): string | undefined {
  const modules = join(projectRoot(), "node_modules");
  const hoisted = join(modules, name);
  if (existsSync(join(hoisted, "package.json"))) return hoisted;
  const owners: string[] = [];
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith("@")) {
      for (const scoped of readdirSync(join(modules, entry))) owners.push(join(modules, entry, scoped));
    } else {
      owners.push(join(modules, entry));
    }
  }
  for (const owner of owners) {
    const nested = join(owner, "node_modules", name);
    if (existsSync(join(nested, "package.json"))) return nested;
  }
  return undefined;
}

function versionOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function specSuiteDir(): string {
  return process.env.WATKIT_SPEC_TESTSUITE ?? resolve(projectRoot(), "..", "shared", "spec-testsuite");
}

/** The .wast scripts of workload (c), as paths relative to the testsuite, sorted. */
function specScripts(suite: string): string[] {
  const files: string[] = [];
  for (const folder of SPEC_FOLDERS) {
    const dir = join(suite, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".wast") && statSync(join(dir, name)).isFile()) files.push(join(folder, name));
    }
  }
  return files;
}

type JcoParse = (text: string) => Promise<Uint8Array>;
type JcoPrint = (bytes: Uint8Array) => Promise<string>;

async function loadJco(): Promise<{ parse: JcoParse; print: JcoPrint }> {
  const specifier = "@bytecodealliance/jco";
  return (await import(specifier)) as { parse: JcoParse; print: JcoPrint };
}

async function prepareBinary(id: "a" | "b", jcoVersion: string, previous: Input | undefined): Promise<BinaryInput> {
  const source = BINARY_SOURCES[id];
  const dir = packageDir(source.package);
  if (dir === undefined) throw new Error(`package ${source.package} is not installed (run npm install)`);
  const binaryFile = join(dir, source.file);
  const binary = readFileSync(binaryFile);
  const root = projectRoot();
  const watFile = join(outDir(), `${id}-${source.package.replace(/[@/]/g, "_").replace(/^_+/, "")}.wat`);
  const input: BinaryInput = {
    kind: "binary",
    id,
    description: source.description,
    package: source.package,
    packageVersion: versionOf(dir),
    binaryPath: relative(root, binaryFile),
    binaryBytes: binary.length,
    binarySha256: sha256(binary),
    watPath: relative(root, watFile),
    watBytes: 0,
  };
  if (
    previous?.kind === "binary" &&
    previous.binarySha256 === input.binarySha256 &&
    previous.watPath === input.watPath &&
    existsSync(watFile) &&
    statSync(watFile).size === previous.watBytes
  ) {
    return previous;
  }
  process.stderr.write(`bench: printing ${input.binaryPath} (${binary.length} bytes) with jco ${jcoVersion}\n`);
  const text = await (await loadJco()).print(binary);
  writeFileSync(watFile, text);
  input.watBytes = Buffer.byteLength(text);
  return input;
}

/** Locates a wasm2wat input: nothing to generate, only its origin, size and hash to record. */
function prepareWasm(id: WasmId): WasmInput {
  const source = BINARY_SOURCES[id];
  const dir = packageDir(source.package);
  if (dir === undefined) throw new Error(`package ${source.package} is not installed (run npm install)`);
  const binaryFile = join(dir, source.file);
  if (!existsSync(binaryFile)) throw new Error(`${source.package}@${versionOf(dir)} has no ${source.file}`);
  const binary = readFileSync(binaryFile);
  return {
    kind: "wasm",
    id,
    description: source.description,
    package: source.package,
    packageVersion: versionOf(dir),
    binaryPath: relative(projectRoot(), binaryFile),
    binaryBytes: binary.length,
    binarySha256: sha256(binary),
  };
}

async function prepareSpec(previous: Input | undefined): Promise<SpecInput> {
  const suite = specSuiteDir();
  if (!existsSync(suite)) throw new Error(`spec testsuite not found at ${suite}`);
  const root = projectRoot();
  const scripts = specScripts(suite);
  const hash = createHash("sha256").update(`format ${FORMAT_VERSION}\n`);
  const sources = new Map<string, string>();
  for (const file of scripts) {
    const text = readFileSync(join(suite, file), "utf8");
    sources.set(file, text);
    hash.update(file).update("\0").update(text).update("\0");
  }
  const fingerprint = hash.digest("hex");
  const corpusFile = join(outDir(), "c-spec-modules.json");
  if (previous?.kind === "spec" && previous.fingerprint === fingerprint && existsSync(corpusFile)) return previous;

  process.stderr.write(`bench: extracting text modules from ${scripts.length} scripts in ${suite}\n`);
  const jco = await loadJco();
  const kept: SpecModule[] = [];
  const rejected: string[] = [];
  let found = 0;
  for (const [file, source] of sources) {
    for (const module of extractTextModules(source)) {
      found += 1;
      try {
        await jco.parse(module.text);
        kept.push({ file, line: module.line, text: module.text });
      } catch (error) {
        rejected.push(`${file}:${module.line}: ${describeError(error, 300)}`);
      }
    }
  }
  writeFileSync(corpusFile, JSON.stringify(kept));
  return {
    kind: "spec",
    id: "c",
    description: "spec testsuite text modules, one wat2wasm call each",
    suiteDir: relative(root, suite),
    wastFiles: scripts.length,
    fingerprint,
    modulesFound: found,
    modulesKept: kept.length,
    rejectedByJco: rejected,
    corpusPath: relative(root, corpusFile),
    totalBytes: kept.reduce((sum, module) => sum + Buffer.byteLength(module.text), 0),
  };
}

export function readManifest(): Manifest | undefined {
  if (!existsSync(manifestPath())) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(), "utf8")) as Manifest;
    return manifest.formatVersion === FORMAT_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Makes (or reuses) the inputs of the given workloads; failures are recorded per workload. */
export async function prepareInputs(
  workloads: readonly WorkloadId[],
  regenerate: boolean,
): Promise<{ manifest: Manifest; errors: Partial<Record<WorkloadId, string>> }> {
  mkdirSync(outDir(), { recursive: true });
  const jcoDir = packageDir("@bytecodealliance/jco");
  const jcoVersion = jcoDir === undefined ? "not installed" : versionOf(jcoDir);
  const old = regenerate ? undefined : readManifest();
  const reusable = old?.jcoVersion === jcoVersion ? old.inputs : {};
  const manifest: Manifest = { formatVersion: FORMAT_VERSION, jcoVersion, inputs: { ...(old?.inputs ?? {}) } };
  const errors: Partial<Record<WorkloadId, string>> = {};
  for (const id of workloads) {
    try {
      if (id === "c") manifest.inputs[id] = await prepareSpec(reusable[id]);
      else if (id === "d" || id === "e" || id === "f" || id === "g") manifest.inputs[id] = prepareWasm(id);
      else manifest.inputs[id] = await prepareBinary(id, jcoVersion, reusable[id]);
    } catch (error) {
      delete manifest.inputs[id];
      errors[id] = describeError(error);
    }
    writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2) + "\n");
  }
  return { manifest, errors };
}

export const INPUTS_MARKER = "BENCH_INPUTS ";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const regenerate = args.includes("--regen");
  const listed = args.find((arg) => arg.startsWith("--workloads="))?.slice("--workloads=".length);
  const workloads = listed === undefined ? [...WORKLOAD_IDS] : (listed.split(",") as WorkloadId[]);
  const result = await prepareInputs(workloads, regenerate);
  process.stdout.write(INPUTS_MARKER + JSON.stringify(result) + "\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
