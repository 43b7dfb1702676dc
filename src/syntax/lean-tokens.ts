/**
 * Tokens without their per-token bookkeeping.
 *
 * antlr4ng's lexer makes each token from a new `[lexer, input]` pair and an
 * options object, then a `CommonToken` with a text override slot: three
 * objects per token, a third of what parsing compiler output allocates.
 * This grammar has no lexer actions and nothing sets a token's text, so a
 * token is its type, channel, position and the stream its text comes from.
 */
import type { CharStream, Token, TokenSource } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";

export class LeanToken implements Token {
  tokenIndex = -1;

  constructor(
    public type: number,
    public channel: number,
    public start: number,
    public stop: number,
    public line: number,
    public column: number,
    readonly lexer: WatLexer,
  ) {}

  get text(): string {
    const input = this.lexer.inputStream;
    return this.start < input.size && this.stop < input.size ? input.getTextFromRange(this.start, this.stop) : "<EOF>";
  }

  get tokenSource(): TokenSource {
    return this.lexer;
  }

  get inputStream(): CharStream {
    return this.lexer.inputStream;
  }

  toString(): string {
    return `[@${this.tokenIndex},${this.start}:${this.stop}='${this.text}',<${this.type}>,${this.line}:${this.column}]`;
  }
}

/** The generated lexer, emitting `LeanToken`s (the end-of-input token stays antlr4ng's). */
export class LeanTokenLexer extends WatLexer {
  override emit(): Token {
    const token = new LeanToken(this.type, this.channel, this.tokenStartCharIndex, this.getCharIndex() - 1, this.currentTokenStartLine, this.currentTokenColumn, this);
    this.emitToken(token);
    return token;
  }
}
