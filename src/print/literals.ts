/**
 * Spelling of literal tokens: floats, strings, names and ids, as the printer
 * writes them. Every spelling re-parses (through `syntax/literals.ts`) to
 * exactly the value it was made from.
 *
 * Floats are the shortest decimal that reads back to the same bits. For f64
 * that is what `Number.prototype.toString` gives (its parse rounds once, like
 * ours). For f32 a double's shortest form is too long, and rounding a
 * shorter decimal to double and then to f32 rounds twice, so each candidate
 * length is checked with watkit's own f32-exact parser.
 */
import { parseF32Bits } from "../syntax/literals.js";
import { CODE_METADATA_PREFIX, type CodeMetadata } from "../types/code-metadata.js";

const f32View = new DataView(new ArrayBuffer(8));

const F32_CANONICAL_NAN = 0x400000;
/** Halfway between the largest f32 and 2^128: a decimal at or past it is out of f32's range. */
const F32_OVERFLOW = 2 ** 128 - 2 ** 103;
const F64_CANONICAL_NAN = 1n << 51n;

/** An f32 bit pattern (read unsigned) as a literal. */
export function f32Text(bits: number): string {
  const negative = bits >>> 31 === 1;
  const exponent = (bits >>> 23) & 0xff;
  const fraction = bits & 0x7fffff;
  if (exponent === 0xff) {
    const sign = negative ? "-" : "";
    if (fraction === 0) return `${sign}inf`;
    return fraction === F32_CANONICAL_NAN ? `${sign}nan` : `${sign}nan:0x${fraction.toString(16)}`;
  }
  f32View.setUint32(0, bits);
  const x = f32View.getFloat32(0);
  if (x === 0) return negative ? "-0" : "0";
  for (let digits = 1; digits < 9; digits++) {
    const text = decimal(x.toPrecision(digits));
    if (readsAs(text, x, bits >>> 0)) return text;
  }
  return decimal(x.toPrecision(9));
}

/**
 * Whether a decimal f32 literal near `x` reads as `x` (bits `bits`). The
 * double nearest the decimal rounds to the same f32 as the decimal itself
 * unless that double lies halfway between two f32 values (f32 midpoints are
 * doubles, so none lies between the decimal and its nearest double): only
 * then, or near the end of the range, is the exact parser needed.
 */
function readsAs(text: string, x: number, bits: number): boolean {
  const d = Number(text);
  const f = Math.fround(d);
  if (f === d || (Number.isFinite(f) && !halfway(d, f))) return f === x;
  // The overflow threshold is a double: a decimal whose nearest double lies past it lies past it too.
  if (Math.abs(d) > F32_OVERFLOW) return false;
  try {
    return parseF32Bits(text) === bits;
  } catch {
    // A short decimal near the largest f32 may be out of range.
    return false;
  }
}

/** Whether the double `d`, which `Math.fround` rounds to `f`, is halfway between `f` and its f32 neighbour on `d`'s side. */
function halfway(d: number, f: number): boolean {
  f32View.setFloat32(0, f);
  const bits = f32View.getUint32(0);
  f32View.setUint32(0, Math.abs(d) > Math.abs(f) ? bits + 1 : bits - 1);
  // Two neighbouring f32 values: their sum and its half are exact doubles.
  return (f + f32View.getFloat32(0)) / 2 === d;
}

/** An f64 bit pattern as a literal. */
export function f64Text(bits: bigint): string {
  const negative = bits >> 63n === 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  if (exponent === 0x7ff) {
    const fraction = bits & 0xfffffffffffffn;
    const sign = negative ? "-" : "";
    if (fraction === 0n) return `${sign}inf`;
    return fraction === F64_CANONICAL_NAN ? `${sign}nan` : `${sign}nan:0x${fraction.toString(16)}`;
  }
  f32View.setBigUint64(0, bits);
  const x = f32View.getFloat64(0);
  if (x === 0) return negative ? "-0" : "0";
  return decimal(String(x));
}

/**
 * JavaScript's number spelling as a text-format float: `1e+21` and `1.5e-7`
 * are already valid; only trailing zeros of `toPrecision` need trimming.
 */
