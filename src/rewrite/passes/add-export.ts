/** add-export: exports an existing function, global, memory, table or tag. */
import { ArgumentError } from "../../errors.js";
import type { ExportKind, Module } from "../../module/model.js";
import { addExport } from "../../module/build.js";
import { findEntity } from "../find-entity.js";
import type { InputIndices } from "../input-indices.js";
import { PassError, type Pass } from "../pass.js";
import { listArg } from "../patterns.js";

const KIND_NAMES = new Set<string>(["func", "global", "memory", "table", "tag"]);

/** `[KIND:]REF[=NAME]`: KIND defaults to func, NAME to the entity's name. */
function addOneExport(module: Module, item: string, input: InputIndices | undefined): void {
  const colon = item.indexOf(":");
  const hasKind = colon > 0 && KIND_NAMES.has(item.slice(0, colon));
  const kind = (hasKind ? item.slice(0, colon) : "func") as ExportKind;
  const rest = hasKind ? item.slice(colon + 1) : item;
  const eq = rest.indexOf("=");
  const ref = eq === -1 ? rest : rest.slice(0, eq);
  const target = findEntity(module, kind, ref, input);
  if (target === undefined) throw new PassError("add-export", `no ${kind} ${ref}`);
  const name = eq === -1 ? target.name : rest.slice(eq + 1);
  if (name === undefined) throw new PassError("add-export", `${kind} ${ref} has no name: write ${item}=NAME`);
  try {
    addExport(module, name, target);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    throw new PassError("add-export", `${error.argument} ${error.problem}`);
  }
}

export const addExportPass: Pass = {
  name: "add-export",
  summary: "export existing functions, globals, memories, tables or tags",
  usage: "add-export=[KIND:]$NAME|INDEX[=EXPORT],...",
  details: "KIND is func (the default), global, memory, table or tag; EXPORT defaults to the entity's $name.",
  example: "watkit rewrite app.wasm --pass 'add-export=$helper,global:$counter=count' -o app.wasm",
  run(module, arg, host) {
    const items = listArg(arg);
    if (items.length === 0) throw new PassError("add-export", "needs what to export, e.g. add-export=$f");
    for (const item of items) addOneExport(module, item, host.input);
  },
};
