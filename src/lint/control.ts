/**
 * Whether control can reach the end of an instruction sequence by falling
 * through: not after an unconditional branch, return, throw or trap, nor
 * after a loop that never falls out, nor after a block that neither falls
 * out nor is the target of a branch. Worked out once per function, inner
 * sequences first (compiled code nests too deeply to recurse per level),
 * and the branch and delegate targets gathered in the same walk.
 */
import { INSTRUCTIONS, type Imm } from "../isa/instructions.js";
import { pushBodies } from "../module/code-walk.js";
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

/** The immediates of instructions that name a label or hold code: the only ones the walk below looks into. */
const CONTROL_IMMS = new Set<Imm>(["label", "br_table", "br_on_cast", "block", "try_table", "try", "resume", "resume_throw"]);

/** By instruction id, for the per-instruction loops: 1 where `CONTROL_IMMS` holds the kind's immediate, 2 where it is in `TRANSFERS`. */
const CONTROL = 1;
const TRANSFER = 2;
const KIND = Uint8Array.from(INSTRUCTIONS, (def) => (CONTROL_IMMS.has(def.imm) ? CONTROL : 0) | (TRANSFERS.has(def.name) ? TRANSFER : 0));

export class ControlFlow {
  readonly #targeted = new Set<LabelTarget>();
  /** Legacy `try`s and blocks that a `delegate` sends exceptions to: not a branch, but a use of the label. */
  readonly #delegated = new Set<LabelTarget>();
  readonly #stops = new Map<readonly Instr[], number>();

  constructor(func: Func) {
    // Every sequence, each before the sequences nested in it.
    const seqs: (readonly Instr[])[] = [];
    const pending: (readonly Instr[])[] = [func.body];
    for (let seq = pending.pop(); seq !== undefined; seq = pending.pop()) {
      seqs.push(seq);
      for (let i = 0; i < seq.length; i++) {
        const ins = seq[i];
        if ((KIND[ins.op.id] & CONTROL) === 0) continue;
        if (ins.label !== undefined) this.#targeted.add(ins.label);
        if (ins.labels !== undefined) for (const label of ins.labels) this.#targeted.add(label);
        if (ins.catches !== undefined) for (const c of ins.catches) this.#targeted.add(c.label);
        if (ins.onClauses !== undefined) for (const c of ins.onClauses) if (c.label !== undefined) this.#targeted.add(c.label);
        if (ins.delegate !== undefined) this.#delegated.add(ins.delegate);
        pushBodies(ins, pending);
      }
    }
    // Inner sequences first, so that working out a sequence only looks up the ones nested in it.
    for (let k = seqs.length - 1; k >= 0; k--) this.#stops.set(seqs[k], this.#firstStop(seqs[k]));
  }

  /** Whether some instruction names the label of `target` (a branch, a catch clause, a `delegate`). */
  labelUsed(target: LabelTarget): boolean {
    return this.#targeted.has(target) || this.#delegated.has(target);
  }

  /** The index of the first instruction of `seq` after which nothing in it runs; `seq.length` when control falls out of it. */
  stopIn(seq: readonly Instr[]): number {
    return this.#stops.get(seq) ?? this.#firstStop(seq);
  }

  #firstStop(seq: readonly Instr[]): number {
    let stop = 0;
    while (stop < seq.length) {
      const ins = seq[stop];
      const kind = KIND[ins.op.id];
      if ((kind & TRANSFER) !== 0 || ((kind & CONTROL) !== 0 && ins.body !== undefined && this.neverEnds(ins))) break;
      stop++;
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
