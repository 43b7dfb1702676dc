/**
 * An active data or element segment that does not fit in the initial size of
 * the memory or table the module defines: instantiation traps, every time.
 * Imported memories and tables are left alone (their size is the host's).
 */
import type { LintRule } from "../rule.js";
import { constantOffset, PAGE_SIZE } from "../segments.js";
import { nameOf } from "../uses.js";

export const noOutOfBoundsSegment: LintRule = {
  id: "no-out-of-bounds-segment",
  meta: {
    type: "problem",
    docs: { description: "disallow active segments beyond the initial size of a defined memory or table", recommended: "error" },
    messages: {
      data: "data segment ends at byte {{end}}, beyond the {{size}} bytes of memory {{memory}}: instantiation traps",
      elem: "element segment ends at element {{end}}, beyond the {{size}} elements of table {{table}}: instantiation traps",
    },
  },
  create(context) {
    return {
      Data(d) {
        if (d.mode.kind !== "active" || d.mode.memory.entity !== "memory" || d.mode.memory.import) return;
        const at = constantOffset(d.mode.offset);
        const size = d.mode.memory.limits.min * PAGE_SIZE;
        if (at === undefined || at + BigInt(d.bytes.length) <= size) return;
        const field = context.text?.fieldAt(d.offset);
        context.report({ offset: d.offset, span: field && { start: field.start, end: field.start + 5 }, messageId: "data", data: { end: String(at + BigInt(d.bytes.length)), size: String(size), memory: nameOf(d.mode.memory) } });
      },
      Elem(e) {
        if (e.mode.kind !== "active" || e.mode.table.entity !== "table" || e.mode.table.import) return;
        const at = constantOffset(e.mode.offset);
        const size = e.mode.table.limits.min;
        if (at === undefined || at + BigInt(e.items.length) <= size) return;
        const field = context.text?.fieldAt(e.offset);
        context.report({ offset: e.offset, span: field && { start: field.start, end: field.start + 5 }, messageId: "elem", data: { end: String(at + BigInt(e.items.length)), size: String(size), table: nameOf(e.mode.table) } });
      },
    };
  },
};
