// The wat2wasm, wasm2wat and validate implementations the benchmark
// compares, behind one shape.
//
// Each tool is loaded (and initialised, so that compiling its own wasm is not
// charged to the first workload) by `loadTool`, which gives a function from
// WAT text to binary and one from binary to WAT text. For wat2wasm every tool
// is asked for the same job: parse, resolve names and encode, writing a "name"
// section as watkit does by default. For wasm2wat: decode with every feature
// on, read the "name" section, and print flat (unfolded) text. No tool is
// asked to validate there; in the validate workload each tool validates the
// binary from its bytes (decoding included). Loading watkit must not fail
// when a function of it does not exist yet: the worker reports the missing
// function for that tool only.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { packageDir, projectRoot, type Direction } from "./inputs.js";

export const TOOL_NAMES = ["watkit", "jco", "wabt", "binaryen", "v8"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export interface Tool {
  name: ToolName;
  version: string;
  /** Turns one module's text into its binary; may return a promise (jco). Absent when the tool lacks it. */
  wat2wasm?(text: string): Uint8Array | Promise<Uint8Array>;
  /**
   * Turns one binary module into text; may return a promise (jco). A tool
   * that streams its text (watkit) hands it to a discarding sink and returns
   * how many UTF-8 bytes it wrote: the text of a large binary may not fit in
   * one string. Absent when the tool lacks it.
   */
  wasm2wat?(bytes: Uint8Array): string | number | Promise<string>;
  /** Validates a binary from its bytes; gives whether it is valid. Absent when the tool lacks it. */
  validate?(bytes: Uint8Array): boolean;
  /** watkit only: the time of validate's two phases, decoding and checking, measured apart. */
  validatePhases?(bytes: Uint8Array): { decodeMs: number; checkMs: number };
}

/** The directions each tool takes part in (jco has no validator in its API; V8 only validates). */
export const TOOL_DIRECTIONS: Record<ToolName, readonly Direction[]> = {
  watkit: ["wat2wasm", "wasm2wat", "validate"],
  jco: ["wat2wasm", "wasm2wat"],
  wabt: ["wat2wasm", "wasm2wat", "validate"],
  binaryen: ["wat2wasm", "wasm2wat", "validate"],
  v8: ["validate"],
};

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

export function packageVersion(name: string): string {
  const dir = packageDir(name);
  if (dir === undefined) return "not installed";
  const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string };
  return json.version ?? "unknown";
}

// Module shapes of the peers, as far as the benchmark uses them. The packages
// are imported by name through a variable so that the type checker does not
// need their typings to agree with these declarations.
interface JcoApi {
  parse(text: string): Promise<Uint8Array>;
  print(bytes: Uint8Array): Promise<string>;
}
interface WabtModule {
  resolveNames(): void;
  applyNames(): void;
  toBinary(options: { write_debug_names?: boolean }): { buffer: Uint8Array };
  toText(options: { foldExprs?: boolean; inlineExport?: boolean }): string;
  /** Throws when the module is invalid. */
  validate(): void;
  destroy(): void;
}
interface WabtApi {
  parseWat(filename: string, text: string, features: Record<string, boolean>): WabtModule;
  readWasm(bytes: Uint8Array, options: Record<string, boolean>): WabtModule;
}
interface BinaryenModule {
  setFeatures(features: number): void;
  emitBinary(): Uint8Array;
  emitText(): string;
  /** 1 when valid; prints what is wrong otherwise. */
  validate(): number;
  dispose(): void;
}
interface BinaryenApi {
  Features: { All: number; CompactImports: number };
  parseText(text: string): BinaryenModule;
  /** The optional features argument is in binaryen.js' code (132), not in its typings. */
  readBinary(bytes: Uint8Array, features?: number): BinaryenModule;
  setDebugInfo(on: boolean): void;
  /** Type and message of a C++ exception binaryen threw (an opaque object otherwise). */
  getExceptionMessage?(error: unknown): string[];
}
interface WatkitOptions {
  folded?: boolean;
  names?: boolean;
}
interface WatkitApi {
  wat2wasm?: (text: string, options?: { jobs?: number; features: string }) => Uint8Array;
  validate?: (input: unknown, options?: { features: string }) => { valid: boolean };
  decode?: (bytes: Uint8Array, options: { names: boolean; features: string }) => unknown;
  wasm2watStream?: (bytes: Uint8Array, options: WatkitOptions, write: (chunk: Uint8Array) => void) => void;
}

