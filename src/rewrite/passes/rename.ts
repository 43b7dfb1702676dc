/**
 * rename: changes export names, import module and field names, and the
 * names of entities (the name section); in an object file, the symbols of
 * a renamed entity that had its name, and entities are found by symbol name too.
 */
import type { ExportKind, Module } from "../../module/model.js";
import type { InputIndices } from "../input-indices.js";
import { PassError, type Pass } from "../pass.js";
import { importName, listArg } from "../patterns.js";
import { findEntity } from "../find-entity.js";
import { definitionNamed, renameSymbols } from "../../object/symbols.js";

export type Renaming =
  | { kind: "export"; from: string; to: string }
  /** Every import from module `from` comes from `to`. */
  | { kind: "module"; from: string; to: string }
  | { kind: "import"; from: { module: string; name: string }; to: { module: string; name: string } }
  | { kind: ExportKind; from: string; to: string };

/** Applies one renaming; throws when nothing has the old name. */
export function rename(module: Module, r: Renaming, input?: InputIndices): void {
  const fail = (what: string): never => {
    throw new PassError("rename", `no ${what}`);
  };
  switch (r.kind) {
    case "export": {
      const exp = module.exports.find((e) => e.name === r.from) ?? fail(`export "${r.from}"`);
      if (module.exports.some((e) => e.name === r.to)) throw new PassError("rename", `export "${r.to}" already exists`);
      exp.name = r.to;
      return;
    }
    case "module": {
      const imports = module.imports.filter((e) => e.import!.module === r.from);
      if (imports.length === 0) fail(`import from module "${r.from}"`);
      for (const e of imports) e.import = { module: r.to, name: e.import!.name };
      return;
    }
    case "import": {
      const imp = module.imports.find((e) => e.import!.module === r.from.module && e.import!.name === r.from.name);
      if (imp === undefined) return fail(`import "${r.from.module}" "${r.from.name}"`);
      imp.import = { ...r.to };
      return;
    }
    default: {
      const bare = r.from.replace(/^\$/, "");
      const entity =
        findEntity(module, r.kind, r.from, input, "rename") ??
        (r.from.startsWith("$") ? (definitionNamed(module, r.kind, bare) as ReturnType<typeof findEntity>) : undefined) ??
        fail(`${r.kind} ${r.from}`);
      const old = entity.name;
      entity.name = r.to.replace(/^\$/, "");
      // In an object file the linker knows the entity by its symbol's name.
      renameSymbols(module, entity, [old, bare], entity.name);
    }
  }
}

/** `KIND:OLD=NEW` as the CLI writes it. */
export function parseRenaming(item: string): Renaming {
  const colon = item.indexOf(":");
  const eq = item.lastIndexOf("=");
  if (colon <= 0 || eq < colon) throw new PassError("rename", `expected KIND:OLD=NEW, found "${item}"`);
  const kind = item.slice(0, colon);
  const from = item.slice(colon + 1, eq);
  const to = item.slice(eq + 1);
  switch (kind) {
    case "export":
    case "module":
      return { kind, from, to };
    case "import": {
      const f = importName(from);
      const t = importName(to);
      if (f === undefined || t === undefined) throw new PassError("rename", `expected import:MODULE.NAME=MODULE.NAME, found "${item}"`);
      return { kind, from: f, to: t };
    }
    case "func":
    case "global":
    case "memory":
    case "table":
    case "tag":
      return { kind, from, to };
    default:
      throw new PassError("rename", `unknown kind "${kind}" (export, module, import, func, global, memory, table, tag)`);
  }
}

export const renamePass: Pass = {
  name: "rename",
  summary: "rename exports, imports and entity names",
  usage: "rename=KIND:OLD=NEW,...",
  details:
    "export:OLD=NEW renames an export; module:OLD=NEW moves every import of module OLD to NEW;\n" +
    "import:MOD.NAME=MOD2.NAME2 renames one import (split at the first dot);\n" +
    "func:$old=new (or an index; also global, memory, table, tag) renames an entity in the name section.",
  example: "watkit rewrite app.wasm --pass rename=module:go=gojs,export:run=main -o app.wasm",
  run(module, arg, host) {
    const items = listArg(arg);
    if (items.length === 0) throw new PassError("rename", "needs KIND:OLD=NEW");
    for (const item of items) rename(module, parseRenaming(item), host.input);
  },
};
