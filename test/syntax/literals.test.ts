import { readFileSync } from "node:fs";
import path from "node:path";
import {
  LiteralError,
  parseF32Bits,
  parseF64Bits,
  parseInt32,
  parseInt64,
  parseIntN,
  parseName,
  parseNat32,
  parseNat64,
  parseString,
} from "../../src/syntax/literals.js";

// ---------------------------------------------------------------------------
// Reading the spec testsuite

const SUITE = path.resolve(process.cwd(), "../shared/spec-testsuite");

function read(file: string): string {
  return readFileSync(path.join(SUITE, file), "utf8");
}

/** Top-level s-expressions of a .wast file, comments skipped, strings kept whole. */
function forms(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === ";" && source[i + 1] === ";") {
      i = source.indexOf("\n", i);
      if (i < 0) break;
    } else if (c === "(" && source[i + 1] === ";") {
      let nest = 1;
      for (i += 2; nest > 0; i++) {
        if (source.startsWith("(;", i)) nest++, i++;
        else if (source.startsWith(";)", i)) nest--, i++;
      }
      i--;
    } else if (c === '"') {
      for (i++; source[i] !== '"'; i++) if (source[i] === "\\") i++;
    } else if (c === "(") {
      if (depth++ === 0) start = i;
    } else if (c === ")") {
      if (--depth === 0) out.push(source.slice(start, i + 1));
    }
  }
  return out;
}

const STRING_TOKEN = /"(?:[^"\\]|\\.)*"/g;

/**
 * The text of `module quote` strings: only `\"`, `\\`, `\n` and `\t` occur as
 * escapes of the script itself (a `\\hh` becomes the module's own `\hh`).
 */
