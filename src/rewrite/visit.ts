/**
 * A visitor over a module's functions and instructions that can replace,
 * insert or remove instructions. Nested bodies of the instructions that
 * stay are visited too; instructions a visitor inserts are not.
 */
import type { Func, Instr, Module } from "../module/model.js";

export interface InstrContext {
  /** The function whose body is visited. */
  readonly func: Func;
  /** Puts these instructions in place of the current one. */
  replace(...instrs: Instr[]): void;
  remove(): void;
  insertBefore(...instrs: Instr[]): void;
  insertAfter(...instrs: Instr[]): void;
}

export interface Visitor {
  /** Before a function's body; return false to skip the body. */
  func?(func: Func): boolean | void;
  instr?(ins: Instr, ctx: InstrContext): void;
}

export function visit(module: Module, visitor: Visitor): void {
  for (const func of module.funcs) {
    if (visitor.func?.(func) === false) continue;
    if (visitor.instr !== undefined) visitBody(func, visitor.instr);
  }
}

/**
 * Visits a body and the bodies nested in the instructions that stay, each
 * sequence before the ones nested in it, with an explicit stack of
 * sequences still to visit: compiler output nests blocks thousands deep.
 */
function visitBody(func: Func, instr: NonNullable<Visitor["instr"]>): void {
  const work: { seq: Instr[]; set: (seq: Instr[]) => void }[] = [{ seq: func.body, set: (seq) => (func.body = seq) }];
  while (work.length > 0) {
    const { seq, set } = work.pop()!;
    const out: Instr[] = [];
    for (const ins of seq) {
      let replacement: Instr[] | undefined;
      const before: Instr[] = [];
      const after: Instr[] = [];
      instr(ins, {
        func,
        replace: (...instrs) => void (replacement = instrs),
        remove: () => void (replacement = []),
        insertBefore: (...instrs) => void before.push(...instrs),
        insertAfter: (...instrs) => void after.push(...instrs),
      });
      out.push(...before);
      if (replacement === undefined) {
        out.push(ins);
        if (ins.body !== undefined) work.push({ seq: ins.body, set: (s) => (ins.body = s) });
        if (ins.else !== undefined) work.push({ seq: ins.else, set: (s) => (ins.else = s) });
        for (const h of ins.handlers ?? []) work.push({ seq: h.body, set: (s) => (h.body = s) });
      } else {
        out.push(...replacement);
      }
      out.push(...after);
    }
    set(out);
  }
}
