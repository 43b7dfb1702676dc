/**
 * The parse layer's shortcuts through antlr4ng (fast-prediction.ts,
 * fast-lexing.ts, lean-tokens.ts) give exactly what the stock runtime gives,
 * on every file of the spec testsuite: the same prediction at every
 * decision, the same tokens with the same positions and text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import {
  BailErrorStrategy,
  CommonTokenStream,
  ParseCancellationException,
  ParserATNSimulator,
  type ParserRuleContext,
  PredictionMode,
  Token,
  type TokenStream,
} from "antlr4ng";
import { WatLexer } from "../../../generated/WatLexer.js";
import { WatParser } from "../../../generated/WatParser.js";
import { StringCharStream } from "../../../src/syntax/antlr/char-stream.js";
import { useCachedLexing } from "../../../src/syntax/antlr/fast-lexing.js";
import { LeanTokenLexer } from "../../../src/syntax/antlr/lean-tokens.js";
import { CachedPrediction } from "../../../src/syntax/antlr/fast-prediction.js";
import { SPEC_ROOT, specFileNames } from "../../helpers/spec-suite.js";

const read = (name: string): string => readFileSync(join(SPEC_ROOT, name), "utf8");

const files = specFileNames();

/** Predicts with the shortcut, then again with the stock algorithm from the same place, and counts. */
class ComparedPrediction extends CachedPrediction {
  calls = 0;
  disagreements: string[] = [];

  override adaptivePredict(input: TokenStream, decision: number, outerContext: ParserRuleContext | null): number {
    const at = input.index;
    const fast = super.adaptivePredict(input, decision, outerContext);
    input.seek(at);
    const stock = ParserATNSimulator.prototype.adaptivePredict.call(this, input, decision, outerContext);
    this.calls++;
    if (fast !== stock) this.disagreements.push(`decision ${decision} at token ${at}: ${fast} vs ${stock}`);
    return stock;
  }
}

function tokens(text: string, shortcuts: boolean, whitespace = true): string[] {
  const input = new StringCharStream(text);
  const lexer = shortcuts ? new LeanTokenLexer(input) : new WatLexer(input);
  lexer.removeErrorListeners();
  if (lexer instanceof LeanTokenLexer) {
    useCachedLexing(lexer);
    lexer.whitespaceTokens = whitespace;
  }
  const out: string[] = [];
  try {
    for (let t = lexer.nextToken(); t.type !== Token.EOF; t = lexer.nextToken()) {
      out.push(`${t.type} ${t.channel} ${t.start} ${t.stop} ${t.line}:${t.column} ${t.text}`);
    }
  } catch (error) {
    out.push(`error ${String(error)}`);
  }
  return out;
}

/**
 * Parses a script with the stock runtime, SLL prediction and the bailing
 * strategy (a syntax error ends the parse); `predict` replaces the parser's
 * simulator. Returns the simulator that predicted.
 */
function parseStock(text: string, predict?: (parser: WatParser) => ParserATNSimulator): ParserATNSimulator {
  const lexer = new WatLexer(new StringCharStream(text));
  lexer.removeErrorListeners();
  const parser = new WatParser(new CommonTokenStream(lexer));
  if (predict) parser.interpreter = predict(parser);
  parser.interpreter.predictionMode = PredictionMode.SLL;
  parser.removeErrorListeners();
  parser.errorHandler = new BailErrorStrategy();
  try {
    parser.script();
  } catch (error) {
    if (!(error instanceof ParseCancellationException)) throw error;
  }
  return parser.interpreter;
}

describe("the shortcuts through antlr4ng change nothing", () => {
  it("prediction from the cached DFA agrees with adaptivePredict at every decision of every spec script, and no decision meets an SLL conflict", () => {
    let calls = 0;
    const disagreements: string[] = [];
    let simulator: ParserATNSimulator | undefined;
    for (const name of files) {
      const compared = parseStock(read(name), (parser) => {
        const stock = parser.interpreter;
        return new ComparedPrediction(parser, stock.atn, stock.decisionToDFA, stock.sharedContextCache);
      }) as ComparedPrediction;
      calls += compared.calls;
      disagreements.push(...compared.disagreements.map((d) => `${name}: ${d}`));
      simulator = compared;
    }
    expect(disagreements).toEqual([]);
    expect(calls).toBeGreaterThan(100_000);
    // The parser followed the stock prediction at every decision, so the DFA is
    // the one stock parses of these scripts build (the generated parser's DFA is
    // shared by all its instances). A conflicting state is marked as needing
    // full context: the cached walk then hands every such prediction to the
    // stock algorithm, and the grammar would need a full-context retry.
    const conflicts: string[] = [];
    for (const dfa of simulator!.decisionToDFA) {
      for (const state of dfa.getStates()) {
        if (state.requiresFullContext) conflicts.push(`decision ${dfa.decision}: ${String(state.configs)}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it("lexing from the cached DFA, into lean tokens, gives the stock lexer's tokens, with whitespace tokens or without", () => {
    const isWhitespace = (token: string): boolean => token.split(" ")[1] === String(Token.HIDDEN_CHANNEL);
    for (const name of files) {
      const text = read(name);
      const stock = tokens(text, false);
      expect({ name, tokens: tokens(text, true) }).toEqual({ name, tokens: stock });
      expect({ name, tokens: tokens(text, true, false) }).toEqual({ name, tokens: stock.filter((t) => !isWhitespace(t)) });
    }
  });

  it("at the end of the input, cached lexing ends tokens (or fails) as the stock lexer does", () => {
    const endings = ["(module)", "(module)\n", "(module) ;; comment", "(module) (; (; ;) ;)", '"open', "1.5e", "$x", "i32.add", "0x1p"];
    for (const text of endings) {
      expect({ text, tokens: tokens(text, true) }).toEqual({ text, tokens: tokens(text, false) });
    }
  });

  it("reports a block comment or annotation the input ends inside where it starts (the stock lexer makes stray tokens of it)", () => {
    expect(tokens("(module) (; open", true).at(-1)).toBe("error WatSyntaxError: 1:10: unterminated block comment");
    expect(tokens('(module (@name "f"', true).at(-1)).toBe("error WatSyntaxError: 1:9: unterminated annotation");
  });
});
