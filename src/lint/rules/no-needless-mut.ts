/** A mutable global that nothing sets: `mut` only hides that it is a constant (and costs engines optimisations). */
import type { GlobalField, ImportField } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";
import { nameOf, usesOf } from "../uses.js";

export const noNeedlessMut: LintRule = {
  id: "no-needless-mut",
  meta: {
    type: "suggestion",
    docs: { description: "disallow `mut` on globals that are never set", recommended: "warn" },
    messages: { needless: "global {{name}} is declared mutable but never set" },
    fixable: "code",
  },
  create(context) {
    return {
      "Module:exit"(module) {
        const { setGlobals } = usesOf(module);
        // Exported globals may be set by the embedder or another module.
        const exported = new Set(module.exports.map((e) => e.target));
        for (const g of module.globals) {
          if (!g.mutable || setGlobals.has(g) || exported.has(g)) continue;
          const field = context.text?.fieldAt(g.offset) as GlobalField | ImportField | undefined;
          const type = field?.kind === "global" ? field.type : undefined;
          context.report({
            offset: g.offset,
            span: type,
            messageId: "needless",
            data: { name: nameOf(g) },
            fix: () => (type && context.text ? { range: [type.start, type.end], text: context.text.source.slice(type.type.start, type.type.end) } : null),
          });
        }
      },
    };
  },
};
