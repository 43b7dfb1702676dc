/** Script values: constants as bytes, result patterns, and matching (NaN classes, v128 lanes, references). */
import { describe, expect, it } from "@jest/globals";
import type { ValueNode } from "../../src/syntax/ast.js";
import { parseWat } from "../../src/syntax/parse.js";
import {
  argOf,
  expectedOf,
  expectedText,
  HostRef,
  HostRefs,
  isNan,
  matches,
  type RefClass,
  type Value,
  valueText,
} from "../../src/wast/values.js";

/** The value nodes of `(assert_return (invoke "f") VALUE...)`. */
function values(text: string): ValueNode[] {
  const command = parseWat(`(assert_return (invoke "f") ${text})`).commands[0];
  if (command.kind !== "assert_return") throw new Error("not an assert_return");
  return command.results;
}

const pattern = (text: string) => expectedOf(values(text)[0]);

function num(type: "i32" | "i64" | "f32" | "f64" | "v128", ...words: number[]): Value {
  const bytes = new Uint8Array(type === "v128" ? 16 : type === "i64" || type === "f64" ? 8 : 4);
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, true));
  return { kind: "num", type, bytes };
}

const f64 = (bits: bigint): Value => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, bits, true);
  return { kind: "num", type: "f64", bytes };
};

const ref = (cls: RefClass, value: unknown = {}): Value => ({ kind: "ref", class: cls, value });

describe("NaN classes", () => {
  it("canonical: only the quiet bit of the payload, either sign", () => {
    expect(isNan(0x7fc00000n, 32, "canonical")).toBe(true);
    expect(isNan(0xffc00000n, 32, "canonical")).toBe(true);
    expect(isNan(0x7fc00001n, 32, "canonical")).toBe(false);
    expect(isNan(0x7ff8000000000000n, 64, "canonical")).toBe(true);
    expect(isNan(0x7ff8000000000001n, 64, "canonical")).toBe(false);
  });

  it("arithmetic: the quiet bit set, any other payload", () => {
    expect(isNan(0x7fc00001n, 32, "arithmetic")).toBe(true);
    expect(isNan(0xfff8000000000123n, 64, "arithmetic")).toBe(true);
    expect(isNan(0x7fa00000n, 32, "arithmetic")).toBe(false);
    expect(isNan(0x7f800000n, 32, "arithmetic")).toBe(false);
  });
});

describe("scalar patterns", () => {
  it("match bit for bit", () => {
    expect(matches(num("i32", 0xffffffff), pattern("(i32.const -1)"))).toBe(true);
    expect(matches(num("i32", 1), pattern("(i32.const 2)"))).toBe(false);
    expect(matches(num("f32", 0x80000000), pattern("(f32.const -0)"))).toBe(true);
    expect(matches(num("f32", 0), pattern("(f32.const -0)"))).toBe(false);
    expect(matches(num("f32", 0x7fa00000), pattern("(f32.const nan:0x200000)"))).toBe(true);
    expect(matches(f64(0x3ff0000000000000n), pattern("(f64.const 1)"))).toBe(true);
  });

  it("NaN patterns match the class, not the bits", () => {
    expect(matches(num("f32", 0xffc00000), pattern("(f32.const nan:canonical)"))).toBe(true);
    expect(matches(num("f32", 0x7fc00001), pattern("(f32.const nan:canonical)"))).toBe(false);
    expect(matches(num("f32", 0x7fc00001), pattern("(f32.const nan:arithmetic)"))).toBe(true);
    expect(matches(f64(0x7ff4000000000000n), pattern("(f64.const nan:arithmetic)"))).toBe(false);
  });

  it("a value of another type never matches", () => {
    expect(matches(num("i64", 1), pattern("(i32.const 1)"))).toBe(false);
  });
});

