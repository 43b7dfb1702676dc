/** A value computed without effects and dropped at once: both instructions do nothing. */
import type { LintRule } from "../rule.js";
import { pairSpan, removeSpan } from "../edits.js";

const PURE = new Set(["i32.const", "i64.const", "f32.const", "f64.const", "v128.const", "local.get", "global.get", "ref.null", "ref.func"]);

export const noRedundantDrop: LintRule = {
  id: "no-redundant-drop",
  meta: {
    type: "suggestion",
    docs: { description: "disallow dropping a value that was produced without side effects", recommended: "warn" },
    messages: { redundant: "{{op}} then drop does nothing" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "drop",
      Instr(ins, place) {
        const prev = place.seq[place.index - 1];
        if (!prev || !PURE.has(prev.op.name)) return;
        const span = pairSpan(text, prev, ins);
        if (span === null) return;
        context.report({ offset: prev.offset, span, messageId: "redundant", data: { op: prev.op.name }, fix: () => (text && span ? removeSpan(text, span) : null) });
      },
    };
  },
};