/** Every feature wabt.js knows (its FEATURES table; multi_memory is missing from its typings), all enabled. */
const WABT_ALL_FEATURES: Record<string, boolean> = {
  exceptions: true,
  mutable_globals: true,
  sat_float_to_int: true,
  sign_extension: true,
  simd: true,
  threads: true,
  function_references: true,
  multi_value: true,
  tail_call: true,
  bulk_memory: true,
  reference_types: true,
  annotations: true,
  code_metadata: true,
  gc: true,
  memory64: true,
  multi_memory: true,
  extended_const: true,
  relaxed_simd: true,
};

async function importByName<T>(specifier: string): Promise<T> {
  return (await import(specifier)) as T;
}

/**
 * watkit's entry: dist/src/index.js (compiled from src/index.ts) next to this
 * file's dist/bench/, or the module named by WATKIT_BENCH_ENTRY (a path), to
 * measure another build.
 */
function watkitEntry(): string {
  const override = process.env.WATKIT_BENCH_ENTRY;
  if (override !== undefined && override !== "") return pathToFileURL(resolve(override)).href;
  return new URL("../src/index.js", import.meta.url).href;
}

/**
 * watkit's wasm2wat call: `wasm2watStream` (design.md's `wasm2wat` for
 * output of any size) into a sink that counts the bytes and drops them, so
 * that the >= 10 MB binaries, whose text nears V8's longest string, are
 * measured too. It asks for what the peers are asked for: flat text, names
 * from the "name" section.
 */
function watkitWasm2wat(api: WatkitApi): Tool["wasm2wat"] {
  const stream = api.wasm2watStream;
  if (typeof stream !== "function") return undefined;
  return (bytes) => {
    let written = 0;
    stream(bytes, { folded: false, names: true }, (chunk) => {
      written += chunk.length;
    });
    return written;
  };
}

/**
 * Every feature, as the peers are given: the inputs use proposals beyond
 * watkit's default set (threads in the spec modules, legacy exceptions in
 * DuckDB), and a refusal would measure nothing.
 */
const EVERY_FEATURE = { features: "all" };

/** `{ jobs }` from WATKIT_BENCH_JOBS, to measure wat2wasm on a given number of threads (default: watkit's own). */
function jobsOption(): { jobs: number } | undefined {
  const jobs = process.env.WATKIT_BENCH_JOBS;
  return jobs === undefined || jobs === "" ? undefined : { jobs: Number(jobs) };
}

async function loadWatkit(): Promise<Tool> {
  const entry = watkitEntry();
  const api = await importByName<WatkitApi>(entry);
  const wat2wasm = api.wat2wasm;
  const root = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version: string };
  return {
    name: "watkit",
    version: root.version,
    wat2wasm: typeof wat2wasm === "function" ? (text) => wat2wasm(text, { ...EVERY_FEATURE, ...jobsOption() }) : undefined,
    wasm2wat: watkitWasm2wat(api),
    ...watkitValidate(api),
  };
}

/**
 * watkit's validate from bytes (decode, then check), and the two phases
 * measured apart: decode without names (as validate reads a binary), then
 * validate on the decoded Module.
 */
function watkitValidate(api: WatkitApi): Pick<Tool, "validate" | "validatePhases"> {
  const { validate, decode } = api;
  if (typeof validate !== "function" || typeof decode !== "function") return {};
  return {
    validate: (bytes) => validate(bytes, EVERY_FEATURE).valid,
    validatePhases(bytes) {
      const t0 = performance.now();
      const module = decode(bytes, { names: false, ...EVERY_FEATURE });
      const t1 = performance.now();
      validate(module, EVERY_FEATURE);
      return { decodeMs: t1 - t0, checkMs: performance.now() - t1 };
    },
  };
}

