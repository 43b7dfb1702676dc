/**
 * Values of literal tokens (WebAssembly 3.0 text format, "Lexical format":
 * integers, floats, strings, names).
 *
 * Takes one token's text exactly as the lexer matched it; gives numbers,
 * IEEE-754 bit patterns and bytes. Knows nothing of where the token sits: a
 * `LiteralError` carries an offset inside the token, and the caller adds the
 * token's start to report it.
 *
 * Floats are rounded once, from the exact value the literal denotes, ties to
 * even (the spec's float_N). Going through `Number()` and then to f32 rounds
 * twice and gets the testsuite's boundary cases wrong, so the general path is
 * exact BigInt arithmetic; fast paths handle the common literals where one
 * hardware rounding is provably the same.
 */
import { isScalarValue } from "./token-ends.js";

export class LiteralError extends Error {
  /** Offset in the token's text (UTF-16 units) of what is wrong. */
  readonly offset: number;

  constructor(message: string, offset = 0) {
    super(message);
    this.name = "LiteralError";
    this.offset = offset;
  }
}

const CHAR_PLUS = 0x2b;
const CHAR_MINUS = 0x2d;
const CHAR_UNDERSCORE = 0x5f;
const CHAR_QUOTE = 0x22;
const CHAR_BACKSLASH = 0x5c;

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function isDigit(c: number, hex: boolean): boolean {
  const d = digitValue(c);
  return d >= 0 && (hex || d < 10);
}

/**
 * End of the `num` (or `hexnum`) starting at `i`: digits with single
 * underscores between them. Returns `i` when no digit is there. A stray
 * underscore ends the run, so the caller, finding `_` where it expects `.`,
 * an exponent or the end, reports the token malformed.
 */
function digitsEnd(text: string, i: number, hex: boolean): number {
  const n = text.length;
  if (i >= n || !isDigit(text.charCodeAt(i), hex)) return i;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c, hex)) i++;
    else if (c === CHAR_UNDERSCORE && i + 1 < n && isDigit(text.charCodeAt(i + 1), hex)) i += 2;
    else break;
  }
  return i;
}

/**
 * Value of the digits in text[from, to), skipping underscores, appended to
 * `acc`. Exact below 2^53; above that it stays above 2^53 (possibly Infinity),
 * which is all a range check needs.
 */
function digitsNumber(text: string, from: number, to: number, base: number, acc = 0): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== CHAR_UNDERSCORE) acc = acc * base + digitValue(c);
  }
  return acc;
}

function withoutUnderscores(s: string): string {
  return s.includes("_") ? s.replaceAll("_", "") : s;
}

// ---------------------------------------------------------------------------
// Integers

/** 0 for no sign, 1 for `+`, -1 for `-`. */
function signOf(text: string): number {
  const c = text.charCodeAt(0);
  return c === CHAR_PLUS ? 1 : c === CHAR_MINUS ? -1 : 0;
}

/** End of a `num` or `0x hexnum` starting at `start`, or -1 if that is not the whole rest of the text. */
function natEnd(text: string, start: number): number {
  const hex = text.startsWith("0x", start);
  const from = hex ? start + 2 : start;
  const end = digitsEnd(text, from, hex);
  return end === from || end !== text.length ? -1 : end;
}

/** Magnitude of the `uN` at `start` as a number (see `digitsNumber`), or -1 if malformed. */
function natNumber(text: string, start: number): number {
  if (natEnd(text, start) < 0) return -1;
  return text.startsWith("0x", start)
    ? digitsNumber(text, start + 2, text.length, 16)
    : digitsNumber(text, start, text.length, 10);
}

/** Magnitude of the `uN` at `start` as a bigint, or -1n if malformed. */
function natBigInt(text: string, start: number): bigint {
  if (natEnd(text, start) < 0) return -1n;
  // BigInt() reads both `123` and `0x7b`; leading zeros stay decimal.
  return BigInt(withoutUnderscores(start === 0 ? text : text.slice(start)));
}

function malformed(type: string, offset = 0): LiteralError {
  return new LiteralError(`malformed ${type} literal`, offset);
}

