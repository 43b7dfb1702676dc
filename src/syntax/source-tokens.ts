/**
 * The tokens of a parse, kept for the formatter: `parseWat` records every
 * token its lexer makes (comments and annotations included, whitespace
 * not), and the formatter reads them back as `lexWat` would give them, so
 * the text is lexed once. On text the parser accepts the two agree: its
 * lexer takes the longest run of token characters as `lexWat` does, and
 * the runs it never accepts (two tokens without a space between them) are
 * errors.
 *
 * Three numbers a token (its kind, where it starts and ends): an object a
 * token, kept for the whole text, would cost more than lexing again.
 */
import { Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { ANNOTATIONS_CHANNEL, COMMENTS_CHANNEL } from "./hidden-tokens.js";
import type { Lexeme, LexemeKind } from "./lex.js";

const KINDS: readonly LexemeKind[] = ["open", "close", "atom", "line-comment", "block-comment", "annotation"];
const [OPEN, CLOSE, ATOM, LINE_COMMENT, BLOCK_COMMENT, ANNOTATION] = KINDS.map((_, k) => k);

const NEWLINE = 0x0a;

export class SourceTokens {
  #kinds = new Uint8Array(1024);
  #starts = new Uint32Array(1024);
  #ends = new Uint32Array(1024);
  #count = 0;

  /** Records a token of the lexer (the end of the input and whitespace are not tokens here). */
  record(token: Token): void {
    let kind: number;
    if (token.channel === Token.DEFAULT_CHANNEL) {
      if (token.type === Token.EOF) return;
      kind = token.type === WatLexer.LPAR ? OPEN : token.type === WatLexer.RPAR ? CLOSE : ATOM;
    } else if (token.channel === COMMENTS_CHANNEL) {
      kind = token.type === WatLexer.LINE_COMMENT ? LINE_COMMENT : BLOCK_COMMENT;
    } else if (token.channel === ANNOTATIONS_CHANNEL) {
      kind = ANNOTATION;
    } else {
      return;
    }
    if (this.#count === this.#kinds.length) this.#grow();
    const k = this.#count++;
    this.#kinds[k] = kind;
    this.#starts[k] = token.start;
    this.#ends[k] = token.stop + 1;
  }

  /** Forgets what was recorded (a parse that starts again). */
  clear(): void {
    this.#count = 0;
  }

  /** The tokens of `text` (the text parsed), as `lexWat` gives them. */
  lexemes(text: string): Iterator<Lexeme> {
    const kinds = this.#kinds;
    const starts = this.#starts;
    const ends = this.#ends;
    const count = this.#count;
    let k = 0;
    let after = 0;
    return {
      next(): IteratorResult<Lexeme> {
        if (k === count) return { done: true, value: undefined };
        const start = starts[k];
        let newlines = 0;
        for (let at = after; at < start; at++) if (text.charCodeAt(at) === NEWLINE) newlines++;
        after = ends[k];
        return { done: false, value: { kind: KINDS[kinds[k++]], start, end: after, newlines } };
      },
    };
  }

  #grow(): void {
    const size = this.#kinds.length * 2;
    const kinds = new Uint8Array(size);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    kinds.set(this.#kinds);
    starts.set(this.#starts);
    ends.set(this.#ends);
    this.#kinds = kinds;
    this.#starts = starts;
    this.#ends = ends;
  }
}
