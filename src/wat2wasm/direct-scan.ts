/**
 * The tokens of a function body's text as the direct conversion
 * (`direct-body.ts`) reads them: parentheses and atoms (runs of identifier
 * characters: mnemonics, numbers, `$ids`, `offset=N`), past whitespace and
 * comments. Whatever else the text holds (a string, an annotation, a quoted
 * id, a stray character, an unclosed comment) is an `OTHER` token, which
 * the reader does not take: it gives the body up to the parser.
 */
import { isIdChar } from "../syntax/token-ends.js";

export const END: number = 0;
export const OPEN: number = 1;
export const CLOSE: number = 2;
export const ATOM: number = 3;
export const OTHER: number = 4;

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const AT = 0x40;

/** One token at a time: `kind` and `[start, stop)` describe the current one, `next()` moves on. */
export class BodyScanner {
  text = "";
  private end = 0;
  private pos = 0;
  kind = END;
  start = 0;
  stop = 0;

  /** Starts on the text `[start, end)` of `text`, its first token current. */
  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.end = end;
    this.seek(start);
  }

  /** Makes the token at `at` (a `start` seen before) current again. */
  seek(at: number): void {
    this.pos = at;
    this.next();
  }

  next(): void {
    const text = this.text;
    const end = this.end;
    let at = this.trivia(this.pos);
    this.start = at;
    if (at >= end) {
      this.kind = at === end ? END : OTHER;
      this.stop = this.pos = at;
      return;
    }
    const c = text.charCodeAt(at);
    if (c === PAREN_OPEN) {
      this.kind = text.charCodeAt(at + 1) === AT ? OTHER : OPEN;
      at++;
    } else if (c === PAREN_CLOSE) {
      this.kind = CLOSE;
      at++;
    } else if (isIdChar(c)) {
      do at++;
      while (at < end && isIdChar(text.charCodeAt(at)));
      // `$"..."` and an atom run into a string are not plain tokens.
      this.kind = at < end && text.charCodeAt(at) === QUOTE ? OTHER : ATOM;
    } else {
      this.kind = OTHER;
      at++;
    }
    this.stop = this.pos = at;
  }

  /** Whether the current token is the atom `word`. */
  is(word: string): boolean {
    return this.kind === ATOM && this.stop - this.start === word.length && this.text.startsWith(word, this.start);
  }

  /** The current token's text. */
  get token(): string {
    return this.text.slice(this.start, this.stop);
  }

  /** Past whitespace and comments from `at`; past the end when a block comment does not close. */
  private trivia(at: number): number {
    const text = this.text;
    const end = this.end;
    while (at < end) {
      const c = text.charCodeAt(at);
      if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN) at++;
      else if (c === SEMICOLON && text.charCodeAt(at + 1) === SEMICOLON) {
        const eol = text.indexOf("\n", at);
        at = eol < 0 || eol > end ? end : eol + 1;
      } else if (c === PAREN_OPEN && text.charCodeAt(at + 1) === SEMICOLON) at = this.blockCommentEnd(at);
      else break;
    }
    return at;
  }

  private blockCommentEnd(at: number): number {
    const text = this.text;
    const end = this.end;
    let depth = 0;
    while (at < end) {
      const c = text.charCodeAt(at);
      if (c === PAREN_OPEN && text.charCodeAt(at + 1) === SEMICOLON) {
        depth++;
        at += 2;
      } else if (c === SEMICOLON && text.charCodeAt(at + 1) === PAREN_CLOSE) {
        at += 2;
        if (--depth === 0) return at;
      } else at++;
    }
    return end + 1;
  }
}
