/**
 * dce: removes every function, global, table, memory, tag, type and segment
 * that nothing live refers to. Live roots: exports, the start function, and
 * active element and data segments whose writes can be seen: into an
 * imported or exported table or memory, or out of bounds (instantiation
 * traps). A segment that only fills a table or memory nothing else uses
 * lives only if that table or memory does. A segment nothing uses is kept
 * as a declarative one of the functions that are otherwise live (it is
 * what lets code take `ref.func` of them), or goes when there are none;
 * functions whose only declaration was a global or table that went are
 * declared by a declarative segment of their own.
 */
import type { Dangling, Data, Elem, Func, Instr, Memory, Module, Table } from "../../module/model.js";
import type { Pass } from "../pass.js";
import { PassError } from "../pass.js";
import { forEachInstr } from "../../module/code-walk.js";
import { mapInstrRefs, mapTypeDef, mapRefType, mapValType, type Target } from "../walk.js";
import { linkerRoots, pruneSymbols } from "../../object/symbols.js";
import { declareTakenFuncs } from "../func-declarations.js";

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
    // A segment is also what lets code take `ref.func` of the functions it lists, so a
    // dead one stays as a declaration of those that are live.
    const declared = e.items.filter((item) => item.some((ins) => ins.func !== undefined) && item.every((ins) => ins.func === undefined || live.has(ins.func as Func)));
    if (declared.length === 0) return false;
    e.mode = { kind: "declarative" };
    e.items = declared;
    e.implicitTable = false;
    return true;
  });
  declareTakenFuncs(module);
  pruneSymbols(module);
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
  // In an object file, what its symbol table shows the linker.
  for (const t of linkerRoots(module)) reach(t as Target);
  if (module.start !== undefined) reach(module.start);
  // Segments that fill a table or memory: live with it, or on their own when their writes show.
  const filling = new Map<Target, Target[]>();
  const exported = new Set<unknown>(module.exports.map((e) => e.target));
  for (const seg of [...module.elems, ...module.datas]) {
    if (seg.mode.kind !== "active") continue;
    const into: Table | Memory | Dangling = seg.entity === "elem" ? (seg.mode as { table: Table | Dangling }).table : (seg.mode as { memory: Memory | Dangling }).memory;
    if (into.entity === "dangling" || into.import !== undefined || exported.has(into) || !inBounds(seg)) reach(seg);
    else filling.set(into, [...(filling.get(into) ?? []), seg]);
  }
  const groupOf = new Map(module.types.flatMap((g) => g.types.map((t) => [t, g] as const)));
  while (work.length > 0) {
    const t = work.pop()!;
    for (const seg of filling.get(t) ?? []) reach(seg);
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

/** Whether an active segment's constant offset keeps it inside its table's or memory's initial size. */
function inBounds(seg: Elem | Data): boolean {
  if (seg.mode.kind !== "active") return true;
  const offset = seg.mode.offset;
  if (offset.length !== 1 || (offset[0].op.name !== "i32.const" && offset[0].op.name !== "i64.const")) return false;
  const at = offset[0].op.name === "i32.const" ? BigInt(offset[0].i32! >>> 0) : offset[0].i64!;
  if (seg.entity === "elem") {
    const table = (seg.mode as { table: Table | Dangling }).table;
    return table.entity === "table" && at + BigInt(seg.items.length) <= table.limits.min;
  }
  const memory = (seg.mode as { memory: Memory | Dangling }).memory;
  return memory.entity === "memory" && at + BigInt(seg.bytes.length) <= memory.limits.min * 65536n;
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
    "Live roots are the exports, the start function, in an object file the symbols a linker sees (not\n" +
    "local, or kept) and its init functions, and active segments whose writes show (into an\n" +
    "imported or exported table or memory, or out of bounds); everything they reach (calls, ref.func,\n" +
    "globals, tables, memories, types, tags, segments) is kept. A segment filling a table or memory that\n" +
    "nothing else uses goes with it. Unused imports go too. An element segment nothing uses stays as a\n" +
    "declarative one of the functions that are otherwise live (ref.func needs them declared), if any;\n" +
    "functions whose only declaration was a global or table that went get a declarative segment.",
  example: "watkit rewrite app.wasm --pass dce -o app.min.wasm",
  run(module, arg) {
    if (arg !== undefined) throw new PassError("dce", "takes no argument");
    dce(module);
  },
};
