/** A block label equal to an enclosing one: branches to the name reach only the inner block. */
import type { InstrNode } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";

export const noShadowedLabel: LintRule = {
  id: "no-shadowed-label",
  meta: {
    type: "problem",
    docs: { description: "disallow block labels that shadow an enclosing label", recommended: "warn" },
    messages: { shadow: "label ${{name}} shadows the enclosing label of the same name" },
  },
  create(context) {
    const walk = (seq: readonly InstrNode[] | undefined, open: string[]): void => {
      for (const node of seq ?? []) {
        if (node.kind === "plain") {
          walk(node.folded, open);
          continue;
        }
        walk(node.condition, open);
        const label = node.label;
        if (label && open.includes(label.name)) context.report({ span: label, messageId: "shadow", data: { name: label.name } });
        if (label) open.push(label.name);
        walk(node.body, open);
        walk(node.else?.body, open);
        for (const h of node.handlers ?? []) walk(h.body, open);
        if (label) open.pop();
      }
    };
    return {
      Module() {
        for (const field of context.text?.module.fields ?? []) if (field.kind === "func") walk(field.body, []);
      },
    };
  },
};
