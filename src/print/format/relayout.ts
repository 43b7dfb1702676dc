/**
 * relayout: a piece of printed WAT laid out again by the formatter, for the
 * printer's lines wider than the print width (`../wrap.ts`).
 *
 * A piece is either lines of a body at some depth (a module field, a local,
 * an instruction with its folded operands, a folded block, a flat block's
 * `block`/`else`/`end` line) or the header of a list whose body follows on
 * lines of its own (`(func $f (param i32)`). A line break before and after
 * it cuts it off from the rest of the layout, so the formatter lays it out
 * on its own exactly as it does inside the whole text.
 */
import { builders, printer } from "prettier/doc";
import { lexWat } from "../../syntax/lex.js";
import { INDENT, MAX_INDENT_DEPTH } from "../layout.js";
import { readTopLevel, type CstNode } from "./cst.js";
import { fieldLayout } from "./field-layout.js";
import { headerDoc, linesDoc, type LayoutOptions } from "./layout-doc.js";
import { immediateListLine, wordGroupLayout, wordLineLayout } from "./word-groups.js";

type Doc = builders.Doc;

const { align, indent } = builders;

/** The formatter's default layout, which `format` applies to printed text. */
const LAYOUT: LayoutOptions = { compactBodies: false };

/**
 * `text` (printed at nesting `depth`, its first line after that depth's
 * indentation) as the formatter lays it out within `width` columns, without
 * the indentation of its first line; `after` (closing parentheses) follows
 * on its last line.
 */
export function relayout(text: string, depth: number, header: boolean, width: number, after = ""): string {
  return (
    (header ? undefined : (wordGroupLayout(text, depth, width, after) ?? wordLineLayout(text, depth, width, after) ?? immediateListLine(text, after))) ??
    fieldLayout(text, depth, header, width, after) ??
    formatterLayout(text, depth, header, width, after)
  );
}

/** `relayout` through the formatter's documents, for any piece. */
export function formatterLayout(text: string, depth: number, header: boolean, width: number, after = ""): string {
  const nodes: CstNode[] = [];
  for (const item of readTopLevel(text, lexWat(text))) if (item.kind === "node") nodes.push(item.node);
  const first = nodes[0];
  let doc: Doc = header && first?.kind === "list" ? headerDoc(first, LAYOUT, depth) : [linesDoc(nodes, LAYOUT, depth), after];
  // As deep as `format` indents it; all but the innermost level as one alignment, which `dedent` leaves in place.
  const levels = Math.min(depth, MAX_INDENT_DEPTH);
  if (levels > 0) doc = align(INDENT.length * (levels - 1), indent(doc));
  const laidOut = printer.printDocToString(doc, { printWidth: width, tabWidth: INDENT.length, useTabs: false }).formatted;
  return laidOut.trimStart();
}
