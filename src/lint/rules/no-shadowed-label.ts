/**
 * A block label equal to an enclosing one: branches to the name reach only
 * the inner block, and the outer one can no longer be named inside it.
 * Reported at the outer label (the one made unreachable by name), as
 * wasm-language-tools does.
 */
import type { Id, InstrNode } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";

export const noShadowedLabel: LintRule = {
  id: "no-shadowed-label",
  meta: {
    type: "problem",
    docs: { description: "disallow block labels that shadow an enclosing label", recommended: "warn" },
    messages: { shadow: "label ${{name}} is shadowed by an inner label of the same name" },
  },
  create(context) {
    const walk = (seq: readonly InstrNode[] | undefined, open: Id[]): void => {
      for (const node of seq ?? []) {
        if (node.kind === "plain") {
          walk(node.folded, open);
          continue;
        }
        walk(node.condition, open);
        const label = node.label;
        const outer = label && [...open].reverse().find((o) => o.name === label.name);
        if (outer) context.report({ span: outer, messageId: "shadow", data: { name: outer.name } });
        if (label) open.push(label);
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
