/**
 * The public functions as the package's entries export them (`src/index.ts`,
 * and `rewrite.ts` and `lint.ts` beside this file): each checks its
 * arguments at the door (bytes through `bytesOf`, options through its row
 * of `OPTIONS`, inputs by kind) and then calls the layer that does the work.
 * The layers trust their callers; only here does a value from outside the
 * project arrive unchecked, so a wrong one is an `ArgumentError` saying
 * what was expected, never an internal TypeError or a silent default.
 * The layers that converting does not use are loaded by their function's
 * first call (`on-first-use.ts`).
 */
import { decode as decodeBytes, type DecodeOptions } from "../binary/decode.js";
import { encode as encodeModule, type EncodeOptions } from "../binary/encode.js";
import type { FormatOptions } from "../print/format/format.js";
import { print as printInput, type PrintOptions, type Sink } from "../print/print.js";
import type { ModuleNode, Script } from "../syntax/ast.js";
import { ChunkedText, type SourceText } from "../syntax/source-text.js";
import type { LintOptions } from "../lint/lint.js";
import type { LintResult } from "../lint/rule.js";
import type { PassStep } from "../rewrite/pass.js";
import type { RewriteOptions } from "../rewrite/rewrite.js";
import { addData as addDataBytes } from "../module/build.js";
import type { InjectOptions, Injected } from "../rewrite/passes/inject-data.js";
import type { Data, Memory, Module } from "../module/model.js";
import type { ValidateOptions, ValidationResult } from "../validate/validate.js";
import { wasm2wat as toText, wasm2watStream as toTextStream, type Wasm2WatOptions } from "../wasm2wat.js";
import { parseWatWithin, wat2wasm as toBinary, watToModule, type Wat2WasmOptions, type WatOptions } from "../wat2wasm.js";
import { ArgumentError } from "../errors.js";
import { DEFAULT_PROFILE } from "../isa/features.js";
import type { FeatureOptions } from "../module/feature-check.js";
import { describeValue } from "./describe-value.js";
import { dataInjector, formatter, linker, linter, rewriter, validator } from "./on-first-use.js";
import { bytesOf, type BytesInput, isBytesInput } from "./buffer-source.js";
import { BOOLEAN, checkOptions, choice, FEATURES, FUNCTION, integer, OBJECT, type RulesOf, STRING, STRINGS, TEXT } from "./options.js";
import type { LinkInput, LinkOptions, LinkResult } from "../link/link-options.js";

const PARSE = { maxDepth: integer(1), features: FEATURES, legacyNames: BOOLEAN } satisfies RulesOf<WatOptions>;

/** What each public function's options accept: the options of its public options type, each with its rule. */
const OPTIONS = {
  parseWat: PARSE,
  parseModule: PARSE,
  wat2wasm: { ...PARSE, names: BOOLEAN, jobs: integer(1) } satisfies RulesOf<Wat2WasmOptions>,
  wasm2wat: { folded: BOOLEAN, names: BOOLEAN, exact: BOOLEAN, features: FEATURES, printWidth: integer(1), rawCustom: BOOLEAN, jobs: integer(1) } satisfies RulesOf<Wasm2WatOptions>,
  decode: { names: BOOLEAN, linking: BOOLEAN, features: FEATURES } satisfies RulesOf<DecodeOptions>,
  encode: { names: BOOLEAN, warn: FUNCTION } satisfies RulesOf<EncodeOptions>,
  validate: { source: TEXT, features: FEATURES, jobs: integer(1) } satisfies RulesOf<ValidateOptions>,
  print: { folded: BOOLEAN, names: BOOLEAN, indexComments: BOOLEAN, printWidth: integer(1) } satisfies RulesOf<PrintOptions>,
  format: {
    printWidth: integer(1),
    tabWidth: integer(0),
    useTabs: BOOLEAN,
    instructionStyle: choice("preserve", "flat", "folded"),
    compactBodies: BOOLEAN,
  } satisfies RulesOf<FormatOptions>,
  rewrite: { validate: BOOLEAN, readFile: FUNCTION, warn: FUNCTION } satisfies RulesOf<RewriteOptions>,
  lint: { config: OBJECT, filePath: STRING, fix: BOOLEAN } satisfies RulesOf<LintOptions>,
  link: {
    entry: STRING,
    noEntry: BOOLEAN,
    exports: STRINGS,
    allowUndefined: BOOLEAN,
    exportTable: BOOLEAN,
    growableTable: BOOLEAN,
    globalBase: integer(0),
    stackSize: integer(0),
    gcSections: BOOLEAN,
    warn: FUNCTION,
  } satisfies RulesOf<LinkOptions>,
} as const;

