/**
 * Text to binary: parse, resolve, encode. For a script, the first module
 * command is the module (a `.wat` file has exactly one).
 */
import { encode } from "./binary/encode.js";
import { concatBytes } from "./bytes.js";
import { resolveModule } from "./module/resolve.js";
import type { Module } from "./module/model.js";
import type { EncodedModuleNode, Script, ScriptModule } from "./syntax/ast.js";
import { WatSyntaxError } from "./syntax/errors.js";
import { parseWat, type ParseOptions } from "./syntax/parse.js";
import type { SourceText } from "./syntax/source-text.js";

export interface Wat2WasmOptions extends ParseOptions {
  /** Emit the "name" custom section for `$ids` (default true). */
  names?: boolean;
}

/** Parses and resolves the module of a `.wat` text. */
export function watToModule(text: SourceText, options: ParseOptions = {}): Module {
  const script = parseWat(text, options);
  const module = singleModule(script);
  if (module.kind === "module") return resolveModule(module, text);
  if (module.kind === "quote") return watToModule(quotedText(module, text), options);
  throw new WatSyntaxError("a binary module cannot be resolved from text; decode its bytes instead", text, module.start);
}

export function wat2wasm(text: SourceText, options: Wat2WasmOptions = {}): Uint8Array {
  const script = parseWat(text, options);
  const module = singleModule(script);
  // The AST and the model are private here, so each function body is released once used.
  if (module.kind === "module") return encode(resolveModule(module, text, { consume: true }), { names: options.names, consume: true });
  if (module.kind === "quote") return wat2wasm(quotedText(module, text), options);
  return concatBytes(module.strings.map((s) => s.bytes));
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
