/**
 * Runs the visitors of every active rule over a Module in one pass: the
 * module's entities in index-space order, then each function with its
 * instructions (structured ones before their bodies), and the constant
 * expressions of globals, tables and segments. An instruction goes only to
 * the `Instr` handlers that asked for its kind (`Visitor.instrs`).
 */
import type { InstrDef } from "../isa/instructions.js";
import type { Func, Instr, Module } from "../module/model.js";
import type { InstrPlace, Visitor } from "./rule.js";

type Key = Exclude<keyof Visitor, "instrs">;
type Handlers = { [K in Key]: NonNullable<Visitor[K]>[] };
type InstrHandler = NonNullable<Visitor["Instr"]>;

const KEYS: Key[] = ["Module", "Module:exit", "Type", "Func", "Func:exit", "Table", "Memory", "Global", "Tag", "Export", "Elem", "Data", "Instr"];

export interface WalkOptions {
  /** Functions whose bodies did not validate: rules do not look inside them. */
  skipBodies?: ReadonlySet<Func>;
  /**
   * Bodies read as the walk reaches them: `read(i)` fills the body of the
   * defined function `i` before its visit, and the walk empties it after.
   */
  bodies?: { read(index: number): void };
}

export function walkModule(module: Module, visitors: Visitor[], options: WalkOptions = {}): void {
  const on = {} as Handlers;
  for (const key of KEYS) (on as Record<Key, unknown[]>)[key] = visitors.flatMap((v) => (v[key] ? [v[key].bind(v)] : []));
  const forKind = instrHandlers(visitors);
  const code = (body: readonly Instr[], func: Func | undefined): void => {
    if (forKind === undefined) return;
    const parents: Instr[] = [];
    // The sequences under way, innermost last (a stack of its own: compiled code nests thousands of blocks
    // deep), each with one place moved along it (handlers read it during the call only), the index to go on
    // from, and whether it is the last body of the parent instruction it is in.
    const places: InstrPlace[] = [];
    const next: number[] = [];
    const lastBody: boolean[] = [];
    const enter = (seq: readonly Instr[], last: boolean): void => {
      places.push({ func, parents, seq, index: 0 });
      next.push(0);
      lastBody.push(last);
    };
    enter(body, false);
    while (places.length > 0) {
      const top = places.length - 1;
      const place = places[top];
      const seq = place.seq;
      let index = next[top];
      let nested: Instr | undefined;
      while (index < seq.length && nested === undefined) {
        const ins = seq[index];
        const handlers = forKind(ins.op);
        if (handlers.length > 0) {
          place.index = index;
          for (const h of handlers) h(ins, place);
        }
        if (ins.body !== undefined) nested = ins;
        index++;
      }
      next[top] = index;
      if (nested === undefined) {
        places.pop();
        next.pop();
        if (lastBody.pop()) parents.pop();
        continue;
      }
      parents.push(nested);
      // Entered last to first, so that the body is walked first, then the `else`, then the handlers.
      let last = true;
      const handlers = nested.handlers ?? [];
      for (let k = handlers.length - 1; k >= 0; k--, last = false) enter(handlers[k].body, last);
      if (nested.else !== undefined) {
        enter(nested.else, last);
        last = false;
      }
      enter(nested.body!, last);
    }
  };

  for (const h of on.Module) h(module);
  for (const group of module.types) for (const t of group.types) for (const h of on.Type) h(t);
  for (const entity of module.imports) {
    if (entity.entity === "func") for (const h of on.Func) h(entity);
    else if (entity.entity === "table") for (const h of on.Table) h(entity);
    else if (entity.entity === "memory") for (const h of on.Memory) h(entity);
    else if (entity.entity === "global") for (const h of on.Global) h(entity);
    else for (const h of on.Tag) h(entity);
  }
  for (const t of module.tables) {
    for (const h of on.Table) h(t);
    if (t.init) code(t.init, undefined);
  }
  for (const m of module.memories) for (const h of on.Memory) h(m);
  for (const g of module.globals) {
    for (const h of on.Global) h(g);
    if (g.init) code(g.init, undefined);
  }
  for (const t of module.tags) for (const h of on.Tag) h(t);
  for (const e of module.exports) for (const h of on.Export) h(e);
  for (const e of module.elems) {
    for (const h of on.Elem) h(e);
    if (e.mode.kind === "active") code(e.mode.offset, undefined);
    for (const item of e.items) code(item, undefined);
  }
  for (const d of module.datas) {
    for (const h of on.Data) h(d);
    if (d.mode.kind === "active") code(d.mode.offset, undefined);
  }
  const funcs = module.funcs;
  for (let i = 0; i < funcs.length; i++) {
    const f = funcs[i];
    options.bodies?.read(i);
    for (const h of on.Func) h(f);
    if (!options.skipBodies?.has(f)) code(f.body, f);
    for (const h of on["Func:exit"]) h(f);
    if (options.bodies !== undefined) f.body = [];
  }
  for (const h of on["Module:exit"]) h(module);
}

/** The `Instr` handlers for each kind of instruction, sorted out on the kind's first appearance; none at all: undefined, and the walk skips code. */
function instrHandlers(visitors: readonly Visitor[]): ((op: InstrDef) => readonly InstrHandler[]) | undefined {
  const wanting = visitors.filter((v) => v.Instr !== undefined);
  if (wanting.length === 0) return undefined;
  const byKind: (InstrHandler[] | undefined)[] = [];
  return (op) => (byKind[op.id] ??= wanting.flatMap((v) => (v.instrs === undefined || v.instrs(op) ? [v.Instr!.bind(v)] : [])));
}
