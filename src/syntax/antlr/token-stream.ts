/**
 * The parser's token stream. It pulls tokens from the lexer on demand and
 * keeps only what the parser needs:
 * - whitespace is dropped (the source text has it), comments and annotations
 *   are recorded (`SourceAnnotations`) instead of buffered;
 * - parenthesised nesting is checked as tokens pass, so deep input is
 *   rejected before the recursive-descent parser could exhaust the stack
 *   (flat `block ... end` nesting costs no recursion and is not limited);
 * - `forget(index)` drops tokens the AST builder is done with, so memory
 *   stays bounded by one module field rather than by the whole input;
 * - every token but whitespace goes to the `SourceTokens` given, if any.
 */
import { Token, type Interval, type ParserRuleContext, type TokenSource, type TokenStream } from "antlr4ng";
import { WatLexer } from "../../../generated/WatLexer.js";
import type { SourceAnnotations } from "../annotations.js";
import { readHiddenToken } from "../hidden-tokens.js";
import { WatSyntaxError } from "../errors.js";
import type { SourceText } from "../source-text.js";
import type { SourceTokens } from "../source-tokens.js";

export class ParserTokenStream implements TokenStream {
  readonly tokenSource: TokenSource;
  /**
   * The buffered tokens: `#tokens[k]` is token `#base + k`, for `k < #count`; the slots
   * after them are empty. The array never shrinks, so it is not grown again after each field.
   */
  readonly #tokens: (Token | undefined)[] = [];
  #count = 0;
  #base = 0;
  #p = 0;
  /** Offsets of the parentheses open at the end of what has been read, innermost last. */
  readonly #opened: number[] = [];
  #done = false;

  constructor(
    private readonly lexer: WatLexer,
    private readonly source: SourceText,
    private readonly annotations: SourceAnnotations,
    private readonly maxDepth: number,
    private readonly recorded?: SourceTokens,
  ) {
    this.tokenSource = lexer;
  }

  /** Drops the tokens before `index`; the parser never looks back further than one token. */
  forget(index: number): void {
    const tokens = this.#tokens;
    const count = this.#count;
    const drop = Math.min(index - this.#base, count);
    if (drop <= 0) return;
    const kept = count - drop;
    for (let k = 0; k < kept; k++) tokens[k] = tokens[k + drop];
    for (let k = kept; k < count; k++) tokens[k] = undefined;
    this.#count = kept;
    this.#base += drop;
  }

  #fill(upTo: number): void {
    while (!this.#done && this.#base + this.#count <= upTo) {
      const token = this.lexer.nextToken();
      this.recorded?.record(token);
      if (token.channel !== Token.DEFAULT_CHANNEL) {
        readHiddenToken(this.source, token, this.#base + this.#count - 1, this.annotations);
        continue;
      }
      if (token.type === Token.EOF) this.#done = true;
      else if (token.type === WatLexer.LPAR) this.#open(token);
      else if (token.type === WatLexer.RPAR) this.#opened.pop();
      token.tokenIndex = this.#base + this.#count;
      this.#tokens[this.#count++] = token;
    }
  }

  /**
   * Folded expressions and module fields make the parser and the builder
   * recurse once per parenthesis: input nested deeper than `maxDepth` is
   * rejected here, where it is cheap, instead of exhausting the stack later.
   */
  #open(token: Token): void {
    this.#opened.push(token.start);
    if (this.#opened.length > this.maxDepth) {
      throw new WatSyntaxError(`nesting deeper than ${this.maxDepth} levels`, this.source, token.start);
    }
  }

  /** Where the innermost parenthesis still open at the end of the input starts, if any. */
  unclosed(): number | undefined {
    return this.#done ? this.#opened.at(-1) : undefined;
  }

  /** Reads the rest of the input, so that every comment and annotation has been recorded. */
  drain(): void {
    while (!this.#done) this.#fill(this.size);
  }

  LT(k: number): Token | null {
    if (k === 0) return null;
    const i = k > 0 ? this.#p + k - 1 : this.#p + k;
    // The parser's lookups (the next token, one or two ahead, the previous one at a rule's end) are nearly always buffered.
    const buffered = this.#tokens[i - this.#base];
    if (buffered !== undefined) return buffered;
    if (i < 0) return null;
    this.#fill(i);
    return this.#tokens[Math.min(i, this.size - 1) - this.#base] ?? null;
  }

  LA(k: number): number {
    return this.LT(k)?.type ?? Token.INVALID_TYPE;
  }

  get(index: number): Token {
    this.#fill(index);
    const token = this.#tokens[index - this.#base];
    if (!token) throw new Error(`token ${index} is no longer buffered`);
    return token;
  }

  consume(): void {
    if (this.LA(1) === Token.EOF) throw new Error("cannot consume EOF");
    this.#p++;
  }

  /** `consume` for a caller that has just read the next token and seen that it is not EOF. */
  advance(): void {
    this.#p++;
  }

  get index(): number {
    return this.#p;
  }

  seek(index: number): void {
    this.#p = index;
  }

  mark(): number {
    return 0;
  }

  release(): void {}

  get size(): number {
    return this.#base + this.#count;
  }

  getSourceName(): string {
    return this.tokenSource.sourceName;
  }

  getTextFromInterval(interval: Interval): string {
    return this.#text(interval.start, interval.stop);
  }

  getText(): string {
    return this.source.slice(0);
  }

  getTextFromContext(ctx: ParserRuleContext): string {
    return ctx.getText();
  }

  getTextFromRange(start: Token | null, stop: Token | null): string {
    return start && stop ? this.source.slice(start.start, stop.stop + 1) : "";
  }

  #text(startIndex: number, stopIndex: number): string {
    const start = this.#tokens[startIndex - this.#base];
    const stop = this.#tokens[stopIndex - this.#base];
    return start && stop ? this.source.slice(start.start, stop.stop + 1) : "";
  }

  setLine(): void {}

  setColumn(): void {}
}