function decimal(text: string): string {
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  if (mantissa.indexOf(".") < 0) return text;
  let end = mantissa.length;
  while (mantissa.charCodeAt(end - 1) === 0x30) end--;
  if (mantissa.charCodeAt(end - 1) === 0x2e) end--;
  return e < 0 ? mantissa.slice(0, end) : mantissa.slice(0, end) + text.slice(e);
}

const HEX = "0123456789abcdef";
const HEX_CODES = Uint8Array.from(HEX, (c) => c.charCodeAt(0));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether a string literal holds byte `b` as itself: printable ASCII but `"` and `\`, which are escaped (`\"`, `\\`); any other byte is `\hh`. */
function plainByte(b: number): boolean {
  return b >= 0x20 && b < 0x7f && b !== QUOTE && b !== BACKSLASH;
}

/** Each byte as a string literal holds it (see `plainByte`). */
const BYTE_TEXT: string[] = Array.from({ length: 256 }, (_, b) => {
  if (plainByte(b)) return String.fromCharCode(b);
  if (b === QUOTE || b === BACKSLASH) return `\\${String.fromCharCode(b)}`;
  return `\\${HEX[b >> 4]}${HEX[b & 15]}`;
});

/**
 * A string literal of arbitrary bytes, quotes included (each byte as
 * `BYTE_TEXT` spells it), written as ASCII bytes and made a string once: a
 * string added to per byte is slower.
 */
export function bytesText(bytes: Uint8Array): string {
  const out = Buffer.allocUnsafe(3 * bytes.length + 2);
  out[0] = QUOTE;
  const end = escapeBytes(bytes, out, 1);
  out[end] = QUOTE;
  return out.toString("latin1", 0, end + 1);
}

/**
 * Writes `bytes` escaped into `out` from `at`; returns where they end.
 * Apart from `bytesText`, so that nothing follows the loop: optimised while
 * it runs on a large data segment, a loop meets what follows it unseen, and
 * that code was thrown away there at the end of every segment after.
 */
function escapeBytes(bytes: Uint8Array, out: Uint8Array, at: number): number {
  let n = at;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (plainByte(b)) out[n++] = b;
    else if (b === QUOTE || b === BACKSLASH) {
      out[n++] = BACKSLASH;
      out[n++] = b;
    } else {
      out[n++] = BACKSLASH;
      out[n++] = HEX_CODES[b >> 4];
      out[n++] = HEX_CODES[b & 15];
    }
  }
  return n;
}

/**
 * A string literal of a name (UTF-8 text): non-ASCII characters are written
 * as themselves, except the invisible ones that reorder the text around them
 * (bidirectional and deprecated format controls): those are escaped so the text reads as it
 * parses, and because wasm-tools rejects them in source.
 */
export function nameText(name: string): string {
  return isPlainName(name) ? `"${name}"` : `"${escapeName(name)}"`;
}

/** Whether `name` is written between quotes as it is, nothing escaped. */
export function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f || isBidiControl(c)) return false;
  }
  return true;
}

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x206f) || c === 0x200e || c === 0x200f || c === 0x061c;
}

function escapeName(name: string): string {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    out += c < 0x80 ? BYTE_TEXT[c] : isBidiControl(c) ? `\\u{${c.toString(16)}}` : name[i];
  }
  return out;
}

/** The characters of a plain `$id` besides letters and digits (the spec's idchar). */
const ID_PUNCTUATION = "!#$%&'*+-./:<=>?@\\^_`|~";

const ID_CHAR: boolean[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return /[0-9A-Za-z]/.test(ch) || ID_PUNCTUATION.includes(ch);
});

/** Whether `$name` can be written without quotes. */
export function isPlainId(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 || !ID_CHAR[c]) return false;
  }
  return true;
}

/** `$name`, or `$"name"` when the name has characters an id cannot. */
export function idText(name: string): string {
  return isPlainId(name) ? `$${name}` : `$${nameText(name)}`;
}

/** `(@metadata.code.KIND "payload")`, the id quoted when the kind has characters an id cannot. */
export function metadataText(item: CodeMetadata): string {
  const id = CODE_METADATA_PREFIX + item.kind;
  return `(@${isPlainId(id) ? id : nameText(id)} ${bytesText(item.data)})`;
}