function outOfRange(type: string): LiteralError {
  return new LiteralError(`${type} constant out of range`);
}

/**
 * An `i32` literal (a `u32`, or a `+`/`-` signed `s32`) as a signed 32-bit
 * number: `0xffffffff` gives -1.
 */
/**
 * `text.slice(start, end)` as a number when it is at most nine decimal
 * digits after an optional sign: nearly every index and most integer
 * constants are written so. Undefined for any other spelling (hex,
 * underscores, fractions, longer), which the parsers below read.
 */
export function shortDecimal(text: string, start: number, end: number): number | undefined {
  let at = start;
  const sign = text.charCodeAt(at);
  if (sign === 0x2d || sign === 0x2b) at++;
  if (end - at < 1 || end - at > 9) return undefined;
  let value = 0;
  for (; at < end; at++) {
    const digit = text.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  // `| 0` turns -0 into 0, as the parsers give it.
  return sign === 0x2d ? -value | 0 : value;
}

export function parseInt32(text: string): number {
  const sign = signOf(text);
  const mag = natNumber(text, sign === 0 ? 0 : 1);
  if (mag < 0) throw malformed("i32", sign === 0 ? 0 : 1);
  // Unsigned spelling reaches 2^32-1; a sign makes it an s32 (spec: iN ::= uN | sN).
  const limit = sign === 0 ? 0xffffffff : sign > 0 ? 0x7fffffff : 0x80000000;
  if (mag > limit) throw outOfRange("i32");
  return (sign < 0 ? -mag : mag) | 0;
}

/** An `i64` literal as a signed 64-bit bigint. */
export function parseInt64(text: string): bigint {
  return BigInt.asIntN(64, parseIntN(text, 64));
}

/** A `u32` (no sign): indices, alignments, limits, offsets. */
export function parseNat32(text: string): number {
  const mag = natNumber(text, 0);
  if (mag < 0) throw malformed("u32");
  if (mag > 0xffffffff) throw outOfRange("u32");
  return mag;
}

/** A `u64` (no sign): memory64 offsets and limits. */
export function parseNat64(text: string): bigint {
  const mag = natBigInt(text, 0);
  if (mag < 0n) throw malformed("u64");
  if (mag > 0xffffffffffffffffn) throw outOfRange("u64");
  return mag;
}

/**
 * An `iN` literal (unsigned up to 2^N-1, or signed from -2^(N-1) up to
 * 2^(N-1)-1), as its N-bit two's-complement pattern read unsigned: v128
 * lanes are bytes whatever their spelling.
 */
export function parseIntN(text: string, bits: 8 | 16 | 32 | 64): bigint {
  const type = `i${bits}`;
  const sign = signOf(text);
  const mag = natBigInt(text, sign === 0 ? 0 : 1);
  if (mag < 0n) throw malformed(type, sign === 0 ? 0 : 1);
  const half = 1n << BigInt(bits - 1);
  const limit = sign === 0 ? 2n * half - 1n : sign > 0 ? half - 1n : half;
  if (mag > limit) throw outOfRange(type);
  return BigInt.asUintN(bits, sign < 0 ? -mag : mag);
}

// ---------------------------------------------------------------------------
// Floats

interface FloatFormat {
  readonly type: string;
  /** Significand bits, the implicit leading one included. */
  readonly precision: number;
  /** Largest unbiased exponent; also the bias. The smallest normal one is 1 - emax. */
  readonly emax: number;
  readonly infinity: bigint;
  readonly signBit: bigint;
}

const F32: FloatFormat = { type: "f32", precision: 24, emax: 127, infinity: 0x7f800000n, signBit: 0x80000000n };
const F64: FloatFormat = {
  type: "f64",
  precision: 53,
  emax: 1023,
  infinity: 0x7ff0000000000000n,
  signBit: 0x8000000000000000n,
};

/** What a `float` or `hexfloat` literal spells: digits × base^exponent, base 10 or 2. */
interface FloatParts {
  negative: boolean;
  hex: boolean;
  /** The significand's digits are text[intStart, intEnd) then text[fracStart, fracEnd), underscores included. */
  text: string;
  intStart: number;
  intEnd: number;
  fracStart: number;
  fracEnd: number;
  /** The significand as a number; exact when `exact`. */
  mantissa: number;
  exact: boolean;
  /** Power of 10 (decimal) or 2 (hex) the digits are scaled by, the fraction digits accounted for. */
  exponent: number;
}

/**
 * Exponents are clamped to this size: far beyond any that can matter next to
 * the significand's digit count, and small enough to stay exact arithmetic.
 */
const EXPONENT_CLAMP = 1e10;

/**
 * Splits `float`/`hexfloat` (after the sign): `p`, `p.`, `p.q`, each with an
 * optional exponent `e±n` (`p±n` for hex, whose exponent is decimal). Returns
 * null if the text is not exactly that.
 */
function scanFloat(text: string, start: number, negative: boolean): FloatParts | null {
  const hex = text.startsWith("0x", start);
  const intStart = hex ? start + 2 : start;
  const intEnd = digitsEnd(text, intStart, hex);
  if (intEnd === intStart) return null;
  let i = intEnd;
  let fracStart = i;
  let fracEnd = i;
  if (codeAt(text, i) === 0x2e /* . */) {
    fracStart = i + 1;
    fracEnd = digitsEnd(text, fracStart, hex);
    i = fracEnd;
  }
  let exponent = 0;
  if ((codeAt(text, i) | 0x20) === (hex ? 0x70 /* p */ : 0x65) /* e */) {
    i++;
    const negativeExponent = codeAt(text, i) === CHAR_MINUS;
    if (negativeExponent || codeAt(text, i) === CHAR_PLUS) i++;
    const expEnd = digitsEnd(text, i, false);
    if (expEnd === i) return null;
    exponent = Math.min(digitsNumber(text, i, expEnd, 10), EXPONENT_CLAMP);
    if (negativeExponent) exponent = -exponent;
    i = expEnd;
  }
  if (i !== text.length) return null;

  const base = hex ? 16 : 10;
  const mantissa = digitsNumber(text, fracStart, fracEnd, base, digitsNumber(text, intStart, intEnd, base));
  const fracDigits = countDigits(text, fracStart, fracEnd);
  return {
    negative,
    hex,
    text,
    intStart,
    intEnd,
    fracStart,
    fracEnd,
    mantissa,
    // Below 2^53 every partial value was exact, so the whole is.
    exact: mantissa <= Number.MAX_SAFE_INTEGER,
    exponent: exponent - (hex ? 4 * fracDigits : fracDigits),
  };
}

/**
 * The code unit at `i`, or -1 at the end: a read past a string's end is out
 * of its bounds, which throws away code optimised on literals that went on.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function countDigits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== CHAR_UNDERSCORE) n++;
  return n;
}

/** Exactly representable powers of ten (literals, so no `**` rounding can creep in). */
const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const scratch = new DataView(new ArrayBuffer(8));

/** 2^k as a double, built from its bits, for -1022 <= k <= 1023. */
function pow2(k: number): number {
  scratch.setUint32(0, (k + 1023) << 20);
  scratch.setUint32(4, 0);
  return scratch.getFloat64(0);
}

/**
 * The literal's magnitude as one correctly rounded double, when a single
 * hardware operation on exact operands gives it; otherwise NaN.
 */
function fastDouble(parts: FloatParts): number {
  if (!parts.exact) return NaN;
  const { mantissa: m, exponent: k } = parts;
  if (m === 0) return 0;
  if (parts.hex) return k >= -1022 && k <= 1023 ? m * pow2(k) : NaN;
  if (k >= 0 && k <= 22) return m * POW10[k]!;
  if (k < 0 && k >= -22) return m / POW10[-k]!;
  return NaN;
}

/**
 * As `fastDouble`, for f32. Rounding that double to f32 gives the literal's
 * own rounding unless the double is exactly halfway between two f32 values:
 * a midpoint nearer the literal would itself have been the nearest double.
 * Hex doubles are exact, so there it never matters.
 */
function fastSingle(parts: FloatParts): number {
  const d = fastDouble(parts);
  if (parts.hex || d === 0 || Number.isNaN(d)) return d;
  scratch.setFloat64(0, d);
  // Halfway: of the 29 fraction bits f32 drops, only the top one is set. (A
  // decimal fast double is at least 1e-22, so normal as an f32, where that holds.)
  return (scratch.getUint32(4) & 0x1fffffff) === 0x10000000 ? NaN : d;
}

function bitLength(n: bigint): number {
  const hex = n.toString(16);
  return hex.length * 4 - (Math.clz32(digitValue(hex.charCodeAt(0))) - 28);
}

/**
 * Rounds num / den × 2^exp2 (num, den > 0) to the format, ties to even, and
 * returns its unsigned bit pattern; throws when it rounds past the largest
 * finite value.
 */
function roundScaled(num: bigint, den: bigint, exp2: number, fmt: FloatFormat): bigint {
  // 2^(shift-1) < num/den < 2^(shift+1): one comparison settles floor(log2).
  const shift = bitLength(num) - bitLength(den);
  const below = shift >= 0 ? num < den << BigInt(shift) : num << BigInt(-shift) < den;
  const exponent = Math.max(exp2 + shift - (below ? 1 : 0), 1 - fmt.emax);
  // Scale so that the significand is the integer part: the quantum is
  // 2^(exponent - precision + 1), also for subnormals (exponent clamped at emin).
  const t = exp2 - (exponent - fmt.precision + 1);
  const n = t >= 0 ? num << BigInt(t) : num;
  const d = t < 0 ? den << BigInt(-t) : den;
  let m = n / d;
  const twiceRest = (n - m * d) << 1n;
  if (twiceRest > d || (twiceRest === d && (m & 1n) === 1n)) m += 1n;
  // Adding the significand to the exponent field minus one sets the hidden bit
  // for normals, leaves subnormals (field 0) alone, and lets a carry out of
  // rounding bump the exponent, up to infinity.
  const bits = (BigInt(exponent + fmt.emax - 1) << BigInt(fmt.precision - 1)) + m;
  if (bits >= fmt.infinity) throw outOfRange(fmt.type);
  return bits;
}

/** The significand's digits without underscores or leading zeros. */
function significantDigits({ text, intStart, intEnd, fracStart, fracEnd }: FloatParts): string {
  return withoutUnderscores(text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd)).replace(/^0+/, "");
}

