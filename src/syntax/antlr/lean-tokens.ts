/**
 * Tokens without their per-token bookkeeping.
 *
 * antlr4ng's lexer makes each token from a new `[lexer, input]` pair and an
 * options object, then a `CommonToken` with a text override slot: three
 * objects per token, a third of what parsing compiler output allocates.
 * This grammar has no lexer actions and nothing sets a token's text, so a
 * token is its type, channel, position and the stream its text comes from.
 *
 * The parser then wraps each token it matches in a `TerminalNode` for the
 * parse tree. A `LeanToken` is its own terminal node (its `symbol` is
 * itself), so the rule contexts take it as it is (`fast-contexts.ts`).
 */
import { type CharStream, type ParseTree, TerminalNode, Token, type TokenSource } from "antlr4ng";
import { WatLexer } from "../../../generated/WatLexer.js";
import { StringCharStream, type TextCharStream } from "./char-stream.js";
import { CachedLexing, UNCACHED } from "./fast-lexing.js";

/**
 * A token that is its own terminal node. It takes `TerminalNode`'s
 * prototype (below) rather than extending the class: the class's field
 * initialisers would then run as one more call for every token, as would
 * this class's own if it defined its fields.
 *
 * A token holds only what parsing reads: every token of the input is
 * allocated, so each field costs about 3 MB per megabyte of text. Its line
 * and column (read only to report an error) are worked out from its offset
 * when asked; as a terminal node it is its own `symbol`, and it leaves its
 * `parent` unrecorded (nothing walks the parse tree upwards from a token).
 */
export interface LeanToken extends TerminalNode {}

export class LeanToken implements Token {
  // Declared, not defined: every field is set by the constructor, so the class has no field initialiser to run.
  declare tokenIndex: number;
  declare type: number;
  declare channel: number;
  declare start: number;
  declare stop: number;
  declare readonly lexer: WatLexer;

  constructor(type: number, channel: number, start: number, stop: number, lexer: WatLexer) {
    this.tokenIndex = -1;
    this.type = type;
    this.channel = channel;
    this.start = start;
    this.stop = stop;
    this.lexer = lexer;
  }

  get symbol(): Token {
    return this;
  }

  get parent(): ParseTree | null {
    return null;
  }

  get line(): number {
    return this.#position().line;
  }

  get column(): number {
    // ANTLR's columns count from 0.
    return this.#position().column - 1;
  }

  #position(): { line: number; column: number } {
    return (this.lexer.inputStream as TextCharStream).position(this.start);
  }

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

  /** The token's form, as antlr4ng prints a token (a terminal node would print only its text). */
  toString(): string {
    return `[@${this.tokenIndex},${this.start}:${this.stop}='${this.text}',<${this.type}>,${this.line}:${this.column}]`;
  }
}

Object.setPrototypeOf(LeanToken.prototype, TerminalNode.prototype);

/**
 * The generated lexer, emitting `LeanToken`s. With the cached-DFA
 * simulator, a token the DFA decides alone is made here directly; the
 * stock `nextToken` (with its mark, error recovery and lexer commands)
 * handles the rest. Every token, the end-of-input one too, works out its
 * line and column from its offset, so the cached walk need not count lines.
 */
export class LeanTokenLexer extends WatLexer {
  /**
   * Whether whitespace (the hidden channel) makes tokens. A reader that
   * takes the whitespace from the source text turns this off: on compiler
   * output, nearly every other token is whitespace.
   */
  whitespaceTokens = true;

  override nextToken(): Token {
    const simulator = this.interpreter;
    const input = this.inputStream;
    const fast = simulator instanceof CachedLexing && input instanceof StringCharStream;
    for (;;) {
      // The end of the input is left to the stock method, which makes the EOF token.
      if (!fast || input.index >= input.size) return this.#stockToken();
      const start = input.index;
      this.channel = Token.DEFAULT_CHANNEL;
      const type = simulator.matchCached(input, this.mode);
      if (type === UNCACHED) return this.#stockToken();
      // As the stock method does: the end-of-input token then comes without another match.
      if (input.index >= input.size) (this as unknown as { hitEOF: boolean }).hitEOF = true;
      if (this.channel === Token.HIDDEN_CHANNEL && !this.whitespaceTokens) continue;
      this.type = type;
      this.tokenStartCharIndex = start;
      return this.emit();
    }
  }

  #stockToken(): Token {
    for (;;) {
      const token = super.nextToken();
      if (token.channel !== Token.HIDDEN_CHANNEL || this.whitespaceTokens) return token;
    }
  }

  override emitEOF(): Token {
    const at = this.inputStream.index;
    const token = new LeanToken(Token.EOF, Token.DEFAULT_CHANNEL, at, at - 1, this);
    this.emitToken(token);
    return token;
  }

  override emit(): Token {
    const token = new LeanToken(this.type, this.channel, this.tokenStartCharIndex, this.getCharIndex() - 1, this);
    this.emitToken(token);
    return token;
  }
}
