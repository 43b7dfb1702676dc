/**
 * The printer's output: UTF-8 bytes collected in a buffer and handed to a
 * sink in chunks of about `CHUNK_SIZE` bytes, or, without a sink, decoded
 * piece by piece (`PIECE_SIZE`) straight from the buffer (no copy of the
 * bytes first) into the pieces of the string `print` returns.
 *
 * Printing a large module writes tens of millions of small pieces; as
 * strings they become ropes that must be flattened (and collected) before
 * anything can be written, which costs more than producing them. Bytes go
 * into one buffer instead, and the frequent pieces (mnemonics, ids,
 * indentation) are encoded once and copied.
 *
 * Chunks are cut only where the printer calls `boundary()` (between lines),
 * never inside a write, so every chunk is whole UTF-8 on its own.
 */
import { isAscii } from "node:buffer";
import { CHUNK_SIZE } from "./layout.js";

/** Receives the printed text as UTF-8, chunk by chunk; a chunk is the sink's to keep. */
export type Sink = (chunk: Uint8Array) => void;

const encoder = new TextEncoder();

/** ASCII text as bytes (the caller guarantees it is ASCII). */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The buffer's first size: most modules printed one by one (tests, editors)
 * print in a few KB; a large module's buffer doubles in a few steps.
 */
const FIRST_SIZE = 4096;

/**
 * A finished output's buffer up to this size is kept for the next one:
 * modules printed one by one would otherwise each allocate (and zero) a
 * buffer larger than most of their text.
 */
const KEPT_SIZE = 4 * CHUNK_SIZE;

let spare: Uint8Array | undefined;

/**
 * Without a sink, how much text makes a piece of the string. Pieces live
 * until the end of the print; one this large is allocated in V8's
 * large-object space, where it is never copied, whereas one of `CHUNK_SIZE`
 * is born young and copied by every scavenge it survives (four prints of a
 * 38 MB text: 103 scavenges with such pieces, 82 with these, 80 streaming).
 */
const PIECE_SIZE = 1 << 20;

/**
 * Text a string takes as Latin-1 pieces, at most. ASCII (all of most texts)
 * decoded as Latin-1 becomes, when large, a string that Node keeps outside
 * V8's heap, so the pieces do not grow the heap the printer collects garbage
 * in (measured on a 38 MB text: the string cost 1.12x the stream's time,
 * with UTF-8 pieces 1.24x). But V8 starts a full collection each time that
 * outside memory grows by 64 MB: on a 332 MB text, Latin-1 pieces throughout
 * made 13 collections instead of 4 and cost 15% more time than UTF-8 ones.
 */
const LATIN1_LIMIT = 48 << 20;

export class TextOut {
  private buf: Uint8Array;
  private pos = 0;
  /** While set, `boundary()` keeps the text: it may yet be laid out again (see `wrap.ts`). */
  hold = false;

  /** Without a sink, the text decoded so far, for `whole()`. */
  private readonly pieces: string[] = [];
  /** How much of it is in Latin-1 pieces (see `LATIN1_LIMIT`). */
  private latin1 = 0;

  /** How much text `boundary()` lets gather before it hands it on. */
  private readonly chunkSize: number;

  constructor(private readonly sink?: Sink) {
    this.chunkSize = sink === undefined ? PIECE_SIZE : CHUNK_SIZE;
    // Taken, so that no two outputs ever write to one buffer.
    this.buf = spare ?? new Uint8Array(FIRST_SIZE);
    spare = undefined;
  }

  /** Appends a string (UTF-8 encoded). */
  text(s: string): void {
    const n = s.length;
    if (this.pos + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.pos = pos;
        this.utf8(s.slice(i));
        return;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  /** Appends bytes encoded beforehand. */
  bytes(b: Uint8Array): void {
    const n = b.length;
    if (this.pos + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    let pos = this.pos;
    // Most pieces are a few bytes long, where a loop beats `set`.
    if (n < 32) for (let i = 0; i < n; i++) buf[pos++] = b[i];
    else {
      buf.set(b, pos);
      pos += n;
    }
    this.pos = pos;
  }

  /** Appends one ASCII character. */
  byte(c: number): void {
    if (this.pos >= this.buf.length) this.grow(1);
    this.buf[this.pos++] = c;
  }

  /** Appends the decimal digits of a safe integer. */
  int(n: number): void {
    if (this.pos + 17 > this.buf.length) this.grow(17);
    const buf = this.buf;
    if (n < 0) {
      buf[this.pos++] = 0x2d;
      n = -n;
    }
    if (n < 10) {
      buf[this.pos++] = 0x30 + n;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    let at = (this.pos += digits);
    while (n >= 10) {
      const q = Math.floor(n / 10);
      buf[--at] = 0x30 + (n - q * 10);
      n = q;
    }
    buf[--at] = 0x30 + n;
  }

  /** Bytes written and not yet handed to the sink. */
  get length(): number {
    return this.pos;
  }

  /** The bytes written since `start`, as a view that the next write may change. */
  bytesFrom(start: number): Uint8Array {
    return this.buf.subarray(start, this.pos);
  }

  /** The text written since `start` (a `length` seen before, at a character boundary). */
  textFrom(start: number): string {
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, this.pos - start).toString("utf8");
  }

  /** Takes back the text written since `start`. */
  truncate(start: number): void {
    this.pos = start;
  }

  /** Hands the text so far to the sink once it amounts to a chunk, unless held; call only between lines. */
  boundary(): void {
    if (this.pos >= this.chunkSize && !this.hold) this.flush();
  }

  /** The end of the text: hands what is left to the sink; the output is not written to again. */
  finish(): void {
    this.flush();
    this.release();
  }

  /** Without a sink, the end of the text: all of it as a string; the output is not written to again. */
  whole(): string {
    this.finish();
    // `join` copies the pieces into one flat string.
    return this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
  }

  private flush(): void {
    if (this.pos === 0) return;
    if (this.sink === undefined) this.pieces.push(this.piece(this.buf.subarray(0, this.pos)));
    else this.sink(this.buf.slice(0, this.pos));
    this.pos = 0;
  }

  private release(): void {
    if (this.buf.length <= KEPT_SIZE) spare = this.buf;
    this.buf = new Uint8Array(0);
    this.pos = 0;
  }

  /** Hands the text so far, then `chunk` (whole UTF-8, printed elsewhere), to the sink; call only between lines. */
  pass(chunk: Uint8Array): void {
    this.flush();
    if (this.sink === undefined) this.pieces.push(this.piece(chunk));
    else this.sink(chunk);
  }

  /** Whole UTF-8 as a piece of the string. */
  private piece(bytes: Uint8Array): string {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (this.latin1 + bytes.length > LATIN1_LIMIT || !isAscii(bytes)) return buffer.toString("utf8");
    this.latin1 += bytes.length;
    return buffer.toString("latin1");
  }

  private utf8(s: string): void {
    const most = 3 * s.length;
    if (this.pos + most > this.buf.length) this.grow(most);
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  private grow(extra: number): void {
    const bigger = new Uint8Array(Math.max(2 * this.buf.length, this.pos + extra));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }
}
