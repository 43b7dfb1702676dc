/** `(type $t)` and the same signature written again inline: the inline part says nothing `$t` does not. */
import type { FuncField, TypeUseNode } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";
import { removeSpan } from "../edits.js";

export const noRedundantTypeUse: LintRule = {
  id: "no-redundant-type-use",
  meta: {
    type: "layout",
    docs: { description: "disallow inline parameters and results that repeat a named type use" },
    messages: { redundant: "the inline signature repeats (type {{type}})" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      Module() {
        for (const field of text?.module.fields ?? []) {
          if (field.kind !== "func" && field.kind !== "import") continue;
          const use: TypeUseNode | undefined = field.kind === "func" ? (field as FuncField).typeUse : field.desc.kind === "func" ? field.desc.typeUse : undefined;
          if (!use?.type) continue;
          const parts = [...use.params, ...use.results];
          // Parameter ids name the locals: written with them, the inline part is not redundant.
          if (parts.length === 0 || use.params.some((p) => p.id)) continue;
          const span = { start: parts[0].start, end: parts[parts.length - 1].end };
          const ref = use.type;
          context.report({
            span,
            messageId: "redundant",
            data: { type: ref.kind === "id" ? `$${ref.name}` : String(ref.value) },
            fix: () => (text ? removeSpan(text, span) : null),
          });
        }
      },
    };
  },
};
