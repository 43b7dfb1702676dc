/**
 * watkit: the WebAssembly text format and binary format, losslessly.
 *
 * The layers, lowest first; each imports only the layers above it in this
 * list (test/layers.test.ts keeps it so):
 * - types/, isa/ the vocabulary every layer shares: value, heap and export kinds,
 *             custom sections and their exact-encoding notes, the producers
 *             section's format; the instruction table
 * - syntax/   text -> AST (ANTLR lexer and parser, AST builder, annotations, literals);
 *             syntax/antlr: what replaces antlr4ng's streams and parser paths for speed,
 *             installed by one call where the parser is set up
 * - module/   the resolved Module model; resolve (AST -> Module with bound references);
 *             raise (Module -> AST with names, flat or folded)
 * - binary/   Module -> bytes (encode), bytes -> Module (decode)
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
 */
// Explicit exports take precedence over `export *`: the checked addData and injectData replace the rewrite layer's.
export { addData, decode, encode, format, injectData, parseModule, parseWat, print, validate, wasm2wat, wasm2watStream, wat2wasm } from "./api/public.js";
export { ArgumentError } from "./api/argument-error.js";
export { bytesOf, type BytesInput } from "./api/buffer-source.js";
export { ChunkedText, type SourceText } from "./syntax/source-text.js";
export { type ParseOptions } from "./syntax/parse.js";
export { watToModule, type Wat2WasmOptions } from "./wat2wasm.js";
export { type Wasm2WatOptions } from "./wasm2wat.js";
export { resolve, resolveModule } from "./module/resolve.js";
export { raise, raiseParts, type RaisedParts, type RaiseOptions } from "./module/raise.js";
export { type EncodeOptions } from "./binary/encode.js";
export { printModule, printNode, type PrintOptions, type Sink } from "./print/print.js";
export { type FormatOptions, type InstructionStyle } from "./print/format/format.js";
export { type DecodeOptions } from "./binary/decode.js";
export * from "./rewrite/index.js";
export { printKeepingText, readWatKeepingText, type TextOrigin } from "./rewrite/preserve.js";
export { WasmDecodeError } from "./binary/decode-error.js";
export { emptyModule } from "./module/empty.js";
export { WatError, WatResolveError, WatSyntaxError } from "./syntax/errors.js";
export { INSTRUCTIONS, instrByName, instrByOpcode, type Feature, type Imm, type InstrDef } from "./isa/instructions.js";
export { runScript, type Validation, type WastOptions } from "./wast/run-script.js";
export { countOutcomes, type CommandOutcome, type Counts, type Outcome, type ScriptReport } from "./wast/outcome.js";
export type * from "./syntax/ast.js";
export type * from "./module/model.js";
export { type ValidateOptions, type ValidationResult } from "./validate/validate.js";
export { describeDiagnostic, type Diagnostic } from "./validate/diagnostic.js";
export * from "./lint/index.js";
