/** A `.wat` file holds one module; tools that read one take the first and ignore (or reject) the rest. */
import type { LintRule } from "../rule.js";

export const singleModule: LintRule = {
  id: "single-module",
  meta: {
    type: "problem",
    docs: { description: "disallow more than one module in a file", recommended: "error" },
    messages: { several: "a second module in the file: a .wat file holds one module" },
  },
  create(context) {
    return {
      Module() {
        const modules = context.text?.script.commands.filter((c) => c.kind === "module") ?? [];
        for (const extra of modules.slice(1)) context.report({ span: extra, messageId: "several" });
      },
    };
  },
};
