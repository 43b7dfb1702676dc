/**
 * The token stream as a formatter sees it: every token of the source in
 * order, comments and annotations included, each with its spelling's span
 * and how many line breaks precede it. Whitespace is not a token; its line
 * breaks are counted on the token after it.
 *
 * For text `parseWat` has accepted: the generated lexer has already checked
 * every token's form, so a small scanner that only finds where tokens start
 * and end suffices (comments, strings and annotations end where
 * `token-ends.ts` says), and reads the text in a fraction of the lexer's
 * time. Tokens are produced on demand; text the lexer would reject is a
 * `WatSyntaxError` where a comment, string or annotation goes wrong.
 */
import { WatSyntaxError } from "./errors.js";
import { annotationEnd, blockCommentEnd, type CharAt, charsOf, type Fail, lineCommentEnd, stringEnd } from "./token-ends.js";

export type LexemeKind = "open" | "close" | "atom" | "line-comment" | "block-comment" | "annotation";

export interface Lexeme {
  kind: LexemeKind;
  start: number;
  end: number;
  /** Line breaks between the previous token and this one. */
  newlines: number;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const RETURN = 0x0d;
const OPEN = 0x28;
const CLOSE = 0x29;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const AT = 0x40;

export function* lexWat(text: string): Generator<Lexeme> {
  const length = text.length;
  const charAt = charsOf(text);
  const fail: Fail = (message, offset) => {
    throw new WatSyntaxError(message, text, offset);
  };
  let at = 0;
  let newlines = 0;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c === NEWLINE) {
      newlines++;
      at++;
      continue;
    }
    if (c === SPACE || c === TAB || c === RETURN) {
      at++;
      continue;
    }
    const start = at;
    let kind: LexemeKind;
    const next = at + 1 < length ? text.charCodeAt(at + 1) : 0;
    const annotation = c === OPEN && next === AT ? annotationEnd(charAt, at, fail) : -1;
    if (c === OPEN && next === SEMICOLON) {
      kind = "block-comment";
      at = blockCommentEnd(charAt, at, fail);
    } else if (c === SEMICOLON && next === SEMICOLON) {
      kind = "line-comment";
      at = lineCommentEnd(charAt, at);
    } else if (annotation !== -1) {
      kind = "annotation";
      at = annotation;
    } else if (c === OPEN) {
      kind = "open";
      at++;
    } else if (c === CLOSE) {
      kind = "close";
      at++;
    } else {
      kind = "atom";
      // A lone `;` is a token of its own (reserved).
      at = c === SEMICOLON ? at + 1 : atomEnd(text, charAt, at, fail);
    }
    yield { kind, start, end: at, newlines };
    newlines = 0;
  }
}

/** End of a keyword, number, id (`$"..."` included) or string. */
function atomEnd(text: string, charAt: CharAt, at: number, fail: Fail): number {
  const length = text.length;
  for (;;) {
    // Read the text directly: this loop is most of the scanner's time.
    const c = at < length ? text.charCodeAt(at) : -1;
    if (c < 0 || c === SPACE || c === NEWLINE || c === TAB || c === RETURN || c === OPEN || c === CLOSE || c === SEMICOLON) return at;
    if (c !== QUOTE) {
      at++;
      continue;
    }
    const end = stringEnd(charAt, at);
    if (end < 0) fail("malformed string", at);
    at = end;
  }
}
