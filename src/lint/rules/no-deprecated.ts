/** Uses of entities marked `(@deprecated)` or `(@deprecated "reason")` in their definition. */
import type { Entity, Instr } from "../../module/model.js";
import type { Span } from "../../syntax/ast.js";
import type { LintRule, TextInput } from "../rule.js";
import { headOf } from "../edits.js";
import { nameOf } from "../uses.js";

const REFS: (keyof Instr)[] = ["func", "global", "table", "table2", "memory", "memory2", "tag", "type", "type2", "elem", "data", "heapType"];

export const noDeprecated: LintRule = {
  id: "no-deprecated",
  meta: {
    type: "problem",
    docs: { description: "disallow uses of entities marked `(@deprecated)`", recommended: "warn" },
    messages: { deprecated: "{{kind}} {{name}} is deprecated", deprecatedWhy: "{{kind}} {{name}} is deprecated: {{reason}}" },
  },
  create(context) {
    const text = context.text;
    // Marks are annotations of the text.
    if (!text) return {};
    const marked = new Map<Entity, string>();
    return {
      Module(module) {
        const notes = text.script.annotations.filter((a) => a.id === "deprecated");
        if (notes.length === 0) return;
        const entities: { offset?: number }[] = [...module.imports, ...module.funcs, ...module.globals, ...module.tables, ...module.memories, ...module.tags];
        for (const group of module.types) entities.push(...group.types);
        for (const e of entities) {
          if (e.offset === undefined) continue;
          const field = text.fieldAt(e.offset);
          // In the field's header (before any instruction), or on its own just before the field, as wasm-language-tools writes it.
          const note = notes.find(
            (a) => (field !== undefined && a.start > field.start && a.end < field.end && !insideBody(field, a.start)) || onlyBlanksBetween(text.source, a.end, e.offset!),
          );
          if (note) marked.set(e as Entity, /"((?:[^"\\]|\\.)*)"/.exec(text.source.slice(note.start, note.end))?.[1] ?? "");
        }
      },
      Instr(ins, place) {
        if (marked.size === 0) return;
        for (const key of REFS) {
          const target = ins[key] as Entity | undefined;
          if (target === undefined || !marked.has(target) || target === place.func) continue;
          const reason = marked.get(target)!;
          context.report({ offset: ins.offset, span: refTo(text, ins, target) ?? headOf(text, ins.offset), messageId: reason ? "deprecatedWhy" : "deprecated", data: { kind: target.entity, name: nameOf(target), reason } });
        }
      },
    };
  },
};

function insideBody(field: { kind: string; body?: { start: number }[] }, offset: number): boolean {
  const first = field.kind === "func" ? field.body?.[0] : undefined;
  return first !== undefined && offset > first.start;
}

/** Whether nothing but whitespace and comments separates two offsets. */
function onlyBlanksBetween(source: string, start: number, end: number): boolean {
  if (start > end) return false;
  return /^\s*$/.test(source.slice(start, end).replace(/\(;[\s\S]*?;\)|;;[^\n]*/g, ""));
}

/** The `$id` or index in the instruction's text that names the deprecated entity. */
function refTo(text: TextInput | undefined, ins: Instr, target: Entity): Span | undefined {
  const node = text?.nodeAt(ins.offset);
  if (node?.kind !== "plain") return undefined;
  const index = (target as { index?: number }).index;
  return node.refs?.find((r) => (r.kind === "id" ? r.name === target.name : r.value === index));
}
