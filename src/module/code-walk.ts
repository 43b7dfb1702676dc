/**
 * Visiting every instruction of a sequence, nested bodies included. Both
 * walks keep an explicit stack: compiled code nests thousands of blocks deep
 * (esbuild's Go binary 3290), past what recursion per level can take.
 */
import { walkNested } from "../nested-walk.js";
import type { Instr } from "./model.js";

/** Each instruction of `code` and of the bodies nested in it, outer before inner, in no other order (the cheapest walk). */
export function forEachInstr(code: readonly Instr[], visit: (ins: Instr) => void): void {
  const stack: (readonly Instr[])[] = [code];
  while (stack.length > 0) {
    for (const ins of stack.pop()!) {
      visit(ins);
      pushBodies(ins, stack);
    }
  }
}

/** The nested instruction sequences of a structured instruction. */
export function pushBodies(ins: Instr, into: (readonly Instr[])[]): void {
  if (ins.body !== undefined) into.push(ins.body);
  if (ins.else !== undefined) into.push(ins.else);
  if (ins.handlers !== undefined) for (const h of ins.handlers) into.push(h.body);
}

/**
 * Each instruction of `code` and of the bodies nested in it in the order of
 * the code: an instruction, then its body, its `else`, its handlers, then
 * the instruction after it (for walks whose first finding is the one reported).
 */
export function forEachInstrInOrder(code: readonly Instr[], visit: (ins: Instr) => void): void {
  walkNested(code, visit, (ins, enter) => {
    if (ins.handlers !== undefined) for (let h = ins.handlers.length - 1; h >= 0; h--) enter(ins.handlers[h].body);
    enter(ins.else);
    enter(ins.body);
  });
}
