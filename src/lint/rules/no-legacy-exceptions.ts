/** The legacy exception instructions (`try`, `catch`, `rethrow`, `delegate`): superseded by `try_table` and `throw_ref`. */
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";

export const noLegacyExceptions: LintRule = {
  id: "no-legacy-exceptions",
  meta: {
    type: "problem",
    docs: { description: "disallow the legacy exception-handling instructions" },
    messages: { legacy: "{{op}} is a legacy exception instruction: use try_table and throw_ref" },
    features: ["legacy-exceptions"],
  },
  create(context) {
    return {
      instrs: (op) => op.feature === "legacy-exceptions",
      Instr(ins) {
        context.report({ offset: ins.offset, span: headOf(context.text, ins.offset), messageId: "legacy", data: { op: ins.op.name } });
      },
    };
  },
};
