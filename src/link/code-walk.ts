/** Visiting every instruction of a function body, nested bodies included. */
import type { Instr } from "../module/model.js";

/** Each instruction of `code` and of the bodies nested in it; an explicit stack, since compiled code nests deeply. */
export function eachInstr(code: Instr[], visit: (ins: Instr) => void): void {
  const stack: Instr[][] = [code];
  while (stack.length > 0) {
    for (const ins of stack.pop()!) {
      visit(ins);
      if (ins.body !== undefined) stack.push(ins.body);
      if (ins.else !== undefined) stack.push(ins.else);
      if (ins.handlers !== undefined) for (const h of ins.handlers) stack.push(h.body);
    }
  }
}
