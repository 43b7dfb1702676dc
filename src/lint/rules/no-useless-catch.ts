/** A catch clause that can never match: after a `catch_all`, or for a tag an earlier clause already catches. */
import type { Catch, LegacyCatch } from "../../module/model.js";
import type { Span } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";
import { removeSpan } from "../edits.js";
import { nameOf } from "../uses.js";

export const noUselessCatch: LintRule = {
  id: "no-useless-catch",
  meta: {
    type: "problem",
    docs: { description: "disallow catch clauses that can never match", recommended: "warn" },
    messages: {
      afterAll: "this clause is never reached: an earlier catch_all catches everything",
      sameTag: "tag {{tag}} is already caught by an earlier clause",
    },
    fixable: "code",
    features: ["exceptions"],
  },
  create(context) {
    return {
      instrs: (op) => op.name === "try_table" || op.name === "try",
      Instr(ins) {
        const clauses: (Catch | LegacyCatch)[] | undefined = ins.catches ?? ins.handlers;
        if (!clauses || clauses.length < 2) return;
        const text = context.text;
        const node = text?.nodeAt(ins.offset);
        const spans: (Span | undefined)[] = node?.kind === "block" ? (node.catches ?? node.handlers ?? []) : [];
        let all = false;
        const tags = new Set<unknown>();
        clauses.forEach((c, i) => {
          const span = spans[i];
          const fix = ins.catches && span && text ? () => removeSpan(text, span) : undefined;
          if (all) context.report({ offset: span?.start ?? ins.offset, span, messageId: "afterAll", fix });
          else if (c.tag && tags.has(c.tag)) context.report({ offset: span?.start ?? ins.offset, span, messageId: "sameTag", data: { tag: c.tag.entity === "tag" ? nameOf(c.tag) : "?" }, fix });
          if (c.tag) tags.add(c.tag);
          else all = true;
        });
      },
    };
  },
};