/**
 * The options with the default feature set (`DEFAULT_PROFILE`) when they
 * name none: what parsing, decoding and validating accept. Printing a
 * binary (`wasm2wat`) checks features only when asked: it reads what it is
 * given, as wasm-tools' printer does.
 */
function withDefaultFeatures<T extends FeatureOptions>(options: T): T {
  return options.features === undefined ? { ...options, features: DEFAULT_PROFILE } : options;
}

/** Parses a `.wat` module or a `.wast` script into its AST. Throws `WatSyntaxError`. */
export function parseWat(text: SourceText, options?: WatOptions): Script {
  return parseWatWithin(textOf("parseWat", text), withDefaultFeatures(checkOptions("parseWat", options, OPTIONS.parseWat)));
}

/** The one module of a `.wat` text, resolved (names bound, abbreviations expanded). Throws `WatError`. */
export function parseModule(text: SourceText, options?: WatOptions): Module {
  return watToModule(textOf("parseModule", text), withDefaultFeatures(checkOptions("parseModule", options, OPTIONS.parseModule)));
}

export function wat2wasm(text: SourceText, options?: Wat2WasmOptions): Uint8Array {
  return toBinary(textOf("wat2wasm", text), withDefaultFeatures(checkOptions("wat2wasm", options, OPTIONS.wat2wasm)));
}

export function wasm2wat(bytes: BytesInput, options?: Wasm2WatOptions): string {
  return toText(bytesOf("wasm2wat", bytes), checkOptions("wasm2wat", options, OPTIONS.wasm2wat));
}

export function wasm2watStream(bytes: BytesInput, options: Wasm2WatOptions | undefined, write: Sink): void {
  if (typeof write !== "function") throw new ArgumentError("wasm2watStream", "write", `must be a function, not ${describeValue(write)}`);
  toTextStream(bytesOf("wasm2watStream", bytes), checkOptions("wasm2watStream", options, OPTIONS.wasm2wat), write);
}

export function decode(bytes: BytesInput, options?: DecodeOptions): Module {
  return decodeBytes(bytesOf("decode", bytes), withDefaultFeatures(checkOptions("decode", options, OPTIONS.decode)));
}

export function encode(module: Module, options?: EncodeOptions): Uint8Array {
  return encodeModule(moduleOf("encode", module), checkOptions("encode", options, OPTIONS.encode));
}

/** Validates bytes (any `BufferSource`), a Module, or WebAssembly text. */
export function validate(input: BytesInput | Module | SourceText, options?: ValidateOptions): ValidationResult {
  const checked = withDefaultFeatures(checkOptions("validate", options, OPTIONS.validate));
  if (isBytesInput(input)) return validator().validate(bytesOf("validate", input), checked);
  if (isModule(input)) return validator().validate(input, checked);
  return validator().validate(textOf("validate", input, "a BufferSource, a Module or text"), checked);
}

/**
 * Prints a Module, a text module's AST, or what `parseWat` returns: a script
 * of text modules prints each of them; a script with anything else (an
 * assertion, a binary or quoted module) is refused, since it is not a module.
 */
export function print(input: Script | ModuleNode | Module, options?: PrintOptions): string {
  const checked = checkOptions("print", options, OPTIONS.print);
  if (isModule(input)) return printInput(input, checked);
  const kind = typeof input === "object" && input !== null ? (input as { kind?: unknown }).kind : undefined;
  if (kind === "module") return printInput(input as ModuleNode, checked);
  if (kind !== "script") throw new ArgumentError("print", "input", `must be a Module, a ModuleNode or a Script from parseWat, not ${describeValue(input)}`);
  const modules: ModuleNode[] = [];
  for (const command of (input as Script).commands) {
    if (command.kind !== "module" || command.module.kind !== "module") {
      const what = command.kind === "module" ? `(module ${command.module.kind} ...)` : `(${command.kind} ...)`;
      throw new ArgumentError("print", "input", `is a script holding ${what}, which is not a text module (format prints scripts)`);
    }
    modules.push(command.module);
  }
  return modules.map((m) => printInput(m, checked)).join("\n");
}

