/** `nop` does nothing; compilers leave it as padding or a placeholder. */
import type { LintRule } from "../rule.js";
import { removeSpan } from "../edits.js";

export const noNop: LintRule = {
  id: "no-nop",
  meta: {
    type: "suggestion",
    docs: { description: "disallow `nop`" },
    messages: { nop: "nop does nothing" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "nop",
      Instr(ins) {
        const node = text?.nodeAt(ins.offset);
        context.report({ offset: ins.offset, span: node, messageId: "nop", fix: () => (text && node ? removeSpan(text, node) : null) });
      },
    };
  },
};
