/** A local that is written and never read: the writes are wasted work, or the read went to another local. */
import type { LintRule } from "../rule.js";
import { replaceHead, unwrap } from "../edits.js";
import { nameOf, usesOf } from "../uses.js";

export const noUnreadLocal: LintRule = {
  id: "no-unread-local",
  meta: {
    type: "problem",
    docs: { description: "disallow locals that are set but never read", recommended: "warn" },
    messages: { unread: "local {{name}} is set but never read" },
    fixable: "code",
  },
  create(context) {
    const { readLocals } = usesOf(context.module);
    return {
      Instr(ins) {
        const local = ins.local;
        if (local === undefined || local.entity !== "local" || readLocals.has(local)) return;
        const name = ins.op.name;
        if (name !== "local.set" && name !== "local.tee") return;
        const text = context.text;
        const node = text?.nodeAt(ins.offset);
        context.report({
          offset: ins.offset,
          span: node,
          messageId: "unread",
          data: { name: nameOf(local) },
          fix: () => {
            if (!text || !node || node.kind !== "plain" || !node.refs) return null;
            // The value stays computed (it may have effects); only the write goes.
            return name === "local.set" ? replaceHead(text, node, node.refs[0].end, "drop") : unwrap(text, node);
          },
        });
      },
    };
  },
};