export function format(text: string, options?: FormatOptions): string {
  if (typeof text !== "string") throw new ArgumentError("format", "text", `must be a string, not ${describeValue(text)}`);
  return formatter().format(text, checkOptions("format", options, OPTIONS.format));
}

/** Runs passes on a Module (in place where they allow) and gives the result, validated unless `{ validate: false }`. */
export function rewrite(module: Module, steps: readonly PassStep[], options?: RewriteOptions): Module {
  if (!Array.isArray(steps)) throw new ArgumentError("rewrite", "steps", `must be an array of passes, not ${describeValue(steps)}`);
  return rewriter().rewrite(moduleOf("rewrite", module), steps, checkOptions("rewrite", options, OPTIONS.rewrite));
}

/** Lints text, bytes (any `BufferSource`) or a Module: ESLint-shaped findings, fixes with `{ fix: true }`. */
export function lint(input: string | BytesInput | Module, options?: LintOptions): LintResult {
  const checked = checkOptions("lint", options, OPTIONS.lint);
  if (typeof input === "string" || isModule(input)) return linter().lint(input, checked);
  if (isBytesInput(input)) return linter().lint(bytesOf("lint", input), checked);
  throw new ArgumentError("lint", "input", `must be text, a BufferSource or a Module, not ${describeValue(input)}`);
}

export function addData(module: Module, bytes: BytesInput, placement: { memory: Memory; offset: number } | "passive", name?: string): Data {
  return addDataBytes(moduleOf("addData", module), bytesOf("addData", bytes), placement, name);
}

export function injectData(module: Module, bytes: BytesInput, options: InjectOptions): Injected {
  return dataInjector().injectData(moduleOf("injectData", module), bytesOf("injectData", bytes), options);
}

function isModule(input: unknown): input is Module {
  return typeof input === "object" && input !== null && Array.isArray((input as Module).imports) && Array.isArray((input as Module).funcs);
}

function moduleOf(fn: string, input: unknown): Module {
  if (isModule(input)) return input;
  throw new ArgumentError(fn, "module", `must be a Module (from decode, parseModule or a rewrite), not ${describeValue(input)}`);
}

/** Text: a string, or a `ChunkedText` for text longer than one string can hold. */
function textOf(fn: string, input: unknown, expected = "a string or a ChunkedText"): SourceText {
  if (typeof input === "string" || input instanceof ChunkedText) return input;
  throw new ArgumentError(fn, fn === "validate" ? "input" : "text", `must be ${expected}, not ${describeValue(input)}`);
}

/**
 * Links wasm32 object files and `ar` archives (clang's non-PIC output) into
 * one module, as wasm-ld does; the module is validated before it is
 * returned. Throws `LinkError` (duplicate or undefined symbol, bad input,
 * naming the file).
 */
export function link(inputs: readonly LinkInput[], options?: LinkOptions): LinkResult {
  if (!Array.isArray(inputs)) throw new ArgumentError("link", "inputs", `must be an array of { name, bytes }, not ${describeValue(inputs)}`);
  const checked = inputs.map((input: unknown, i) => {
    if (typeof input !== "object" || input === null || typeof (input as LinkInput).name !== "string") {
      throw new ArgumentError("link", `inputs[${i}]`, `must be { name: string, bytes }, not ${describeValue(input)}`);
    }
    return { name: (input as LinkInput).name, bytes: bytesOf("link", (input as LinkInput).bytes, `inputs[${i}].bytes`) };
  });
  const checkedOptions = checkOptions("link", options, OPTIONS.link);
  if (checkedOptions.stackSize !== undefined && checkedOptions.stackSize % 16 !== 0) {
    throw new ArgumentError("link", "options.stackSize", `must be a multiple of 16 (the stack's alignment), not ${checkedOptions.stackSize}`);
  }
  return linker().link(checked, checkedOptions);
}