/** Exact path for a decimal literal's magnitude. */
function decimalBits(parts: FloatParts, fmt: FloatFormat): bigint {
  const digits = significantDigits(parts);
  if (digits === "") return 0n;
  const e10 = parts.exponent;
  // The value lies in [10^(D-1+e10), 10^(D+e10)): settle the far ends
  // without building huge powers. 10^309 overflows every format, and
  // 10^-330 is below half the least f64 subnormal.
  if (digits.length - 1 + e10 >= 309) throw outOfRange(fmt.type);
  if (digits.length + e10 < -330) return 0n;
  // 10^e = 5^e × 2^e keeps the numbers small.
  const m = BigInt(digits);
  return e10 >= 0
    ? roundScaled(m * 5n ** BigInt(e10), 1n, e10, fmt)
    : roundScaled(m, 5n ** BigInt(-e10), e10, fmt);
}

/** Exact path for a hex literal's magnitude. */
function hexBits(parts: FloatParts, fmt: FloatFormat): bigint {
  const digits = significantDigits(parts);
  if (digits === "") return 0n;
  const m = BigInt("0x" + digits);
  const top = bitLength(m) - 1 + parts.exponent;
  if (top > fmt.emax) throw outOfRange(fmt.type);
  // Below 2^(emin - precision), half the least subnormal: rounds to zero.
  if (top + 1 <= 1 - fmt.emax - fmt.precision) return 0n;
  return roundScaled(m, 1n, parts.exponent, fmt);
}

