/**
 * The token stream as a formatter sees it: every token of the source in
 * order, comments and annotations included, each with its spelling's span
 * and how many line breaks precede it. Whitespace is not a token; its line
 * breaks are counted on the token after it.
 *
 * Reads the same generated lexer as `parse.ts`, on demand, so a caller can
 * consume a large input a piece at a time. Assumes text `parseWat` accepted.
 */
import { Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { StringCharStream } from "./char-stream.js";

export type LexemeKind = "open" | "close" | "atom" | "line-comment" | "block-comment" | "annotation";

export interface Lexeme {
  kind: LexemeKind;
  start: number;
  end: number;
  /** Line breaks between the previous token and this one. */
  newlines: number;
}

export function* lexWat(text: string): Generator<Lexeme> {
  const lexer = new WatLexer(new StringCharStream(text));
  lexer.removeErrorListeners();
  let newlines = 0;
  for (;;) {
    const token = lexer.nextToken();
    const type = token.type;
    if (type === Token.EOF) return;
    const start = token.start;
    const end = token.stop + 1;
    if (type === WatLexer.WS) {
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === NEWLINE) newlines++;
      continue;
    }
    yield { kind: kindOf(type), start, end, newlines };
    newlines = 0;
  }
}

const NEWLINE = 0x0a;

function kindOf(type: number): LexemeKind {
  switch (type) {
    case WatLexer.LPAR:
      return "open";
    case WatLexer.RPAR:
      return "close";
    case WatLexer.LINE_COMMENT:
      return "line-comment";
    case WatLexer.BLOCK_COMMENT:
      return "block-comment";
    case WatLexer.ANNOTATION:
      return "annotation";
    default:
      return "atom";
  }
}
