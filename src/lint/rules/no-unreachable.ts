/** Instructions after an unconditional branch, return, throw or trap, or after a loop that never ends: they never run. */
import type { LintRule } from "../rule.js";
import { TRANSFERS } from "../control.js";
import { cover, removeSpan } from "../edits.js";

export const noUnreachable: LintRule = {
  id: "no-unreachable",
  meta: {
    type: "problem",
    docs: { description: "disallow instructions that can never run", recommended: "warn" },
    messages: { unreachable: "unreachable code after {{after}}" },
    fixable: "code",
  },
  create(context) {
    return {
      // Control stops only after a transfer or a structured instruction that never ends.
      instrs: (op) => TRANSFERS.has(op.name) || op.imm === "block" || op.imm === "try" || op.imm === "try_table",
      Instr(ins, place) {
        // Only the first point after which nothing runs is reported.
        if (place.func === undefined || place.index === place.seq.length - 1 || context.analysis(place.func).flow.stopIn(place.seq) !== place.index) return;
        const text = context.text;
        if (!text) {
          context.report({ offset: place.seq[place.index + 1].offset ?? ins.offset, messageId: "unreachable", data: { after: ins.op.name } });
          return;
        }
        const node = text.nodeAt(ins.offset);
        const where = node && text.siblingsOf(node);
        // Followers that are not written after it are folded instructions around it, reached by nothing either, but not separable from it.
        if (!where || where.index === where.seq.length - 1) return;
        const span = cover(where.seq[where.index + 1], where.seq[where.seq.length - 1]);
        // After a transfer the stack is polymorphic, so deleting what follows stays valid; after a loop that never ends, it is not.
        const fix = TRANSFERS.has(ins.op.name) ? () => removeSpan(text, span) : undefined;
        context.report({ span, messageId: "unreachable", data: { after: ins.op.name }, fix });
      },
    };
  },
};
