/**
 * The parse layer: text in, AST out. The generated lexer reads a
 * string-backed stream; the token stream records comments and annotations
 * from the hidden channels and guards nesting depth; the generated parser
 * runs with SLL prediction (full LL only to report an error well); the
 * builder turns each module field into AST as soon as it has been parsed.
 *
 * Only the syntax layer (this module, build.ts, annotations.ts,
 * token-stream.ts, fast-contexts.ts, fast-prediction.ts, fast-lexing.ts,
 * lean-tokens.ts) knows about `generated/` and antlr4ng.
 */
import {
  BaseErrorListener,
  BailErrorStrategy,
  DefaultErrorStrategy,
  LexerNoViableAltException,
  ParseCancellationException,
  PredictionMode,
  type ATNSimulator,
  type ParseTree,
  type ParserRuleContext,
  type RecognitionException,
  type Recognizer,
  Token,
} from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { ModuleContext, ScriptContext, WatParser } from "../../generated/WatParser.js";
import type { Script } from "./ast.js";
import { emptyAnnotations, type SourceAnnotations } from "./annotations.js";
import { Builder } from "./build.js";
import { ChunkedCharStream, StringCharStream } from "./char-stream.js";
import "./fast-contexts.js";
import { lineColumn, WatSyntaxError } from "./errors.js";
import { ChunkedText, type SourceText } from "./source-text.js";
import { ParserTokenStream } from "./token-stream.js";
import { useCachedLexing } from "./fast-lexing.js";
import { type LeanToken, LeanTokenLexer } from "./lean-tokens.js";
import { CachedPrediction } from "./fast-prediction.js";

export interface ParseOptions {
  /**
   * Deepest parenthesis nesting accepted (folded instructions); deeper input
   * is rejected instead of exhausting the stack. Flat `block ... end`
   * nesting is not limited: the parser reads it without recursion.
   */
  maxDepth?: number;
  /**
   * Read the old spellings of renamed keywords (`get_local`, `anyfunc`, ...)
   * as the current ones, listing them in `Script.legacyNames`, instead of
   * rejecting them: for the linter, which reports and fixes them.
   */
  legacyNames?: boolean;
}

/**
 * The parser and the builder recurse once per parenthesis; with Node's
 * default stack they handle about 1800 levels of folded nesting. This
 * leaves room for callers that are deep in their own stack.
 */
const DEFAULT_MAX_DEPTH = 1000;

/**
 * Parses a `.wat` module or a `.wast` script. Throws `WatSyntaxError`.
 * Text longer than one JS string can hold is given as a `ChunkedText`.
 *
 * Parsing runs with SLL prediction, which always suffices for this grammar
 * on well-formed input; when it fails the input is parsed again with full LL
 * and ANTLR's default error strategy, only to report the error well.
 */
export function parseWat(text: SourceText, options: ParseOptions = {}): Script {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const legacy = options.legacyNames ?? false;
  try {
    try {
      return parse(text, maxDepth, false, legacy);
    } catch (error) {
      if (!(error instanceof ParseCancellationException)) throw error;
      return parse(text, maxDepth, true, legacy);
    }
  } catch (error) {
    // Only possible when the caller is itself deep in the stack: the depth
    // limit keeps the parser's own recursion well within Node's default.
    if (error instanceof RangeError) throw new WatSyntaxError("input nested too deeply for the available stack", text, 0);
    throw error;
  }
}

