/**
 * The source text the parse layer reads: a JS string, or a sequence of
 * string chunks for inputs longer than one string can hold (V8 caps strings
 * at about 2^29 characters, 512 MiB of ASCII; printed compiler output can be
 * larger). Offsets are always offsets into the whole text.
 *
 * `SourceText` names the few string methods the parser, the builder and the
 * error reporting use, so a plain string is one without any wrapping.
 */

export interface SourceText {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end?: number): string;
  indexOf(search: string, from?: number): number;
  startsWith(search: string, at?: number): boolean;
}

/** A text made of several strings, read as one. */
export class ChunkedText implements SourceText {
  readonly length: number;
  /** Start offset of each chunk, and the total length at the end. */
  readonly #starts: number[];

  constructor(readonly chunks: readonly string[]) {
    this.#starts = [0];
    let at = 0;
    for (const chunk of chunks) this.#starts.push((at += chunk.length));
    this.length = at;
  }

  /** The chunk holding `offset` (the last chunk for offsets at or past the end). */
  chunkAt(offset: number): number {
    const starts = this.#starts;
    let lo = 0;
    let hi = Math.max(0, this.chunks.length - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  chunkStart(chunk: number): number {
    return this.#starts[chunk];
  }

  charCodeAt(index: number): number {
    if (index < 0 || index >= this.length) return NaN;
    const chunk = this.chunkAt(index);
    return this.chunks[chunk].charCodeAt(index - this.#starts[chunk]);
  }

  slice(start: number, end: number = this.length): string {
    start = clamp(start, this.length);
    end = clamp(end, this.length);
    let text = "";
    for (let chunk = this.chunkAt(start); start < end; chunk++) {
      const base = this.#starts[chunk];
      const stop = Math.min(end, this.#starts[chunk + 1]);
      text += this.chunks[chunk].slice(start - base, stop - base);
      start = stop;
    }
    return text;
  }

  indexOf(search: string, from = 0): number {
    from = Math.max(0, from);
    for (let chunk = this.chunkAt(from); chunk < this.chunks.length; chunk++) {
      const base = this.#starts[chunk];
      const found = this.chunks[chunk].indexOf(search, Math.max(0, from - base));
      if (found !== -1) return base + found;
      const next = this.#starts[chunk + 1];
      if (search.length > 1 && chunk + 1 < this.chunks.length) {
        // A match that starts in this chunk and ends in the next.
        const edge = Math.max(from, next - search.length + 1);
        const across = this.slice(edge, next + search.length - 1).indexOf(search);
        if (across !== -1) return edge + across;
      }
    }
    return -1;
  }

  startsWith(search: string, at = 0): boolean {
    return this.slice(at, at + search.length) === search;
  }

  toString(): string {
    return `[text of ${this.length} characters in ${this.chunks.length} chunks]`;
  }
}

function clamp(offset: number, length: number): number {
  return offset < 0 ? Math.max(0, length + offset) : Math.min(offset, length);
}
