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
  // Indexed loops: a small module runs this in cold code, where a `for...of` costs an iterator and a call per item.
  const everyLocal = bodies === undefined;
  let t = 0;
  const groups = module.types;
  for (let g = 0; g < groups.length; g++) {
    const types = groups[g].types;
    for (let i = 0; i < types.length; i++) types[i].index = t++;
  }
  let funcs = 0;
  let tables = 0;
  let memories = 0;
  let globals = 0;
  let tags = 0;
  const imports = module.imports;
  for (let i = 0; i < imports.length; i++) {
    const imp = imports[i];
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
  const defined = module.funcs;
  for (let i = 0; i < defined.length; i++) {
    defined[i].index = funcs++;
    if (everyLocal) assignLocals(defined[i]);
  }
  numberFrom(module.tables, tables);
  numberFrom(module.memories, memories);
  numberFrom(module.globals, globals);
  numberFrom(module.tags, tags);
  numberFrom(module.elems, 0);
  numberFrom(module.datas, 0);
  if (bodies !== undefined) assignLocalIndices(bodies);
}

/** Numbers `items` from `first` on. */
function numberFrom(items: readonly { index: number }[], first: number): void {
  for (let i = 0; i < items.length; i++) items[i].index = first + i;
}

/** Numbers only the parameters and locals of `funcs`, for a caller whose module is numbered already. */
export function assignLocalIndices(funcs: readonly Func[]): void {
  for (let i = 0; i < funcs.length; i++) assignLocals(funcs[i]);
}

function assignLocals(f: Func): void {
  const { params, locals } = f;
  for (let i = 0; i < params.length; i++) params[i].index = i;
  for (let i = 0; i < locals.length; i++) locals[i].index = params.length + i;
}
