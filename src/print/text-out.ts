/**
 * The printer's output: UTF-8 bytes collected in a buffer and handed to a
 * sink in chunks of about `CHUNK_SIZE` bytes, or, without a sink, kept in
 * the buffer and decoded once into the string `print` returns (see
 * `WHOLE_LIMIT` for texts too large for that).
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

/** Receives the printed text as UTF-8, chunk by chunk; a chunk is the sink's to keep (unless lent, see `TextOut`). */
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
 * print in a few KB; a large module's buffer grows in a few steps (`GROWTH`).
 */
const FIRST_SIZE = 4096;

/**
 * A finished output's buffer up to this size is kept for the next one:
 * modules printed one by one would otherwise each allocate (and zero) a
 * buffer larger than most of their text.
 */
const KEPT_SIZE = 4 * CHUNK_SIZE;

let spare: Uint8Array | undefined;

/** The buffer of a finished output: one for all, as it is never written to. */
const NO_BYTES = new Uint8Array(0);

/**
 * A larger one is kept only until V8 next collects fully: a string's text
 * gathers whole in the buffer (see `WHOLE_LIMIT`), and large modules printed
 * one after another would otherwise each allocate tens of MB, whose growth
 * outside V8's heap starts full collections (38 MB of text: a fresh buffer
 * per print cost 1.35x the stream's time, a kept one about 1.05x).
 */
let largeSpare: WeakRef<Uint8Array> | undefined;

/** The large spare if it holds `size` bytes, taken (a print on threads gathers its string in it too). */
export function takeLarge(size: number): Uint8Array | undefined {
  const kept = largeSpare?.deref();
  if (kept === undefined || kept.length < size) return undefined;
  largeSpare = undefined;
  return kept;
}

/** The small spare, or a new buffer; taken, so that no two outputs ever write to one buffer. */
function takeSpare(): Uint8Array {
  const buf = spare ?? new Uint8Array(FIRST_SIZE);
  spare = undefined;
  return buf;
}

/**
 * A whole text's buffer, sized once for the text expected rather than grown
 * to it: each growth copies the text so far into memory touched for the
 * first time, while the pages of an over-sized buffer that are never
 * written cost nothing (first `wasm2wat` of a 2.4 MB binary, 38 MB of
 * text, on a loaded 2-core Linux x86_64 VM, Node 20.20.2, 2026-12-07,
 * medians of 6 processes: 41K -> 38K minor page faults, 1.67 -> 1.33 s of
 * CPU). Beyond `WHOLE_LIMIT` the text goes in pieces, so no more is needed.
 */
function firstBuffer(expected: number): Uint8Array {
  const size = Math.min(expected, WHOLE_LIMIT + WHOLE_MARGIN);
  return takeLarge(size) ?? new Uint8Array(size);
}

/**
 * Whole UTF-8 as a string, decoded as Latin-1 when ASCII: a large one then
 * becomes a flat string that Node keeps outside V8's heap (see `WHOLE_LIMIT`).
 */
export function wholeString(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return isAscii(bytes) ? buffer.toString("latin1") : buffer.toString("utf8");
}

/** Keeps a buffer no output writes to any more for the next one. */
export function keep(buf: Uint8Array): void {
  if (buf.length <= KEPT_SIZE) spare = buf;
  else if (buf.length > (largeSpare?.deref()?.length ?? 0)) largeSpare = new WeakRef(buf);
}

/**
 * How many times larger a full buffer grows: a string's text grows it to
 * tens of MB, and each step copies the text so far into memory touched
 * for the first time (38 MB of text: 48 ms of growing by 2, 15 by 4).
 */
const GROWTH = 4;

/**
 * Without a sink, text up to this size stays in the buffer and becomes one
 * string at the end: ASCII (all of most texts) decoded as Latin-1 becomes,
 * when large, a flat string that Node keeps outside V8's heap, so the text
 * neither grows the heap the printer collects garbage in nor is copied
 * again when used. Pieces joined at the end made a flat copy on the heap
 * that cost a full collection per print (a 38 MB text: the string took
 * 1.19x the stream's time, see docs/benchmarks.md).
 *
 * Beyond it, the first `WHOLE_LIMIT` of text becomes one such string and
 * the rest UTF-8 pieces of `PIECE_SIZE`, joined at the end: V8 starts a
 * full collection each time memory outside its heap grows by 64 MB, and on
 * a 332 MB text Latin-1 throughout made 13 collections instead of 4 and
 * cost 15% more time than UTF-8 pieces.
 */
const WHOLE_LIMIT = 48 << 20;

/** Room past `WHOLE_LIMIT` for the line that crosses it, which is handed on at its end (most lines are short). */
const WHOLE_MARGIN = 1 << 16;

/**
 * Beyond `WHOLE_LIMIT`, how much text makes a piece of the string. Pieces
 * live until the end of the print; one this large is allocated in V8's
 * large-object space, where it is never copied, whereas one of `CHUNK_SIZE`
 * is born young and copied by every scavenge it survives.
 */
const PIECE_SIZE = 1 << 20;

/**
 * Texts shorter than this are decoded as UTF-8 without first checking for
 * ASCII: Node makes a Latin-1 string this short a copy on V8's heap, as it
 * does a UTF-8 one (only longer ones stay outside it, see `WHOLE_LIMIT`).
 */
