/**
 * The formatter's scanner finds exactly the tokens the generated lexer finds
 * (comments and annotations included) on every file of the spec testsuite
 * and on tricky spellings, with the line breaks before each.
 */
import { describe, expect, it } from "@jest/globals";
import { Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { StringCharStream } from "../../src/syntax/antlr/char-stream.js";
import { lexWat } from "../../src/syntax/lex.js";
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

describe("lexWat", () => {
  it("reads nested block comments, line comments, annotations, ids with strings and strings with escapes", () => {
    const text = '(module $"a b" (; x (; y ;) ;) ;; c\r\n (@a (b "(" ;; )\n ) (; ) ;)) "q\\"(" nan:0x1 offset=4)\n';
    expect(scannerTokens(text)).toEqual(lexerTokens(text));
    expect([...lexWat(text)].map((t) => t.kind)).toEqual([
      "open", "atom", "atom", "block-comment", "line-comment", "annotation", "atom", "atom", "atom", "close",
    ]);
  });

  it("finds the generated lexer's tokens in every spec testsuite file", () => {
    const different = specFileNames().filter((name) => {
      const { source } = readSpecFile(name);
      return JSON.stringify(scannerTokens(source)) !== JSON.stringify(lexerTokens(source));
    });
    expect(different).toEqual([]);
  });
});