/**
 * `inf`, `nan` or `nan:0x…` after the sign, as unsigned bits; null if the
 * text is a number instead.
 */
function specialBits(text: string, start: number, fmt: FloatFormat): bigint | null {
  const c = text.charCodeAt(start);
  if (c !== 0x69 /* i */ && c !== 0x6e /* n */) return null;
  if (text.startsWith("inf", start)) {
    if (text.length !== start + 3) throw malformed(fmt.type, start + 3);
    return fmt.infinity;
  }
  if (!text.startsWith("nan", start)) return null;
  const payloadBits = fmt.precision - 1;
  if (text.length === start + 3) return fmt.infinity | (1n << BigInt(payloadBits - 1));
  const from = start + 6;
  if (!text.startsWith(":0x", start + 3) || digitsEnd(text, from, true) !== text.length || from === text.length) {
    throw malformed(fmt.type, start + 3);
  }
  const payload = digitsNumber(text, from, text.length, 16);
  // A zero payload would spell infinity.
  if (payload < 1 || payload >= 2 ** payloadBits) throw outOfRange(fmt.type);
  return fmt.infinity | BigInt(payload);
}

function parseFloatParts(text: string, fmt: FloatFormat): FloatParts | bigint {
  const sign = signOf(text);
  const start = sign === 0 ? 0 : 1;
  const special = specialBits(text, start, fmt);
  if (special !== null) return sign < 0 ? special | fmt.signBit : special;
  const parts = scanFloat(text, start, sign < 0);
  if (parts === null) throw malformed(fmt.type, start);
  return parts;
}

