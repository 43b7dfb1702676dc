/** add-export: exports an existing function, global, memory, table or tag. */
import { ArgumentError } from "../../errors.js";
import type { ExportKind, Module } from "../../module/model.js";
import { addExport, allFuncs, allGlobals, allMemories, allTables } from "../build.js";
import type { InputIndices } from "../input-indices.js";
import { PassError, type Pass } from "../pass.js";
import { listArg } from "../patterns.js";

type Exportable = Parameters<typeof addExport>[2];

const SPACES = { func: "funcs", global: "globals", memory: "memories", table: "tables", tag: "tags" } as const;

/**
 * The entity of `kind` named `$name` or at index `ref`: an index of the
 * `input`'s index spaces when given (an index whose entity is gone is the
 * `pass`'s error), else of the module's own.
 */
export function findEntity(module: Module, kind: ExportKind, ref: string, input?: InputIndices, pass = "add-export"): Exportable | undefined {
  if (input !== undefined && /^\d+$/.test(ref)) {
    const found = input.entity(SPACES[kind], Number(ref), module);
    if (typeof found === "string") throw new PassError(pass, found);
    return found as Exportable;
  }
  const lists: Record<ExportKind, () => Exportable[]> = {
    func: () => allFuncs(module),
    global: () => allGlobals(module),
    memory: () => allMemories(module),
    table: () => allTables(module),
    tag: () => [...module.imports.filter((e) => e.entity === "tag"), ...module.tags],
  };
  const list = lists[kind]();
  if (ref.startsWith("$")) return list.find((e) => e.name === ref.slice(1));
  return /^\d+$/.test(ref) ? list[Number(ref)] : undefined;
}

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
