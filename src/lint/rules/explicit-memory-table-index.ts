/** Memory and table instructions that leave out the memory or table they use (index 0 by default). */
import type { Imm } from "../../isa/instructions.js";
import type { LintRule } from "../rule.js";

const IMPLICIT: Partial<Record<Imm, "memory" | "table">> = {
  memarg: "memory",
  memarg_lane: "memory",
  memory: "memory",
  memory_memory: "memory",
  memory_data: "memory",
  table: "table",
  table_table: "table",
  table_elem: "table",
  call_indirect: "table",
};

export const explicitMemoryTableIndex: LintRule = {
  id: "explicit-memory-table-index",
  meta: {
    type: "layout",
    docs: { description: "require the memory or table index on instructions that default it" },
    messages: { omitted: "{{op}} leaves out its {{kind}} index" },
    fixable: "code",
  },
  create(context) {
    const text = context.text;
    // Omitted is a matter of how the text is written.
    if (!text) return {};
    return {
      instrs: (op) => IMPLICIT[op.imm] !== undefined,
      Instr(ins) {
        const kind = IMPLICIT[ins.op.imm]!;
        const node = text.nodeAt(ins.offset);
        if (!node || node.kind !== "plain") return;
        // Text immediates that are not the memory/table: a data or element segment.
        const others = ins.op.imm === "memory_data" || ins.op.imm === "table_elem" ? 1 : 0;
        if ((node.refs?.length ?? 0) > others) return;
        const at = text.mnemonicAt(node);
        const end = at + ins.op.name.length;
        const twice = ins.op.imm === "memory_memory" || ins.op.imm === "table_table";
        context.report({
          span: { start: at, end },
          messageId: "omitted",
          data: { op: ins.op.name, kind },
          fix: () => ({ range: [end, end], text: twice ? " 0 0" : " 0" }),
        });
      },
    };
  },
};
