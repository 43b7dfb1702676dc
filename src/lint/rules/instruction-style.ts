/** Flat and folded instructions mixed, or the style a project did not choose. */
import type { InstrNode } from "../../syntax/ast.js";
import { forEachInstrNode } from "../../syntax/node-walk.js";
import type { LintRule } from "../rule.js";

type Style = "flat" | "folded" | "consistent";

export const instructionStyle: LintRule = {
  id: "instruction-style",
  meta: {
    type: "layout",
    docs: { description: "require flat or folded instructions, or one of them per function" },
    messages: {
      folded: "folded instruction where flat style is required",
      flat: "flat {{op}} where folded style is required",
      mixed: "function mixes flat and folded instructions",
    },
    schema: [{ enum: ["flat", "folded", "consistent"] }],
    defaultOptions: ["consistent"],
  },
  create(context) {
    const style = (context.options[0] ?? "consistent") as Style;
    return {
      Module() {
        for (const field of context.text?.module.fields ?? []) {
          if (field.kind !== "func" || field.body.length === 0) continue;
          const folded: InstrNode[] = [];
          const flat: InstrNode[] = [];
          sort(field.body, folded, flat);
          if (style === "flat") for (const n of folded) context.report({ span: { start: n.start, end: n.start + 1 }, messageId: "folded" });
          else if (style === "folded") for (const n of flat) context.report({ span: { start: n.start, end: n.start + n.op.name.length }, messageId: "flat", data: { op: n.op.name } });
          else if (folded.length > 0 && flat.length > 0) context.report({ span: { start: field.start, end: field.start + 5 }, messageId: "mixed" });
        }
      },
    };
  },
};

/**
 * Outermost folded instructions, and flat structured instructions (a flat
 * `local.get` is the same in both styles; a flat `block` is not).
 */
function sort(body: readonly InstrNode[], folded: InstrNode[], flat: InstrNode[]): void {
  forEachInstrNode(
    body,
    (node) => {
      if (node.kind === "block") (node.folded ? folded : flat).push(node);
      else if (node.folded) folded.push(node);
    },
    { operands: false },
  );
}
