/**
 * Whether control can reach the end of an instruction sequence by falling
 * through: not after an unconditional branch, return, throw or trap, nor
 * after a loop that never falls out, nor after a block that neither falls
 * out nor is the target of a branch. Worked out once per function: each
 * sequence's answer is kept, and the branch targets are gathered in one walk.
 */
import type { Func, Instr, LabelTarget } from "../module/model.js";

/** Instructions after which nothing in the same sequence runs. */
export const TRANSFERS = new Set([
  "unreachable",
  "br",
  "br_table",
  "return",
  "return_call",
  "return_call_indirect",
  "return_call_ref",
  "throw",
  "throw_ref",
  "rethrow",
]);

export class ControlFlow {
  readonly #targeted = new Set<LabelTarget>();
  readonly #stops = new Map<readonly Instr[], number>();

  constructor(func: Func) {
    const pending: (readonly Instr[])[] = [func.body];
    for (let seq = pending.pop(); seq !== undefined; seq = pending.pop()) {
      for (const ins of seq) {
        if (ins.label !== undefined) this.#targeted.add(ins.label);
        for (const label of ins.labels ?? []) this.#targeted.add(label);
        for (const c of ins.catches ?? []) this.#targeted.add(c.label);
        for (const c of ins.onClauses ?? []) if (c.label !== undefined) this.#targeted.add(c.label);
        if (ins.body) pending.push(ins.body);
        if (ins.else) pending.push(ins.else);
        for (const h of ins.handlers ?? []) pending.push(h.body);
      }
    }
  }

  /** The index of the first instruction of `seq` after which nothing in it runs; `seq.length` when control falls out of it. */
  stopIn(seq: readonly Instr[]): number {
    let stop = this.#stops.get(seq);
    if (stop === undefined) {
      stop = seq.findIndex((ins) => TRANSFERS.has(ins.op.name) || (ins.body !== undefined && this.neverEnds(ins)));
      if (stop === -1) stop = seq.length;
      this.#stops.set(seq, stop);
    }
    return stop;
  }

  completes(seq: readonly Instr[]): boolean {
    return this.stopIn(seq) === seq.length;
  }

  /** A structured instruction that control never leaves at its end. */
  neverEnds(ins: Instr): boolean {
    const name = ins.op.name;
    // Branches to a loop go back to its start, so only falling off its body ends it.
    if (name === "loop") return !this.completes(ins.body!);
    if (name === "block") return !this.completes(ins.body!) && !this.#targeted.has(ins);
    if (name === "if") return ins.else !== undefined && !this.completes(ins.body!) && !this.completes(ins.else) && !this.#targeted.has(ins);
    return false;
  }
}
