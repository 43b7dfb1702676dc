/** `$id`s that do not follow the naming pattern a project chose (ESLint's `id-match`). */
import type { Id, InstrNode } from "../../syntax/ast.js";
import { forEachInstrNode } from "../../syntax/node-walk.js";
import type { LintRule } from "../rule.js";

interface Options {
  pattern?: string;
}

export const idMatch: LintRule = {
  id: "id-match",
  meta: {
    type: "layout",
    docs: { description: "require `$id`s to match a pattern" },
    messages: { mismatch: "${{name}} does not match the pattern /{{pattern}}/" },
    schema: [{ type: "object", properties: { pattern: { type: "string" } }, additionalProperties: false }],
    defaultOptions: [{ pattern: "^[A-Za-z_][A-Za-z0-9_.]*$" }],
  },
  create(context) {
    const pattern = ((context.options[0] ?? {}) as Options).pattern ?? "^[A-Za-z_][A-Za-z0-9_.]*$";
    const re = new RegExp(pattern);
    const check = (id: Id | undefined): void => {
      if (id && !re.test(id.name)) context.report({ span: id, messageId: "mismatch", data: { name: id.name, pattern } });
    };
    const labels = (body: readonly InstrNode[]): void =>
      forEachInstrNode(body, (node) => {
        if (node.kind === "block") check(node.label);
      });
    return {
      Module() {
        for (const field of context.text?.module.fields ?? []) {
          if (field.kind === "rec") field.types.forEach((t) => check(t.id));
          else if (field.kind === "import") check(field.desc.id);
          else if ("id" in field) check(field.id);
          if (field.kind === "func") {
            field.typeUse.params.forEach((p) => check(p.id));
            field.locals.forEach((l) => check(l.id));
            labels(field.body);
          }
        }
      },
    };
  },
};
