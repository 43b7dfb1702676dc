/**
 * A growable byte buffer for the encoder: raw bytes, LEB128 integers,
 * little-endian float bits, names, and size-prefixed regions.
 *
 * Modules reach tens of megabytes, so the write methods do not allocate
 * (except where a bigint must be taken apart) and the buffer doubles when
 * full. Values are trusted to be in range: callers pass validated numbers.
 */

import { WasmEncodeError } from "./encode-error.js";

/** Reserved ahead of a sized region: the widest u32 LEB128. */
const MAX_U32_LEB = 5;

/** Bytes in the unsigned LEB128 encoding of a u32. */
export function u32Size(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** A bigint that a double holds exactly takes the number path. */
const SAFE_MIN = BigInt(Number.MIN_SAFE_INTEGER);
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Buffers that finished writers leave for the next ones. A writer that
 * is dropped unfinished (its encoding failed) just keeps its buffer.
 */
const POOLED_SIZE = 64 * 1024;
const POOL_LIMIT = 4;
const pool: Uint8Array[] = [];
const EMPTY = new Uint8Array(0);

export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;

  /**
   * A writer starts on a pooled buffer when one is free: allocating a
   * typed array's backing store cost more than encoding a small module.
   */
  constructor(initialCapacity = 16) {
    this.buf = initialCapacity <= POOLED_SIZE ? (pool.pop() ?? new Uint8Array(POOLED_SIZE)) : new Uint8Array(initialCapacity);
  }

  /** Bytes written so far (sized regions still open count their reserved 5 bytes). */
  get length(): number {
    return this.pos;
  }

  /** Makes room for `n` more bytes. */
  private reserve(n: number): void {
    const needed = this.pos + n;
    if (needed <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, needed));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  byte(b: number): void {
    if (this.pos === this.buf.length) this.reserve(1);
    this.buf[this.pos++] = b;
  }

  bytes(src: Uint8Array | ArrayLike<number>): void {
    this.reserve(src.length);
    this.buf.set(src, this.pos);
    this.pos += src.length;
  }

  /** Unsigned LEB128 of 0 <= n < 2^32. */
  u32(n: number): void {
    this.reserve(MAX_U32_LEB);
    const buf = this.buf;
    let pos = this.pos;
    while (n >= 0x80) {
      buf[pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[pos++] = n;
    this.pos = pos;
  }

  /** Signed LEB128 of -2^31 <= n < 2^31. */
  s32(n: number): void {
    this.reserve(5);
    const buf = this.buf;
    let pos = this.pos;
    for (;;) {
      const b = n & 0x7f;
      n >>= 7;
      // Done once the rest is all sign bits and the last byte's bit 6 says so too.
      if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
        buf[pos++] = b;
        break;
      }
      buf[pos++] = b | 0x80;
    }
    this.pos = pos;
  }

  /**
   * Signed LEB128 of any safe integer (|n| < 2^53): block types' s33 type
   * indices, and small i64 constants.
   */
  s33(n: number): void {
    this.reserve(8);
    const buf = this.buf;
    let pos = this.pos;
    for (;;) {
      // `& 0x7f` sees the low bits of the two's complement: ToInt32 is exact modulo 2^32.
      const b = n & 0x7f;
      n = Math.floor(n / 128);
      if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
        buf[pos++] = b;
        break;
      }
      buf[pos++] = b | 0x80;
    }
    this.pos = pos;
  }

  /** Signed LEB128 of -2^63 <= n < 2^63. */
  s64(n: bigint): void {
    if (n >= SAFE_MIN && n <= SAFE_MAX) {
      this.s33(Number(n));
      return;
    }
    this.reserve(10);
    for (;;) {
      const b = Number(n & 0x7fn);
      n >>= 7n;
      if ((n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0)) {
        this.buf[this.pos++] = b;
        break;
      }
      this.buf[this.pos++] = b | 0x80;
    }
  }

  /** Unsigned LEB128 of 0 <= n < 2^64. */
  u64(n: bigint): void {
    if (n <= 0xffffffffn) {
      this.u32(Number(n));
      return;
    }
    this.reserve(10);
    while (n >= 0x80n) {
      this.buf[this.pos++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    this.buf[this.pos++] = Number(n);
  }

  /** Four bytes, little-endian, of an f32 bit pattern (read unsigned or signed). */
  f32Bits(bits: number): void {
    this.reserve(4);
    const buf = this.buf;
    const pos = this.pos;
    buf[pos] = bits;
    buf[pos + 1] = bits >>> 8;
    buf[pos + 2] = bits >>> 16;
    buf[pos + 3] = bits >>> 24;
    this.pos = pos + 4;
  }

  /** Eight bytes, little-endian, of an f64 bit pattern. */
  f64Bits(bits: bigint): void {
    this.f32Bits(Number(bits & 0xffffffffn));
    this.f32Bits(Number((bits >> 32n) & 0xffffffffn));
  }

  /** A `name`: u32 byte length, then the UTF-8 bytes. */
  name(s: string): void {
    const size = utf8Size(s);
    this.u32(size);
    this.reserve(size);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[pos++] = c;
      } else if (c < 0x800) {
        buf[pos++] = 0xc0 | (c >> 6);
        buf[pos++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c >= 0xe000) {
        buf[pos++] = 0xe0 | (c >> 12);
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
        buf[pos++] = 0x80 | (c & 0x3f);
      } else {
        // utf8Size has checked the pair.
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
        buf[pos++] = 0xf0 | (c >> 18);
        buf[pos++] = 0x80 | ((c >> 12) & 0x3f);
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
        buf[pos++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = pos;
  }

  /**
   * Opens a region whose byte size goes before it (a section, a function
   * body, a custom section's payload): reserves room for the size and
   * returns a mark for `endSized`. Regions nest.
   */
  beginSized(): number {
    this.reserve(MAX_U32_LEB);
    const mark = this.pos;
    this.pos += MAX_U32_LEB;
    return mark;
  }

  /**
   * Closes the region opened at `mark`: writes its size as a minimal LEB128
   * (output must match other tools byte for byte) and slides the body back
   * over the unused part of the reservation. That is one in-place memmove per
   * region, when it closes; a byte inside nested regions moves once per
   * level, which for a module is two: function body, then code section.
   * Returns where the region's content now starts.
   */
  endSized(mark: number): number {
    const bodyStart = mark + MAX_U32_LEB;
    const size = this.pos - bodyStart;
    const width = u32Size(size);
    if (width < MAX_U32_LEB) {
      this.buf.copyWithin(mark + width, bodyStart, this.pos);
      this.pos -= MAX_U32_LEB - width;
    }
    const buf = this.buf;
    let pos = mark;
    let n = size;
    for (let i = 1; i < width; i++) {
      buf[pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[pos] = n;
    return pos + 1;
  }

  /** A view of bytes already written; valid until the next write. */
  view(start: number, end: number = this.pos): Uint8Array {
    return this.buf.subarray(start, end);
  }

  /**
   * Copies the bytes written from `start` on into `to` at `at`. A loop, for
   * the few bytes of an instruction: a view would be an object per call.
   */
  copyOut(start: number, to: Uint8Array, at: number): void {
    const buf = this.buf;
    for (let i = start; i < this.pos; i++) to[at++] = buf[i];
  }

  /** Writes `src[start, end)`, a few bytes (see `copyOut`). */
  bytesFrom(src: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = start; i < end; i++) buf[pos++] = src[i];
    this.pos = pos;
  }

  /** Forgets everything written from `pos` on. */
  truncate(pos: number): void {
    this.pos = pos;
  }

  /** Unsigned LEB128 of n, at least `width` bytes wide (padded with zero groups). */
  u32Wide(n: number, width: number): void {
    const minimal = u32Size(n);
    if (width <= minimal) {
      this.u32(n);
      return;
    }
    this.reserve(width);
    for (let i = 0; i < width - 1; i++) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.pos++] = n;
  }

  /**
   * LEB128 of n exactly `width` bytes wide (signed or unsigned): object files
   * keep every relocated number at its full width so a linker can patch it in place.
   */
  lebWide(n: bigint, width: number, signed: boolean): void {
    this.reserve(width);
    for (let i = 0; i < width - 1; i++) {
      this.buf[this.pos++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    if (signed ? n < -64n || n > 63n : n < 0n || n > 127n) {
      throw new RangeError(`the value does not fit a ${width}-byte ${signed ? "signed" : "unsigned"} LEB128`);
    }
    this.buf[this.pos++] = Number(n & 0x7fn);
  }

  /**
   * The bytes written, without a copy; the writer starts over empty, so later
   * writes cannot show through the returned view.
   */
  finish(): Uint8Array {
    const buf = this.buf;
    // A pooled buffer is copied out and goes back to the pool; a grown one is handed over as it is.
    const out = buf.length === POOLED_SIZE ? buf.slice(0, this.pos) : buf.subarray(0, this.pos);
    if (buf.length === POOLED_SIZE && pool.length < POOL_LIMIT) pool.push(buf);
    this.buf = EMPTY;
    this.pos = 0;
    return out;
  }
}

/** UTF-8 byte length of a string; throws on an unpaired surrogate, which has no UTF-8 form. */
function utf8Size(s: string): number {
  let size = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      size += 1;
    } else if (c < 0xd800 || c >= 0xe000) {
      size += 2;
    } else {
      const next = s.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(next >= 0xdc00 && next < 0xe000)) {
        throw new WasmEncodeError(`name ${JSON.stringify(s)} has an unpaired surrogate at ${i}, which has no UTF-8 form`);
      }
      // Two UTF-16 units, four bytes.
      size += 2;
      i++;
    }
  }
  return size;
}
