/**
 * Code written as WAT, added to an existing module: the snippet is a list
 * of module fields (or a `(module ...)`) whose references to the module's
 * entities are by `$name` or by index, resolved against the module (or,
 * inside `rewrite`, by index against the module `rewrite` was given).
 */
import type { Data, Memory, Module } from "../module/model.js";
import { resolveModule } from "../module/resolve.js";
import { parseWat } from "../syntax/parse.js";
import { WatError, WatSyntaxError } from "../syntax/errors.js";
import type { InputIndices } from "./input-indices.js";
import { noteSnippet, SnippetError } from "./errors.js";
import { PassError, type PassHost } from "./pass.js";
import { constRange, placementProblem } from "./placement.js";

export interface SnippetOptions {
  /** The snippet's file, for errors (`fields.wat:3:7: ...`). */
  file?: string;
  /** The index spaces bare indices refer to (see `InputIndices`); by default the module's own. */
  input?: InputIndices;
}

/**
 * Adds the snippet's fields to `module` and gives them as a module of their
 * own (the same entity objects), so the caller can find what was added.
 * Throws `SnippetError` located in the snippet.
 */
export function addWat(module: Module, text: string, options: SnippetOptions = {}): Module {
  const file = options.file ?? "<snippet>";
  try {
    const script = parseWat(text);
    const command = script.commands[0];
    if (script.commands.length !== 1 || command.kind !== "module" || command.module.kind !== "module") {
      throw new WatSyntaxError("expected module fields", text, command?.start ?? 0);
    }
    const added = resolveModule(
      command.module,
      text,
      options.input !== undefined ? { base: module, baseIndices: options.input.places(module) } : { base: module },
    );
    checkDataPlacement(module, added, text);
    splice(module, added, text);
    for (const f of added.funcs) noteSnippet(f, file, text);
    return added;
  } catch (error) {
    if (error instanceof WatError && !(error instanceof SnippetError)) throw new SnippetError(file, text, error.reason, error.offset);
    throw error;
  }
}

/** The snippet's active segments at constant offsets overlap neither the module's nor each other, and fit in their memory. */
function checkDataPlacement(module: Module, added: Module, text: string): void {
  const placed: Data[] = [];
  for (const data of added.datas) {
    const range = constRange(data);
    if (range === undefined || data.mode.kind !== "active" || data.mode.memory.entity !== "memory") continue;
    const view = { ...module, datas: [...module.datas, ...placed] };
    const problem = placementProblem(view, data.mode.memory as Memory, range);
    if (problem !== undefined) throw new WatSyntaxError(`data segment ${problem}`, text, data.offset ?? 0);
    placed.push(data);
  }
}

function splice(module: Module, added: Module, text: string): void {
  module.types.push(...added.types);
  module.imports.push(...added.imports);
  module.funcs.push(...added.funcs);
  module.tables.push(...added.tables);
  module.memories.push(...added.memories);
  module.globals.push(...added.globals);
  module.tags.push(...added.tags);
  for (const e of added.exports) {
    if (module.exports.some((x) => x.name === e.name)) throw new WatSyntaxError(`export "${e.name}" already exists in the module`, text, e.offset ?? 0);
    module.exports.push(e);
  }
  if (added.start !== undefined) {
    if (module.start !== undefined) throw new WatSyntaxError("the module already has a start function", text, 0);
    module.start = added.start;
  }
  module.elems.push(...added.elems);
  module.datas.push(...added.datas);
  module.customs.push(...added.customs);
  module.dataCount ||= added.dataCount;
}

/** The bytes of a file a pass argument names; a file that cannot be read is the pass's error, naming the file. */
export function readBytes(host: PassHost, file: string, pass: string): Uint8Array {
  try {
    return host.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A host's own error (not the file system's) already says what it could not read.
    if (code === undefined) throw error;
    throw new PassError(pass, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message, file);
  }
}

/** The text of a file a pass argument names: UTF-8, else the pass's error naming the file. */
export function readText(host: PassHost, file: string, pass: string): string {
  const bytes = readBytes(host, file, pass);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PassError(pass, "not UTF-8 text", file);
  }
}
