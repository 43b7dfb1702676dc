/**
 * A bounds-checked cursor over the bytes of a binary: LEB128 integers, raw
 * bytes, float bit patterns and UTF-8 names, the inverse of `writer.ts`.
 *
 * `end` is the limit of the region being read (the module, then one section,
 * then one function body), so a read past it is an error that says which
 * limit was crossed. Integers follow the spec's LEB128 rules: at most
 * ceil(N/7) bytes, and the unused bits of the last byte must be zero (or,
 * for signed integers, copies of the sign bit).
 */
import { WasmDecodeError } from "./decode-error.js";

/** Strict: a name must be well-formed UTF-8. A leading U+FEFF is part of the name, not a byte order mark. */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Names up to this length that are plain ASCII skip the TextDecoder call, which costs more than the copy. */
const SHORT_NAME = 64;

/**
 * A list of character codes for each length up to `SHORT_NAME`, filled
 * for each such name: `String.fromCharCode.apply` takes a list's elements
 * straight, a typed array's (the name's bytes) through a runtime call, and
 * the view of them was one more object per name (CPU profile of warm
 * passes of the 2,269 spec binaries one by one, 2-core Linux x86_64 VM,
 * Node 20.20.2, 2026-12-07: `name` 1.5 -> 0.3 ms a pass).
 */
const NAME_CODES: number[][] = Array.from({ length: SHORT_NAME + 1 }, (_, n) => Array.from({ length: n }, () => 0));

