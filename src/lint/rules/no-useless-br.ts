/** A `br` to the end of the block it ends anyway, or a `return` at the end of the function: control gets there without it. */
import type { LintRule } from "../rule.js";
import { headOf, unwrap } from "../edits.js";

export const noUselessBr: LintRule = {
  id: "no-useless-br",
  meta: {
    type: "suggestion",
    docs: { description: "disallow a final `br` to the enclosing block, or a final `return` of a function body", recommended: "warn" },
    messages: { br: "br to the end of the block it is already at the end of", return: "return at the end of the function body" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "br" || op.name === "return",
      Instr(ins, place) {
        if (place.index !== place.seq.length - 1 || !place.func) return;
        const parent = place.parents[place.parents.length - 1];
        const name = ins.op.name;
        let messageId: "br" | "return";
        if (name === "return" && parent === undefined && place.seq === place.func.body) messageId = "return";
        else if (name === "br" && parent !== undefined && parent.op.name !== "loop" && ins.label === parent) messageId = "br";
        else if (name === "br" && parent === undefined && ins.label === place.func) messageId = "br";
        else return;
        const node = text?.nodeAt(ins.offset);
        if (text && node && text.siblingsOf(node)?.index !== (text.siblingsOf(node)?.seq.length ?? 0) - 1) return;
        context.report({ offset: ins.offset, span: headOf(text, ins.offset), messageId, fix: () => (text && node ? unwrap(text, node) : null) });
      },
    };
  },
};
