/** A value written to a local that no later `local.get` reads: wasted work, or the read went to another local. */
import type { Instr } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { deadStores } from "../dead-stores.js";
import { replaceHead, unwrap } from "../edits.js";
import { nameOf } from "../uses.js";

export const noUnreadLocal: LintRule = {
  id: "no-unread-local",
  meta: {
    type: "problem",
    docs: { description: "disallow writes to locals that are never read afterwards", recommended: "warn" },
    messages: { unread: "local {{name}} is set but never read afterwards" },
    fixable: "code",
  },
  create(context) {
    let dead = new Set<Instr>();
    return {
      Func(func) {
        dead = func.body.length > 0 ? deadStores(func) : new Set();
      },
      Instr(ins) {
        if (!dead.has(ins)) return;
        const local = ins.local!;
        const name = ins.op.name;
        const text = context.text;
        const node = text?.nodeAt(ins.offset);
        const ref = node?.kind === "plain" ? node.refs?.[0] : undefined;
        context.report({
          offset: ins.offset,
          span: ref ?? node,
          messageId: "unread",
          data: { name: nameOf(local) },
          fix: () => {
            if (!text || !node || node.kind !== "plain" || !ref) return null;
            // The value stays computed (it may have effects); only the write goes.
            return name === "local.set" ? replaceHead(text, node, ref.end, "drop") : unwrap(text, node);
          },
        });
      },
    };
  },
};
