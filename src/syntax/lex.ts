/**
 * The token stream as a formatter sees it: every token of the source in
 * order, comments and annotations included, each with its spelling's span
 * and how many line breaks precede it. Whitespace is not a token; its line
 * breaks are counted on the token after it.
 *
 * For text `parseWat` has accepted: the generated lexer has already checked
 * every token's form, so a small scanner that only finds where tokens start
 * and end suffices (as for annotations in `annotations.ts`), and reads the
 * text in a fraction of the lexer's time. Tokens are produced on demand.
 */

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
const BACKSLASH = 0x5c;
const AT = 0x40;

export function* lexWat(text: string): Generator<Lexeme> {
  const length = text.length;
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
    const commentEnd = c === OPEN && next === SEMICOLON ? blockCommentEnd(text, at) : -1;
    if (commentEnd !== -1) {
      kind = "block-comment";
      at = commentEnd;
    } else if (c === SEMICOLON && next === SEMICOLON) {
      kind = "line-comment";
      at = lineEnd(text, at);
    } else if (c === OPEN && next === AT) {
      kind = "annotation";
      at = annotationEnd(text, at);
    } else if (c === OPEN) {
      kind = "open";
      at++;
    } else if (c === CLOSE) {
      kind = "close";
      at++;
    } else {
      kind = "atom";
      // A lone `;` is a token of its own (reserved).
      at = c === SEMICOLON ? at + 1 : atomEnd(text, at);
    }
    yield { kind, start, end: at, newlines };
    newlines = 0;
  }
}

/**
 * End of the `(; ... ;)` at `at`, nested comments included; -1 when it is
 * never closed: the lexer then reads `(` as a parenthesis (the longest token
 * there), so the `(;` of `(;; ...` can open a list whose first token is a line comment.
 */
function blockCommentEnd(text: string, at: number): number {
  let depth = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    if (c === OPEN && next === SEMICOLON) {
      depth++;
      at += 2;
    } else if (c === SEMICOLON && next === CLOSE) {
      at += 2;
      if (--depth === 0) return at;
    } else {
      at++;
    }
  }
  return -1;
}

/** End of a line comment: the line break (or carriage return) is not part of it. */
function lineEnd(text: string, at: number): number {
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === NEWLINE || c === RETURN) return at;
    at++;
  }
  return at;
}

/** End of the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  at++;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === BACKSLASH) at += 2;
    else if (c === QUOTE) return at + 1;
    else at++;
  }
  return at;
}

/**
 * End of an annotation `(@id ...)`: balanced parentheses, skipping strings
 * and comments. The lexer takes the longest annotation it can close, where
 * `;` is also a plain character: when `;;` read as a line comment leaves the
 * annotation unclosed (`(@a;;)`), it is read again that way.
 */
function annotationEnd(text: string, at: number, lineComments = true): number {
  const start = at;
  let depth = 0;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    const commentEnd = c === OPEN && next === SEMICOLON ? blockCommentEnd(text, at) : -1;
    if (c === QUOTE) at = stringEnd(text, at);
    else if (commentEnd !== -1) at = commentEnd;
    else if (lineComments && c === SEMICOLON && next === SEMICOLON) at = lineEnd(text, at);
    else if (c === OPEN) {
      depth++;
      at++;
    } else if (c === CLOSE) {
      at++;
      if (--depth === 0) return at;
    } else at++;
  }
  return lineComments ? annotationEnd(text, start, false) : at;
}

/** End of a keyword, number, id (`$"..."` included) or string. */
function atomEnd(text: string, at: number): number {
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN || c === OPEN || c === CLOSE || c === SEMICOLON) return at;
    at = c === QUOTE ? stringEnd(text, at) : at + 1;
  }
  return at;
}
