/**
 * What text rules read besides the model: the AST of the module, the AST
 * instruction behind each model instruction (both start at the same offset),
 * and where the comments are.
 */
import type { Comment, InstrNode, ModuleField, ModuleNode, Script } from "../syntax/ast.js";
import { forEachInstrNode } from "../syntax/node-walk.js";
import type { TextInput } from "./rule.js";

export function textInput(source: string, script: Script, module: ModuleNode): TextInput {
  let byStart: Map<number, Placed> | undefined;
  let fields: Map<number, ModuleField> | undefined;
  const comments = script.comments;
  return {
    source,
    script,
    module,
    nodeAt(offset) {
      if (offset === undefined) return undefined;
      byStart ??= indexInstrs(module);
      return byStart.get(offset)?.node;
    },
    siblingsOf(node) {
      byStart ??= indexInstrs(module);
      const placed = byStart.get(node.start);
      return placed ? { seq: placed.seq, index: placed.seq.indexOf(node) } : undefined;
    },
    fieldAt(offset) {
      if (offset === undefined) return undefined;
      fields ??= new Map(module.fields.map((f) => [f.start, f]));
      return fields.get(offset);
    },
    mnemonicAt(node) {
      return source.indexOf(node.op.name, node.start);
    },
    hasComment(start, end) {
      return firstCommentAtOrAfter(comments, start) < end;
    },
  };
}

function firstCommentAtOrAfter(comments: readonly Comment[], offset: number): number {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < comments.length ? comments[lo].start : Infinity;
}

interface Placed {
  node: InstrNode;
  seq: readonly InstrNode[];
}

/** Every instruction node of the module's fields by its start offset, with the sequence holding it. */
function indexInstrs(module: ModuleNode): Map<number, Placed> {
  const map = new Map<number, Placed>();
  const add = (seq: readonly InstrNode[] | undefined): void => {
    if (seq !== undefined) forEachInstrNode(seq, (node, holder) => map.set(node.start, { node, seq: holder }));
  };
  for (const field of module.fields) {
    if (field.kind === "func") add(field.body);
    else if (field.kind === "global") add(field.init);
    else if (field.kind === "table") {
      add(field.init);
      for (const item of field.inlineElem?.items ?? []) add(item.instrs);
    } else if (field.kind === "elem") {
      if (field.mode.kind === "active") add(field.mode.offset.instrs);
      for (const item of field.list.items ?? []) add(item.instrs);
    } else if (field.kind === "data" && field.mode.kind === "active") add(field.mode.offset.instrs);
  }
  return map;
}
