/** Instructions after an unconditional branch, return, throw or trap: they never run. */
import type { LintRule } from "../rule.js";
import { cover, removeSpan } from "../edits.js";

const TRANSFERS = new Set([
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
      Instr(ins, place) {
        if (!TRANSFERS.has(ins.op.name) || place.index === place.seq.length - 1) return;
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
        context.report({ span, messageId: "unreachable", data: { after: ins.op.name }, fix: () => removeSpan(text, span) });
      },
    };
  },
};
