// The wat2wasm implementations the benchmark compares, behind one shape.
//
// Each tool is loaded (and initialised, so that compiling its own wasm is not
// charged to the first workload) by `loadTool`, which gives a function from
// WAT text to binary. Every tool is asked for the same job: parse, resolve
// names and encode, writing a "name" section as watkit does by default; no
// tool is asked to validate. Loading watkit must not fail when its parser does
// not exist yet: the caller reports the error for that tool only.

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { packageDir, projectRoot } from "./inputs.js";

export const TOOL_NAMES = ["watkit", "jco", "wabt", "binaryen"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export interface Tool {
  name: ToolName;
  version: string;
  /** Turns one module's text into its binary; may return a promise (jco). */
  wat2wasm(text: string): Uint8Array | Promise<Uint8Array>;
}

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
}
interface WabtModule {
  resolveNames(): void;
  toBinary(options: { write_debug_names?: boolean }): { buffer: Uint8Array };
  destroy(): void;
}
interface WabtApi {
  parseWat(filename: string, text: string, features: Record<string, boolean>): WabtModule;
}
interface BinaryenModule {
  setFeatures(features: number): void;
  emitBinary(): Uint8Array;
  dispose(): void;
}
interface BinaryenApi {
  Features: { All: number; CompactImports: number };
  parseText(text: string): BinaryenModule;
  setDebugInfo(on: boolean): void;
}
interface WatkitApi {
  wat2wasm?: (text: string) => Uint8Array;
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

async function loadWatkit(): Promise<Tool> {
  const entry = watkitEntry();
  const api = await importByName<WatkitApi>(entry);
  const wat2wasm = api.wat2wasm;
  if (typeof wat2wasm !== "function") throw new Error("src/index.ts does not export wat2wasm");
  const root = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version: string };
  return { name: "watkit", version: root.version, wat2wasm: (text) => wat2wasm(text) };
}

async function loadJco(): Promise<Tool> {
  const jco = await importByName<JcoApi>("@bytecodealliance/jco");
  await jco.parse("(module)"); // instantiates jco's wasm-tools component
  return { name: "jco", version: packageVersion("@bytecodealliance/jco"), wat2wasm: (text) => jco.parse(text) };
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
  };
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
      const module = binaryen.parseText(text);
      try {
        module.setFeatures(features);
        return module.emitBinary();
      } finally {
        module.dispose();
      }
    },
  };
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
  }
}
