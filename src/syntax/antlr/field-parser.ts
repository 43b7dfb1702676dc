/**
 * The generated parser with a bailing strategy that stays quiet, and a
 * parser that hands each module field to a sink as soon as it has been read.
 */
import { BailErrorStrategy, type ParseTree, type ParserRuleContext, Token } from "antlr4ng";
import { ModuleContext, ScriptContext, WatParser } from "../../../generated/WatParser.js";
import type { LeanToken } from "./lean-tokens.js";
import type { ParserTokenStream } from "./token-stream.js";

/** Takes each module field's parse tree once the parser has moved past it. */
export interface FieldSink {
  addField(ctx: ParserRuleContext): void;
}

/**
 * antlr4ng's error strategies end any error condition at every matched
 * token, which allocates a fresh interval set each time (a sixth of what
 * parsing compiler output allocated). A bailing strategy throws at the
 * first error and never enters one, so there is nothing to end.
 */
export class QuietBailErrorStrategy extends BailErrorStrategy {
  override reportMatch(): void {}
}

/**
 * The generated parser, building each module field's AST soon after it has
 * read it, then letting go of its parse tree and tokens: a large module
 * never has more than one field's worth of parse tree in memory.
 *
 * A field is built only once the parser has moved past it (entering the
 * next field, or finishing): the parser also exits rules while an error
 * unwinds, and a half-parsed field must not be built. The rule events are
 * taken here rather than by a parse listener: with a listener, antlr4ng
 * also reports every token and copies its listener list at each rule exit.
 */
export class FieldParser extends WatParser {
  #pending: ParserRuleContext | undefined;
  /** Whether the bailing strategy runs: then no error recovery or parse listener needs the stock paths. */
  readonly #bailing: boolean;
  /**
   * The children of the rules being parsed, outermost first: each rule's
   * are `#items[#first..#top)` while it is parsed, and become its context's
   * `children` (an array of their exact length) when it exits.
   */
  readonly #items: ParseTree[] = [];
  #top = 0;
  #first = 0;
  /** The rule being parsed, -1 outside any. */
  #rule = -1;
  /**
   * For each rule being parsed but the innermost: its context, its first
   * item, rule index and invoking state, and whether the rule inside it is a
   * module field (five entries per rule).
   */
  readonly #frames: unknown[] = [];
  #frameTop = 0;

  constructor(
    private readonly fieldTokens: ParserTokenStream,
    private readonly builder: FieldSink,
    bailing: boolean,
  ) {
    super(fieldTokens);
    this.#bailing = bailing;
  }

  /*
   * Under the bailing strategy there is no error recovery and no parse
   * listener, so matching a token only moves past it and puts it in the
   * tree, and rule entry and exit only keep the tree and the parser's state.
   * The methods below do that with what the parser keeps itself rather than
   * through the stock methods, which read it back from the rule contexts:
   * those are of a different class for each rule, so each such read is a
   * megamorphic property lookup, several per token and per rule. Children
   * are collected on one stack: pushed one by one into each context's own
   * array, every array would grow to 17 slots, while most rules have two to
   * five children. Every rule enters its one outer alternative with the
   * context it entered, and generated contexts keep no alternative number.
   */

  override match(ttype: number): Token {
    const token = this.fieldTokens.LT(1)!;
    if (token.type !== ttype || ttype === Token.EOF || !this.#bailing) return super.match(ttype);
    this.fieldTokens.advance();
    this.#items[this.#top++] = token as LeanToken;
    return token;
  }

  override consume(): Token {
    const token = this.fieldTokens.LT(1)!;
    if (token.type === Token.EOF || !this.#bailing) return super.consume();
    this.fieldTokens.advance();
    this.#items[this.#top++] = token as LeanToken;
    return token;
  }

  override enterRule(localctx: ParserRuleContext, state: number, ruleIndex: number): void {
    if (!this.#bailing) return super.enterRule(localctx, state, ruleIndex);
    const parentRule = this.#rule;
    const field = parentRule === WatParser.RULE_module || (parentRule === WatParser.RULE_script && ruleIndex !== WatParser.RULE_command);
    // A module field goes to the builder instead of its parent's children.
    if (!field && parentRule !== -1) this.#items[this.#top++] = localctx;
    // `localctx` was made with the current context and state as its parent and invoking state.
    const frames = this.#frames;
    const at = this.#frameTop;
    frames[at] = this.context;
    frames[at + 1] = this.#first;
    frames[at + 2] = parentRule;
    frames[at + 3] = this.state;
    frames[at + 4] = field;
    this.#frameTop = at + 5;
    this.#first = this.#top;
    this.#rule = ruleIndex;
    this.state = state;
    this.context = localctx;
    localctx.start = this.fieldTokens.LT(1);
    if (field) this.flush();
  }

  override enterOuterAlt(localctx: ParserRuleContext, altNum: number): void {
    if (this.context !== localctx || !this.#bailing) super.enterOuterAlt(localctx, altNum);
  }

  override exitRule(): void {
    if (!this.#bailing) return super.exitRule();
    const ctx = this.context!;
    ctx.stop = this.fieldTokens.LT(this.matchedEOF ? 1 : -1);
    if (this.#top > this.#first) {
      (ctx as { children: ParseTree[] }).children = this.#items.slice(this.#first, this.#top);
      this.#top = this.#first;
    }
    const frames = this.#frames;
    const n = this.#frameTop - 5;
    if (frames[n + 4] as boolean) this.#pending = ctx;
    this.state = frames[n + 3] as number;
    this.#rule = frames[n + 2] as number;
    this.#first = frames[n + 1] as number;
    this.context = frames[n] as ParserRuleContext | null;
    this.#frameTop = n;
  }

  override triggerEnterRuleEvent(): void {
    if (isField(this.context!)) this.flush();
  }

  override triggerExitRuleEvent(): void {
    if (isField(this.context!)) this.#pending = this.context!;
  }

  flush(): void {
    const ctx = this.#pending;
    if (!ctx) return;
    this.#pending = undefined;
    this.builder.addField(ctx);
    if (!this.#bailing) {
      const siblings = ctx.parent!.children;
      siblings.splice(siblings.lastIndexOf(ctx), 1);
    }
    this.fieldTokens.forget(ctx.stop!.tokenIndex);
  }
}

/** Module fields are the rule contexts directly inside a module or a script of bare fields. */
function isField(ctx: ParserRuleContext): boolean {
  const parent = ctx.parent;
  return parent instanceof ModuleContext || (parent instanceof ScriptContext && ctx.ruleIndex !== WatParser.RULE_command);
}
