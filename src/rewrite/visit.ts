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
    if (visitor.instr !== undefined) func.body = visitSeq(func, func.body, visitor.instr);
  }
}

function visitSeq(func: Func, seq: Instr[], instr: NonNullable<Visitor["instr"]>): Instr[] {
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
      if (ins.body !== undefined) ins.body = visitSeq(func, ins.body, instr);
      if (ins.else !== undefined) ins.else = visitSeq(func, ins.else, instr);
      for (const h of ins.handlers ?? []) h.body = visitSeq(func, h.body, instr);
      out.push(ins);
    } else {
      out.push(...replacement);
    }
    out.push(...after);
  }
  return out;
}
