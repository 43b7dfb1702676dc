/**
 * A local that is written and never read: wasted work, or the read went to
 * another local. With `deadStores`, also every write that no later
 * `local.get` reads on any path (liveness over the control flow): compiler
 * output has many such writes, so that part is asked for on purpose (the
 * `all` preset does).
 */
import type { Instr, Local } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { replaceHead, unwrap } from "../edits.js";
import { nameOf } from "../uses.js";

interface Options {
  deadStores?: boolean;
}

export const noUnreadLocal: LintRule = {
  id: "no-unread-local",
  meta: {
    type: "problem",
    docs: { description: "disallow writes to locals that are never read (afterwards, with `deadStores`)", recommended: "warn" },
    messages: { neverRead: "local {{name}} is set but never read", unread: "local {{name}} is set but never read afterwards" },
    fixable: "code",
    schema: [{ type: "object", properties: { deadStores: { type: "boolean", description: "also report every write that no later local.get reads on any path, in locals that are read elsewhere" } }, additionalProperties: false }],
    defaultOptions: [{ deadStores: false }],
    allOptions: [{ deadStores: true }],
  },
  create(context) {
    const deadStores = ((context.options[0] ?? {}) as Options).deadStores === true;
    // Without deadStores: the writes of a function, reported at its end if their local was read nowhere in it.
    const read = new Set<Local>();
    let writes: Instr[] = [];
    const report = (ins: Instr, messageId: "neverRead" | "unread"): void => {
      const name = ins.op.name;
      const text = context.text;
      const node = text?.nodeAt(ins.offset);
      const ref = node?.kind === "plain" ? node.refs?.[0] : undefined;
      context.report({
        offset: ins.offset,
        span: ref ?? node,
        messageId,
        data: { name: nameOf(ins.local as Local) },
        fix: () => {
          if (!text || !node || node.kind !== "plain" || !ref) return null;
          // The value stays computed (it may have effects); only the write goes.
          return name === "local.set" ? replaceHead(text, node, ref.end, "drop") : unwrap(text, node);
        },
      });
    };
    return {
      instrs: (op) => op.name === "local.set" || op.name === "local.tee" || (!deadStores && op.name === "local.get"),
      Instr(ins, place) {
        const local = ins.local;
        if (place.func === undefined || local?.entity !== "local") return;
        if (deadStores) {
          if (context.analysis(place.func).deadStores.has(ins)) report(ins, "unread");
        } else if (ins.op.name === "local.get") read.add(local);
        else writes.push(ins);
      },
      "Func:exit"() {
        for (const ins of writes) if (!read.has(ins.local as Local)) report(ins, "neverRead");
        read.clear();
        writes = [];
      },
    };
  },
};
