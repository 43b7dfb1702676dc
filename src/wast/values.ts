/**
 * Script values: the constants of an `invoke` and the result patterns of an
 * `assert_return`, read from the script's value nodes, and the matching of
 * what a call returned against a pattern.
 *
 * Numbers travel as their little-endian bytes (never as JS numbers, which
 * lose NaN payloads and cannot hold a v128); references as the JS value the
 * engine takes or gives, with a class the adapter computed inside the engine
 * (null, i31, struct, ...), since JS cannot tell a struct from an array.
 */
import type { NumType } from "../module/model.js";
import { f32Text, f64Text } from "../print/literals.js";
import type { ValueNode } from "../syntax/ast.js";
import { parseF32Bits, parseF64Bits, parseIntN } from "../syntax/literals.js";

/** The class of a reference result, as the adapter writes it to memory (the index is the code). */
export const REF_CLASSES = ["null", "i31", "struct", "array", "host", "func", "extern", "exn", "cont"] as const;
export type RefClass = (typeof REF_CLASSES)[number];

/** `(ref.extern N)` and `(ref.host N)`: the host value N, one JS object per number. */
export class HostRef {
  constructor(readonly id: number) {}
}

/** Host values by number, so that the same `N` is the same object within a run. */
export class HostRefs {
  readonly #refs = new Map<number, HostRef>();

  get(id: number): HostRef {
    let ref = this.#refs.get(id);
    if (ref === undefined) this.#refs.set(id, (ref = new HostRef(id)));
    return ref;
  }
}

export type Value =
  | { kind: "num"; type: NumType; bytes: Uint8Array }
  | { kind: "ref"; class: RefClass; value: unknown };

/** An invoke argument: the bytes of a number, or the JS value of a reference. */
export type Arg = { kind: "num"; type: NumType; bytes: Uint8Array } | { kind: "ref"; value: unknown };

export type NanKind = "canonical" | "arithmetic";
type LanePattern = { kind: "bits"; bits: bigint } | { kind: "nan"; nan: NanKind };

/** What `assert_return` expects of one result. */
export type Expected =
  | { kind: "num"; type: NumType; shape: Shape; lanes: LanePattern[] }
  | { kind: "ref"; pattern: RefPattern; text: string }
  | { kind: "either"; options: Expected[] };

type RefPattern =
  | { kind: "null" }
  | { kind: "host"; id: number }
  /** Any non-null reference of one of these classes. */
  | { kind: "class"; classes: readonly RefClass[] };

interface Shape {
  name: string;
  lanes: number;
  bits: 8 | 16 | 32 | 64;
  float: boolean;
}

const SHAPES: Record<string, Shape> = {
  i8x16: { name: "i8x16", lanes: 16, bits: 8, float: false },
  i16x8: { name: "i16x8", lanes: 8, bits: 16, float: false },
  i32x4: { name: "i32x4", lanes: 4, bits: 32, float: false },
  i64x2: { name: "i64x2", lanes: 2, bits: 64, float: false },
  f32x4: { name: "f32x4", lanes: 4, bits: 32, float: true },
  f64x2: { name: "f64x2", lanes: 2, bits: 64, float: true },
};

/** Scalars are one-lane shapes of their own width. */
const SCALARS: Record<string, Shape & { type: NumType }> = {
  "i32.const": { name: "i32", lanes: 1, bits: 32, float: false, type: "i32" },
  "i64.const": { name: "i64", lanes: 1, bits: 64, float: false, type: "i64" },
  "f32.const": { name: "f32", lanes: 1, bits: 32, float: true, type: "f32" },
  "f64.const": { name: "f64", lanes: 1, bits: 64, float: true, type: "f64" },
};

const NON_NULL: Record<string, readonly RefClass[]> = {
  "ref.func": ["func"],
  "ref.extern": ["extern"],
  "ref.exn": ["exn"],
  "ref.cont": ["cont"],
  "ref.struct": ["struct"],
  "ref.array": ["array"],
  "ref.i31": ["i31"],
  "ref.i31_shared": ["i31"],
  "ref.eq": ["i31", "struct", "array"],
  "ref.any": ["i31", "struct", "array", "host"],
};

/** A value node that is not a well-formed constant or pattern. */
export class ValueError extends Error {}

/** An `invoke` argument. */
export function argOf(node: ValueNode, hosts: HostRefs): Arg {
  const head = node.head;
  if (head === "ref.null") return { kind: "ref", value: null };
  if (head === "ref.extern" || head === "ref.host") return { kind: "ref", value: hosts.get(hostId(node)) };
  const expected = expectedOf(node);
  if (expected.kind !== "num" || expected.lanes.some((l) => l.kind === "nan")) {
    throw new ValueError(`(${head} ...) is not a constant`);
  }
  return { kind: "num", type: expected.type, bytes: lanesToBytes(expected.shape, expected.lanes) };
}

/** An `assert_return` result pattern. */
export function expectedOf(node: ValueNode): Expected {
  const head = node.head;
  const text = `(${[head, ...node.args.map((a) => a.text)].join(" ")})`;
  if (head === "either") return { kind: "either", options: (node.either ?? []).map(expectedOf) };
  const scalar = SCALARS[head];
  if (scalar) {
    if (node.args.length !== 1) throw new ValueError(`${head} takes one value`);
    return { kind: "num", type: scalar.type, shape: scalar, lanes: [lane(scalar, node.args[0].text)] };
  }
  if (head === "v128.const") {
    const shape = SHAPES[node.args[0]?.text ?? ""];
    if (!shape) throw new ValueError("v128.const needs a shape (i8x16, ..., f64x2)");
    const lanes = node.args.slice(1);
    if (lanes.length !== shape.lanes) throw new ValueError(`${shape.name} takes ${shape.lanes} lane values`);
    return { kind: "num", type: "v128", shape, lanes: lanes.map((a) => lane(shape, a.text)) };
  }
  if (head === "ref.null") return { kind: "ref", pattern: { kind: "null" }, text };
  if ((head === "ref.extern" || head === "ref.host") && node.args.length > 0) {
    return { kind: "ref", pattern: { kind: "host", id: hostId(node) }, text };
  }
  const classes = NON_NULL[head];
  if (classes) return { kind: "ref", pattern: { kind: "class", classes }, text };
  throw new ValueError(`unknown value (${head} ...)`);
}

