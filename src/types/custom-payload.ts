/**
 * Reading and writing the payloads of the custom sections watkit gives a
 * text form (producers, dylink.0): u32 LEB128 numbers and UTF-8 names. A
 * payload reads back as values only when its text would encode to the very
 * same bytes, so the reader throws on anything out of shape and
 * `sameBytes` tells whether re-encoding gave the payload back.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export function writeU32(out: number[], n: number): void {
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n !== 0 ? byte | 0x80 : byte);
  } while (n !== 0);
}

export function writeName(out: number[], s: string): void {
  const bytes = encoder.encode(s);
  writeU32(out, bytes.length);
  for (const b of bytes) out.push(b);
}

/** Reads a payload front to back; throws `RangeError` (or `TypeError` for bad UTF-8) past its end. */
export class PayloadReader {
  pos = 0;

  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  byte(): number {
    if (this.done) throw new RangeError("end of section");
    return this.bytes[this.pos++];
  }

  u32(): number {
    let n = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      n += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return n;
    }
    throw new RangeError("LEB128 too long");
  }

  name(): string {
    const length = this.u32();
    if (this.pos + length > this.bytes.length) throw new RangeError("end of section");
    return decoder.decode(this.bytes.subarray(this.pos, (this.pos += length)));
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