async function loadJco(): Promise<Tool> {
  const jco = await importByName<JcoApi>("@bytecodealliance/jco");
  await jco.parse("(module)"); // instantiates jco's wasm-tools component
  return {
    name: "jco",
    version: packageVersion("@bytecodealliance/jco"),
    wat2wasm: (text) => jco.parse(text),
    // wasm-tools' printer: flat instructions, names from the "name" section.
    wasm2wat: (bytes) => jco.print(bytes),
  };
}

async function loadWabt(): Promise<Tool> {
  const factory = await importByName<{ default: () => Promise<WabtApi> }>("wabt");
  const wabt = await factory.default();
  return {
    name: "wabt",
    version: packageVersion("wabt"),
    wat2wasm(text) {
      const module = wabt.parseWat("input.wat", text, WABT_ALL_FEATURES);
      try {
        module.resolveNames();
        return module.toBinary({ write_debug_names: true }).buffer;
      } finally {
        module.destroy();
      }
    },
    wasm2wat(bytes) {
      const module = wabt.readWasm(bytes, { readDebugNames: true, ...WABT_ALL_FEATURES });
      try {
        // As wabt's wasm2wat command does: refer to entities by the names the name section gives.
        module.applyNames();
        return module.toText({ foldExprs: false, inlineExport: false });
      } finally {
        module.destroy();
      }
    },
    validate(bytes) {
      const module = wabt.readWasm(bytes, WABT_ALL_FEATURES);
      try {
        module.validate();
        return true;
      } finally {
        module.destroy();
      }
    },
  };
}

/** Runs `job`, turning a C++ exception of binaryen (e.g. std::bad_alloc) into an Error that says what it was. */
function withCppErrors<T>(binaryen: BinaryenApi, job: () => T): T {
  try {
    return job();
  } catch (error) {
    if (error instanceof Error || typeof binaryen.getExceptionMessage !== "function") throw error;
    const [type, message] = binaryen.getExceptionMessage(error);
    throw new Error(`binaryen threw C++ ${type}${message !== undefined && message !== type ? `: ${message}` : ""}`);
  }
}

async function loadBinaryen(): Promise<Tool> {
  const binaryen = (await importByName<{ default: BinaryenApi }>("binaryen")).default;
  binaryen.setDebugInfo(true); // keep names, so that a "name" section is written
  // Every feature, except the pre-standard compact import encoding, which
  // changes how all imports are written and which V8 rejects.
  const features = binaryen.Features.All & ~binaryen.Features.CompactImports;
  return {
    name: "binaryen",
    version: packageVersion("binaryen"),
    wat2wasm(text) {
      return withCppErrors(binaryen, () => {
        const module = binaryen.parseText(text);
        try {
          module.setFeatures(features);
          return module.emitBinary();
        } finally {
          module.dispose();
        }
      });
    },
    // Without features, readBinary starts from the MVP and adds only what a
    // target_features section names; most binaries have none, so every
    // feature is given. The name section is read as well.
    wasm2wat(bytes) {
      return withCppErrors(binaryen, () => {
        const module = binaryen.readBinary(bytes, features);
        try {
          return module.emitText();
        } finally {
          module.dispose();
        }
      });
    },
    validate(bytes) {
      return withCppErrors(binaryen, () => {
        const module = binaryen.readBinary(bytes, features);
        try {
          return module.validate() === 1;
        } finally {
          module.dispose();
        }
      });
    },
  };
}

/** V8's own validator, `WebAssembly.validate`, as the engine's reference point. */
function loadV8(): Promise<Tool> {
  return Promise.resolve({
    name: "v8",
    version: process.versions.v8,
    validate: (bytes) => WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>),
  });
}

export function loadTool(name: ToolName): Promise<Tool> {
  switch (name) {
    case "watkit":
      return loadWatkit();
    case "jco":
      return loadJco();
    case "wabt":
      return loadWabt();
    case "binaryen":
      return loadBinaryen();
    case "v8":
      return loadV8();
  }
}
