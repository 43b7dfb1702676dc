/**
 * Exact notes: a binary that encodes its content in a non-canonical way
 * (padded LEB128 numbers and sizes, sections the canonical encoding leaves
 * out) prints to text with `(@watkit.exact ...)` annotations and comes back
 * byte for byte; a note applies only while its unit is unchanged, so an
 * edited function is written canonically and the rest stays as it was.
 */
import { describe, expect, it } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { minimalLebs, noteFor, padLebs } from "../../src/binary/exact.js";
import { WatSyntaxError } from "../../src/syntax/errors.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * Two functions `() -> i32`: the first returns -1 written as a 5-byte LEB128,
 * the second calls the first with its index written in 5 bytes; the code
 * section's size is 5 bytes wide too, as linkers leave them.
 */
const PADDED = new Uint8Array([
  ...HEADER,
  ...[0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f],
  ...[0x03, 0x03, 0x02, 0x00, 0x00],
  ...[0x0a, 0x93, 0x80, 0x80, 0x80, 0x00, 0x02],
  ...[0x08, 0x00, 0x41, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x0b],
  ...[0x08, 0x00, 0x10, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b],
]);

describe("padLebs", () => {
  it("widens unsigned numbers with zero groups and negative ones with sign groups", () => {
    expect([...padLebs(new Uint8Array([0x10, 0x05, 0x0b]), [1, 5, 0])]).toEqual([0x10, 0x85, 0x80, 0x80, 0x80, 0x00, 0x0b]);
    expect([...padLebs(new Uint8Array([0x41, 0x7f]), [1, 5, 1])]).toEqual([0x41, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    expect([...padLebs(new Uint8Array([0xe5, 0x8e, 0x26]), [0, 4, 0])]).toEqual([0xe5, 0x8e, 0xa6, 0x00]);
  });

  it("refuses to widen where there is no number that narrow", () => {
    expect(() => padLebs(new Uint8Array([0x80, 0x80, 0x01]), [0, 2, 0])).toThrow(RangeError);
  });
});

describe("minimalLebs", () => {
  it("narrows padded numbers, as the decoder records them, back to what padLebs widened", () => {
    // (offset, width, minimal width) in the padded bytes.
    const cases: Array<[number[], number[], number[]]> = [
      [[0x10, 0x85, 0x80, 0x80, 0x80, 0x00, 0x0b], [1, 5, 1], [0x10, 0x05, 0x0b]],
      [[0x41, 0xff, 0xff, 0xff, 0xff, 0x7f], [1, 5, 1], [0x41, 0x7f]],
      [[0xe5, 0x8e, 0xa6, 0x00], [0, 4, 3], [0xe5, 0x8e, 0x26]],
      [[0x81, 0x00, 0x20, 0x80, 0x00], [0, 2, 1, 3, 2, 1], [0x01, 0x20, 0x00]],
    ];
    for (const [padded, at, minimal] of cases) expect([...minimalLebs(new Uint8Array(padded), at)]).toEqual(minimal);
  });
});

describe("noteFor", () => {
  const canonical = new Uint8Array([0x10, 0x05, 0x0b]);

  it("notes nothing when the original is canonical", () => {
    expect(noteFor(canonical, canonical, [], undefined)).toBeUndefined();
  });

  it("notes padding as positions in the canonical bytes", () => {
    const original = new Uint8Array([0x10, 0x85, 0x80, 0x00, 0x0b]);
    expect(noteFor(original, canonical, [1, 3, 1], undefined)).toMatchObject({ paddings: [1, 3, 0] });
  });

  it("keeps the original bytes when padding does not explain the difference", () => {
    const original = new Uint8Array([0x10, 0x06, 0x0b]);
    const note = noteFor(original, canonical, [], 5);
    expect(note).toMatchObject({ sizeWidth: 5, raw: original });
  });
});

describe("wasm2wat with exact notes", () => {
  it("re-encodes padded numbers and sizes byte for byte, flat and folded", () => {
    for (const folded of [false, true]) {
      const text = wasm2wat(PADDED, { folded });
      expect(text).toContain("(@watkit.exact func 0");
      expect(text).toContain("(@watkit.exact section code");
      expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(PADDED));
    }
  });

  it("prints no notes when asked for canonical text, which then encodes canonically", () => {
    const text = wasm2wat(PADDED, { exact: false });
    expect(text).not.toContain("@watkit.exact");
    expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(encode(decode(PADDED))));
  });

  it("writes an edited function canonically and keeps the others as they were", () => {
    const text = wasm2wat(PADDED).replace("i32.const -1", "i32.const -2");
    const edited = wat2wasm(text);
    const canonical = encode(decode(edited));
    // The first body lost its padding (its note no longer matches); the call in the second kept its 5-byte index.
    expect([...edited].join(",")).toContain([0x41, 0x7e, 0x0b].join(","));
    expect([...edited].join(",")).toContain([0x10, 0x80, 0x80, 0x80, 0x80, 0x00].join(","));
    expect(edited.length).toBeGreaterThan(canonical.length);
  });

  it("keeps sections the canonical encoding leaves out", () => {
    const emptyTypes = new Uint8Array([...HEADER, 0x01, 0x01, 0x00]);
    expect(Buffer.from(wat2wasm(wasm2wat(emptyTypes)))).toEqual(Buffer.from(emptyTypes));
  });

  it("keeps a data count section that no instruction needs", () => {
    const withCount = new Uint8Array([...HEADER, 0x05, 0x03, 0x01, 0x00, 0x00, 0x0c, 0x01, 0x00]);
    const text = wasm2wat(withCount);
    expect(text).toContain("(@watkit.exact section datacount");
    expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(withCount));
  });

  it("keeps one run of locals whose type names a type the module lacks", () => {
    // No type section; a function of type 0 whose one local declaration holds two `(ref null 0)`.
    const dangling = new Uint8Array([...HEADER, 0x03, 0x02, 0x01, 0x00, 0x0a, 0x07, 0x01, 0x05, 0x01, 0x02, 0x63, 0x00, 0x0b]);
    for (const folded of [false, true]) expect(Buffer.from(wat2wasm(wasm2wat(dangling, { folded })))).toEqual(Buffer.from(dangling));
  });

  it("rejects a malformed note with a located error", () => {
    let error: unknown;
    try {
      wat2wasm('(module\n  (@watkit.exact func x "d"))');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WatSyntaxError);
    expect([(error as WatSyntaxError).line, (error as WatSyntaxError).reason]).toEqual([2, "@watkit.exact annotation: expected a number, found 'x'"]);
  });
});