describe("v128 patterns", () => {
  it("compare lane by lane in the pattern's shape", () => {
    expect(matches(num("v128", 1, 2, 3, 4), pattern("(v128.const i32x4 1 2 3 4)"))).toBe(true);
    expect(matches(num("v128", 1, 0, 2, 0), pattern("(v128.const i64x2 1 2)"))).toBe(true);
    expect(matches(num("v128", 0x00020001, 0, 0, 0), pattern("(v128.const i16x8 1 2 0 0 0 0 0 0)"))).toBe(true);
    expect(matches(num("v128", 1, 2, 3, 5), pattern("(v128.const i32x4 1 2 3 4)"))).toBe(false);
  });

  it("NaN patterns apply per lane", () => {
    const lanes = num("v128", 0x7fc00000, 0x3f800000, 0xffc00123, 0);
    expect(matches(lanes, pattern("(v128.const f32x4 nan:canonical 1 nan:arithmetic 0)"))).toBe(true);
    expect(matches(lanes, pattern("(v128.const f32x4 nan:canonical 1 nan:canonical 0)"))).toBe(false);
    expect(matches(lanes, pattern("(v128.const f32x4 nan:canonical 2 nan:arithmetic 0)"))).toBe(false);
  });

  it("a failing value is shown in the pattern's shape", () => {
    const expected = pattern("(v128.const f32x4 nan:canonical 1 2 3)");
    expect(expectedText(expected)).toBe("(v128.const f32x4 nan:canonical 1 2 3)");
    expect(valueText(num("v128", 0x7fc00000, 0x3f800000, 0x40000000, 0x40400000), expected)).toBe(
      "(v128.const f32x4 nan 1 2 3)",
    );
  });
});

describe("reference patterns", () => {
  const hosts = new HostRefs();

  it("ref.null matches any null", () => {
    expect(matches(ref("null", null), pattern("(ref.null func)"))).toBe(true);
    expect(matches(ref("null", null), pattern("(ref.null)"))).toBe(true);
    expect(matches(ref("func"), pattern("(ref.null func)"))).toBe(false);
  });

  it("ref.extern N and ref.host N are the same host value N", () => {
    expect(matches(ref("extern", hosts.get(1)), pattern("(ref.extern 1)"))).toBe(true);
    expect(matches(ref("host", hosts.get(1)), pattern("(ref.host 1)"))).toBe(true);
    expect(matches(ref("extern", hosts.get(2)), pattern("(ref.extern 1)"))).toBe(false);
    expect(hosts.get(3)).toBe(hosts.get(3));
  });

  it("class patterns match non-null references of the class", () => {
    expect(matches(ref("func"), pattern("(ref.func)"))).toBe(true);
    expect(matches(ref("struct"), pattern("(ref.struct)"))).toBe(true);
    expect(matches(ref("array"), pattern("(ref.struct)"))).toBe(false);
    expect(matches(ref("i31"), pattern("(ref.eq)"))).toBe(true);
    expect(matches(ref("host"), pattern("(ref.eq)"))).toBe(false);
    expect(matches(ref("host"), pattern("(ref.any)"))).toBe(true);
    expect(matches(ref("extern"), pattern("(ref.extern)"))).toBe(true);
    expect(matches(ref("null", null), pattern("(ref.extern)"))).toBe(false);
  });

  it("either matches when one alternative does", () => {
    const either = pattern("(either (i32.const 1) (i32.const 2))");
    expect(matches(num("i32", 2), either)).toBe(true);
    expect(matches(num("i32", 3), either)).toBe(false);
    expect(expectedText(either)).toBe("(either (i32.const 1) (i32.const 2))");
  });

  it("shows a host value by its number", () => {
    expect(valueText(ref("host", new HostRef(7)))).toBe("(ref.host 7)");
  });
});

describe("invoke arguments", () => {
  const hosts = new HostRefs();
  const arg = (text: string) => argOf(values(text)[0], hosts);

  it("numbers are their little-endian bytes, NaN payloads kept", () => {
    expect(arg("(i32.const -2)")).toEqual({ kind: "num", type: "i32", bytes: new Uint8Array([0xfe, 0xff, 0xff, 0xff]) });
    expect(arg("(f32.const -nan:0x1)")).toEqual({ kind: "num", type: "f32", bytes: new Uint8Array([1, 0, 0x80, 0xff]) });
    expect(arg("(v128.const i16x8 1 2 3 4 5 6 7 -1)")).toEqual({
      kind: "num",
      type: "v128",
      bytes: new Uint8Array([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0xff, 0xff]),
    });
  });

  it("references are JS values", () => {
    expect(arg("(ref.null extern)")).toEqual({ kind: "ref", value: null });
    expect(arg("(ref.extern 5)")).toEqual({ kind: "ref", value: hosts.get(5) });
  });

  it("a NaN pattern is not an argument", () => {
    expect(() => arg("(f32.const nan:canonical)")).toThrow("not a constant");
  });
});
