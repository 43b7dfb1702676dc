/** Declarations of the functions code takes `ref.func` of, kept when a pass removes what declared them. */
import { addElem } from "../module/build.js";
import { forEachInstr } from "../module/code-walk.js";
import type { Func, Instr, Module } from "../module/model.js";

/**
 * Code may take `ref.func` only of a function that something outside the
 * functions declares: an element segment, a global's or a table's
 * initialiser, an export. A pass that removes one of those (dce a dead
 * global or table, merge an export it does not keep) may remove a
 * function's only declaration: such functions get a declarative segment.
 */
export function declareTakenFuncs(module: Module): void {
  const declared = new Set<unknown>();
  const outside = (instrs: Instr[]): void =>
    forEachInstr(instrs, (ins) => {
      if (ins.func !== undefined) declared.add(ins.func);
    });
  for (const g of module.globals) if (g.init !== undefined) outside(g.init);
  for (const t of module.tables) if (t.init !== undefined) outside(t.init);
  for (const e of module.elems) for (const item of e.items) outside(item);
  for (const e of module.exports) declared.add(e.target);
  const undeclared = new Set<Func>();
  for (const f of module.funcs) {
    forEachInstr(f.body, (ins) => {
      if (ins.op.name === "ref.func" && ins.func?.entity === "func" && !declared.has(ins.func)) undeclared.add(ins.func);
    });
  }
  if (undeclared.size > 0) addElem(module, [...undeclared], "declarative");
}