function hostId(node: ValueNode): number {
  const text = node.args[0]?.text;
  if (text === undefined) throw new ValueError(`${node.head} needs a number`);
  try {
    return Number(parseIntN(text, 32));
  } catch (error) {
    throw new ValueError(`${node.head} ${text}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function lane(shape: Shape, text: string): LanePattern {
  if (shape.float && (text === "nan:canonical" || text === "nan:arithmetic")) {
    return { kind: "nan", nan: text === "nan:canonical" ? "canonical" : "arithmetic" };
  }
  try {
    if (!shape.float) return { kind: "bits", bits: parseIntN(text, shape.bits) };
    return { kind: "bits", bits: shape.bits === 32 ? BigInt(parseF32Bits(text)) : parseF64Bits(text) };
  } catch (error) {
    throw new ValueError(`${shape.name} value ${text}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function lanesToBytes(shape: Shape, lanes: LanePattern[]): Uint8Array {
  const bytes = new Uint8Array((shape.lanes * shape.bits) / 8);
  const view = new DataView(bytes.buffer);
  lanes.forEach((l, i) => {
    const bits = (l as { bits: bigint }).bits;
    const at = (i * shape.bits) / 8;
    if (shape.bits === 64) view.setBigUint64(at, bits, true);
    else if (shape.bits === 32) view.setUint32(at, Number(bits), true);
    else if (shape.bits === 16) view.setUint16(at, Number(bits), true);
    else view.setUint8(at, Number(bits));
  });
  return bytes;
}

function laneBits(bytes: Uint8Array, shape: Shape, i: number): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (i * shape.bits) / 8;
  if (shape.bits === 64) return view.getBigUint64(at, true);
  if (shape.bits === 32) return BigInt(view.getUint32(at, true));
  if (shape.bits === 16) return BigInt(view.getUint16(at, true));
  return BigInt(view.getUint8(at));
}

/**
 * Whether float bits are a NaN of the kind: canonical (only the quiet bit of
 * the payload set) or arithmetic (the quiet bit set), of either sign.
 */
export function isNan(bits: bigint, width: 32 | 64, kind: NanKind): boolean {
  const fraction = width === 32 ? 23n : 52n;
  const exponentMask = width === 32 ? 0xffn : 0x7ffn;
  const quiet = 1n << (fraction - 1n);
  const payload = bits & ((1n << fraction) - 1n);
  if (((bits >> fraction) & exponentMask) !== exponentMask) return false;
  return kind === "canonical" ? payload === quiet : (payload & quiet) !== 0n;
}

export function matches(value: Value, expected: Expected): boolean {
  switch (expected.kind) {
    case "either":
      return expected.options.some((option) => matches(value, option));
    case "num":
      if (value.kind !== "num" || value.type !== expected.type) return false;
      return expected.lanes.every((l, i) => {
        const bits = laneBits(value.bytes, expected.shape, i);
        if (l.kind === "bits") return bits === l.bits;
        return isNan(bits, expected.shape.bits as 32 | 64, l.nan);
      });
    case "ref": {
      if (value.kind !== "ref") return false;
      const pattern = expected.pattern;
      if (pattern.kind === "null") return value.class === "null";
      if (pattern.kind === "host") return value.value instanceof HostRef && value.value.id === pattern.id;
      return pattern.classes.includes(value.class);
    }
  }
}

export function expectedText(expected: Expected): string {
  switch (expected.kind) {
    case "either":
      return `(either ${expected.options.map(expectedText).join(" ")})`;
    case "ref":
      return expected.text;
    case "num": {
      const lanes = expected.lanes.map((l) => (l.kind === "nan" ? `nan:${l.nan}` : laneText(expected.shape, l.bits)));
      return expected.type === "v128"
        ? `(v128.const ${expected.shape.name} ${lanes.join(" ")})`
        : `(${expected.type}.const ${lanes[0]})`;
    }
  }
}

/** A value as script text; a v128 in the shape of the pattern it is compared with (i32x4 otherwise). */
export function valueText(value: Value, like?: Expected): string {
  if (value.kind === "ref") {
    if (value.class === "null") return "(ref.null)";
    if (value.value instanceof HostRef) return `(ref.host ${value.value.id})`;
    return value.class === "host" ? "(ref.any)" : `(ref.${value.class})`;
  }
  const shape = value.type === "v128" ? (like?.kind === "num" ? like.shape : SHAPES.i32x4) : SCALARS[`${value.type}.const`];
  const lanes = Array.from({ length: shape.lanes }, (_, i) => laneText(shape, laneBits(value.bytes, shape, i)));
  return value.type === "v128" ? `(v128.const ${shape.name} ${lanes.join(" ")})` : `(${value.type}.const ${lanes[0]})`;
}

function laneText(shape: Shape, bits: bigint): string {
  if (!shape.float) return BigInt.asIntN(shape.bits, bits).toString();
  return shape.bits === 32 ? f32Text(Number(bits)) : f64Text(bits);
}

/** Bytes a number of each type takes in memory. */
export const NUM_BYTES: Record<NumType, number> = { i32: 4, i64: 8, f32: 4, f64: 8, v128: 16 };
