/**
 * The concrete syntax tree the formatter lays out: parentheses, tokens as
 * spelled, comments and annotations in source order, and the line breaks the
 * author put before each. Nothing is interpreted, so nothing can be lost:
 * printing every token of the tree in order gives back the source's tokens.
 *
 * `readTopLevel` builds the tree a top-level item at a time, and opens a
 * `(module ...)` wrapper as a header plus one item per field, so a large
 * module never has more than one field's tree in memory.
 */
import type { Lexeme } from "../../syntax/lex.js";

export type CstNode = CstToken | CstList;

export interface CstToken {
  kind: "atom" | "line-comment" | "block-comment" | "annotation";
  text: string;
  /** Line breaks before it in the source. */
  newlines: number;
  /** Where it is in the source (unset on tokens the formatter writes itself: `end`, `then`). */
  start?: number;
}

export interface CstList {
  kind: "list";
  children: CstNode[];
  newlines: number;
  /** Where its opening parenthesis is in the source. */
  start?: number;
}

/** The keyword after a list's opening parenthesis, if it starts with one. */
export function headWord(list: CstList): string | undefined {
  const first = list.children[0];
  return first !== undefined && first.kind === "atom" ? first.text : undefined;
}

/** What `readTopLevel` gives: whole items, or a module opened field by field. */
export type TopItem =
  | { kind: "node"; node: CstNode; inModule: boolean }
  | { kind: "module-open"; header: CstToken[]; newlines: number }
  | { kind: "module-close" };

/** Header words of a module read field by field; `binary`/`quote` modules are read whole. */
const STREAMED_HEADER = /^(\$|definition$)/;

export function* readTopLevel(text: string, lexemes: Iterator<Lexeme>): Generator<TopItem> {
  const source = new Lookahead(lexemes);
  let inModule = false;
  for (;;) {
    const lexeme = source.next();
    if (lexeme === undefined) return;
    if (inModule && lexeme.kind === "close") {
      inModule = false;
      yield { kind: "module-close" };
      continue;
    }
    if (!inModule && lexeme.kind === "open" && isModuleKeyword(text, source.peek(0))) {
      const header = streamedHeader(text, source);
      if (header !== undefined) {
        inModule = true;
        yield { kind: "module-open", header, newlines: lexeme.newlines };
        continue;
      }
    }
    yield { kind: "node", node: readNode(text, lexeme, source), inModule };
  }
}

function isModuleKeyword(text: string, lexeme: Lexeme | undefined): boolean {
  return lexeme !== undefined && lexeme.kind === "atom" && text.slice(lexeme.start, lexeme.end) === "module";
}

/**
 * `module $id definition`: the words of a module opened field by field, taken
 * from `source`; undefined (nothing taken) for a `binary`/`quote` module.
 */
function streamedHeader(text: string, source: Lookahead): CstToken[] | undefined {
  let count = 1;
  for (let next = source.peek(count); next !== undefined && next.kind === "atom"; next = source.peek(++count)) {
    if (!STREAMED_HEADER.test(text.slice(next.start, next.end))) return undefined;
  }
  const header: CstToken[] = [];
  for (let i = 0; i < count; i++) header.push(token(text, source.next()!));
  return header;
}

function token(text: string, lexeme: Lexeme): CstToken {
  return { kind: lexeme.kind as CstToken["kind"], text: text.slice(lexeme.start, lexeme.end), newlines: lexeme.newlines, start: lexeme.start };
}

/** One node starting with `first`; lists are read with an explicit stack, so nesting depth costs no recursion. */
function readNode(text: string, first: Lexeme, source: Lookahead): CstNode {
  if (first.kind !== "open") return token(text, first);
  const root: CstList = { kind: "list", children: [], newlines: first.newlines, start: first.start };
  const open: CstList[] = [root];
  while (open.length > 0) {
    const lexeme = source.next();
    // parseWat has checked the parentheses; a cut-off input just ends its lists.
    if (lexeme === undefined) break;
    const parent = open[open.length - 1];
    if (lexeme.kind === "close") {
      open.pop();
    } else if (lexeme.kind === "open") {
      const list: CstList = { kind: "list", children: [], newlines: lexeme.newlines, start: lexeme.start };
      parent.children.push(list);
      open.push(list);
    } else {
      parent.children.push(token(text, lexeme));
    }
  }
  return root;
}

/** An iterator with a few tokens of lookahead. */
class Lookahead {
  readonly #buffer: Lexeme[] = [];

  constructor(private readonly source: Iterator<Lexeme>) {}

  next(): Lexeme | undefined {
    if (this.#buffer.length > 0) return this.#buffer.shift();
    const r = this.source.next();
    return r.done ? undefined : r.value;
  }

  /** The token `ahead` places after the next one (0: the next one). */
  peek(ahead: number): Lexeme | undefined {
    while (this.#buffer.length <= ahead) {
      const r = this.source.next();
      if (r.done) return undefined;
      this.#buffer.push(r.value);
    }
    return this.#buffer[ahead];
  }
}