const LATIN1_LENGTH = 1 << 16;

/** The small spare buffer as a `Buffer`, made once for it (see `bufferOf`), and the buffer it views. */
let spareBuffer: Buffer | undefined;
let spareViewed: Uint8Array | undefined;

/**
 * `buf` as a `Buffer`, to decode: the small spare's is kept, so that
 * modules printed one by one (a test suite's) do not make one each, with
 * a view of their text to look for ASCII in.
 */
function bufferOf(buf: Uint8Array): Buffer {
  if (buf === spareViewed) return spareBuffer!;
  const buffer = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  if (buf.length <= KEPT_SIZE) {
    spareBuffer = buffer;
    spareViewed = buf;
  }
  return buffer;
}

export class TextOut {
  private buf: Uint8Array;
  private pos = 0;
  /** While set, `boundary()` keeps the text: it may yet be laid out again (see `wrap.ts`). */
  hold = false;

  /** Without a sink, the text decoded so far, for `whole()` (see `WHOLE_LIMIT`). */
  private readonly pieces: string[] = [];

  /** How much text `boundary()` lets gather before it hands it on. */
  private chunkSize: number;

  /**
   * With `lend`, the sink is done with a chunk when it returns (it writes it
   * out), so it is lent a view of the buffer, which the next text overwrites,
   * instead of a copy: a 38 MB text is otherwise copied once more, in 600
   * fresh allocations.
   */
  constructor(
    private readonly sink?: Sink,
    private readonly lend = false,
    /** Without a sink, about how many bytes the text will take (see `firstBuffer`). */
    expected = 0,
  ) {
    this.chunkSize = sink === undefined ? WHOLE_LIMIT : CHUNK_SIZE;
    this.buf = sink === undefined && expected > KEPT_SIZE ? firstBuffer(expected) : takeSpare();
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

  /**
   * Appends the decimal digits of a safe integer. Only a digit is written
   * here: this is inlined into much of the printer, where the whole of it
   * made each copy several times the size.
   */
  int(n: number): void {
    if (n >= 0 && n < 10 && this.pos < this.buf.length) this.buf[this.pos++] = 0x30 + n;
    else this.digits(n);
  }

  /** `int` of any safe integer. */
  private digits(n: number): void {
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

  /** Puts `b` in place of the one byte at `at` (a position since the last hand-over to the sink). */
  replaceByte(at: number, b: Uint8Array): void {
    const n = b.length - 1;
    if (this.pos + n > this.buf.length) this.grow(n);
    this.buf.copyWithin(at + 1 + n, at + 1, this.pos);
    this.buf.set(b, at);
    this.pos += n;
  }

  /** Takes back the text written since `start`. */
  truncate(start: number): void {
    this.pos = start;
  }

  /** Hands the text so far to the sink once it amounts to a chunk, unless held; call only between lines. */
  boundary(): void {
    if (this.pos < this.chunkSize || this.hold) return;
    this.flush();
    if (this.chunkSize === WHOLE_LIMIT && this.sink === undefined) this.afterWhole();
  }

  /** The end of the text: hands what is left to the sink; the output is not written to again. */
  finish(): void {
    this.flush();
    this.release();
  }

  /** Without a sink, the end of the text: all of it as a string; the output is not written to again. */
  whole(): string {
    this.finish();
    // Only beyond `WHOLE_LIMIT`: `join` copies the pieces into one flat string.
    return this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
  }

  private flush(): void {
    if (this.pos === 0) return;
    if (this.sink !== undefined) this.sink(this.lend ? this.buf.subarray(0, this.pos) : this.buf.slice(0, this.pos));
    else this.pieces.push(this.piece(this.pos));
    this.pos = 0;
  }

  /** The rest of a text beyond `WHOLE_LIMIT` goes in pieces, gathered in a buffer of their size. */
  private afterWhole(): void {
    this.chunkSize = PIECE_SIZE;
    keep(this.buf);
    this.buf = new Uint8Array(2 * PIECE_SIZE);
  }

  private release(): void {
    keep(this.buf);
    this.buf = NO_BYTES;
    this.pos = 0;
  }

  /** Hands the text so far, then `chunk` (whole UTF-8, printed elsewhere), to the sink; call only between lines. */
  pass(chunk: Uint8Array): void {
    if (this.sink === undefined) {
      this.bytes(chunk);
      this.boundary();
      return;
    }
    this.flush();
    this.sink(chunk);
  }

  /** Whole UTF-8 as a piece of the string: Latin-1 only the first (see `WHOLE_LIMIT`). */
  private piece(end: number): string {
    // A short text is a string on the heap either way, and decoding UTF-8 makes ASCII one byte a character too: only a long one is looked at.
    if (this.pieces.length > 0 || end < LATIN1_LENGTH) return bufferOf(this.buf).toString("utf8", 0, end);
    return wholeString(this.buf.subarray(0, end));
  }

  private utf8(s: string): void {
    const most = 3 * s.length;
    if (this.pos + most > this.buf.length) this.grow(most);
    this.pos += encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  private grow(extra: number): void {
    const size = Math.max(GROWTH * this.buf.length, this.pos + extra);
    const bigger = (size > KEPT_SIZE ? takeLarge(size) : undefined) ?? new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }
}
