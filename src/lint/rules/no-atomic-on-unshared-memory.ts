/** Atomic accesses to a memory that is not shared: valid, but no other thread can see the memory, so the atomicity buys nothing. */
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";
import { nameOf } from "../uses.js";

export const noAtomicOnUnsharedMemory: LintRule = {
  id: "no-atomic-on-unshared-memory",
  meta: {
    type: "problem",
    docs: { description: "disallow atomic instructions on memories that are not shared", recommended: "warn" },
    messages: { unshared: "{{op}} on memory {{memory}}, which is not shared" },
    features: ["threads"],
  },
  create(context) {
    return {
      instrs: (op) => op.feature === "threads",
      Instr(ins) {
        const memory = ins.memarg?.memory;
        if (ins.op.feature !== "threads" || memory?.entity !== "memory" || memory.limits.shared) return;
        context.report({ offset: ins.offset, span: headOf(context.text, ins.offset), messageId: "unshared", data: { op: ins.op.name, memory: nameOf(memory) } });
      },
    };
  },
};
