import { ByteWriter, u32Size } from "../../src/binary/writer.js";

function written(write: (w: ByteWriter) => void, capacity?: number): number[] {
  const w = new ByteWriter(capacity);
  write(w);
  return [...w.finish()];
}

/** Reads LEB128 the slow, obvious way, to check round trips. */
function readLeb(bytes: number[], signed: boolean): { value: bigint; size: number } {
  let value = 0n;
  let shift = 0n;
  let i = 0;
  let b: number;
  do {
    b = bytes[i++]!;
    value |= BigInt(b & 0x7f) << shift;
    shift += 7n;
  } while (b & 0x80);
  if (signed && b & 0x40) value -= 1n << shift;
  return { value, size: i };
}

/** Length of the shortest LEB128 for a value: 7 bits per byte, plus a sign bit when signed. */
function minimalSize(value: bigint, signed: boolean): number {
  let bits = 0;
  const magnitude = value < 0n ? -value - 1n : value;
  while (magnitude >> BigInt(bits) !== 0n) bits++;
  return Math.max(1, Math.ceil((bits + (signed ? 1 : 0)) / 7));
}

describe("unsigned LEB128", () => {
  it.each([
    [0, [0x00]],
    [1, [0x01]],
    [63, [0x3f]],
    [64, [0x40]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [624485, [0xe5, 0x8e, 0x26]],
    [2 ** 14 - 1, [0xff, 0x7f]],
    [2 ** 14, [0x80, 0x80, 0x01]],
    [2 ** 28 - 1, [0xff, 0xff, 0xff, 0x7f]],
    [2 ** 28, [0x80, 0x80, 0x80, 0x80, 0x01]],
    [2 ** 31 - 1, [0xff, 0xff, 0xff, 0xff, 0x07]],
    [2 ** 31, [0x80, 0x80, 0x80, 0x80, 0x08]],
    [2 ** 32 - 1, [0xff, 0xff, 0xff, 0xff, 0x0f]],
  ])("u32(%d)", (n, bytes) => {
    expect(written((w) => w.u32(n))).toEqual(bytes);
    expect(u32Size(n)).toBe(bytes.length);
  });

  it.each([
    [0n, [0x00]],
    [127n, [0x7f]],
    [128n, [0x80, 0x01]],
    [2n ** 32n - 1n, [0xff, 0xff, 0xff, 0xff, 0x0f]],
    [2n ** 32n, [0x80, 0x80, 0x80, 0x80, 0x10]],
    [2n ** 53n + 1n, [0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]],
    [2n ** 63n, [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]],
    [2n ** 64n - 1n, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
  ])("u64(%s)", (n, bytes) => {
    expect(written((w) => w.u64(n))).toEqual(bytes);
  });

  it("round-trips every power of two and its neighbours, minimally", () => {
    for (let k = 0; k <= 64; k++) {
      for (const n of [2n ** BigInt(k) - 1n, 2n ** BigInt(k), 2n ** BigInt(k) + 1n]) {
        if (n >= 2n ** 64n) continue;
        const bytes = written((w) => w.u64(n));
        expect(readLeb(bytes, false)).toEqual({ value: n, size: bytes.length });
        expect(bytes.length).toBe(minimalSize(n, false));
        if (n < 2n ** 32n) expect(written((w) => w.u32(Number(n)))).toEqual(bytes);
      }
    }
  });
});

describe("signed LEB128", () => {
  it.each([
    [0, [0x00]],
    [1, [0x01]],
    [-1, [0x7f]],
    [63, [0x3f]],
    [64, [0xc0, 0x00]],
    [-64, [0x40]],
    [-65, [0xbf, 0x7f]],
    [127, [0xff, 0x00]],
    [-128, [0x80, 0x7f]],
    [-123456, [0xc0, 0xbb, 0x78]],
    [2 ** 31 - 1, [0xff, 0xff, 0xff, 0xff, 0x07]],
    [-(2 ** 31), [0x80, 0x80, 0x80, 0x80, 0x78]],
  ])("s32(%d)", (n, bytes) => {
    expect(written((w) => w.s32(n))).toEqual(bytes);
    expect(written((w) => w.s33(n))).toEqual(bytes);
    expect(written((w) => w.s64(BigInt(n)))).toEqual(bytes);
  });

  it.each([
    [2n ** 63n - 1n, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]],
    [-(2n ** 63n), [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f]],
    [2n ** 53n, [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]],
    [-(2n ** 53n) - 1n, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x6f]],
    [2n ** 32n - 1n, [0xff, 0xff, 0xff, 0xff, 0x0f]],
  ])("s64(%s)", (n, bytes) => {
    expect(written((w) => w.s64(n))).toEqual(bytes);
  });

  it("s33 holds block-type indices up to 2^32-1 (positive, so a sign bit more than u32)", () => {
    expect(written((w) => w.s33(2 ** 32 - 1))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(written((w) => w.s33(2 ** 31))).toEqual([0x80, 0x80, 0x80, 0x80, 0x08]);
    expect(written((w) => w.s33(2 ** 27))).toEqual([0x80, 0x80, 0x80, 0xc0, 0x00]);
  });

  it("round-trips ±2^k and neighbours across the number and bigint paths, minimally", () => {
    for (let k = 0; k <= 63; k++) {
      const p = 2n ** BigInt(k);
      for (const n of [p - 1n, p, p + 1n, -p - 1n, -p, -p + 1n]) {
        if (n >= 2n ** 63n || n < -(2n ** 63n)) continue;
        const bytes = written((w) => w.s64(n));
        expect(readLeb(bytes, true)).toEqual({ value: n, size: bytes.length });
        expect(bytes.length).toBe(minimalSize(n, true));
        if (n >= -(2n ** 31n) && n < 2n ** 31n) expect(written((w) => w.s32(Number(n)))).toEqual(bytes);
        if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) {
          expect(written((w) => w.s33(Number(n)))).toEqual(bytes);
        }
      }
    }
  });
});

