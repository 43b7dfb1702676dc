/** Module fields written without `(module ...)`: accepted by watkit and WABT, not by every tool. */
import type { LintRule } from "../rule.js";

export const noImplicitModule: LintRule = {
  id: "no-implicit-module",
  meta: {
    type: "layout",
    docs: { description: "require the `(module ...)` wrapper" },
    messages: { implicit: "module fields without a (module ...) wrapper" },
    fixable: "code",
  },
  create(context) {
    return {
      Module() {
        const text = context.text;
        if (!text?.module.implicit) return;
        const fields = text.module.fields;
        const start = fields[0]?.start ?? 0;
        const end = fields[fields.length - 1]?.end ?? 0;
        context.report({
          span: { start, end },
          messageId: "implicit",
          fix: () => ({ range: [start, end], text: `(module\n${text.source.slice(start, end)}\n)` }),
        });
      },
    };
  },
};