/** Exact rounding of a literal's parts, sign included. */
function slowBits(parts: FloatParts, fmt: FloatFormat): bigint {
  const magnitude = parts.hex ? hexBits(parts, fmt) : decimalBits(parts, fmt);
  return parts.negative ? magnitude | fmt.signBit : magnitude;
}

/**
 * An `f32` literal (decimal, hex, integer, `inf`, `nan`, `nan:0x…`, signed or
 * not) as its IEEE-754 binary32 bit pattern, read unsigned.
 */
export function parseF32Bits(text: string): number {
  const parts = parseFloatParts(text, F32);
  if (typeof parts === "bigint") return Number(parts);
  const x = fastSingle(parts);
  if (Number.isNaN(x)) return Number(slowBits(parts, F32));
  scratch.setFloat32(0, x);
  const bits = scratch.getUint32(0);
  if (bits >= 0x7f800000) throw outOfRange("f32");
  return (parts.negative ? bits | 0x80000000 : bits) >>> 0;
}

/** An `f64` literal as its IEEE-754 binary64 bit pattern. */
export function parseF64Bits(text: string): bigint {
  const parts = parseFloatParts(text, F64);
  if (typeof parts === "bigint") return parts;
  const x = fastDouble(parts);
  if (Number.isNaN(x)) return slowBits(parts, F64);
  if (x === Infinity) throw outOfRange("f64");
  scratch.setFloat64(0, parts.negative ? -x : x);
  return scratch.getBigUint64(0);
}

// ---------------------------------------------------------------------------
// Strings and names

function stringError(what: string, offset: number): LiteralError {
  return new LiteralError(`malformed string literal: ${what}`, offset);
}

function putUtf8(out: Uint8Array, n: number, cp: number): number {
  if (cp < 0x80) {
    out[n++] = cp;
  } else if (cp < 0x800) {
    out[n++] = 0xc0 | (cp >> 6);
    out[n++] = 0x80 | (cp & 0x3f);
  } else if (cp < 0x10000) {
    out[n++] = 0xe0 | (cp >> 12);
    out[n++] = 0x80 | ((cp >> 6) & 0x3f);
    out[n++] = 0x80 | (cp & 0x3f);
  } else {
    out[n++] = 0xf0 | (cp >> 18);
    out[n++] = 0x80 | ((cp >> 12) & 0x3f);
    out[n++] = 0x80 | ((cp >> 6) & 0x3f);
    out[n++] = 0x80 | (cp & 0x3f);
  }
  return n;
}

/**
 * The byte of each one-letter escape, by the letter's code (-1 for none).
 * Indexed by character code: looking up `"0"`..`"f"` (the hex escapes of
 * data segments) in an object would walk its prototype chain for each.
 */
const SIMPLE_ESCAPES = new Int16Array(128).fill(-1);
for (const [letter, byte] of [["t", 0x09], ["n", 0x0a], ["r", 0x0d], ['"', 0x22], ["'", 0x27], ["\\", 0x5c]] as const) SIMPLE_ESCAPES[letter.charCodeAt(0)] = byte;

