/**
 * The text edits fixes are made of. Each returns `null` when the edit would
 * delete a comment: a fix keeps every comment as written.
 */
import type { InstrNode, Span } from "../syntax/ast.js";
import type { Fix, TextInput } from "./rule.js";

/**
 * Deletes `span`, or `null` when a comment lies inside it, with the blanks
 * around it that would otherwise be left as a blank line or a gap.
 */
export function removeSpan(text: TextInput, span: Span): Fix | null {
  if (text.hasComment(span.start, span.end)) return null;
  const source = text.source;
  let start = span.start;
  while (start > 0 && (source[start - 1] === " " || source[start - 1] === "\t")) start--;
  let end = span.end;
  while (end < source.length && (source[end] === " " || source[end] === "\t" || source[end] === "\r")) end++;
  const lineStart = start === 0 || source[start - 1] === "\n";
  if (lineStart && source[end] === "\n") return { range: [start, end + 1], text: "" };
  // Alone at the start of its line, before a `)`: the `)` joins the line above.
  if (lineStart && start > 0 && !endsInLineComment(source, start - 1)) return { range: [start - (source[start - 2] === "\r" ? 2 : 1), span.end], text: "" };
  // Otherwise the blanks before it go, so `a b c` loses `b` and one space.
  return { range: [start, span.end], text: "" };
}

/** A folded instruction replaced by its operands (the instruction goes, what it consumed stays); a flat one deleted. */
export function unwrap(text: TextInput, node: InstrNode): Fix | null {
  const inner = node.kind === "plain" ? node.folded : undefined;
  if (!inner || inner.length === 0) return removeSpan(text, node);
  const first = inner[0].start;
  const last = inner[inner.length - 1].end;
  if (text.hasComment(node.start, first) || text.hasComment(last, node.end)) return null;
  return { range: [node.start, node.end], text: text.source.slice(first, last) };
}

/** The mnemonic and its first reference (`local.set $x`) replaced by `replacement`. */
export function replaceHead(text: TextInput, node: InstrNode, end: number, replacement: string): Fix | null {
  const at = text.mnemonicAt(node);
  if (text.hasComment(at, end)) return null;
  return { range: [at, end], text: replacement };
}

/** The union of two spans, for one finding that covers several instructions. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/**
 * The text of two neighbouring instructions, flat neighbours or a folded one
 * holding the other: `undefined` without text (a binary), `null` when the
 * text has no node for one of them (the finding is then not reported).
 */
export function pairSpan(text: TextInput | undefined, a: { offset?: number }, b: { offset?: number }): Span | undefined | null {
  if (!text) return undefined;
  const first = text.nodeAt(a.offset);
  const second = text.nodeAt(b.offset);
  return first && second ? cover(first, second) : null;
}

/** Where to point at an instruction: its mnemonic (a folded instruction can span many lines). */
export function headOf(text: TextInput | undefined, offset: number | undefined): Span | undefined {
  const node = text?.nodeAt(offset);
  if (!text || !node) return undefined;
  const at = text.mnemonicAt(node);
  return { start: at, end: at + node.op.name.length };
}

/** Whether the line ending at `newline` ends in a `;;` comment, which joining the next line onto it would swallow. */
function endsInLineComment(source: string, newline: number): boolean {
  const lineStart = source.lastIndexOf("\n", newline - 1) + 1;
  return source.slice(lineStart, newline).includes(";;");
}