export class Reader {
  pos: number;
  /** Reads stop here: the end of the input, or of the section or function body being read. */
  end: number;
  /** What running into `end` is called: the decoder says "unexpected end of section or function" inside sections. */
  eofReason = "unexpected end";
  /**
   * When set, every LEB128 integer wider than its value needs is recorded
   * here as a triple: its offset, its width, and its minimal width (see
   * `exact.ts`, which uses them to re-encode the binary exactly).
   */
  padded: number[] | null = null;
  /**
   * Set by the decoders when they read a choice the encoder makes the other
   * way (a long form of a reference type, an empty section, locals split
   * into runs of one type, ...): with `padded` empty, a binary in which none
   * was read is its own canonical encoding (see `DecodedLayout.canonical`).
   */
  offCanonical = false;

  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    end = buf.length,
  ) {
    this.pos = pos;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  atEnd(): boolean {
    return this.pos >= this.end;
  }

  fail(reason: string, offset: number = this.pos, detail?: string): never {
    throw new WasmDecodeError(reason, offset, detail);
  }

  /** The error for a read of `n` bytes that does not fit before `end`. */
  private eof(n: number): never {
    this.fail(this.eofReason, Math.min(this.pos, this.end), n > 1 ? `${n} bytes needed, ${Math.max(0, this.remaining)} left` : undefined);
  }

  byte(): number {
    if (this.pos >= this.end) this.eof(1);
    return this.buf[this.pos++];
  }

  /** The next byte without consuming it. */
  peek(): number {
    if (this.pos >= this.end) this.eof(1);
    return this.buf[this.pos];
  }

  /** `n` bytes as a view into the input (callers copy what the model keeps). */
  bytes(n: number): Uint8Array {
    if (n > this.end - this.pos) this.eof(n);
    const start = this.pos;
    this.pos = start + n;
    return this.buf.subarray(start, start + n);
  }

  /**
   * Unsigned LEB128, at most 32 bits. Only the one-byte case is here: this
   * is inlined into some twenty readers, and with the longer forms each
   * copy was several times the size, most of the optimising compiler's
   * inlining in a first decode of small modules.
   */
  u32(): number {
    const pos = this.pos;
    if (pos < this.end) {
      const b = this.buf[pos];
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
    }
    return this.u32Long();
  }

  /** `u32` of two bytes or more, or at the end. */
  private u32Long(): number {
    const buf = this.buf;
    let pos = this.pos;
    const start = pos;
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= buf.length) this.truncated(pos);
      const b = buf[pos++];
      if (shift === 28) {
        if (b & 0x80) this.fail("integer representation too long", pos - 1);
        if (b & 0x70) this.fail("integer too large", pos - 1);
        if (b === 0 && this.padded !== null) this.notePadding(start, pos, false);
        // Bit 31 would make `|` negative; add the top nibble instead.
        return this.settle(pos, (result >>> 0) + b * 0x10000000);
      }
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        if (b === 0 && this.padded !== null) this.notePadding(start, pos, false);
        return this.settle(pos, result >>> 0);
      }
    }
  }

  /*
   * The slow paths of the LEB128 readers look past `end` (up to the end of
   * the input) before they complain about it, so that an over-long or
   * too-large integer is reported as such, as the spec's reference
   * interpreter does, even where a wrong section size cuts it short.
   */

  /** Ends a LEB128 read at `pos`: the value, if the integer ended within `end`. */
  private settle<T>(pos: number, value: T): T {
    if (pos > this.end) this.truncated(this.end);
    this.pos = pos;
    return value;
  }

  /** Records the LEB128 at `start` (ending before `end`) if it is wider than its value needs. */
  private notePadding(start: number, end: number, signed: boolean): void {
    const buf = this.buf;
    let width = end - start;
    // Drop trailing groups that only repeat what the group before implies.
    while (width > 1) {
      const last = buf[start + width - 1] & 0x7f;
      const before = buf[start + width - 2] & 0x7f;
      const redundant = signed ? (last === 0 && !(before & 0x40)) || (last === 0x7f && (before & 0x40) !== 0) : last === 0;
      if (!redundant) break;
      width--;
    }
    if (width < end - start && end <= this.end) this.padded!.push(start, end - start, width);
  }

  private truncated(pos: number): never {
    this.pos = Math.min(pos, this.end);
    return this.eof(1);
  }

  /** Signed LEB128, at most 32 bits. */
  s32(): number {
    return this.signed(32);
  }

  /** Signed LEB128, at most 33 bits (block types and heap types: a type index or a negative type code). */
  s33(): number {
    return this.signed(33);
  }

  /**
   * Signed LEB128 of up to 33 bits as a number (exact: well below 2^53).
   * Only the one-byte case is here, as in `u32`: with the longer forms this
   * was just under the size V8 inlines, and was inlined whole, checks of
   * five-byte forms included, into the instruction loop and each reader of
   * types.
   */
  private signed(bits: 32 | 33): number {
    const pos = this.pos;
    if (pos < this.end) {
      const b = this.buf[pos];
      if (b < 0x80) {
        this.pos = pos + 1;
        return b & 0x40 ? b - 0x80 : b;
      }
    }
    return this.signedLong(bits);
  }

  /** `signed` of two bytes or more, or at the end. */
  private signedLong(bits: 32 | 33): number {
    const buf = this.buf;
    let pos = this.pos;
    const start = pos;
    let result = 0;
    let scale = 1;
    for (let i = 0; ; i++) {
      if (pos >= buf.length) this.truncated(pos);
      const b = buf[pos++];
      if (i === 4) {
        if (b & 0x80) this.fail("integer representation too long", pos - 1);
        // Bits 32 - 28 = 4 (or 5) of this byte carry the value; the rest must copy its sign bit.
        const used = bits - 28;
        const unused = 0x7f & ~((1 << used) - 1);
        const sign = b & (1 << (used - 1));
        if ((b & unused) !== (sign ? unused : 0)) this.fail("integer too large", pos - 1);
        result += (b & ((1 << used) - 1)) * scale;
        if ((b === 0 || b === 0x7f) && this.padded !== null) this.notePadding(start, pos, true);
        return this.settle(pos, sign ? result - 2 ** bits : result);
      }
      result += (b & 0x7f) * scale;
      scale *= 128;
      if ((b & 0x80) === 0) {
        if ((b === 0 || b === 0x7f) && this.padded !== null) this.notePadding(start, pos, true);
        return this.settle(pos, b & 0x40 ? result - scale : result);
      }
    }
  }

  /**
   * Unsigned LEB128 of at most 64 bits, as a number when it takes at most 7
   * bytes (exact in a double); null, nothing consumed, when it takes more
   * (`u64` reads it): callers that keep only a few distinct values spare a
   * bigint for each of the others.
   */
  u64Small(): number | null {
    return this.small(false);
  }

  /** Signed LEB128 of at most 64 bits, as `u64Small` reads an unsigned one. */
  s64Small(): number | null {
    return this.small(true);
  }

  private small(signed: boolean): number | null {
    const start = this.pos;
    const small = this.smallLeb();
    if (small < 0) {
      this.pos = start;
      return null;
    }
    const last = this.buf[this.pos - 1];
    if (this.padded !== null && (last === 0 || (signed && last === 0x7f))) this.notePadding(start, this.pos, signed);
    // Sign-extend from the last byte's bit 6.
    return signed && last & 0x40 ? small - 2 ** (7 * (this.pos - start)) : small;
  }

  /** Unsigned LEB128, at most 64 bits. */
  u64(): bigint {
    const small = this.u64Small();
    if (small !== null) return BigInt(small);
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    let result = 0n;
    for (let i = 0; ; i++) {
      if (pos >= buf.length) this.truncated(pos);
      const b = buf[pos++];
      if (i === 9) {
        if (b & 0x80) this.fail("integer representation too long", pos - 1);
        if (b & 0x7e) this.fail("integer too large", pos - 1);
      }
      result |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) {
        if (b === 0 && this.padded !== null) this.notePadding(start, pos, false);
        return this.settle(pos, result);
      }
    }
  }

  /** Signed LEB128, at most 64 bits. */
  s64(): bigint {
    const small = this.s64Small();
    if (small !== null) return BigInt(small);
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    let result = 0n;
    for (let i = 0; ; i++) {
      if (pos >= buf.length) this.truncated(pos);
      const b = buf[pos++];
      if (i === 9) {
        if (b & 0x80) this.fail("integer representation too long", pos - 1);
        if ((b & 0x7f) !== 0 && (b & 0x7f) !== 0x7f) this.fail("integer too large", pos - 1);
      }
      result |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) {
        if ((b === 0 || b === 0x7f) && this.padded !== null) this.notePadding(start, pos, true);
        if (b & 0x40) result -= 1n << BigInt(7 * (i + 1));
        return this.settle(pos, BigInt.asIntN(64, result));
      }
    }
  }

  /**
   * The unsigned value of a LEB128 of at most 7 bytes (49 bits, exact in a
   * double), consumed; or -1, with the position unspecified, when it is
   * longer or runs past the end (the caller then takes the bigint path).
   */
  private smallLeb(): number {
    const buf = this.buf;
    const end = Math.min(this.end, this.pos + 7);
    let pos = this.pos;
    let result = 0;
    let scale = 1;
    while (pos < end) {
      const b = buf[pos++];
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        this.pos = pos;
        return result;
      }
      scale *= 128;
    }
    return -1;
  }

  /** Four bytes, little-endian, as an unsigned f32 bit pattern. */
  f32Bits(): number {
    if (this.end - this.pos < 4) this.eof(4);
    const buf = this.buf;
    const p = this.pos;
    this.pos = p + 4;
    return (buf[p] | (buf[p + 1] << 8) | (buf[p + 2] << 16) | (buf[p + 3] << 24)) >>> 0;
  }

  /** Eight bytes, little-endian, as an unsigned f64 bit pattern. */
  f64Bits(): bigint {
    const lo = this.f32Bits();
    const hi = this.f32Bits();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /**
   * A vector's element count. Every element takes at least one byte, so a
   * count beyond the bytes left is rejected before anyone allocates for it.
   */
  count(): number {
    const at = this.pos;
    const n = this.u32();
    if (n > this.end - this.pos) this.fail(this.eofReason, at, `${n} elements declared, ${this.end - this.pos} bytes left`);
    return n;
  }

  /** A byte string: u32 length, then the bytes (a view into the input). */
  byteString(reason = this.eofReason): Uint8Array {
    const at = this.pos;
    const n = this.u32();
    if (n > this.end - this.pos) this.fail(reason, at, `${n} bytes declared, ${this.end - this.pos} left`);
    return this.bytes(n);
  }

  /** A name: u32 length, then well-formed UTF-8. */
  name(): string {
    const at = this.pos;
    const n = this.u32();
    if (n > this.end - this.pos) this.fail("length out of bounds", at, `${n} bytes declared, ${this.end - this.pos} left`);
    if (n <= SHORT_NAME) {
      const start = this.pos;
      const buf = this.buf;
      const codes = NAME_CODES[n];
      let i = 0;
      while (i < n && buf[start + i] < 0x80) {
        codes[i] = buf[start + i];
        i++;
      }
      if (i === n) {
        this.pos = start + n;
        return String.fromCharCode.apply(null, codes);
      }
    }
    const bytes = this.bytes(n);
    try {
      return utf8.decode(bytes);
    } catch {
      return this.fail("malformed UTF-8 encoding", this.pos - n);
    }
  }
}
