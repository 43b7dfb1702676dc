/** A call whose results the function returns at once is a tail call: `return_call` frees the caller's frame. */
import type { Func, FuncType, Instr, ValType } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { headOf } from "../edits.js";
import { nameOf } from "../uses.js";

export const preferReturnCall: LintRule = {
  id: "prefer-return-call",
  meta: {
    type: "suggestion",
    docs: { description: "prefer `return_call` to a call whose results are returned at once (needs tail calls)" },
    messages: { tail: "call to function {{name}} in tail position: use return_call" },
    fixable: "code",
    features: ["tail-call"],
  },
  create(context) {
    const text = context.text;
    return {
      instrs: (op) => op.name === "call",
      Instr(ins, place) {
        if (!place.func || ins.func?.entity !== "func") return;
        const next: Instr | undefined = place.seq[place.index + 1];
        const atEnd = next === undefined && place.parents.length === 0;
        if (!(atEnd || (next?.op.name === "return" && place.index + 2 === place.seq.length)) || !sameResults(ins.func, place.func)) return;
        const call = text?.nodeAt(ins.offset);
        const ret = next && text?.nodeAt(next.offset);
        context.report({
          offset: ins.offset,
          span: headOf(text, ins.offset),
          messageId: "tail",
          data: { name: nameOf(ins.func) },
          fix: () => {
            if (!text || !call) return null;
            const at = text.mnemonicAt(call);
            if (ret === undefined) return { range: [at, at + 4], text: "return_call" };
            if (ret.start < call.end || text.hasComment(call.end, ret.end)) return null;
            return { range: [at, ret.end], text: "return_call" + text.source.slice(at + 4, call.end) };
          },
        });
      },
    };
  },
};

function resultsOf(f: Func): ValType[] | undefined {
  return f.type.entity === "type" && f.type.comp.kind === "func" ? (f.type.comp as FuncType).results : undefined;
}

/** Same result types, by number type or by the same reference type. */
function sameResults(callee: Func, caller: Func): boolean {
  const a = resultsOf(callee);
  const b = resultsOf(caller);
  if (!a || !b || a.length !== b.length) return false;
  return a.every((t, i) => {
    const u = b[i];
    if (typeof t === "string" || typeof u === "string") return t === u;
    return t.nullable === u.nullable && t.heap === u.heap;
  });
}
