/** `local.set $x` then `local.get $x` is `local.tee $x`: one instruction instead of two. */
import type { LintRule } from "../rule.js";

export const preferLocalTee: LintRule = {
  id: "prefer-local-tee",
  meta: {
    type: "suggestion",
    docs: { description: "prefer `local.tee` to `local.set` followed by `local.get` of the same local", recommended: "warn" },
    messages: { tee: "local.set then local.get of {{name}}: use local.tee" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "local.set",
      Instr(ins, place) {
        const next = place.seq[place.index + 1];
        if (next?.op.name !== "local.get" || next.local !== ins.local || ins.local === undefined) return;
        const set = text?.nodeAt(ins.offset);
        const get = text?.nodeAt(next.offset);
        if (text && (!set || !get || get.start < set.end)) return;
        const name = ins.local.entity === "local" && ins.local.name !== undefined ? `$${ins.local.name}` : `local ${ins.local.index}`;
        context.report({
          offset: ins.offset,
          span: set && get ? { start: set.start, end: get.end } : undefined,
          messageId: "tee",
          data: { name },
          fix: () => {
            if (!text || !set || !get || text.hasComment(set.start, get.end)) return null;
            const at = text.mnemonicAt(set);
            return { range: [at, get.end], text: "local.tee" + text.source.slice(at + "local.set".length, set.end) };
          },
        });
      },
    };
  },
};
