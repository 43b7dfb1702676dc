/**
 * watkit: the WebAssembly text format and binary format, losslessly.
 *
 * The layers, lowest first; each imports only the layers above it in this
 * list (test/layers.test.ts keeps it so):
 * - types/, isa/ the vocabulary every layer shares: value, heap and export kinds,
 *             custom sections and their exact-encoding notes, the producers
 *             section's format; the instruction table
 * - errors.ts `WatkitError`, the base of every error a caller can cause
 * - load-on-first-use.ts a module loaded by a synchronous function's first call (each
 *             layer that does so lists its loads in its `on-first-use.ts`)
 * - syntax/   text -> AST (ANTLR lexer and parser, AST builder, annotations, literals);
 *             syntax/antlr: what replaces antlr4ng's streams and parser paths for speed,
 *             installed by one call where the parser is set up
 * - module/   the resolved Module model; resolve (AST -> Module with bound references);
 *             raise (Module -> AST with names, flat or folded); build.ts, the builders
 *             of entities for rewrite passes and the modules the wast runner makes
 * - binary/   Module -> bytes (encode), bytes -> Module (decode)
 * - object/   object files: the linking section's symbols and the reloc.* relocations
 *             (their types are the model's, in module/object-model.ts), decoded with the
 *             module and written by encode; ar archives. Part of the binary layer
 * - print/    AST or Module -> WAT text, streamed in chunks; print/format:
 *             text -> formatted text (Prettier documents), print/prettier: the Prettier plugin
 * - validate/ Module (or bytes, or text) -> diagnostics: the WebAssembly 3.0 type checker
 * - rewrite/  passes over the Module (dce, strip, merge, replace-import, inject-data, ...);
 *             a rewritten text module printed with its untouched fields as written (preserve.ts)
 * - wast/     .wast spec scripts run on the host engine (modules by watkit, execution by V8)
 * - lint/     rules over the AST and the Module, reporters, the ESLint language plugin
 * - api/      the checks at the door of the public functions: bytes as any BufferSource,
 *             options against one table, inputs by kind (`ArgumentError` otherwise)
 * - cli/      the `watkit` command
 *
 * This entry is the contract: the functions of the design, the errors they
 * throw and the types their arguments and results have. The rest is under
 * subpaths: `watkit/rewrite` (passes, builders, traversals), `watkit/lint`
 * (rules and configurations), `watkit/wast` (spec scripts), `watkit/isa`
 * (the instruction table), `watkit/object` (object files), `watkit/prettier` and `watkit/eslint` (plugins).
 * Importing it compiles the conversions' code only: the layers behind its
 * other functions, and the text parser, are loaded by the first call that
 * needs them (load-on-first-use.ts); its error classes are in small modules
 * of their own, so they are the same classes in every entry.
 *
 * @module watkit
 */
export {
  decode,
  encode,
  format,
  lint,
  parseModule,
  parseWat,
  print,
  rewrite,
  validate,
  wasm2wat,
  wasm2watStream,
  wat2wasm,
} from "./api/public.js";
export { ChunkedText, type SourceText } from "./syntax/source-text.js";
export type { BytesInput } from "./api/buffer-source.js";

export { ArgumentError, WatkitError } from "./errors.js";
export { WasmFeatureError, WatFeatureError, type FeatureOptions, type FeatureSpec } from "./module/feature-check.js";
export { FeatureSpecError, type Profile } from "./isa/features.js";
export type { WatOptions } from "./wat2wasm.js";
export { WatError, WatResolveError, WatSyntaxError } from "./syntax/errors.js";
export { WasmDecodeError } from "./binary/decode-error.js";
export { WasmEncodeError } from "./binary/encode-error.js";
export { InvalidRewriteError, SnippetError } from "./rewrite/errors.js";
export { PassError } from "./rewrite/pass.js";
export { ConfigError } from "./lint/config.js";

export type { ParseOptions } from "./syntax/parse.js";
export type { Wat2WasmOptions } from "./wat2wasm.js";
export type { Wasm2WatOptions } from "./wasm2wat.js";
export type { DecodeOptions } from "./binary/decode.js";
export type { EncodeOptions } from "./binary/encode.js";
export type { PrintOptions, Sink } from "./print/print.js";
export type { FormatOptions, InstructionStyle } from "./print/format/format.js";
export type { ValidateOptions, ValidationResult } from "./validate/validate.js";
export type { Diagnostic } from "./validate/diagnostic.js";
export type { Pass, PassHost, PassStep } from "./rewrite/pass.js";
export type { RewriteOptions } from "./rewrite/rewrite.js";
export type { LintOptions } from "./lint/lint.js";
export type { ConfigObject, RuleSetting, RulesConfig } from "./lint/config.js";
export type { Fix, LintMessage, LintResult, Severity, SeverityName, SuppressedMessage } from "./lint/rule.js";
export type * from "./syntax/ast.js";
export type * from "./module/model.js";
