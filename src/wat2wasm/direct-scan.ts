/**
 * The tokens of a function body's text as the direct conversion
 * (`direct-body.ts`) reads them: parentheses and atoms (runs of identifier
 * characters: mnemonics, numbers, `$ids`, `offset=N`; and quoted ids
 * `$"..."`), past whitespace and comments. Whatever else
 * the text holds (a string, an annotation, an escape in a quoted id, a stray
 * character, an unclosed comment) is an `OTHER` token, which the reader does
 * not take: it gives the body up to the parser.
 */
import { parseName, shortDecimal } from "../syntax/literals.js";
import { blockCommentEnd, type CharAt, isIdChar, lineCommentEnd, stringEnd } from "../syntax/token-ends.js";

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
const BACKSLASH = 0x5c;
const AT = 0x40;
const DOLLAR = 0x24;

/** Thrown inside text a direct reader (`direct-body.ts`, `direct-skeleton.ts`) does not take; it then gives the text up to the parser. */
export const GIVE_UP: Error = new Error("not read directly");

export function giveUp(): never {
  throw GIVE_UP;
}

/** One token at a time: `kind` and `[start, stop)` describe the current one, `next()` moves on. */
export class BodyScanner {
  text = "";
  private end = 0;
  private pos = 0;
  /** The body's characters, -1 past its end, for the lexer's comment scanners. */
  private charAt: CharAt = () => -1;
  kind = END;
  start = 0;
  stop = 0;
  /** Whether the current atom is a quoted id, `$"..."`, and whether that has escapes. */
  quoted = false;
  private escaped = false;

  /** Starts on the text `[start, end)` of `text`, its first token current. */
  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.end = end;
    this.charAt = (offset) => (offset < end ? text.charCodeAt(offset) : -1);
    this.seek(start);
  }

  /** Makes the token at `at` (a `start` seen before) current again. */
  seek(at: number): void {
    this.pos = at;
    this.next();
  }

  /**
   * Moves to the next token, past whitespace and comments. The whole scan
   * is one function, larger than V8 inlines (460 bytes of bytecode): the
   * readers call it from some forty places, and a copy compiled into each
   * cost a module's first conversion (some 12% of its CPU time) more than
   * the calls cost warm ones.
   */
  next(): void {
    const text = this.text;
    const end = this.end;
    let at = this.pos;
    while (at < end) {
      const c = text.charCodeAt(at);
      if (c === SPACE || c === NEWLINE || c === TAB || c === RETURN) at++;
      // Comments are rare in bodies: their ends are the lexer's own (token-ends.ts).
      else if (c === SEMICOLON && text.charCodeAt(at + 1) === SEMICOLON) at = lineCommentEnd(this.charAt, at);
      else if (c === PAREN_OPEN && text.charCodeAt(at + 1) === SEMICOLON) at = this.blockCommentEnd(at);
      else break;
    }
    this.start = at;
    if (at >= end) {
      this.kind = at === end ? END : OTHER;
      this.stop = this.pos = at;
      return;
    }
    const c = text.charCodeAt(at);
    this.quoted = false;
    if (c === PAREN_OPEN) {
      this.kind = text.charCodeAt(at + 1) === AT ? OTHER : OPEN;
      at++;
    } else if (c === PAREN_CLOSE) {
      this.kind = CLOSE;
      at++;
    } else if (isIdChar(c)) {
      do at++;
      while (at < end && isIdChar(text.charCodeAt(at)));
      // A `$` alone is no id (nor any other token the readers take).
      this.kind = at === this.start + 1 && c === DOLLAR ? OTHER : ATOM;
      if (at < end && text.charCodeAt(at) === QUOTE) {
        // `$"..."`, searched only within the body: a search of the whole text for each id would make a large module quadratic.
        let close = at + 1;
        let q = -1;
        while (close < end) {
          q = text.charCodeAt(close);
          if (q === QUOTE || q === BACKSLASH) break;
          close++;
        }
        this.escaped = q === BACKSLASH;
        // Escapes are rare: the lexer's own scan finds where such a string ends.
        if (this.escaped) close = stringEnd(this.charAt, at) - 1;
        // Any other atom run into a string, or a quoted id run into more identifier characters or another string, is one malformed token.
        const after = close >= 0 && close + 1 < end ? text.charCodeAt(close + 1) : -1;
        // `$""` names nothing: the lexer's "empty identifier".
        if (at !== this.start + 1 || text.charCodeAt(this.start) !== DOLLAR || close < 0 || close >= end || close === at + 1) this.kind = OTHER;
        else {
          this.kind = isIdChar(after) || after === QUOTE ? OTHER : ATOM;
          this.quoted = true;
          at = close + 1;
        }
      }
    } else {
      this.kind = OTHER;
      at++;
    }
    this.stop = this.pos = at;
  }

  /** The name of the current `$id`: what follows `$`, or the string between the quotes (which throws `LiteralError` when it is not UTF-8). */
  get idName(): string {
    if (!this.quoted) return this.text.slice(this.start + 1, this.stop);
    return this.escaped ? parseName(this.text.slice(this.start + 1, this.stop)) : this.text.slice(this.start + 2, this.stop - 1);
  }

  /** Whether the current atom is an id naming `name`. */
  isIdOf(name: string): boolean {
    if (this.escaped && this.quoted) return this.idName === name;
    const skip = this.quoted ? 2 : 1;
    return this.stop - this.start === name.length + 2 * skip - 1 && this.text.startsWith(name, this.start + skip);
  }

  /** The current atom's value when it is short and decimal (`literals.ts` `shortDecimal`); undefined for any other token. */
  shortDecimal(): number | undefined {
    return this.kind === ATOM ? shortDecimal(this.text, this.start, this.stop) : undefined;
  }

  /** Where the string at the current token ends, or -1 when no string starts there or it does not end within the text. */
  stringEnd(): number {
    return this.kind === OTHER && this.text.charCodeAt(this.start) === QUOTE ? stringEnd(this.charAt, this.start) : -1;
  }

  /** Whether the current token is the atom `word`. */
  is(word: string): boolean {
    return this.kind === ATOM && this.stop - this.start === word.length && this.text.startsWith(word, this.start);
  }

  /** The current token's text. */
  get token(): string {
    return this.text.slice(this.start, this.stop);
  }

  /** Past the block comment at `at`; past the end, which gives the body up, when it does not close. */
  private blockCommentEnd(at: number): number {
    try {
      return blockCommentEnd(this.charAt, at, unclosed);
    } catch (error) {
      if (error !== UNCLOSED) throw error;
      return this.end + 1;
    }
  }
}

const UNCLOSED = new Error("unclosed block comment");

function unclosed(): never {
  throw UNCLOSED;
}
