/**
 * Where comments, strings and annotations end: the one scanner for them,
 * used by the lexer (for the tokens that nest), by the formatter's token
 * stream and by the reader of annotation contents.
 *
 * Block comments and annotations nest. The grammar's rules for them are
 * recursive, and the generated lexer's simulation follows each level of
 * nesting with more state, so a comment nested a few thousand levels deep
 * (valid text) fails with an error somewhere inside it. Here a level costs
 * one counter step. What is read is the spec's syntax:
 *
 * - `(;` blockchar* `;)`, where a `;` not followed by `)`, a `(` not
 *   followed by `;`, or a nested block comment is a blockchar;
 * - `;;` up to a line break (U+0A or U+0D), which is not part of it;
 * - `"` stringchar* `"`, with the spec's escapes;
 * - `(@` id item* `)`, the id a run of identifier characters or a string,
 *   an item whitespace, a comment, a string, an identifier character, one
 *   of `, ; [ ] { }`, or a parenthesised run of items.
 *
 * A comment or annotation that is not closed, or an annotation with a
 * character its syntax does not allow, is reported through `fail` at its
 * start or at the character; `(@` without an id after it is no annotation,
 * and is left to the generated lexer.
 */

/** The character at an offset of the text, or -1 past its end. */
export type CharAt = (offset: number) => number;

/** Reports malformed text at an offset; does not return. */
export type Fail = (message: string, offset: number) => never;

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
const UNDERSCORE = 0x5f;

/** Identifier characters (`idchar`), by code. */
const ID_CHARS = new Uint8Array(128);
for (const c of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&'*+-./:<=>?@\\^_`|~") ID_CHARS[c.charCodeAt(0)] = 1;

/** Single characters an annotation may hold besides identifier characters. */
const ANNOTATION_PUNCTUATION: ReadonlySet<number> = new Set([0x2c, 0x3b, 0x5b, 0x5d, 0x7b, 0x7d]);

export function isIdChar(c: number): boolean {
  return c >= 0 && c < 128 && ID_CHARS[c] === 1;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === RETURN;
}

/** End of the block comment opening at `at` (`(;` there). */
export function blockCommentEnd(charAt: CharAt, at: number, fail: Fail): number {
  const start = at;
  let depth = 0;
  for (;;) {
    const c = charAt(at);
    if (c < 0) return fail("unterminated block comment", start);
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
      at = hexNumEnd(charAt, at + 3);
      if (charAt(at) !== 0x7d) return -1;
      at++;
    } else {
      return -1;
    }
  }
}

/** End of the hexadecimal number at `at` (a digit there), digits apart by single underscores as the spec's `hexnum`. */
function hexNumEnd(charAt: CharAt, at: number): number {
  for (at++; ; at++) {
    const c = charAt(at);
    if (c === UNDERSCORE && isHex(charAt(at + 1))) at++;
    else if (!isHex(c)) return at;
  }
}

/**
 * Where the string spanning `[start, end)` (a `stringEnd`) has a `\u{…}`
 * escape of no Unicode scalar value, or -1: such a string is malformed
 * wherever it stands, also in an annotation, which is not decoded.
 */
function badScalarEscape(charAt: CharAt, start: number, end: number): number {
  for (let at = start + 1; at < end - 1; at++) {
    if (charAt(at) !== BACKSLASH) continue;
    if (charAt(at + 1) !== 0x75) {
      at++;
      continue;
    }
    let value = 0;
    let digit = at + 3;
    for (; charAt(digit) !== 0x7d; digit++) {
      const c = charAt(digit);
      if (c !== UNDERSCORE) value = Math.min(value * 16 + (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57), 0x110000);
    }
    if (!isScalarValue(value)) return at;
    at = digit;
  }
  return -1;
}

/** Whether a code point is a Unicode scalar value (not past U+10FFFF, not a surrogate): what a `\u{…}` escape may spell. */
export function isScalarValue(cp: number): boolean {
  return cp < 0x110000 && (cp < 0xd800 || cp >= 0xe000);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/** End of the line comment at `at` (`;;` there): the line break is not part of it. */
export function lineCommentEnd(charAt: CharAt, at: number): number {
  for (;;) {
    const c = charAt(at);
    if (c < 0 || c === NEWLINE || c === RETURN) return at;
    at++;
  }
}

/** End of the annotation opening at `at` (`(@` there), or -1 when no id follows `(@`. */
export function annotationEnd(charAt: CharAt, at: number, fail: Fail): number {
  const start = at;
  at += 2;
  const first = charAt(at);
  if (first === QUOTE) {
    const end = stringEnd(charAt, at);
    if (end < 0) return -1;
    const bad = badScalarEscape(charAt, at, end);
    if (bad >= 0) fail("malformed annotation id: escape is not a Unicode scalar value", bad);
    at = end;
  } else {
    if (!isIdChar(first)) return -1;
    while (isIdChar(charAt(at))) at++;
  }
  let depth = 1;
  for (;;) {
    const c = charAt(at);
    if (c < 0) return fail("unterminated annotation", start);
    const next = charAt(at + 1);
    if (c === OPEN && next === SEMICOLON) {
      at = blockCommentEnd(charAt, at, fail);
    } else if (c === SEMICOLON && next === SEMICOLON) {
      at = lineCommentEnd(charAt, at);
    } else if (c === QUOTE) {
      const end = stringEnd(charAt, at);
      if (end < 0) fail("malformed string in annotation", at);
      const bad = badScalarEscape(charAt, at, end);
      if (bad >= 0) fail("malformed string in annotation: escape is not a Unicode scalar value", bad);
      at = end;
    } else if (c === OPEN) {
      depth++;
      at++;
    } else if (c === CLOSE) {
      at++;
      if (--depth === 0) return at;
    } else if (isSpace(c) || isIdChar(c) || ANNOTATION_PUNCTUATION.has(c)) {
      at++;
    } else {
      return fail(`unexpected character U+${c.toString(16).toUpperCase().padStart(4, "0")} in annotation`, at);
    }
  }
}

/** The characters of a string, -1 past its end. */
export function charsOf(text: { readonly length: number; charCodeAt(offset: number): number }): CharAt {
  return (offset) => (offset < text.length ? text.charCodeAt(offset) : -1);
}

/** Whether the text at `at` opens a nested token: `(;` or `(@`. */
export function opensNestedToken(c: number, next: number): boolean {
  return c === OPEN && (next === SEMICOLON || next === AT);
}
