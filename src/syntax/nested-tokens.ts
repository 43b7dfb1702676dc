/**
 * Block comments and annotations, the two tokens that nest: found by a loop
 * with a depth counter instead of the generated lexer.
 *
 * The grammar's rules for them are recursive, and the lexer's simulation
 * follows each level of nesting with more state, so a comment nested a few
 * thousand levels deep (valid text) fails with an error somewhere inside
 * it. Here a level costs one counter step. What is read is the spec's
 * syntax:
 *
 * - `(;` blockchar* `;)`, where a `;` not followed by `)`, a `(` not
 *   followed by `;`, or a nested block comment is a blockchar;
 * - `(@` id item* `)`, the id a run of identifier characters or a string,
 *   an item whitespace, a comment, a string, an identifier character, one
 *   of `, ; [ ] { }`, or a parenthesised run of items.
 *
 * Text that is not one of these tokens (unterminated, or with a character
 * the syntax does not allow) is left to the generated lexer, which reports
 * it as it does any other malformed token.
 */

/** The character at an offset of the text, or -1 past its end. */
export type CharAt = (offset: number) => number;

const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const OPEN = 0x28;
const CLOSE = 0x29;
const SEMICOLON = 0x3b;
const AT = 0x40;
const BACKSLASH = 0x5c;

/** Identifier characters (`idchar`), by code. */
const ID_CHARS = new Uint8Array(128);
for (const c of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&'*+-./:<=>?@\\^_`|~") ID_CHARS[c.charCodeAt(0)] = 1;

/** Single characters an annotation may hold besides identifier characters. */
const ANNOTATION_PUNCTUATION: ReadonlySet<number> = new Set([0x2c, 0x3b, 0x5b, 0x5d, 0x7b, 0x7d]);

function isIdChar(c: number): boolean {
  return c >= 0 && c < 128 && ID_CHARS[c] === 1;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === RETURN;
}

/** End of the block comment opening at `at` (`(;` there), or -1 when it is not closed. */
export function blockCommentEnd(charAt: CharAt, at: number): number {
  let depth = 0;
  for (;;) {
    const c = charAt(at);
    if (c < 0) return -1;
    const next = charAt(at + 1);
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
}

/** End of the string whose opening quote is at `at`, or -1 when it is malformed or not closed. */
export function stringEnd(charAt: CharAt, at: number): number {
  at++;
  for (;;) {
    const c = charAt(at);
    if (c === QUOTE) return at + 1;
    if (c < 0x20 || c === 0x7f) return -1;
    if (c !== BACKSLASH) {
      at++;
      continue;
    }
    const e = charAt(at + 1);
    if (e === 0x74 || e === 0x6e || e === 0x72 || e === QUOTE || e === 0x27 || e === BACKSLASH) {
      at += 2;
    } else if (isHex(e) && isHex(charAt(at + 2))) {
      at += 3;
    } else if (e === 0x75 && charAt(at + 2) === 0x7b && isHex(charAt(at + 3))) {
      at += 4;
      while (isHex(charAt(at))) at++;
      if (charAt(at) !== 0x7d) return -1;
      at++;
    } else {
      return -1;
    }
  }
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

function lineCommentEnd(charAt: CharAt, at: number): number {
  for (;;) {
    const c = charAt(at);
    if (c < 0 || c === NEWLINE || c === RETURN) return at;
    at++;
  }
}

/** End of the annotation opening at `at` (`(@` there), or -1 when the text there is not one. */
export function annotationEnd(charAt: CharAt, at: number): number {
  at += 2;
  const first = charAt(at);
  if (first === QUOTE) {
    at = stringEnd(charAt, at);
    if (at < 0) return -1;
  } else {
    if (!isIdChar(first)) return -1;
    while (isIdChar(charAt(at))) at++;
  }
  let depth = 1;
  for (;;) {
    const c = charAt(at);
    if (c < 0) return -1;
    const next = charAt(at + 1);
    if (c === OPEN && next === SEMICOLON) {
      at = blockCommentEnd(charAt, at);
    } else if (c === SEMICOLON && next === SEMICOLON) {
      at = lineCommentEnd(charAt, at);
    } else if (c === QUOTE) {
      at = stringEnd(charAt, at);
    } else if (c === OPEN) {
      depth++;
      at++;
    } else if (c === CLOSE) {
      at++;
      if (--depth === 0) return at;
    } else if (isSpace(c) || isIdChar(c) || ANNOTATION_PUNCTUATION.has(c)) {
      at++;
    } else {
      return -1;
    }
    if (at < 0) return -1;
  }
}

/** Whether the text at `at` opens a token of this module: `(;` or `(@`. */
export function opensNestedToken(c: number, next: number): boolean {
  return c === OPEN && (next === SEMICOLON || next === AT);
}
