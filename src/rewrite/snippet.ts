/**
 * Code written as WAT, added to an existing module: the snippet is a list
 * of module fields (or a `(module ...)`) whose references to the module's
 * entities are by `$name` or by index, resolved against the module.
 */
import type { Module } from "../module/model.js";
import { resolveModule } from "../module/resolve.js";
import { parseWat } from "../syntax/parse.js";
import { WatSyntaxError } from "../syntax/errors.js";

/**
 * Adds the snippet's fields to `module` and gives them as a module of their
 * own (the same entity objects), so the caller can find what was added.
 * Throws `WatSyntaxError`/`WatResolveError` located in the snippet.
 */
export function addWat(module: Module, text: string): Module {
  const script = parseWat(text);
  const command = script.commands[0];
  if (script.commands.length !== 1 || command.kind !== "module" || command.module.kind !== "module") {
    throw new WatSyntaxError("expected module fields", text, command?.start ?? 0);
  }
  const added = resolveModule(command.module, text, { base: module });
  splice(module, added);
  return added;
}

function splice(module: Module, added: Module): void {
  module.types.push(...added.types);
  module.imports.push(...added.imports);
  module.funcs.push(...added.funcs);
  module.tables.push(...added.tables);
  module.memories.push(...added.memories);
  module.globals.push(...added.globals);
  module.tags.push(...added.tags);
  for (const e of added.exports) {
    if (module.exports.some((x) => x.name === e.name)) throw new Error(`export "${e.name}" already exists`);
    module.exports.push(e);
  }
  if (added.start !== undefined) {
    if (module.start !== undefined) throw new Error("the module already has a start function");
    module.start = added.start;
  }
  module.elems.push(...added.elems);
  module.datas.push(...added.datas);
  module.customs.push(...added.customs);
  module.dataCount ||= added.dataCount;
}
