/** Active data segments that write the same bytes: the later one wins, which is rarely meant, and it defeats segment packing. */
import type { Data } from "../../module/model.js";
import type { LintRule } from "../rule.js";
import { constantOffset } from "../segments.js";

interface Placed {
  start: bigint;
  end: bigint;
  data: Data;
  /** Position in the module: the later of two overlapping segments is reported. */
  order: number;
}

export const noOverlappingData: LintRule = {
  id: "no-overlapping-data",
  meta: {
    type: "problem",
    docs: { description: "disallow active data segments that overlap in the same memory", recommended: "warn" },
    messages: { overlap: "data segment overlaps bytes {{from}}..{{to}} also written by another segment" },
  },
  create(context) {
    return {
      "Module:exit"(module) {
        const byMemory = new Map<unknown, Placed[]>();
        module.datas.forEach((data, order) => {
          if (data.mode.kind !== "active" || data.bytes.length === 0) return;
          const start = constantOffset(data.mode.offset);
          if (start === undefined) return;
          const list = byMemory.get(data.mode.memory) ?? [];
          list.push({ start, end: start + BigInt(data.bytes.length), data, order });
          byMemory.set(data.mode.memory, list);
        });
        // Sorted by start, a segment overlaps an earlier-starting one exactly when it starts before the furthest end so far.
        for (const list of byMemory.values()) {
          list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.order - b.order));
          let reach: Placed | undefined;
          for (const s of list) {
            if (reach && s.start < reach.end) {
              const later = s.order > reach.order ? s : reach;
              const field = context.text?.fieldAt(later.data.offset);
              const to = (s.end < reach.end ? s.end : reach.end) - 1n;
              context.report({ offset: later.data.offset, span: field && { start: field.start, end: field.start + 5 }, messageId: "overlap", data: { from: String(s.start), to: String(to) } });
            }
            if (!reach || s.end > reach.end) reach = s;
          }
        }
      },
    };
  },
};
