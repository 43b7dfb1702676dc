/** Visiting every instruction node of a body as the text has them (flat code nests without limit). */
import { walkNested } from "../nested-walk.js";
import type { InstrNode } from "./ast.js";

export interface NodeWalkOptions {
  /** Walk folded operands and a folded `if`'s condition too (default true); false: only the bodies of blocks. */
  operands?: boolean;
}

/**
 * Each node of `seq` and of the code nested in it, in the order of the
 * text: a node, then its operands (or condition), its body, its `else`, its
 * handlers, then the node after it; with the sequence that holds it.
 */
export function forEachInstrNode(seq: readonly InstrNode[], visit: (node: InstrNode, seq: readonly InstrNode[]) => void, options: NodeWalkOptions = {}): void {
  const operands = options.operands !== false;
  walkNested(seq, visit, (node, enter) => {
    if (node.kind === "plain") {
      if (operands) enter(node.folded);
      return;
    }
    const handlers = node.handlers ?? [];
    for (let h = handlers.length - 1; h >= 0; h--) enter(handlers[h].body);
    enter(node.else?.body);
    enter(node.body);
    if (operands) enter(node.condition);
  });
}
