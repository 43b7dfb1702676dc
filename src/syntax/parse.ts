/**
 * The parse layer: text in, AST out. The generated lexer reads a
 * string-backed stream; the token stream records comments and annotations
 * from the hidden channels and guards nesting depth; the generated parser
 * runs with SLL prediction (full LL only to report an error well); the
 * builder turns each module field into AST as soon as it has been parsed.
 *
 * Only the syntax layer knows about `generated/` and antlr4ng; what replaces
 * antlr4ng's own streams, simulators and parser paths for speed is in
 * `antlr/`, and changes antlr4ng's classes only through `installFastContexts`.
 */
import {
  BaseErrorListener,
  DefaultErrorStrategy,
  LexerNoViableAltException,
  ParseCancellationException,
  PredictionMode,
  type ATNSimulator,
  type RecognitionException,
  type Recognizer,
  Token,
} from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import type { Script } from "./ast.js";
import { emptyAnnotations, type SourceAnnotations } from "./annotations.js";
import { Builder } from "./build.js";
import { ChunkedCharStream, StringCharStream } from "./antlr/char-stream.js";
import { installFastContexts } from "./antlr/fast-contexts.js";
import { FieldParser, QuietBailErrorStrategy } from "./antlr/field-parser.js";
import { lineColumn, WatSyntaxError } from "./errors.js";
import { DEFAULT_MAX_DEPTH } from "./nesting.js";
import { ChunkedText, type SourceText } from "./source-text.js";
import type { SourceTokens } from "./source-tokens.js";
import { ParserTokenStream } from "./antlr/token-stream.js";
import { useCachedLexing } from "./antlr/fast-lexing.js";
import { LeanTokenLexer } from "./antlr/lean-tokens.js";
import { CachedPrediction } from "./antlr/fast-prediction.js";

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

export interface InternalParseOptions extends ParseOptions {
  /** Where to record the tokens read (for the formatter, which lays them out). */
  tokens?: SourceTokens;
}

/**
 * Parses a `.wat` module or a `.wast` script. Throws `WatSyntaxError`.
 * Text longer than one JS string can hold is given as a `ChunkedText`.
 *
 * Parsing runs with SLL prediction, which always suffices for this grammar
 * on well-formed input; when it fails the input is parsed again with full LL
 * and ANTLR's default error strategy, only to report the error well.
 */
export function parseWat(text: SourceText, options: InternalParseOptions = {}): Script {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const legacy = options.legacyNames ?? false;
  try {
    try {
      return parse(text, maxDepth, false, legacy, options.tokens);
    } catch (error) {
      if (!(error instanceof ParseCancellationException)) throw error;
      options.tokens?.clear();
      return parse(text, maxDepth, true, legacy, options.tokens);
    }
  } catch (error) {
    // Only possible when the caller is itself deep in the stack: the depth
    // limit keeps the parser's own recursion well within Node's default.
    if (error instanceof RangeError) throw new WatSyntaxError("input nested too deeply for the available stack", text, 0);
    throw error;
  }
}

function parse(text: SourceText, maxDepth: number, reportErrors: boolean, legacyNames: boolean, recorded?: SourceTokens): Script {
  installFastContexts();
  const annotations: SourceAnnotations = emptyAnnotations();
  const lexer = new LeanTokenLexer(text instanceof ChunkedText ? new ChunkedCharStream(text) : new StringCharStream(text as string));
  useCachedLexing(lexer);
  // The token stream drops whitespace (the source text has it).
  lexer.whitespaceTokens = false;
  lexer.removeErrorListeners();
  lexer.addErrorListener(new ThrowingListener(text));
  const tokens = new ParserTokenStream(lexer, text, annotations, maxDepth, recorded);
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
