// Extracts the text modules of a .wast script, for the per-module benchmark.
//
// Takes the script's source text; gives every top-level `(module ...)` form
// that is written as text, as a standalone module text. It skips `binary` and
// `quote` modules, `(module instance ...)`, and everything nested in another
// command (assert_invalid, assert_malformed, thread, ...), since those modules
// may be invalid on purpose. `(module definition ...)` keeps its body with the
// `definition` keyword removed. It knows only the script's bracket structure
// (strings, `;;` line comments, nested `(; ;)` block comments), nothing about
// the module language itself.

export interface WastModule {
  /** 1-based line of the module's opening parenthesis in the script. */
  line: number;
  /** The module as standalone text, starting with `(module`. */
  text: string;
}

export class WastScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
// Characters that end an atom (keyword, $id, number) besides whitespace.
const ATOM_END = new Set(["(", ")", '"', ";"]);

/** Returns the offset just past the string literal whose `"` is at `start`. */
function skipString(src: string, start: number): number {
  let i = start + 1;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else i += 1;
  }
  throw new WastScanError("unterminated string", start);
}

/** Returns the offset just past the (possibly nested) block comment at `start`. */
function skipBlockComment(src: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    if (src.startsWith("(;", i)) {
      depth += 1;
      i += 2;
    } else if (src.startsWith(";)", i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  throw new WastScanError("unterminated block comment", start);
}

/** Returns the offset just past the line comment at `start`. */
function skipLineComment(src: string, start: number): number {
  const end = src.indexOf("\n", start);
  return end < 0 ? src.length : end + 1;
}

/** Skips whitespace and comments; returns the offset of the next token. */
function skipTrivia(src: string, start: number): number {
  let i = start;
  while (i < src.length) {
    if (WHITESPACE.has(src[i])) i += 1;
    else if (src.startsWith(";;", i)) i = skipLineComment(src, i);
    else if (src.startsWith("(;", i)) i = skipBlockComment(src, i);
    else break;
  }
  return i;
}

/** Returns the offset just past the atom (keyword, `$id`, `$"id"`, number) at `start`. */
function skipAtom(src: string, start: number): number {
  if (src.startsWith('$"', start)) return skipString(src, start + 1);
  let i = start;
  while (i < src.length && !WHITESPACE.has(src[i]) && !ATOM_END.has(src[i])) i += 1;
  return i;
}

/** Returns the offset just past the balanced form whose `(` is at `start`. */
function skipForm(src: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '"') {
      i = skipString(src, i);
    } else if (src.startsWith(";;", i)) {
      i = skipLineComment(src, i);
    } else if (src.startsWith("(;", i)) {
      i = skipBlockComment(src, i);
    } else if (c === "(") {
      depth += 1;
      i += 1;
    } else if (c === ")") {
      depth -= 1;
      i += 1;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  throw new WastScanError("unbalanced parentheses", start);
}

/** An atom of the form's head, with its extent in the source. */
interface HeadAtom {
  start: number;
  end: number;
  text: string;
}

/** Reads the next atom at or after `from`, or undefined if a `(`, `)` or string comes first. */
function readHeadAtom(src: string, from: number): HeadAtom | undefined {
  const start = skipTrivia(src, from);
  const c = src[start];
  if (c === undefined || c === "(" || c === ")" || c === '"') return undefined;
  const end = skipAtom(src, start);
  return { start, end, text: src.slice(start, end) };
}

/**
 * Turns one top-level form into a standalone module text, or undefined if the
 * form is not a text module. `open` is the offset of its `(`, `close` the
 * offset just past its `)`.
 */
function textModule(src: string, open: number, close: number): string | undefined {
  const keyword = readHeadAtom(src, open + 1);
  if (keyword?.text !== "module") return undefined;
  let definition: HeadAtom | undefined;
  let cursor = keyword.end;
  // `(module definition? $id? ...)`; accept the two head atoms in either order.
  for (let k = 0; k < 2; k++) {
    const atom = readHeadAtom(src, cursor);
    if (atom === undefined) break;
    if (atom.text === "definition" && definition === undefined) definition = atom;
    else if (!atom.text.startsWith("$")) break;
    cursor = atom.end;
  }
  const next = readHeadAtom(src, cursor);
  if (next !== undefined && ["binary", "quote", "instance"].includes(next.text)) return undefined;
  if (definition === undefined) return src.slice(open, close);
  return src.slice(open, definition.start) + src.slice(definition.end, close);
}

/** Lists the text modules among the top-level forms of a .wast script. */
export function extractTextModules(src: string): WastModule[] {
  const modules: WastModule[] = [];
  let line = 1;
  let lineCountedTo = 0;
  let i = skipTrivia(src, 0);
  while (i < src.length) {
    if (src[i] !== "(") throw new WastScanError(`expected "(" at top level, found ${JSON.stringify(src[i])}`, i);
    const end = skipForm(src, i);
    const text = textModule(src, i, end);
    if (text !== undefined) {
      for (let k = lineCountedTo; k < i; k++) if (src.charCodeAt(k) === 10) line += 1;
      lineCountedTo = i;
      modules.push({ line, text });
    }
    i = skipTrivia(src, end);
  }
  return modules;
}
