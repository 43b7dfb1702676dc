/**
 * The parse layer: text in, AST out. Lexes with the generated lexer over a
 * string-backed stream, reads comments and annotations off the hidden
 * channels, parses with SLL prediction (falling back to full LL only to
 * report an error well), and hands the tree to the builder.
 *
 * This is the only module (with build.ts) that knows about `generated/`.
 */
import {
  BaseErrorListener,
  BailErrorStrategy,
  CommonTokenStream,
  DefaultErrorStrategy,
  PredictionMode,
  type ATNSimulator,
  type Recognizer,
  type Token,
} from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { WatParser, type ScriptContext } from "../../generated/WatParser.js";
import type { Script } from "./ast.js";
import { Builder } from "./build.js";
import { StringCharStream } from "./char-stream.js";
import { WatSyntaxError } from "./errors.js";
import { readAnnotations, type SourceAnnotations } from "./annotations.js";

export interface ParseOptions {
  /** Deepest parenthesis nesting accepted; deeper input is rejected instead of exhausting the stack. */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 2000;

/** Parses a `.wat` module or a `.wast` script. Throws `WatSyntaxError`. */
export function parseWat(text: string, options: ParseOptions = {}): Script {
  const tokens = lex(text);
  const annotations = readAnnotations(text, tokens.getTokens());
  checkDepth(text, tokens.getTokens(), options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const tree = parseTokens(text, tokens);
  return new Builder(text, tokens, annotations).script(tree);
}

function lex(text: string): CommonTokenStream {
  const lexer = new WatLexer(new StringCharStream(text));
  lexer.removeErrorListeners();
  lexer.addErrorListener(new ThrowingListener(text));
  const tokens = new CommonTokenStream(lexer);
  tokens.fill();
  return tokens;
}

function checkDepth(text: string, tokens: Token[], maxDepth: number): void {
  let depth = 0;
  for (const token of tokens) {
    if (token.type === WatLexer.LPAR) {
      if (++depth > maxDepth) {
        throw new WatSyntaxError(`nesting deeper than ${maxDepth} levels`, text, token.start);
      }
    } else if (token.type === WatLexer.RPAR) {
      depth--;
    }
  }
}

function parseTokens(text: string, tokens: CommonTokenStream): ScriptContext {
  const parser = new WatParser(tokens);
  parser.removeErrorListeners();
  parser.interpreter.predictionMode = PredictionMode.SLL;
  parser.errorHandler = new BailErrorStrategy();
  try {
    return parser.script();
  } catch {
    // SLL found no way through: rerun with full LL and the default strategy,
    // whose messages say what was expected.
    tokens.seek(0);
    parser.reset();
    parser.interpreter.predictionMode = PredictionMode.LL;
    parser.errorHandler = new DefaultErrorStrategy();
    parser.addErrorListener(new ThrowingListener(text));
    const tree = parser.script();
    // Full LL accepted what SLL rejected: the input is valid after all.
    return tree;
  }
}

class ThrowingListener extends BaseErrorListener {
  constructor(private readonly text: string) {
    super();
  }

  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>,
    offending: S | null,
    line: number,
    column: number,
    message: string,
  ): void {
    const offset = offending ? offending.start : offsetOf(this.text, line, column);
    throw new WatSyntaxError(describe(message, offending), this.text, offset);
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column;
}

/** ANTLR's messages name token types; say it in the text format's words. */
function describe(message: string, offending: Token | null): string {
  if (message.startsWith("token recognition error at:")) {
    const found = message.slice("token recognition error at: ".length);
    return `unexpected character ${found}`;
  }
  const readable = message
    .replace(/\bLPAR\b/g, "'('")
    .replace(/\bRPAR\b/g, "')'")
    .replace(/\bKEYWORD\b/g, "an instruction")
    .replace(/\bNAT\b/g, "a natural number")
    .replace(/\bINT\b/g, "an integer")
    .replace(/\bFLOAT\b/g, "a float")
    .replace(/\bSTRING\b/g, "a string")
    .replace(/\bID\b/g, "an $id")
    .replace(/\bNUM_TYPE\b/g, "a number type")
    .replace(/\bREF_SHORTHAND\b/g, "a reference type")
    .replace(/\bHEAP_TYPE\b/g, "a heap type")
    .replace(/<EOF>/g, "end of input");
  if (offending && offending.type === WatLexer.RESERVED) {
    return `unknown token ${JSON.stringify(offending.text)}: ${readable}`;
  }
  return readable;
}

export type { SourceAnnotations };
