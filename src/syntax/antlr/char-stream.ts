/**
 * A CharStream over a JS string. antlr4ng's own stream copies every code
 * point into an array first (about 30 bytes per character of input and a
 * third of the lexing speed); reading the string in place keeps memory at the
 * size of the text. Offsets are UTF-16 code units, the same as the AST's.
 */
import { type CharStream, Interval, Token } from "antlr4ng";
import type { ChunkedText, SourceText } from "../source-text.js";

/** What both streams share: the cursor over a text of a known length. */
export abstract class TextCharStream implements CharStream {
  name = "<wat>";
  index = 0;

  constructor(readonly size: number) {}

  abstract LA(offset: number): number;
  abstract getTextFromRange(start: number, stop: number): string;
  /** The whole text the stream reads. */
  abstract get source(): SourceText;

  /** Where each line starts, found on the first position asked for (tokens report theirs only on demand). */
  #lineStarts: number[] | undefined;

  /** The 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.#lineStarts ??= lineStarts(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }

  reset(): void {
    this.index = 0;
  }

  consume(): void {
    if (this.index >= this.size) throw new Error("cannot consume EOF");
    this.index++;
  }

  mark(): number {
    return -1;
  }

  release(): void {}

  seek(index: number): void {
    this.index = Math.min(index, this.size);
  }

  getTextFromInterval(interval: Interval): string {
    return this.getTextFromRange(interval.start, interval.stop);
  }

  getSourceName(): string {
    return this.name;
  }
}

export class StringCharStream extends TextCharStream {
  readonly #text: string;

  constructor(text: string) {
    super(text.length);
    this.#text = text;
  }

  /** The whole text, for the lexer's cached-DFA walk (`fast-lexing.ts`). */
  get text(): string {
    return this.#text;
  }

  get source(): SourceText {
    return this.#text;
  }

  LA(offset: number): number {
    if (offset === 1) {
      const at = this.index;
      return at < this.#text.length ? this.#text.charCodeAt(at) : Token.EOF;
    }
    const at = offset > 0 ? this.index + offset - 1 : this.index + offset;
    return at >= 0 && at < this.#text.length ? this.#text.charCodeAt(at) : Token.EOF;
  }

  getTextFromRange(start: number, stop: number): string {
    return this.#text.substring(start, stop + 1);
  }

  override toString(): string {
    return this.#text;
  }
}

/**
 * A CharStream over a `ChunkedText`, for inputs longer than one string can
 * hold. It reads the chunk under the cursor directly and looks up another
 * chunk only when the cursor leaves it, so lexing stays as fast as on a
 * string.
 */
export class ChunkedCharStream extends TextCharStream {
  readonly #text: ChunkedText;
  #chunk = "";
  #chunkStart = 0;

  constructor(text: ChunkedText) {
    super(text.length);
    this.#text = text;
    this.#enter(0);
  }

  get source(): SourceText {
    return this.#text;
  }

  #enter(offset: number): void {
    const chunk = this.#text.chunkAt(offset);
    this.#chunk = this.#text.chunks[chunk] ?? "";
    this.#chunkStart = this.#text.chunks.length > 0 ? this.#text.chunkStart(chunk) : 0;
  }

  LA(offset: number): number {
    const at = offset > 0 ? this.index + offset - 1 : this.index + offset;
    const local = at - this.#chunkStart;
    if (local >= 0 && local < this.#chunk.length) return this.#chunk.charCodeAt(local);
    if (at < 0 || at >= this.#text.length) return Token.EOF;
    this.#enter(at);
    return this.#chunk.charCodeAt(at - this.#chunkStart);
  }

  getTextFromRange(start: number, stop: number): string {
    const local = start - this.#chunkStart;
    if (local >= 0 && stop - this.#chunkStart < this.#chunk.length) return this.#chunk.substring(local, stop - this.#chunkStart + 1);
    return this.#text.slice(start, stop + 1);
  }

  override toString(): string {
    return this.#text.toString();
  }
}

function lineStarts(source: SourceText): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
