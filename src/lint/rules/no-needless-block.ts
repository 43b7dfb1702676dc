/** A `block` that no branch targets: its body runs the same without it. */
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";

export const noNeedlessBlock: LintRule = {
  id: "no-needless-block",
  meta: {
    type: "suggestion",
    docs: { description: "disallow blocks that no branch targets" },
    messages: { needless: "no branch targets this block: its body can stand alone" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "block",
      Instr(ins, place) {
        if (ins.blockType?.kind === "type" || !place.func || context.analysis(place.func).flow.labelUsed(ins)) return;
        const node = text?.nodeAt(ins.offset);
        context.report({
          offset: ins.offset,
          span: headOf(text, ins.offset),
          messageId: "needless",
          fix: () => {
            if (!text || !node || node.kind !== "block") return null;
            const body = node.body;
            if (body.length === 0) return text.hasComment(node.start, node.end) ? null : { range: [node.start, node.end], text: "" };
            const first = body[0].start;
            const last = body[body.length - 1].end;
            if (text.hasComment(node.start, first) || text.hasComment(last, node.end)) return null;
            return { range: [node.start, node.end], text: text.source.slice(first, last) };
          },
        });
      },
    };
  },
};
