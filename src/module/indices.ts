/**
 * Index assignment: writes each entity's position in its index space into
 * its `index` field (imports of a kind first, then the defined ones; types in
 * recursion-group order; a function's parameters before its locals). The
 * encoder needs it to write references, `raise` to spell them.
 */
import type { Func, Module } from "./model.js";

/**
 * With `bodies`, only those functions' parameters and locals are numbered:
 * a caller encoding a module's bodies batch by batch would otherwise number
 * every local of the module once per batch.
 */
export function assignIndices(module: Module, bodies?: readonly Func[]): void {
  const everyLocal = bodies === undefined;
  let t = 0;
  for (const group of module.types) {
    for (const type of group.types) type.index = t++;
  }
  let funcs = 0;
  let tables = 0;
  let memories = 0;
  let globals = 0;
  let tags = 0;
  for (const imp of module.imports) {
    switch (imp.entity) {
      case "func":
        imp.index = funcs++;
        if (everyLocal) assignLocals(imp);
        break;
      case "table":
        imp.index = tables++;
        break;
      case "memory":
        imp.index = memories++;
        break;
      case "global":
        imp.index = globals++;
        break;
      case "tag":
        imp.index = tags++;
        break;
    }
  }
  for (const f of module.funcs) {
    f.index = funcs++;
    if (everyLocal) assignLocals(f);
  }
  for (const x of module.tables) x.index = tables++;
  for (const x of module.memories) x.index = memories++;
  for (const x of module.globals) x.index = globals++;
  for (const x of module.tags) x.index = tags++;
  module.elems.forEach((e, i) => (e.index = i));
  module.datas.forEach((d, i) => (d.index = i));
  if (bodies !== undefined) assignLocalIndices(bodies);
}

/** Numbers only the parameters and locals of `funcs`, for a caller whose module is numbered already. */
export function assignLocalIndices(funcs: readonly Func[]): void {
  funcs.forEach(assignLocals);
}

function assignLocals(f: Func): void {
  let i = 0;
  for (const p of f.params) p.index = i++;
  for (const l of f.locals) l.index = i++;
}
