/** A reference by number to an entity that has an `$id`: the name says what is meant and survives reordering. */
import type { Imm } from "../../isa/instructions.js";
import type { Entity, Instr } from "../../module/model.js";
import type { LintRule } from "../rule.js";

/** The model field an instruction's first reference binds, for the immediates that have exactly one. */
const FIRST_REF: Partial<Record<Imm, keyof Instr>> = { func: "func", local: "local", global: "global", tag: "tag", elem: "elem", data: "data", type: "type" };

/** Names that can be written as a plain `$id` (others need the `$"..."` form). */
const PLAIN_ID = /^[0-9A-Za-z!#$%&'*+\-./:<=>?@\\^_`|~]+$/;

export const preferNamedRefs: LintRule = {
  id: "prefer-named-refs",
  meta: {
    type: "layout",
    docs: { description: "prefer `$id` references to numeric ones where the entity has an id" },
    messages: { numeric: "{{kind}} {{index}} has a name: write ${{name}}" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    // How a reference is written is a matter of the text.
    if (!text) return {};
    return {
      instrs: (op) => FIRST_REF[op.imm] !== undefined,
      Instr(ins) {
        const key = FIRST_REF[ins.op.imm]!;
        const node = text.nodeAt(ins.offset);
        const ref = node?.kind === "plain" ? node.refs?.[0] : undefined;
        if (!ref || ref.kind !== "index") return;
        const target = ins[key] as Entity | undefined;
        if (!target || target.name === undefined || !PLAIN_ID.test(target.name)) return;
        context.report({
          span: ref,
          messageId: "numeric",
          data: { kind: target.entity, index: ref.value, name: target.name },
          fix: () => ({ range: [ref.start, ref.end], text: `$${target.name}` }),
        });
      },
    };
  },
};
