/** A `try_table` without catch clauses catches nothing: it is a `block`. */
import type { LintRule } from "../rule.js";

export const noNeedlessTryTable: LintRule = {
  id: "no-needless-try-table",
  meta: {
    type: "suggestion",
    docs: { description: "disallow `try_table` without catch clauses", recommended: "warn" },
    messages: { needless: "try_table without catch clauses is a block" },
    fixable: "code",
    features: ["exceptions"],
  },
  create(context) {
    return {
      instrs: (op) => op.name === "try_table",
      Instr(ins) {
        if ((ins.catches?.length ?? 0) > 0) return;
        const text = context.text;
        const node = text?.nodeAt(ins.offset);
        const at = node && text ? text.mnemonicAt(node) : undefined;
        context.report({
          offset: at ?? ins.offset,
          span: at !== undefined ? { start: at, end: at + "try_table".length } : undefined,
          messageId: "needless",
          fix: () => (at !== undefined ? { range: [at, at + "try_table".length], text: "block" } : null),
        });
      },
    };
  },
};
