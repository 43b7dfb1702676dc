/**
 * dce: removes every function, global, table, memory, tag, type and segment
 * that nothing live refers to. Live roots: exports, the start function,
 * active element and data segments (they write tables and memories at
 * instantiation). Declarative segments only keep what else is live.
 */
import type { Dangling, Elem, Func, Instr, Module } from "../../module/model.js";
import type { Pass } from "../pass.js";
import { PassError } from "../pass.js";
import { forEachInstr, mapInstrRefs, mapTypeDef, mapRefType, mapValType, type Target } from "../walk.js";

export function dce(module: Module): void {
  const live = liveSet(module);
  const keep = <T extends Target>(list: T[]): T[] => list.filter((e) => live.has(e));
  module.types = module.types.filter((g) => g.types.some((t) => live.has(t)));
  module.imports = keep(module.imports);
  module.funcs = keep(module.funcs);
  module.tables = keep(module.tables);
  module.memories = keep(module.memories);
  module.globals = keep(module.globals);
  module.tags = keep(module.tags);
  module.datas = keep(module.datas);
  module.elems = module.elems.filter((e) => {
    if (live.has(e)) return true;
    if (e.mode.kind !== "declarative") return false;
    e.items = e.items.filter((item) => item.every((ins) => ins.func === undefined || live.has(ins.func as Func)));
    return e.items.length > 0;
  });
}

/** Everything reachable from the roots. */
function liveSet(module: Module): Set<Target> {
  const live = new Set<Target>();
  const work: Target[] = [];
  const reach = (t: Target | Dangling): Target | Dangling => {
    if (t.entity !== "dangling" && !live.has(t)) {
      live.add(t);
      work.push(t);
    }
    return t;
  };
  const code = (instrs: Instr[]): void => forEachInstr(instrs, (ins) => mapInstrRefs(ins, reach));
  for (const e of module.exports) reach(e.target);
  if (module.start !== undefined) reach(module.start);
  for (const e of module.elems) if (e.mode.kind === "active") reach(e);
  for (const d of module.datas) if (d.mode.kind === "active") reach(d);
  const groupOf = new Map(module.types.flatMap((g) => g.types.map((t) => [t, g] as const)));
  while (work.length > 0) {
    const t = work.pop()!;
    switch (t.entity) {
      case "type":
        // A recursion group lives or dies as a whole.
        for (const member of groupOf.get(t)?.types ?? []) reach(member);
        mapTypeDef(t, reach);
        break;
      case "func":
        reach(t.type);
        for (const l of [...t.params, ...t.locals]) mapValType(l.type, reach);
        code(t.body);
        break;
      case "table":
        mapRefType(t.elemType, reach);
        if (t.init !== undefined) code(t.init);
        break;
      case "global":
        mapValType(t.type, reach);
        if (t.init !== undefined) code(t.init);
        break;
      case "tag":
        reach(t.type);
        break;
      case "elem":
        liveElem(t, reach, code);
        break;
      case "data":
        if (t.mode.kind === "active") {
          reach(t.mode.memory);
          code(t.mode.offset);
        }
        break;
      case "memory":
        break;
    }
  }
  return live;
}

function liveElem(e: Elem, reach: (t: Target | Dangling) => Target | Dangling, code: (instrs: Instr[]) => void): void {
  mapRefType(e.type, reach);
  if (e.mode.kind === "active") {
    reach(e.mode.table);
    code(e.mode.offset);
  }
  for (const item of e.items) code(item);
}

export const dcePass: Pass = {
  name: "dce",
  summary: "remove functions, globals, tables, memories, tags, types and segments nothing live uses",
  usage: "dce",
  details:
    "Live roots are the exports, the start function and active element and data segments; everything\n" +
    "they reach (calls, ref.func, globals, tables, memories, types, tags, segments) is kept, imports included.\n" +
    "Unused imports go too. Declarative element segments keep only functions that are otherwise live.",
  example: "watkit rewrite app.wasm --pass dce -o app.min.wasm",
  run(module, arg) {
    if (arg !== undefined) throw new PassError("dce", "takes no argument");
    dce(module);
  },
};
