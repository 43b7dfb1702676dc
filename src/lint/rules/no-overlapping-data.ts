/** Active data segments that write the same bytes: the later one wins, which is rarely meant, and it defeats segment packing. */
import type { Data } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { constantOffset } from "../segments.js";

export const noOverlappingData: LintRule = {
  id: "no-overlapping-data",
  meta: {
    type: "problem",
    docs: { description: "disallow active data segments that overlap in the same memory", recommended: "warn" },
    messages: { overlap: "data segment overlaps bytes {{from}}..{{to}} written by an earlier segment" },
  },
  create(context) {
    return {
      "Module:exit"(module) {
        const byMemory = new Map<unknown, { start: bigint; end: bigint; data: Data }[]>();
        for (const d of module.datas) {
          if (d.mode.kind !== "active" || d.bytes.length === 0) continue;
          const start = constantOffset(d.mode.offset);
          if (start === undefined) continue;
          const end = start + BigInt(d.bytes.length);
          const earlier = byMemory.get(d.mode.memory) ?? [];
          const hit = earlier.find((s) => s.start < end && start < s.end);
          if (hit) {
            const field = context.text?.fieldAt(d.offset);
            const from = hit.start > start ? hit.start : start;
            const to = (hit.end < end ? hit.end : end) - 1n;
            context.report({ offset: d.offset, span: field && { start: field.start, end: field.start + 5 }, messageId: "overlap", data: { from: String(from), to: String(to) } });
          }
          earlier.push({ start, end, data: d });
          byMemory.set(d.mode.memory, earlier);
        }
      },
    };
  },
};
