/**
 * The lexer's hidden channels, as the parser's token stream and the
 * formatter's token record meet them: comments and annotations. Apart from
 * `annotations.ts`, whose readers the direct readers of text use too, so
 * that those load without the generated lexer.
 */
import type { Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { readAnnotation, type SourceAnnotations } from "./annotations.js";
import type { SourceText } from "./source-text.js";

export const COMMENTS_CHANNEL = WatLexer.channelNames.indexOf("COMMENTS");
export const ANNOTATIONS_CHANNEL = WatLexer.channelNames.indexOf("ANNOTATIONS");

/**
 * Records a comment or annotation token. `after` is the index of the last
 * parser token before it.
 */
export function readHiddenToken(source: SourceText, token: Token, after: number, out: SourceAnnotations): void {
  if (token.channel === COMMENTS_CHANNEL) {
    out.comments.push({ start: token.start, end: token.stop + 1, block: token.type === WatLexer.BLOCK_COMMENT });
  } else if (token.channel === ANNOTATIONS_CHANNEL) {
    readAnnotation(source, token, after, out);
  }
}