function parse(text: SourceText, maxDepth: number, reportErrors: boolean, legacyNames: boolean): Script {
  const annotations: SourceAnnotations = emptyAnnotations();
  const lexer = new LeanTokenLexer(text instanceof ChunkedText ? new ChunkedCharStream(text) : new StringCharStream(text as string));
  useCachedLexing(lexer);
  // The token stream drops whitespace (the source text has it).
  lexer.whitespaceTokens = false;
  lexer.removeErrorListeners();
  lexer.addErrorListener(new ThrowingListener(text));
  const tokens = new ParserTokenStream(lexer, text, annotations, maxDepth);
  const errors = new ThrowingListener(text, tokens);
  const builder = new Builder(text, annotations, legacyNames);
  const parser = new FieldParser(tokens, builder, !reportErrors);
  const stock = parser.interpreter;
  parser.interpreter = new CachedPrediction(parser, stock.atn, stock.decisionToDFA, stock.sharedContextCache);
  parser.removeErrorListeners();
  if (reportErrors) {
    parser.interpreter.predictionMode = PredictionMode.LL;
    parser.errorHandler = new DefaultErrorStrategy();
    parser.addErrorListener(errors);
  } else {
    parser.interpreter.predictionMode = PredictionMode.SLL;
    parser.errorHandler = new QuietBailErrorStrategy();
  }
  const tree = parser.script();
  parser.flush();
  tokens.drain();
  return builder.script(tree);
}

/**
 * antlr4ng's error strategies end any error condition at every matched
 * token, which allocates a fresh interval set each time (a sixth of what
 * parsing compiler output allocated). A bailing strategy throws at the
 * first error and never enters one, so there is nothing to end.
 */
class QuietBailErrorStrategy extends BailErrorStrategy {
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
class FieldParser extends WatParser {
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
    private readonly builder: Builder,
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

class ThrowingListener extends BaseErrorListener {
  constructor(
    private readonly text: SourceText,
    private readonly tokens?: ParserTokenStream,
  ) {
    super();
  }

  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>,
    offending: S | null,
    line: number,
    column: number,
    message: string,
    error: RecognitionException | null,
  ): void {
    // Lexer errors have no token; their exception knows where the bad input starts.
    const offset = offending
      ? offending.start
      : error instanceof LexerNoViableAltException
        ? error.startIndex
        : offsetOf(this.text, line, column);
    let reason = describe(message, offending);
    const unclosed = offending?.type === Token.EOF ? this.tokens?.unclosed() : undefined;
    if (unclosed !== undefined) {
      const at = lineColumn(this.text, unclosed);
      reason += `; the '(' at ${at.line}:${at.column} is not closed`;
    }
    throw new WatSyntaxError(reason, this.text, offset);
  }
}

function offsetOf(text: SourceText, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column;
}

const TOKEN_WORDS: Record<string, string> = {
  LPAR: "'('",
  RPAR: "')'",
  KEYWORD: "an instruction",
  NAT: "a natural number",
  INT: "an integer",
  FLOAT: "a float",
  STRING: "a string",
  ID: "an $id",
  NUM_TYPE: "a value type",
  PACKED_TYPE: "a packed type",
  REF_SHORTHAND: "a reference type",
  HEAP_TYPE: "a heap type",
  SHAPE: "a vector shape",
  MEM_OFFSET: "offset=",
  MEM_ALIGN: "align=",
  ASSERT: "an assertion",
  EOF: "end of input",
  "<EOF>": "end of input",
};

/** `{A, B, C}` or `A` in ANTLR's words, as "A, B or C" in ours. */
function expectedList(set: string): string {
  const names = set.replace(/^\{|\}$/g, "").split(/,\s*/);
  const words = [...new Set(names.map((n) => TOKEN_WORDS[n] ?? n))];
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : words[0];
}

/** ANTLR's messages name token types; say what was found and what was expected in the text format's words. */
function describe(message: string, offending: Token | null): string {
  if (message.startsWith("token recognition error at:")) {
    return `unexpected character ${message.slice("token recognition error at: ".length)}`;
  }
  const found = !offending || offending.type === Token.EOF ? "end of input" : `'${offending.text}'`;
  const missing = /^missing (.+) at /.exec(message);
  if (missing) return `expected ${expectedList(missing[1])} before ${found}`;
  const what = offending?.type === WatLexer.RESERVED ? `unknown token ${found}` : `unexpected ${found}`;
  const expecting = /expecting (.+)$/.exec(message);
  return expecting ? `${what}; expected ${expectedList(expecting[1])}` : what;
}
