/**
 * Printed literals re-parse, through watkit's own exact parser, to exactly
 * the value they were made from, and are as short as a decimal can be.
 */
import { describe, expect, it } from "@jest/globals";
import { bytesText, f32Text, f64Text, idText, nameText } from "../../src/print/literals.js";
import { parseF32Bits, parseF64Bits, parseName, parseString } from "../../src/syntax/literals.js";

/** A small deterministic generator, so that failures reproduce. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe("f32 literals", () => {
  it.each([
    [0x00000000, "0"],
    [0x80000000, "-0"],
    [0x3f800000, "1"],
    [0x3dcccccd, "0.1"],
    [0x7f800000, "inf"],
    [0xff800000, "-inf"],
    [0x7fc00000, "nan"],
    [0xffc00000, "-nan"],
    [0x7f800001, "nan:0x1"],
    [0xff812345, "-nan:0x12345"],
    [0x00000001, "1e-45"],
    [0x7f7fffff, "3.4028235e+38"],
    [0x4b800000, "16777216"],
  ])("%i is written %s", (bits, text) => {
    expect(f32Text(bits)).toBe(text);
    expect(parseF32Bits(text)).toBe(bits);
  });

  it("round-trips random bit patterns, with no shorter decimal reading the same", () => {
    const next = random(1);
    for (let i = 0; i < 20000; i++) {
      const bits = next();
      const text = f32Text(bits);
      expect(parseF32Bits(text)).toBe(bits);
      if (/^-?[0-9.e+-]+$/.test(text)) {
        const digits = text.replace(/^-/, "").replace(/e.*$/, "").replace(".", "").replace(/^0+/, "").length;
        if (digits > 1) {
          const shorter = Number(text).toPrecision(digits - 1);
          let same = false;
          try {
            same = parseF32Bits(shorter) === bits;
          } catch {
            same = false;
          }
          expect(same).toBe(false);
        }
      }
    }
  });
});

describe("f64 literals", () => {
  it.each([
    [0n, "0"],
    [1n << 63n, "-0"],
    [0x3ff0000000000000n, "1"],
    [0x7ff0000000000000n, "inf"],
    [0xfff0000000000000n, "-inf"],
    [0x7ff8000000000000n, "nan"],
    [0xfff8000000000000n, "-nan"],
    [0x7ff0000000000001n, "nan:0x1"],
    [0x0000000000000001n, "5e-324"],
    [0x7fefffffffffffffn, "1.7976931348623157e+308"],
  ])("%s is written %s", (bits, text) => {
    expect(f64Text(bits)).toBe(text);
    expect(parseF64Bits(text)).toBe(bits);
  });

  it("round-trips random bit patterns", () => {
    const next = random(2);
    for (let i = 0; i < 20000; i++) {
      const bits = (BigInt(next()) << 32n) | BigInt(next());
      expect(parseF64Bits(f64Text(bits))).toBe(bits);
    }
  });
});

describe("strings, names and ids", () => {
  it("writes printable ASCII as is and every other byte as \\hh", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = bytesText(bytes);
    expect(text).toContain('\\00\\01');
    expect(text).toContain(' !\\"#');
    expect(text).toContain("[\\\\]");
    expect(text).toContain("\\7f\\80");
    expect(parseString(text)).toEqual(bytes);
  });

  it("writes names with their non-ASCII characters, escaping quotes, backslashes and controls", () => {
    for (const name of ["plain", 'say "hi"', "back\\slash", "tab\there", "\u00e9t\u00e9 \u{1f600}", ""]) {
      expect(parseName(nameText(name))).toBe(name);
    }
    expect(nameText("\u00e9")).toBe('"\u00e9"');
  });

  it("escapes the invisible controls that reorder text around them (wasm-tools rejects them raw)", () => {
    const name = "a\u202eb\u2066c\u206ad\u200f";
    expect(nameText(name)).toBe('"a\\u{202e}b\\u{2066}c\\u{206a}d\\u{200f}"');
    expect(parseName(nameText(name))).toBe(name);
  });

  it("writes an id plainly when it can, and as $\"...\" otherwise", () => {
    expect(idText("f")).toBe("$f");
    expect(idText("a.b/c:d<e>!#'*+-?@\\^_`|~")).toBe("$a.b/c:d<e>!#'*+-?@\\^_`|~");
    expect(idText("has space")).toBe('$"has space"');
    expect(idText("paren(")).toBe('$"paren("');
    expect(idText("\u00e9")).toBe('$"\u00e9"');
    expect(idText('q"')).toBe('$"q\\""');
  });
});