function unquote(token: string): string {
  const escapes: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t" };
  return token.slice(1, -1).replace(/\\(["\\nt])/g, (_, e: string) => escapes[e]!);
}

interface MalformedCase {
  text: string;
  message: string;
}

function malformedCases(file: string): MalformedCase[] {
  return forms(read(file))
    .filter((f) => f.startsWith("(assert_malformed") && /\(module\s+quote/.test(f))
    .map((f) => {
      const strings = f.match(STRING_TOKEN)!;
      return { text: strings.slice(0, -1).map(unquote).join(" "), message: unquote(strings[strings.length - 1]!) };
    });
}

type Parse = (literal: string) => unknown;

const V128_LANES: Record<string, Parse> = {
  i8x16: (x) => parseIntN(x, 8),
  i16x8: (x) => parseIntN(x, 16),
  i32x4: (x) => parseIntN(x, 32),
  i64x2: (x) => parseIntN(x, 64),
  f32x4: parseF32Bits,
  f64x2: parseF64Bits,
};

const SCALARS: Record<string, Parse> = { i32: parseInt32, i64: parseInt64, f32: parseF32Bits, f64: parseF64Bits };

/** Results that are patterns, not literals. */
const NAN_PATTERNS = /^nan:(canonical|arithmetic)$/;

/** Every numeric literal of a text with the function that reads it: `t.const` operands and v128 lanes. */
function literals(text: string): { literal: string; parse: Parse; type: string }[] {
  const out: { literal: string; parse: Parse; type: string }[] = [];
  for (const [, type, literal] of text.matchAll(/\((i32|i64|f32|f64)\.const\s+([^\s()]+)\s*\)/g)) {
    if (!NAN_PATTERNS.test(literal!)) out.push({ literal: literal!, parse: SCALARS[type!]!, type: type! });
  }
  for (const [, shape, lanes] of text.matchAll(/\(v128\.const\s+(\w+)\s+([^()]*)\)/g)) {
    const parse = V128_LANES[shape!];
    if (parse === undefined) continue;
    for (const literal of lanes!.trim().split(/\s+/)) {
      if (literal !== "" && !NAN_PATTERNS.test(literal)) out.push({ literal, parse, type: shape! });
    }
  }
  return out;
}

function thrown(f: () => unknown): LiteralError | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    if (e instanceof LiteralError) return e;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Oracles that do not share code with the parser

const view = new DataView(new ArrayBuffer(8));

function f32BitsOf(x: number): number {
  view.setFloat32(0, x);
  return view.getUint32(0);
}

function f64BitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function f32FromBits(bits: number): number {
  view.setUint32(0, bits);
  return view.getFloat32(0);
}

/**
 * The exact value of a hex float literal as a double, when it has one (at most
 * 53 significant bits, in range); otherwise undefined. Scaling by two is exact
 * as long as no bit falls off, which each step checks.
 */
function hexExact(literal: string): number | undefined {
  const m = /^([+-]?)0x([0-9a-f_]+)(?:\.([0-9a-f_]*))?(?:p([+-]?[0-9_]+))?$/i.exec(literal);
  if (!m) return undefined;
  const fraction = (m[3] ?? "").replaceAll("_", "");
  let mantissa = BigInt("0x" + (m[2]! + fraction).replaceAll("_", ""));
  let exp = Number((m[4] ?? "0").replaceAll("_", "")) - 4 * fraction.length;
  const sign = m[1] === "-" ? -1 : 1;
  if (mantissa === 0n) return sign * 0;
  while ((mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exp++;
  }
  if (mantissa >= 2n ** 53n) return undefined;
  let x = Number(mantissa);
  for (; exp > 0; exp--) x *= 2;
  for (; exp < 0; exp++) {
    const half = x / 2;
    if (half * 2 !== x) return undefined;
    x = half;
  }
  return Number.isFinite(x) ? sign * x : undefined;
}

/** Is the double exactly halfway between two adjacent f32 values (or between the largest and 2^128)? */
function isF32Midpoint(d: number): boolean {
  const a = Math.abs(d);
  let lo = Math.fround(a);
  if (lo === a) return false;
  if (lo > a) lo = f32FromBits(f32BitsOf(lo) - 1);
  const loBits = f32BitsOf(lo);
  const hi = loBits + 1 === 0x7f800000 ? 2 ** 128 : f32FromBits(loBits + 1);
  return a === (lo + hi) / 2;
}

type Expected<T> = T | "out of range" | undefined;

/**
 * What the literal must give as f64: hex from its exact value, decimal from
 * V8's own correctly rounded `Number()`.
 */
function oracleF64(literal: string): Expected<bigint> {
  const isHex = /^[+-]?0x/.test(literal);
  const x = isHex ? hexExact(literal) : Number(literal.replaceAll("_", ""));
  if (x === undefined || Number.isNaN(x)) return undefined;
  return Number.isFinite(x) ? f64BitsOf(x) : "out of range";
}

/**
 * What the literal must give as f32. A hex literal's exact double rounds to
 * f32 once. A decimal's double rounds again, which goes wrong only when the
 * double lands exactly on an f32 midpoint: then there is no answer here.
 */
function oracleF32(literal: string): Expected<number> {
  const isHex = /^[+-]?0x/.test(literal);
  const x = isHex ? hexExact(literal) : Number(literal.replaceAll("_", ""));
  if (x === undefined || Number.isNaN(x)) return undefined;
  if (!isHex && isF32Midpoint(x)) return undefined;
  const bits = f32BitsOf(x);
  return (bits & 0x7fffffff) === 0x7f800000 ? "out of range" : bits;
}

/** The bits a literal must give, or "out of range". */
function expectedOutcome(type: "f32" | "f64", expected: Expected<number | bigint>): string {
  if (expected === undefined) throw new Error("no oracle");
  return expected === "out of range" ? `${type} constant out of range` : hex(expected);
}

/** Mismatches between what literals give and what they must, collected so one assertion reports them all. */
class Mismatches {
  readonly list: { literal: string; got: string; expected: string }[] = [];
  count = 0;

  check(literal: string, got: string, expected: string): void {
    this.count++;
    if (got !== expected) this.list.push({ literal, got, expected });
  }

  f32(literal: string, expected: Expected<number>): void {
    this.check(literal, outcome(() => parseF32Bits(literal)), expectedOutcome("f32", expected));
  }

  f64(literal: string, expected: Expected<bigint>): void {
    this.check(literal, outcome(() => parseF64Bits(literal)), expectedOutcome("f64", expected));
  }
}

/** The bits in hex, or the error message. */
function outcome(parse: () => number | bigint): string {
  const error = thrown(parse);
  return error ? error.message : hex(parse());
}

function hex(n: number | bigint): string {
  return "0x" + n.toString(16);
}

/** A small seeded generator, so that failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomU32(next: () => number): number {
  return Math.floor(next() * 2 ** 32) >>> 0;
}

/** m × 2^e written exactly in decimal, as `A` × 10^-s. */
function exactDecimal(m: bigint, e: number): { a: bigint; s: number } {
  return e >= 0 ? { a: m << BigInt(e), s: 0 } : { a: m * 5n ** BigInt(-e), s: -e };
}

/** Two spellings of A × 10^-s: with an exponent, and with a decimal point. */
function decimalSpellings({ a, s }: { a: bigint; s: number }): string[] {
  const digits = a.toString();
  const point =
    s === 0
      ? `${digits}.`
      : digits.length > s
        ? `${digits.slice(0, -s)}.${digits.slice(-s)}`
        : `0.${"0".repeat(s - digits.length)}${digits}`;
  return [`${digits}e-${s}`, point];
}

/** Nudges of A × 10^-s by one unit five digits further out. */
function nudged({ a, s }: { a: bigint; s: number }, up: boolean): { a: bigint; s: number } {
  return { a: a * 100000n + (up ? 1n : -1n), s: s + 5 };
}

interface Format {
  precision: number;
  minExponent: number;
}

/** The value of positive finite bits as m × 2^e. */
function decompose(bits: bigint, { precision, minExponent }: Format): { m: bigint; e: number } {
  const fracBits = BigInt(precision - 1);
  const biased = Number(bits >> fracBits);
  const frac = bits & ((1n << fracBits) - 1n);
  return biased === 0
    ? { m: frac, e: minExponent - precision + 1 }
    : { m: frac | (1n << fracBits), e: biased + minExponent - precision };
}

const F32_FORMAT: Format = { precision: 24, minExponent: -126 };
const F64_FORMAT: Format = { precision: 53, minExponent: -1022 };

// ---------------------------------------------------------------------------
// Integers

describe("integer literals", () => {
  it("reads int_literals.wast's constants as its assertions expect", () => {
    const source = forms(read("int_literals.wast"));
    const defined = new Map<string, { type: string; literal: string }>();
    for (const [, name, type, literal] of source[0]!.matchAll(
      /\(func \(export "([^"]+)"\) \(result \w+\) (?:\(return )?\((i32|i64)\.const ([^\s()]+)\)\)/g,
    )) {
      defined.set(name!, { type: type!, literal: literal! });
    }
    let checked = 0;
    for (const form of source) {
      const m = /^\(assert_return \(invoke "([^"]+)"\) \((i32|i64)\.const ([^\s()]+)\)\)$/.exec(form);
      const def = m && defined.get(m[1]!);
      if (!m || !def) continue;
      const expected = m[3]!.startsWith("-") ? -BigInt(m[3]!.slice(1)) : BigInt(m[3]!);
      if (def.type === "i32") expect(parseInt32(def.literal)).toBe(Number(BigInt.asIntN(32, expected)));
      else expect(parseInt64(def.literal)).toBe(BigInt.asIntN(64, expected));
      checked++;
    }
    // inc_smin is an expression, not a single constant.
    expect(checked).toBe(28);
  });

  it.each([
    ["0", 0],
    ["-0", 0],
    ["+0", 0],
    ["010", 10],
    ["0x7fffffff", 0x7fffffff],
    ["0x80000000", -0x80000000],
    ["0xffffffff", -1],
    ["4294967295", -1],
    ["2147483648", -2147483648],
    ["+2147483647", 2147483647],
    ["-2147483648", -2147483648],
    ["-0x80000000", -2147483648],
    ["-1", -1],
    ["0_123_456_789", 123456789],
    ["0x0_9acf_fBDF", 0x9acffbdf | 0],
    ["0xABCDEF", 0xabcdef],
  ])("i32 %s", (literal, value) => {
    expect(parseInt32(literal)).toBe(value);
  });

  it.each([
    ["0xffffffffffffffff", -1n],
    ["18446744073709551615", -1n],
    ["0x8000000000000000", -(2n ** 63n)],
    ["-0x8000000000000000", -(2n ** 63n)],
    ["-9223372036854775808", -(2n ** 63n)],
    ["+9223372036854775807", 2n ** 63n - 1n],
    ["0x0125_6789_ADEF_bcef", 0x0125_6789_adef_bcefn],
    ["0_123_456_789", 123456789n],
    ["-0", 0n],
  ])("i64 %s", (literal, value) => {
    expect(parseInt64(literal)).toBe(value);
  });

  it.each([
    ["i32", "4294967296"],
    ["i32", "0x100000000"],
    ["i32", "-2147483649"],
    ["i32", "-0x80000001"],
    // A sign makes it an s32 (spec: iN ::= uN | sN), whose top is 2^31-1.
    ["i32", "+2147483648"],
    ["i32", "+0xffffffff"],
    ["i32", "99999999999999999999999999"],
    ["i64", "18446744073709551616"],
    ["i64", "0x10000000000000000"],
    ["i64", "-9223372036854775809"],
    ["i64", "-0x8000000000000001"],
    ["i64", "+0x8000000000000000"],
  ])("%s %s is out of range", (type, literal) => {
    const parse = type === "i32" ? parseInt32 : parseInt64;
    expect(thrown(() => parse(literal))?.message).toBe(`${type} constant out of range`);
  });

  it.each([
    "", "+", "-", "0x", "1x", "0xg", "0X10", "_100", "+_100", "-_100", "99_", "1__000", "_0x100", "0_x100",
    "0x_100", "0x00_", "0xff__ffff", "1.0", "1e3", "--1", "+-1", " 1", "1 ", "١",
  ])("%j is malformed", (literal) => {
    expect(thrown(() => parseInt32(literal))?.message).toBe("malformed i32 literal");
    expect(thrown(() => parseInt64(literal))?.message).toBe("malformed i64 literal");
  });

  it("reads u32 and u64 without a sign", () => {
    expect(parseNat32("0")).toBe(0);
    expect(parseNat32("4294967295")).toBe(4294967295);
    expect(parseNat32("0xffff_ffff")).toBe(4294967295);
    expect(parseNat32("007")).toBe(7);
    expect(thrown(() => parseNat32("4294967296"))?.message).toBe("u32 constant out of range");
    expect(thrown(() => parseNat32("+1"))?.message).toBe("malformed u32 literal");
    expect(thrown(() => parseNat32("-0"))?.message).toBe("malformed u32 literal");
    expect(parseNat64("18446744073709551615")).toBe(2n ** 64n - 1n);
    expect(parseNat64("0x1_0000_0000")).toBe(2n ** 32n);
    expect(thrown(() => parseNat64("0x1_0000_0000_0000_0000"))?.message).toBe("u64 constant out of range");
    expect(thrown(() => parseNat64("+1"))?.message).toBe("malformed u64 literal");
  });

  it.each([8, 16, 32, 64] as const)("iN with N = %d: -2^(N-1) .. 2^N-1 as unsigned bits", (bits) => {
    const n = BigInt(bits);
    const top = 2n ** n - 1n;
    const half = 2n ** (n - 1n);
    expect(parseIntN(top.toString(), bits)).toBe(top);
    expect(parseIntN("0x" + top.toString(16), bits)).toBe(top);
    expect(parseIntN("-1", bits)).toBe(top);
    expect(parseIntN(`-${half}`, bits)).toBe(half);
    expect(parseIntN(`+${half - 1n}`, bits)).toBe(half - 1n);
    expect(parseIntN("0", bits)).toBe(0n);
    for (const bad of [(top + 1n).toString(), `-${half + 1n}`, `+${half}`, "0x" + (top + 1n).toString(16)]) {
      expect(thrown(() => parseIntN(bad, bits))?.message).toBe(`i${bits} constant out of range`);
    }
    expect(thrown(() => parseIntN("1_", bits))?.message).toBe(`malformed i${bits} literal`);
  });

  it("reports where a malformed literal starts", () => {
    expect(thrown(() => parseInt32("-x"))?.offset).toBe(1);
    expect(thrown(() => parseInt32("x"))?.offset).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// The testsuite's modules and assert_malformed cases

const LITERAL_FILES = [
  "const.wast",
  "int_literals.wast",
  "float_literals.wast",
  "float_exprs.wast",
  "float_misc.wast",
  "conversions.wast",
  "f32.wast",
  "f64.wast",
  "simd_const.wast",
];

describe("the spec testsuite's literals", () => {
  it.each(LITERAL_FILES)("%s: every literal outside assert_malformed parses", (file) => {
    const rejected: string[] = [];
    let count = 0;
    for (const form of forms(read(file))) {
      if (form.startsWith("(assert_malformed") || /^\(module\s+(quote|binary)/.test(form)) continue;
      for (const { literal, parse, type } of literals(form)) {
        const error = thrown(() => parse(literal));
        if (error) rejected.push(`${type} ${literal}: ${error.message}`);
        count++;
      }
    }
    expect(rejected).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });

  it.each(LITERAL_FILES)("%s: every assert_malformed about a literal is rejected for the same reason", (file) => {
    for (const { text, message } of malformedCases(file)) {
      const kind = message === "constant out of range" ? /constant out of range$/
        : message === "unknown operator" ? /^malformed /
        : undefined;
      const found = literals(text);
      if (kind === undefined || found.length === 0) continue;
      const errors = found.map(({ literal, parse }) => thrown(() => parse(literal))?.message);
      expect({ text, errors }).toEqual({ text, errors: expect.arrayContaining([expect.stringMatching(kind)]) });
    }
  });

  it("has the assert_malformed cases this suite relies on", () => {
    const count = LITERAL_FILES.flatMap(malformedCases).filter(({ text, message }) =>
      /constant out of range|unknown operator/.test(message) && literals(text).length > 0).length;
    expect(count).toBe(341);
  });

  it("float_literals.wast: values and bit patterns as asserted", () => {
    const source = forms(read("float_literals.wast"));
    const defined = new Map<string, { type: string; literal: string }>();
    for (const [, name, type, literal] of source[0]!.matchAll(
      /\(func \(export "([^"]+)"\) \(result \w+\) (?:\(i(?:32|64)\.reinterpret_f(?:32|64) )?\((f32|f64)\.const ([^\s()]+)\)/g,
    )) {
      defined.set(name!, { type: type!, literal: literal! });
    }
    const mismatches = new Mismatches();
    for (const form of source) {
      const m = /^\(assert_return \(invoke "([^"]+)"\) \((i32|i64|f32|f64)\.const ([^\s()]+)\)\)$/.exec(form);
      const def = m && defined.get(m[1]!);
      if (!m || !def) continue;
      const [, , resultType, result] = m;
      if (resultType === "i32") mismatches.f32(def.literal, Number(BigInt(result!)));
      else if (resultType === "i64") mismatches.f64(def.literal, BigInt.asUintN(64, BigInt(result!)));
      else if (resultType === "f32") mismatches.f32(def.literal, oracleF32(result!));
      else mismatches.f64(def.literal, oracleF64(result!));
    }
    expect(mismatches.list).toEqual([]);
    // Every assert_return but the one on the binary module.
    expect(mismatches.count).toBe(98);
  });

  it("const.wast: every rounding case gives its asserted value", () => {
    const source = forms(read("const.wast"));
    let pending: { type: string; literal: string } | undefined;
    const mismatches = new Mismatches();
    for (const form of source) {
      const def = /^\(module \(func \(export "f"\) \(result (f32|f64)\) \((?:f32|f64)\.const ([^\s()]+)\)\)\)$/.exec(form);
      if (def) {
        pending = { type: def[1]!, literal: def[2]! };
        continue;
      }
      const result = /^\(assert_return \(invoke "f"\) \((f32|f64)\.const ([^\s()]+)\)\)$/.exec(form);
      if (!result || !pending) continue;
      // The asserted values are exact, so their doubles are the reference.
      const exact = hexExact(result[2]!);
      if (exact === undefined || result[1] !== pending.type || (pending.type === "f32" && Math.fround(exact) !== exact)) {
        throw new Error(`unexpected assertion after ${pending.literal}: ${form}`);
      }
      if (pending.type === "f32") mismatches.f32(pending.literal, f32BitsOf(exact));
      else mismatches.f64(pending.literal, f64BitsOf(exact));
      pending = undefined;
    }
    expect(mismatches.list).toEqual([]);
    expect(mismatches.count).toBe(300);
  });

  it.each(["float_exprs.wast", "float_misc.wast", "conversions.wast", "f32.wast", "f64.wast", "const.wast"])(
    "%s: literals agree with independent oracles where they have an answer",
    (file) => {
      const mismatches = new Mismatches();
      for (const form of forms(read(file))) {
        if (form.startsWith("(assert_malformed")) continue;
        for (const { literal, type } of literals(form)) {
          if (type === "f32" && oracleF32(literal) !== undefined) mismatches.f32(literal, oracleF32(literal));
          if (type === "f64" && oracleF64(literal) !== undefined) mismatches.f64(literal, oracleF64(literal));
        }
      }
      expect(mismatches.list).toEqual([]);
      expect(mismatches.count).toBeGreaterThan(100);
    },
  );
});

// ---------------------------------------------------------------------------
// Floats beyond the testsuite

describe("float literals", () => {
  it.each([
    ["inf", 0x7f800000, 0x7ff0000000000000n],
    ["+inf", 0x7f800000, 0x7ff0000000000000n],
    ["-inf", 0xff800000, 0xfff0000000000000n],
    ["nan", 0x7fc00000, 0x7ff8000000000000n],
    ["+nan", 0x7fc00000, 0x7ff8000000000000n],
    ["-nan", 0xffc00000, 0xfff8000000000000n],
    ["nan:0x1", 0x7f800001, 0x7ff0000000000001n],
    ["-nan:0x7f_ffff", 0xffffffff, 0xfff00000007fffffn],
    ["nan:0x200000", 0x7fa00000, 0x7ff0000000200000n],
    ["0", 0, 0n],
    ["-0", 0x80000000, 0x8000000000000000n],
    ["-0.0e0", 0x80000000, 0x8000000000000000n],
    ["-0x0p+0", 0x80000000, 0x8000000000000000n],
    ["1", 0x3f800000, 0x3ff0000000000000n],
    ["0x10", 0x41800000, 0x4030000000000000n],
    ["1.", 0x3f800000, 0x3ff0000000000000n],
    ["1.e1", 0x41200000, 0x4024000000000000n],
    ["1E1", 0x41200000, 0x4024000000000000n],
    ["0x1P4", 0x41800000, 0x4030000000000000n],
    ["0x.8p1", undefined, undefined],
    ["0x1.p-1", 0x3f000000, 0x3fe0000000000000n],
    ["-0x0.8p-1", 0xbe800000, 0xbfd0000000000000n],
    ["0x1p-149", 0x00000001, 0x36a0000000000000n],
    ["0x1.fffffep127", 0x7f7fffff, 0x47efffffe0000000n],
    ["0x1p-1074", 0, 1n],
    ["1e-400", 0, 0n],
    ["-1e-400", 0x80000000, 0x8000000000000000n],
    ["0e999999999999999999999", 0, 0n],
    ["0x0p999999999999999", 0, 0n],
    ["1e-99999999999999999999", 0, 0n],
    ["0x1p-99999999999999999999", 0, 0n],
    [`0.${"0".repeat(50)}1e51`, 0x3f800000, 0x3ff0000000000000n],
    [`1${"0".repeat(40)}e-39`, 0x41200000, 0x4024000000000000n],
  ] as const)("%s", (literal, f32, f64) => {
    if (f32 === undefined) {
      expect(thrown(() => parseF32Bits(literal))?.message).toBe("malformed f32 literal");
      expect(thrown(() => parseF64Bits(literal))?.message).toBe("malformed f64 literal");
    } else {
      expect(hex(parseF32Bits(literal))).toBe(hex(f32));
      expect(hex(parseF64Bits(literal))).toBe(hex(f64));
    }
  });

  it.each([
    ".5", "-.5", "1.5.", "1..", "1e", "1e+", "1.0e-", "1e1.5", "0x", "0x.", "0x1p", "0x1p-", "0x1e+1x", "1p1",
    "0x1.8e1p0x1", "inf1", "infinity", "Inf", "NaN", "nan:", "nan:0x", "nan:1", "nan:0x_1", "nan:0x1_", "nan:0xg",
    "nan0x1", "+-1", "--1", "", "+", "1_e1", "1.0_", "0x1.0_p1", "0x1._0", "1.0e_1", "1.0e1_", "0x1p+_1", "0x1p1_",
  ])("%j is malformed", (literal) => {
    expect(thrown(() => parseF32Bits(literal))?.message).toBe("malformed f32 literal");
    expect(thrown(() => parseF64Bits(literal))?.message).toBe("malformed f64 literal");
  });

  it.each([
    ["f32", "nan:0x0"],
    ["f32", "nan:0x80_0000"],
    ["f32", "-nan:0xffffffffffffffffffffff"],
    ["f64", "nan:0x0"],
    ["f64", "nan:0x10_0000_0000_0000"],
    ["f32", "0x1p128"],
    ["f32", "0x1.ffffffp127"],
    ["f32", "3.40282357e38"],
    ["f32", "1e39"],
    ["f32", "1e99999999999999999999"],
    ["f64", "0x1p1024"],
    ["f64", "0x1.fffffffffffff8p1023"],
    ["f64", "1e309"],
    ["f64", "-0x1p99999999999999999999"],
  ])("%s %s is out of range", (type, literal) => {
    const parse = type === "f32" ? parseF32Bits : parseF64Bits;
    expect(thrown(() => parse(literal))?.message).toBe(`${type} constant out of range`);
  });

  it("stays below the overflow threshold just under the midpoint to 2^128 / 2^1024", () => {
    expect(hex(parseF32Bits("0x1.fffffefffffffffffffp127"))).toBe("0x7f7fffff");
    expect(hex(parseF32Bits("340282356779733661637539395458142568447"))).toBe("0x7f7fffff");
    expect(hex(parseF32Bits("3.4028235677973366e38"))).toBe("0x7f7fffff");
    expect(hex(parseF64Bits("0x1.fffffffffffff7ffffffp1023"))).toBe("0x7fefffffffffffff");
  });

  it("rounds once from the exact decimal, where Number() then f32 rounds twice", () => {
    // 1 + 2^-24 + 2^-80: just above the midpoint between 1 and the next f32;
    // as a double it becomes the midpoint itself, which then ties down to 1.
    const { a, s } = exactDecimal((1n << 80n) + (1n << 56n) + 1n, -80);
    const literal = `${a}e-${s}`;
    expect(f32BitsOf(Number(literal))).toBe(0x3f800000);
    expect(hex(parseF32Bits(literal))).toBe("0x3f800001");
    expect(hex(parseF32Bits("+1.000000059604644811819635844584e+00"))).toBe("0x3f800001");
    expect(hex(parseF32Bits("1.000000059604644775390625"))).toBe("0x3f800000");
    expect(hex(parseF32Bits("1.000000059604644775390625000000000000001"))).toBe("0x3f800001");
    expect(hex(parseF32Bits("1.000000059604644775390624999999999999999"))).toBe("0x3f800000");
    expect(hex(parseF32Bits("1.000000178813934326171875"))).toBe("0x3f800002");
  });

  it("rounds to the nearest subnormal and to zero at the bottom", () => {
    expect(parseF32Bits("0x1p-150")).toBe(0);
    expect(parseF32Bits("0x1.000000001p-150")).toBe(1);
    expect(parseF32Bits("0x1.8p-149")).toBe(2);
    expect(parseF32Bits("0x1.7ffffp-149")).toBe(1);
    expect(parseF32Bits("0x1.fffffcp-127")).toBe(0x7fffff);
    expect(parseF32Bits("0x1.fffffep-127")).toBe(0x800000);
    expect(parseF64Bits("0x1p-1075")).toBe(0n);
    expect(parseF64Bits("0x1.00000000000000000001p-1075")).toBe(1n);
    expect(parseF64Bits("0x3p-1075")).toBe(2n);
    expect(parseF64Bits("2.4703282292062328e-324")).toBe(1n);
    expect(parseF64Bits("2.4703282292062327e-324")).toBe(0n);
    expect(parseF32Bits("7.00649232e-46")).toBe(0);
    expect(parseF32Bits("7.0064924e-46")).toBe(1);
  });

  it("fast and exact paths agree (extra fraction zeros force the exact one)", () => {
    const next = random(1);
    const zeros = ".000000000000000000000000";
    const mismatches = new Mismatches();
    for (let i = 0; i < 3000; i++) {
      const m = Math.floor(next() * 10 ** Math.floor(next() * 17));
      const k = Math.floor(next() * 60) - 30;
      const pairs = [
        [`${m}e${k}`, `${m}${zeros}e${k}`],
        [`0x${m.toString(16)}p${k * 3}`, `0x${m.toString(16)}${zeros}p${k * 3}`],
      ];
      for (const [fast, slow] of pairs) {
        for (const parse of [parseF32Bits, parseF64Bits]) {
          mismatches.check(fast!, outcome(() => parse(fast!)), outcome(() => parse(slow!)));
        }
      }
    }
    expect(mismatches.list).toEqual([]);
  });

  it("fast and exact paths agree on short decimals just either side of f32 midpoints", () => {
    // Where a double lands on the midpoint, rounding through it goes wrong:
    // these are the literals a too-eager fast path would get wrong.
    const next = random(6);
    const zeros = ".000000000000000000000000";
    const mismatches = new Mismatches();
    for (let i = 0; i < 500; i++) {
      // Values from about 2^-30 to 2^70, where the fast paths apply.
      const bits = BigInt(0x30800000 + (randomU32(next) % 0x32000000));
      const { m, e } = decompose(bits, F32_FORMAT);
      const { a, s } = exactDecimal(2n * m + 1n, e - 1);
      const digits = a.toString();
      for (let n = 6; n <= 17 && n < digits.length; n++) {
        const exponent = digits.length - n - s;
        for (const short of [digits.slice(0, n), (BigInt(digits.slice(0, n)) + 1n).toString()]) {
          const literal = `${short}e${exponent}`;
          const exact = `${short}${zeros}e${exponent}`;
          mismatches.check(literal, outcome(() => parseF32Bits(literal)), outcome(() => parseF32Bits(exact)));
          mismatches.check(literal, outcome(() => parseF64Bits(literal)), outcome(() => parseF64Bits(exact)));
        }
      }
    }
    expect(mismatches.list).toEqual([]);
  });

  it("agrees with the oracles on short random decimals", () => {
    const next = random(2);
    const mismatches = new Mismatches();
    for (let i = 0; i < 5000; i++) {
      const digits = Math.floor(next() * 10 ** (1 + Math.floor(next() * 20))).toString();
      const k = Math.floor(next() * 100) - 50;
      const literal = `${digits.slice(0, 1)}.${digits.slice(1)}e${k}`;
      if (oracleF32(literal) !== undefined) mismatches.f32(literal, oracleF32(literal));
      mismatches.f64(literal, oracleF64(literal));
    }
    expect(mismatches.list).toEqual([]);
  });

  it("round-trips random doubles through toString, toExponential and hex", () => {
    const next = random(3);
    const mismatches = new Mismatches();
    for (let i = 0; i < 3000; i++) {
      const bits = (BigInt(randomU32(next)) << 32n) | BigInt(randomU32(next));
      if ((bits & 0x7ff0000000000000n) === 0x7ff0000000000000n) continue;
      view.setBigUint64(0, bits);
      const x = view.getFloat64(0);
      const { m, e } = decompose(bits & 0x7fffffffffffffffn, F64_FORMAT);
      const hexLiteral = `${bits >> 63n ? "-" : ""}0x${m.toString(16)}p${e}`;
      for (const literal of [String(x), x.toExponential(30), hexLiteral]) mismatches.f64(literal, bits);
    }
    expect(mismatches.list).toEqual([]);
  });

  /**
   * For the positive finite value `bits` and the next one up: the exact value,
   * the midpoint (ties to even) and the midpoint nudged either way, in decimal
   * (two spellings) and hex, must round as IEEE-754 says.
   */
  function checkMidpoints(type: "f32" | "f64", bits: bigint, mismatches: Mismatches): void {
    const format = type === "f32" ? F32_FORMAT : F64_FORMAT;
    const infinity = type === "f32" ? 0x7f800000n : 0x7ff0000000000000n;
    const { m, e } = decompose(bits, format);
    const mid = exactDecimal(2n * m + 1n, e - 1);
    const even = bits % 2n === 0n ? bits : bits + 1n;
    const cases: [string[], bigint][] = [
      [decimalSpellings(exactDecimal(m, e)), bits],
      [decimalSpellings(mid), even],
      [decimalSpellings(nudged(mid, true)), bits + 1n],
      [decimalSpellings(nudged(mid, false)), bits],
      [[`0x${(2n * m + 1n).toString(16)}p${e - 1}`], even],
      [[`0x${(((2n * m + 1n) << 8n) - 1n).toString(16)}p${e - 9}`], bits],
      [[`0x${(((2n * m + 1n) << 8n) + 1n).toString(16)}p${e - 9}`], bits + 1n],
    ];
    const parse = type === "f32" ? parseF32Bits : parseF64Bits;
    for (const [literals, expected] of cases) {
      for (const literal of literals) {
        mismatches.check(
          literal,
          outcome(() => parse(literal)),
          expectedOutcome(type, expected === infinity ? "out of range" : expected),
        );
      }
    }
  }

  it("rounds exact values, midpoints (ties to even) and their neighbours: random f32", () => {
    const next = random(4);
    const special = [0n, 1n, 0x7fffffn, 0x800000n, 0x7f7ffffen, 0x7f7fffffn, 0x3f800000n, 0x3f7fffffn];
    const mismatches = new Mismatches();
    for (let i = 0; i < 1500; i++) {
      checkMidpoints("f32", i < special.length ? special[i]! : BigInt(randomU32(next) % 0x7f800000), mismatches);
    }
    expect(mismatches.list).toEqual([]);
    expect(mismatches.count).toBe(1500 * 11);
  });

  it("rounds exact values, midpoints (ties to even) and their neighbours: random f64", () => {
    const next = random(5);
    const special = [0n, 1n, 0xfffffffffffffn, 0x10000000000000n, 0x7feffffffffffffen, 0x7fefffffffffffffn];
    const mismatches = new Mismatches();
    for (let i = 0; i < 300; i++) {
      const bits = i < special.length
        ? special[i]!
        : ((BigInt(randomU32(next)) << 32n) | BigInt(randomU32(next))) % 0x7ff0000000000000n;
      checkMidpoints("f64", bits, mismatches);
    }
    expect(mismatches.list).toEqual([]);
  });

  it("reports where a malformed float starts", () => {
    expect(thrown(() => parseF32Bits("-x"))?.offset).toBe(1);
    expect(thrown(() => parseF32Bits("nan:1"))?.offset).toBe(3);
  });
});

// ---------------------------------------------------------------------------
// Strings and names

const bytesOf = (text: string) => [...parseString(text)];

describe("string literals", () => {
  it.each([
    ['""', []],
    ['"abc"', [0x61, 0x62, 0x63]],
    ['"\\t\\n\\r\\"\\\'\\\\"', [0x09, 0x0a, 0x0d, 0x22, 0x27, 0x5c]],
    ['"\\00\\ff\\Ab\\7F"', [0x00, 0xff, 0xab, 0x7f]],
    ['"\\u{0}\\u{7f}\\u{80}\\u{7ff}\\u{800}"', [0x00, 0x7f, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80]],
    ['"\\u{d7ff}\\u{e000}\\u{ffff}"', [0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80, 0xef, 0xbf, 0xbf]],
    ['"\\u{10000}\\u{10FFFF}"', [0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf]],
    ['"\\u{1_F600}\\u{00000041}"', [0xf0, 0x9f, 0x98, 0x80, 0x41]],
    ['"é€😀"', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]],
    ['"\u0080\u00a0"', [0xc2, 0x80, 0xc2, 0xa0]],
    ['" ~"', [0x20, 0x7e]],
  ] as const)("%s", (text, bytes) => {
    expect(bytesOf(text)).toEqual(bytes);
  });

  it("agrees with TextEncoder on unescaped text", () => {
    const text = "Heiße Würstchen, 東京, \u{1F600}\u{10FFFF}, \uFEFF";
    expect(bytesOf(`"${text}"`)).toEqual([...new TextEncoder().encode(text)]);
  });

  it("returns exactly the bytes when escapes make the output shorter", () => {
    const out = parseString('"' + "\\00".repeat(1000) + '"');
    expect(out.length).toBe(1000);
    expect(out.buffer.byteLength).toBe(1000);
  });

  it.each([
    ['"\\u{d800}"', 1, /Unicode scalar/],
    ['"\\u{DFFF}"', 1, /Unicode scalar/],
    ['"\\u{110000}"', 1, /Unicode scalar/],
    ['"\\u{ffffffffffffffffffff}"', 1, /Unicode scalar/],
    ['"\\u{}"', 1, /\\u/],
    ['"\\u{_1}"', 1, /\\u/],
    ['"\\u{1_}"', 1, /\\u/],
    ['"\\u{41"', 1, /\\u/],
    ['"\\u41"', 1, /\\u/],
    ['"\\u{g}"', 1, /\\u/],
    ['"ab\\q"', 3, /unknown escape \\q/],
    ['"\\x41"', 1, /unknown escape/],
    ['"\\0"', 1, /unknown escape/],
    ['"\\0g"', 1, /unknown escape/],
    ['"\\"', 1, /unterminated escape/],
    ['"a"b"', 2, /unescaped quote/],
    ['"a\tb"', 2, /control character/],
    ['"a\nb"', 2, /control character/],
    ['"\0"', 1, /control character/],
    ['"\x7f"', 1, /control character/],
    ['"\uD800"', 1, /unpaired surrogate/],
    ['"\uDC00\uD800"', 1, /unpaired surrogate/],
    ['"x\uD83D"', 2, /unpaired surrogate/],
    ["abc", 0, /quoted/],
    ['"', 0, /quoted/],
    ['"abc', 0, /quoted/],
    ["", 0, /quoted/],
  ] as const)("%j is malformed", (text, offset, message) => {
    const error = thrown(() => parseString(text));
    expect(error?.message).toMatch(/^malformed string literal: /);
    expect(error?.message).toMatch(message);
    expect(error?.offset).toBe(offset);
  });
});

describe("names", () => {
  it("reads escapes, ids' spellings and a leading BOM", () => {
    expect(parseName('"\\41B"')).toBe("AB");
    expect(parseName('"A\\42"')).toBe("AB");
    expect(parseName('"\\u{41}\\u{42}"')).toBe("AB");
    expect(parseName('"\\ef\\98\\9a\\ef\\92\\a9"')).toBe("\uf61a\uf4a9");
    expect(parseName('"\\ef\\bb\\bf"')).toBe("\uFEFF");
    expect(parseName('"\uFEFFx"')).toBe("\uFEFFx");
    expect(parseName('"\\f0\\9f\\98\\80"')).toBe("😀");
    expect(parseName('""')).toBe("");
  });

  it("reads a plain ASCII name as the text between the quotes, and still rejects what a string rejects", () => {
    expect(parseName('"memory"')).toBe("memory");
    expect(parseName('"~ !#$%&()*+,-./09:;<=>?@AZ[]^_`az{|}"')).toBe("~ !#$%&()*+,-./09:;<=>?@AZ[]^_`az{|}");
    expect(parseName('"a\\tb"')).toBe("a\tb");
    expect(thrown(() => parseName(`"a${String.fromCharCode(9)}b"`))?.message).toMatch(/control character must be escaped/);
    expect(thrown(() => parseName(`"a${String.fromCharCode(0x7f)}b"`))?.message).toMatch(/control character must be escaped/);
  });

  it.each([
    '"\\ef"', '"\\80"', '"\\c0\\80"', '"\\ed\\a0\\80"', '"\\f4\\90\\80\\80"', '"\\ff"', '"a\\e2\\82"',
  ])("%s is not UTF-8", (text) => {
    expect(thrown(() => parseName(text))?.message).toBe("malformed UTF-8 encoding");
  });

  it("names.wast: every exported name reads the same as the name invoked for it", () => {
    const source = read("names.wast");
    const byResult = (pattern: RegExp) => {
      const map = new Map<string, string[]>();
      for (const [, name, result] of source.matchAll(pattern)) {
        map.set(result!, [...(map.get(result!) ?? []), parseName(name!)].sort());
      }
      return map;
    };
    const exported = byResult(/\(func \(export ("(?:[^"\\]|\\.)*")\) \(result i32\) \(i32\.const (\d+)\)\)/g);
    const invoked = byResult(/\(assert_return \(invoke ("(?:[^"\\]|\\.)*")\) \(i32\.const (\d+)\)\)/g);
    expect(exported.size).toBe(479);
    expect(invoked).toEqual(exported);
    // Distinct names in the big module really are distinct strings.
    const all = [...exported.values()].flat();
    expect(new Set(all).size).toBe(all.length - 1); // "foo" is exported by two modules
  });

  it("utf8-invalid-encoding.wast: every export name is rejected", () => {
    const cases = malformedCases("utf8-invalid-encoding.wast");
    expect(cases.length).toBe(176);
    for (const { text, message } of cases) {
      expect(message).toBe("malformed UTF-8 encoding");
      const name = text.match(STRING_TOKEN)![0];
      expect({ name, error: thrown(() => parseName(name))?.message }).toEqual({ name, error: message });
    }
  });

  it("id.wast and annotations.wast: `$\"\\ef\"` and `@\"\\ef\"` are not UTF-8", () => {
    for (const file of ["id.wast", "annotations.wast"]) {
      const cases = malformedCases(file).filter(({ message }) => message === "malformed UTF-8");
      expect(cases.length).toBe(1);
      const name = cases[0]!.text.match(STRING_TOKEN)![0];
      expect(thrown(() => parseName(name))?.message).toBe("malformed UTF-8 encoding");
    }
  });
});
