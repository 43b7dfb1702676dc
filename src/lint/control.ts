/**
 * Whether control can reach the end of an instruction sequence by falling
 * through: not after an unconditional branch, return, throw or trap, nor
 * after a loop that never falls out, nor after a block that neither falls
 * out nor is the target of a branch.
 */
import type { Instr, LabelTarget } from "../module/model.js";

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

export function completes(seq: readonly Instr[]): boolean {
  return seq.every((ins) => !TRANSFERS.has(ins.op.name) && !neverEnds(ins));
}

/** A structured instruction that control never leaves at its end. */
export function neverEnds(ins: Instr): boolean {
  const name = ins.op.name;
  // Branches to a loop go back to its start, so only falling off its body ends it.
  if (name === "loop") return !completes(ins.body!);
  if (name === "block") return !completes(ins.body!) && !targeted(ins.body!, ins);
  if (name === "if") return ins.else !== undefined && !completes(ins.body!) && !completes(ins.else) && !targeted([...ins.body!, ...ins.else], ins);
  return false;
}

function targeted(seq: readonly Instr[], label: LabelTarget): boolean {
  for (const ins of seq) {
    if (ins.label === label || ins.labels?.includes(label) || ins.catches?.some((c) => c.label === label) || ins.onClauses?.some((c) => c.label === label)) return true;
    if (ins.body && targeted(ins.body, label)) return true;
    if (ins.else && targeted(ins.else, label)) return true;
    if (ins.handlers?.some((h) => targeted(h.body, label))) return true;
  }
  return false;
}
