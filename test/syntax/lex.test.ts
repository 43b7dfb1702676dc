/**
 * The formatter's scanner finds exactly the tokens the generated lexer finds
 * (comments and annotations included) on every file of the spec testsuite
 * and on tricky spellings, with the line breaks before each; what
 * `parseWat` records for the formatter is the same, kinds included.
 */
import { describe, expect, it } from "@jest/globals";
import { Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { StringCharStream } from "../../src/syntax/antlr/char-stream.js";
import { lexWat, type Lexeme } from "../../src/syntax/lex.js";
import { parseWat } from "../../src/syntax/parse.js";
import { SourceTokens } from "../../src/syntax/source-tokens.js";
import { readSpecFile, specFileNames } from "../helpers/spec-suite.js";

/** `start end newlines` of each token the generated lexer reads (UTF-16 offsets, as the parser uses). */
function lexerTokens(text: string): string[] {
  const lexer = new WatLexer(new StringCharStream(text));
  const out: string[] = [];
  let newlines = 0;
  for (let token = lexer.nextToken(); token.type !== Token.EOF; token = lexer.nextToken()) {
    if (token.type === WatLexer.WS) {
      newlines += (token.text ?? "").split("\n").length - 1;
      continue;
    }
    out.push(`${token.start} ${token.stop + 1} ${newlines}`);
    newlines = 0;
  }
  return out;
}

function scannerTokens(text: string): string[] {
  return [...lexWat(text)].map((t) => `${t.start} ${t.end} ${t.newlines}`);
}

/** `kind start end newlines` of each token. */
function described(lexemes: Iterator<Lexeme>): string[] {
  const out: string[] = [];
  for (let r = lexemes.next(); !r.done; r = lexemes.next()) out.push(`${r.value.kind} ${r.value.start} ${r.value.end} ${r.value.newlines}`);
  return out;
}

function recorded(text: string): Iterator<Lexeme> {
  const tokens = new SourceTokens();
  parseWat(text, { tokens });
  return tokens.lexemes(text);
}

describe("lexWat", () => {
  it("reads nested block comments, line comments, annotations, ids with strings and strings with escapes", () => {
    const text = '(module $"a b" (; x (; y ;) ;) ;; c\r\n (@a (b "(" ;; )\n ) (; ) ;)) "q\\"(" nan:0x1 offset=4)\n';
    expect(scannerTokens(text)).toEqual(lexerTokens(text));
    expect([...lexWat(text)].map((t) => t.kind)).toEqual([
      "open", "atom", "atom", "block-comment", "line-comment", "annotation", "atom", "atom", "atom", "close",
    ]);
  });

  it("reads what parseWat records, in a module with comments, annotations and memory arguments", () => {
    const text =
      '(module $"a b" (; x (; y ;) ;) ;; c\r\n (@a (b "(" ;; )\n ) (; ) ;))\n\n' +
      "  (memory 1) (func $f (param i32) (result i32) ;; c\n    local.get 0\n\n    i32.load offset=4 align=2 (@b)\n  )\n) ;; end";
    expect(described(recorded(text))).toEqual(described(lexWat(text)));
  });

  it("finds the generated lexer's tokens, and those parseWat records, in every spec testsuite file", () => {
    const different = specFileNames().filter((name) => {
      const { source, tokens } = readSpecFile(name);
      const scanned = described(lexWat(source));
      return (
        JSON.stringify(scannerTokens(source)) !== JSON.stringify(lexerTokens(source)) ||
        JSON.stringify(described(tokens.lexemes(source))) !== JSON.stringify(scanned)
      );
    });
    expect(different).toEqual([]);
  });
});