describe("raw values", () => {
  it("writes float bit patterns little-endian", () => {
    expect(written((w) => w.f32Bits(0x3fc00000))).toEqual([0x00, 0x00, 0xc0, 0x3f]);
    expect(written((w) => w.f32Bits(0xffc00001))).toEqual([0x01, 0x00, 0xc0, 0xff]);
    expect(written((w) => w.f32Bits(-1))).toEqual([0xff, 0xff, 0xff, 0xff]);
    expect(written((w) => w.f64Bits(0x400921fb54442d18n))).toEqual([0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40]);
    expect(written((w) => w.f64Bits(0xfff8000000000001n))).toEqual([0x01, 0, 0, 0, 0, 0, 0xf8, 0xff]);
  });

  it("agrees with DataView on random bit patterns", () => {
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 200; i++) {
      const hi = (Math.random() * 2 ** 32) >>> 0;
      const lo = (Math.random() * 2 ** 32) >>> 0;
      view.setUint32(0, lo, true);
      view.setUint32(4, hi, true);
      expect(written((w) => w.f64Bits((BigInt(hi) << 32n) | BigInt(lo)))).toEqual([...new Uint8Array(view.buffer)]);
      expect(written((w) => w.f32Bits(lo))).toEqual([...new Uint8Array(view.buffer, 0, 4)]);
    }
  });

  it("writes bytes from typed arrays and plain arrays", () => {
    expect(
      written((w) => {
        w.byte(1);
        w.bytes(new Uint8Array([2, 3]));
        w.bytes([4, 5, 6]);
        w.bytes([]);
      }),
    ).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("copies the bytes written since a point out, and writes a range of another array back", () => {
    const parked = new Uint8Array(8).fill(9);
    const out = written((w) => {
      w.bytes([1, 2, 3, 4, 5]);
      w.copyOut(2, parked, 1);
      w.truncate(2);
      w.bytesFrom(parked, 1, 4);
      w.bytesFrom(parked, 4, 4);
    }, 1);
    expect([...parked]).toEqual([9, 3, 4, 5, 9, 9, 9, 9]);
    expect(out).toEqual([1, 2, 3, 4, 5]);
  });

  it("writes names as length + UTF-8, agreeing with TextEncoder", () => {
    for (const s of ["", "memory", "\0", "é", "€uro", "😀", "a\u{10FFFF}z", "\uFEFF", "x".repeat(200)]) {
      const utf8 = new TextEncoder().encode(s);
      const out = written((w) => w.name(s));
      const len = readLeb(out, false);
      expect(Number(len.value)).toBe(utf8.length);
      expect(out.slice(len.size)).toEqual([...utf8]);
    }
  });

  it("rejects names that have no UTF-8 form", () => {
    expect(() => new ByteWriter().name("a\uD800")).toThrow(/unpaired surrogate/);
    expect(() => new ByteWriter().name("\uDC00b")).toThrow(/unpaired surrogate/);
  });
});

describe("sized regions", () => {
  it("writes an empty region as a single zero", () => {
    expect(written((w) => w.endSized(w.beginSized()))).toEqual([0]);
  });

  it("uses the shortest size prefix at each width boundary", () => {
    for (const size of [1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21]) {
      const w = new ByteWriter(16);
      w.byte(0xaa);
      const mark = w.beginSized();
      for (let i = 0; i < size; i++) w.byte(i & 0xff);
      w.endSized(mark);
      w.byte(0xbb);
      expect(w.length).toBe(1 + u32Size(size) + size + 1);
      const out = [...w.finish()];
      expect(out[0]).toBe(0xaa);
      const prefix = readLeb(out.slice(1), false);
      expect(prefix).toEqual({ value: BigInt(size), size: u32Size(size) });
      const body = out.slice(1 + prefix.size, -1);
      expect(body.length).toBe(size);
      expect(body.every((b, i) => b === (i & 0xff))).toBe(true);
      expect(out[out.length - 1]).toBe(0xbb);
    }
  });

  it("nests: inner sizes are counted in outer ones after shrinking", () => {
    const out = written((w) => {
      w.byte(0x0a); // code section id
      const section = w.beginSized();
      w.u32(2);
      for (const body of [[0x00, 0x0b], new Array(200).fill(0x01).concat(0x0b)]) {
        const fn = w.beginSized();
        w.bytes(body);
        w.endSized(fn);
      }
      w.endSized(section);
    });
    // section: count(1) + [size 1 + 2] + [size 2 + 201] = 207 bytes, a 2-byte prefix.
    expect(out.slice(0, 3)).toEqual([0x0a, 0xcf, 0x01]);
    expect(out.slice(3, 7)).toEqual([0x02, 0x02, 0x00, 0x0b]);
    expect(out.slice(7, 9)).toEqual([0xc9, 0x01]);
    expect(out.length).toBe(3 + 207);
    expect(out[out.length - 1]).toBe(0x0b);
  });

  it("handles deep nesting of empty and tiny regions", () => {
    const out = written((w) => {
      const marks: number[] = [];
      for (let i = 0; i < 50; i++) marks.push(w.beginSized());
      w.byte(0x42);
      while (marks.length > 0) w.endSized(marks.pop()!);
    });
    // Innermost is [1, 0x42]; each level out adds one size byte.
    const expected = [0x42];
    for (let i = 0; i < 50; i++) expected.unshift(expected.length);
    expect(out).toEqual(expected);
  });

  it("keeps the reserved five bytes only when the body needs them", () => {
    const w = new ByteWriter(8);
    const mark = w.beginSized();
    w.bytes(new Uint8Array(2 ** 28));
    w.endSized(mark);
    const out = w.finish();
    expect(out.length).toBe(5 + 2 ** 28);
    expect([...out.subarray(0, 5)]).toEqual([0x80, 0x80, 0x80, 0x80, 0x01]);
  });
});

describe("growth", () => {
  it("grows from a tiny buffer without losing bytes, whatever the write size", () => {
    const w = new ByteWriter(1);
    const expected: number[] = [];
    for (let i = 0; i < 10000; i++) {
      w.byte(i & 0xff);
      expected.push(i & 0xff);
      if (i % 97 === 0) {
        const chunk = Array.from({ length: i % 300 }, (_, j) => (j * 7) & 0xff);
        w.bytes(chunk);
        expected.push(...chunk);
      }
      if (i % 31 === 0) {
        w.u32(0xffffffff);
        expected.push(0xff, 0xff, 0xff, 0xff, 0x0f);
      }
    }
    expect(w.length).toBe(expected.length);
    expect([...w.finish()]).toEqual(expected);
  });

  it("takes a block larger than double the buffer in one go", () => {
    const w = new ByteWriter(16);
    w.bytes(new Uint8Array(1000).fill(7));
    expect(w.length).toBe(1000);
    expect(w.finish().every((b) => b === 7)).toBe(true);
  });

  it("starts over after finish, leaving the result intact", () => {
    const w = new ByteWriter();
    w.bytes([1, 2, 3]);
    const first = w.finish();
    expect(w.length).toBe(0);
    w.bytes([9, 9, 9, 9]);
    expect([...first]).toEqual([1, 2, 3]);
    expect([...w.finish()]).toEqual([9, 9, 9, 9]);
  });
});
