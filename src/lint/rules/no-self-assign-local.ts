/** `local.get $x` then `local.set $x` writes back what was there: both instructions do nothing. */
import type { LintRule } from "../rule.js";
import { pairSpan, removeSpan } from "../edits.js";
import { nameOf } from "../uses.js";

export const noSelfAssignLocal: LintRule = {
  id: "no-self-assign-local",
  meta: {
    type: "suggestion",
    docs: { description: "disallow setting a local to its own value", recommended: "warn" },
    messages: { self: "local {{name}} is set to its own value" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "local.set",
      Instr(ins, place) {
        const prev = place.seq[place.index - 1];
        if (prev?.op.name !== "local.get" || prev.local !== ins.local || ins.local?.entity !== "local") return;
        const span = pairSpan(text, prev, ins);
        if (span === null) return;
        context.report({ offset: prev.offset, span, messageId: "self", data: { name: nameOf(ins.local) }, fix: () => (text && span ? removeSpan(text, span) : null) });
      },
    };
  },
};
