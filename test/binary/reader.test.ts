import { describe, expect, it } from "@jest/globals";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { Reader } from "../../src/binary/reader.js";
import { ByteWriter } from "../../src/binary/writer.js";

const reader = (...bytes: number[]): Reader => new Reader(Uint8Array.from(bytes));

/** The error a read throws, for checking its reason and offset. */
function failure(read: () => unknown): WasmDecodeError {
  try {
    read();
  } catch (e) {
    if (e instanceof WasmDecodeError) return e;
    throw e;
  }
  throw new Error("expected a WasmDecodeError");
}

describe("LEB128 integers read back what the writer wrote", () => {
  it.each([0, 1, 63, 64, 127, 128, 300, 624485, 0x7fffffff, 0x80000000, 0xffffffff])("u32 %d", (n) => {
    const w = new ByteWriter();
    w.u32(n);
    const r = new Reader(w.finish());
    expect(r.u32()).toBe(n);
    expect(r.atEnd()).toBe(true);
  });

  it.each([0, 1, -1, 63, 64, -64, -65, 8191, -8192, 2 ** 31 - 1, -(2 ** 31)])("s32 %d", (n) => {
    const w = new ByteWriter();
    w.s32(n);
    expect(new Reader(w.finish()).s32()).toBe(n);
  });

  it.each([0, 5, -1, -64, 2 ** 32 - 1, -(2 ** 32)])("s33 %d", (n) => {
    const w = new ByteWriter();
    w.s33(n);
    expect(new Reader(w.finish()).s33()).toBe(n);
  });

  it.each([0n, 1n, 127n, 128n, 2n ** 49n - 1n, 2n ** 49n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n])("u64 %s", (n) => {
    const w = new ByteWriter();
    w.u64(n);
    expect(new Reader(w.finish()).u64()).toBe(n);
  });

  it.each([0n, -1n, 63n, -64n, 2n ** 48n, -(2n ** 48n), 2n ** 62n, 2n ** 63n - 1n, -(2n ** 63n)])("s64 %s", (n) => {
    const w = new ByteWriter();
    w.s64(n);
    expect(new Reader(w.finish()).s64()).toBe(n);
  });

  it("accepts padded (non-minimal) encodings within the width", () => {
    expect(reader(0x80, 0x80, 0x80, 0x80, 0x00).u32()).toBe(0);
    expect(reader(0xff, 0xff, 0xff, 0xff, 0x7f).s32()).toBe(-1);
    expect(reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00).u64()).toBe(0n);
    expect(reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f).s64()).toBe(-1n);
  });
});

describe("malformed LEB128 integers", () => {
  it("longer than ceil(N/7) bytes: integer representation too long", () => {
    const e = failure(() => reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00).u32());
    expect(e.reason).toBe("integer representation too long");
    expect(e.offset).toBe(4);
    expect(failure(() => reader(0xff, 0xff, 0xff, 0xff, 0xff, 0x7f).s32()).reason).toBe("integer representation too long");
    expect(failure(() => reader(...Array(10).fill(0x80), 0x00).u64()).reason).toBe("integer representation too long");
  });

  it("unused bits of the last byte set (or not copies of the sign): integer too large", () => {
    expect(failure(() => reader(0xff, 0xff, 0xff, 0xff, 0x1f).u32()).reason).toBe("integer too large");
    expect(failure(() => reader(0xff, 0xff, 0xff, 0xff, 0x4f).s32()).reason).toBe("integer too large");
    expect(failure(() => reader(0x80, 0x80, 0x80, 0x80, 0x70).s32()).reason).toBe("integer too large");
    expect(failure(() => reader(...Array(9).fill(0x80), 0x02).u64()).reason).toBe("integer too large");
    expect(failure(() => reader(...Array(9).fill(0xff), 0x41).s64()).reason).toBe("integer too large");
  });

  it("the largest values are not too large", () => {
    expect(reader(0xff, 0xff, 0xff, 0xff, 0x0f).u32()).toBe(0xffffffff);
    expect(reader(0x80, 0x80, 0x80, 0x80, 0x78).s32()).toBe(-(2 ** 31));
    expect(reader(0x80, 0x80, 0x80, 0x80, 0x70).s33()).toBe(-(2 ** 32));
  });

  it("truncated: unexpected end, at the end of the input", () => {
    const e = failure(() => reader(0x80, 0x80).u32());
    expect(e.reason).toBe("unexpected end");
    expect(e.offset).toBe(2);
    expect(failure(() => reader(0xff).s64()).reason).toBe("unexpected end");
  });

  it("an integer that runs past the region's end is cut off there, unless it is malformed anyway", () => {
    const r = new Reader(Uint8Array.of(0x80, 0x01, 0x00), 0, 1);
    r.eofReason = "unexpected end of section or function";
    expect(failure(() => r.u32())).toMatchObject({ reason: "unexpected end of section or function", offset: 1 });
    const tooLong = new Reader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x00), 0, 2);
    expect(failure(() => tooLong.u32()).reason).toBe("integer representation too long");
  });
});

describe("bytes, floats and names", () => {
  it("reads float bit patterns little-endian, unsigned", () => {
    expect(reader(0x00, 0x00, 0xc0, 0x7f).f32Bits()).toBe(0x7fc00000);
    expect(reader(0x00, 0x00, 0x00, 0x80).f32Bits()).toBe(0x80000000);
    expect(reader(1, 0, 0, 0, 0, 0, 0xf0, 0xff).f64Bits()).toBe(0xfff0000000000001n);
  });

  it("reads names as UTF-8, keeping a leading U+FEFF", () => {
    expect(reader(3, 0x61, 0x62, 0x63).name()).toBe("abc");
    expect(reader(4, 0xf0, 0x9f, 0x98, 0x80).name()).toBe("\u{1f600}");
    expect(reader(3, 0xef, 0xbb, 0xbf).name()).toBe("\ufeff");
  });

  it("rejects malformed UTF-8: overlong forms, surrogates, stray continuation bytes", () => {
    for (const bytes of [[2, 0xc0, 0x80], [3, 0xed, 0xa0, 0x80], [1, 0x80], [1, 0xff]]) {
      expect(failure(() => reader(...bytes).name()).reason).toBe("malformed UTF-8 encoding");
    }
  });

  it("rejects a length beyond the input: length out of bounds", () => {
    expect(failure(() => reader(5, 0x61).name())).toMatchObject({ reason: "length out of bounds", offset: 0 });
  });

  it("rejects a vector count the remaining bytes cannot hold, before anything is allocated", () => {
    const e = failure(() => reader(0xff, 0xff, 0xff, 0xff, 0x0f, 0x00).count());
    expect(e.reason).toBe("unexpected end");
    expect(e.message).toContain("4294967295 elements declared, 1 bytes left");
  });

  it("says where: the message carries the offset in hex", () => {
    expect(failure(() => new Reader(new Uint8Array(0x1a4), 0x1a3).bytes(2)).message).toBe(
      "malformed binary at offset 0x1a3: unexpected end (2 bytes needed, 1 left)",
    );
  });
});
