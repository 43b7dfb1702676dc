/**
 * Text to binary: parse, resolve, encode. For a script, the first module
 * command is the module (a `.wat` file has exactly one). The ANTLR parser
 * is loaded when a text first needs it: most are read without it.
 */
import { encode } from "./binary/encode.js";
import { concatBytes } from "./bytes.js";
import { FeatureSet } from "./isa/features.js";
import { type FeatureOptions, type FeatureSpec, firstFeatureProblem, restrictedSet, WatFeatureError } from "./module/feature-check.js";
import { resolveModule } from "./module/resolve.js";
import type { Module } from "./module/model.js";
import type { EncodedModuleNode, ModuleNode, Script, ScriptModule } from "./syntax/ast.js";
import { WatError, WatSyntaxError } from "./syntax/errors.js";
import type { ParseOptions } from "./syntax/parse.js";
import type { SourceText } from "./syntax/source-text.js";
import { wat2wasmSplit } from "./wat2wasm/one-thread.js";
import { threadsFor } from "./wat2wasm/batch-run.js";
import { CHARS_PER_THREAD, DEFAULT_PARALLEL_CHARS, wat2wasmParallel } from "./wat2wasm/parallel.js";
import { parser } from "./wat2wasm/on-first-use.js";

export interface WatOptions extends ParseOptions, FeatureOptions {}

export interface Wat2WasmOptions extends WatOptions {
  /** Emit the "name" custom section for `$ids` (default true). */
  names?: boolean;
  /**
   * Threads to convert a large module's function bodies on (default: one
   * per core for a text of 128 MB or more, else the calling thread alone: a
   * worker's start, imports and cold code cost about what its share of the
   * bodies saves below that on 2 cores; see docs/design.md). The output is
   * the same.
   */
  jobs?: number;
}

/** Parses and resolves the module of a `.wat` text. */
export function watToModule(text: SourceText, options: WatOptions = {}): Module {
  const script = parser().parseWat(text, options);
  const module = singleModule(script);
  if (module.kind === "module") return withinFeatures(resolveModule(module, text), options.features, text);
  if (module.kind === "quote") return watToModule(quotedText(module, text), options);
  throw new WatSyntaxError("a binary module cannot be resolved from text; decode its bytes instead", text, module.start);
}

export function wat2wasm(text: SourceText, options: Wat2WasmOptions = {}): Uint8Array {
  // The split reads only plain module text, so an option that changes how text is read takes the parser's path.
  const plain = options.maxDepth === undefined && options.legacyNames === undefined;
  const jobs = plain ? threadsFor(text.length, options.jobs, CHARS_PER_THREAD, DEFAULT_PARALLEL_CHARS) : 1;
  if (jobs > 1) {
    const bytes = wat2wasmParallel(text, { names: options.names !== false, jobs, features: options.features });
    if (bytes !== undefined) return bytes;
  }
  if (plain) {
    const bytes = wat2wasmSplit(text, { names: options.names !== false, features: options.features });
    if (bytes !== undefined) return bytes;
  }
  const script = parser().parseWat(text, options);
  const module = singleModule(script);
  // The AST and the model are private here, so each function body is released once used.
  if (module.kind === "module") {
    const resolved = withinFeatures(resolveModule(module, text, { consume: true }), options.features, text);
    return encode(resolved, { names: options.names, consume: true });
  }
  if (module.kind === "quote") return wat2wasm(quotedText(module, text), options);
  return concatBytes(module.strings.map((s) => s.bytes));
}

/**
 * Parses a script as `parseWat` does and, given features, checks each of its
 * text modules against them (a module that does not resolve is left to the
 * resolver's own error, which parsing does not raise).
 */
export function parseWatWithin(text: SourceText, options: WatOptions = {}): Script {
  const script = parser().parseWat(text, options);
  const set = restrictedSet(options.features);
  if (set === undefined) return script;
  for (const command of script.commands) {
    if (command.kind !== "module" || command.module.kind !== "module") continue;
    const module = resolvedOrUndefined(command.module, text);
    if (module !== undefined) withinFeatures(module, set, text);
  }
  return script;
}

function resolvedOrUndefined(node: ModuleNode, text: SourceText): Module | undefined {
  try {
    return resolveModule(node, text);
  } catch (error) {
    if (error instanceof WatError) return undefined;
    throw error;
  }
}

/** A module resolved from `text`, once it keeps to the features; otherwise a `WatFeatureError` at the first use outside them. */
export function withinFeatures(module: Module, features: FeatureSet | FeatureSpec | undefined, text: SourceText): Module {
  const set = features instanceof FeatureSet ? features : restrictedSet(features);
  if (set === undefined) return module;
  const problem = firstFeatureProblem(module, set);
  if (problem !== undefined) throw new WatFeatureError(problem, text, problem.offset ?? 0);
  return module;
}

function singleModule(script: Script): ScriptModule {
  const modules = script.commands.filter((c) => c.kind === "module");
  if (modules.length !== 1 || script.commands.length !== 1) {
    const at = script.commands[1]?.start ?? 0;
    throw new WatSyntaxError(`expected one module, found ${modules.length === 0 ? "none" : "a script"}`, script.source, at);
  }
  return (modules[0] as { module: ScriptModule }).module;
}

/** The text of `(module quote "..."*)`: its strings joined, which must be UTF-8. */
export function quotedText(module: EncodedModuleNode, source: SourceText): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(concatBytes(module.strings.map((s) => s.bytes)));
  } catch {
    throw new WatSyntaxError("malformed UTF-8 encoding in quoted module", source, module.start);
  }
}