/**
 * The bytes of a string token, quotes included in `text`: characters as
 * UTF-8, `\t \n \r \" \' \\`, `\hh` as one raw byte, `\u{h…}` as the scalar
 * value's UTF-8. Control characters must be escaped.
 */
export function parseString(text: string): Uint8Array {
  const end = text.length - 1;
  if (end < 1 || text.charCodeAt(0) !== CHAR_QUOTE || text.charCodeAt(end) !== CHAR_QUOTE) {
    throw stringError("expected a quoted string", 0);
  }
  // A UTF-16 unit never gives more than 3 bytes and an escape gives fewer
  // bytes than it has characters, so this bounds the output.
  let size = 0;
  for (let i = 1; i < end; i++) size += text.charCodeAt(i) < 0x80 ? 1 : 3;
  const out = new Uint8Array(size);
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === CHAR_QUOTE || c === CHAR_BACKSLASH) return escapedBytes(text, i, out, i - 1);
    out[i - 1] = c;
  }
  return out;
}

/**
 * The rest of `parseString` from `i`, the first character that is not plain
 * printable ASCII, `n` bytes written: apart, so that the loop most strings
 * take alone is compiled small and is not deoptimised by the first escape.
 */
function escapedBytes(text: string, i: number, out: Uint8Array, n: number): Uint8Array {
  const end = text.length - 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === CHAR_BACKSLASH) {
      if (i + 1 >= end) throw stringError("unterminated escape", i);
      const e = text.charCodeAt(i + 1);
      const simple = e < 0x80 ? SIMPLE_ESCAPES[e] : -1;
      if (simple >= 0) {
        out[n++] = simple;
        i += 2;
      } else if (e === 0x75 /* u */) {
        const from = i + 3;
        const to = digitsEnd(text, from, true);
        if (text.charCodeAt(i + 2) !== 0x7b /* { */ || to === from || to >= end || text.charCodeAt(to) !== 0x7d /* } */) {
          throw stringError("malformed \\u{…} escape", i);
        }
        const cp = digitsNumber(text, from, to, 16);
        if (!isScalarValue(cp)) throw stringError("escape is not a Unicode scalar value", i);
        n = putUtf8(out, n, cp);
        i = to + 1;
      } else {
        const hi = digitValue(e);
        const lo = i + 2 < end ? digitValue(text.charCodeAt(i + 2)) : -1;
        if (hi < 0 || lo < 0) throw stringError(`unknown escape \\${text[i + 1]}`, i);
        out[n++] = hi * 16 + lo;
        i += 3;
      }
    } else if (c < 0x20 || c === 0x7f || c === CHAR_QUOTE) {
      throw stringError(c === CHAR_QUOTE ? "unescaped quote" : "control character must be escaped", i);
    } else if (c >= 0xd800 && c < 0xe000) {
      const next = text.charCodeAt(i + 1);
      if (c >= 0xdc00 || i + 1 >= end || next < 0xdc00 || next >= 0xe000) throw stringError("unpaired surrogate", i);
      n = putUtf8(out, n, 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00));
      i += 2;
    } else {
      n = putUtf8(out, n, c);
      i++;
    }
  }
  return n === out.length ? out : out.slice(0, n);
}

// ignoreBOM: a leading U+FEFF is part of the name, not a byte-order mark.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A string token whose bytes must be UTF-8 (import/export names, `$"…"` ids), as a JS string. */
export function parseName(text: string): string {
  // Nearly every name is plain printable ASCII: then it is the text between the quotes.
  const end = text.length - 1;
  if (end >= 1 && text.charCodeAt(0) === CHAR_QUOTE && text.charCodeAt(end) === CHAR_QUOTE) {
    let plain = true;
    for (let i = 1; i < end && plain; i++) {
      const c = text.charCodeAt(i);
      plain = c >= 0x20 && c < 0x7f && c !== CHAR_QUOTE && c !== CHAR_BACKSLASH;
    }
    if (plain) return text.slice(1, end);
  }
  const bytes = parseString(text);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new LiteralError("malformed UTF-8 encoding");
  }
}
