/**
 * Located errors for text input. Every error a user can cause with text
 * carries the 1-based line and column of where it starts, and the offset.
 */
import { WatkitError } from "../errors.js";
import type { SourceText } from "./source-text.js";

export class WatError extends WatkitError {
  readonly line: number;
  readonly column: number;
  readonly offset: number;

  constructor(message: string, source: SourceText, offset: number) {
    const { line, column } = lineColumn(source, offset);
    super(`${line}:${column}: ${message}`);
    this.name = "WatError";
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.reason = message;
  }

  /** The message without the position prefix. */
  readonly reason: string;
}

/** Malformed text: the lexer or parser could not read it. */
export class WatSyntaxError extends WatError {
  constructor(message: string, source: SourceText, offset: number) {
    super(message, source, offset);
    this.name = "WatSyntaxError";
  }
}

/** Well-formed text whose names or type uses do not resolve. */
export class WatResolveError extends WatError {
  constructor(message: string, source: SourceText, offset: number) {
    super(message, source, offset);
    this.name = "WatResolveError";
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(source: SourceText, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
