/**
 * Why `encode(decode(bytes))` differs from `bytes`: the encoding choices a
 * binary can make that the model does not record (the encoder always writes
 * the canonical form). Used to report, not to pass or fail.
 */
import { decode } from "../../src/binary/decode.js";
import { Reader } from "../../src/binary/reader.js";
import type { Module, ValType } from "../../src/module/model.js";
import { forEachInstr } from "../../src/module/code-walk.js";
import { sections } from "./wasm-sections.js";

export type Difference =
  | "non-minimal LEB128"
  | "empty section"
  | "local declarations grouped differently"
  | "memarg names memory 0 explicitly"
  | "explicit `sub final` without supertypes"
  | "name section differs"
  | "custom section after the name section"
  | "other";

/** Bytes of the shortest LEB128 for a value. */
function minimalLeb(value: bigint, signed: boolean): number {
  let bits = 0;
  const magnitude = value < 0n ? -value - 1n : value;
  while (magnitude >> BigInt(bits) !== 0n) bits++;
  return Math.max(1, Math.ceil((bits + (signed ? 1 : 0)) / 7));
}

type LebMethod = "u32" | "s32" | "s33" | "u64" | "s64";
const LEB_METHODS: readonly LebMethod[] = ["u32", "s32", "s33", "u64", "s64"];

/**
 * Decodes while watching every LEB128 the reader takes: whether any was
 * longer than its value needs. (The reader's methods are wrapped for the
 * duration of the call only.)
 */
function decodeWatchingLebs(bytes: Uint8Array): { module: Module; paddedLeb: boolean } {
  const proto = Reader.prototype as unknown as Record<LebMethod, (this: Reader) => number | bigint>;
  const originals = LEB_METHODS.map((name) => proto[name]);
  let paddedLeb = false;
  LEB_METHODS.forEach((name, i) => {
    const original = originals[i];
    proto[name] = function (this: Reader) {
      const start = this.pos;
      const value = original.call(this);
      if (this.pos - start > minimalLeb(BigInt(value), name[0] === "s")) paddedLeb = true;
      return value;
    };
  });
  try {
    return { module: decode(bytes), paddedLeb };
  } finally {
    LEB_METHODS.forEach((name, i) => (proto[name] = originals[i]));
  }
}

const VECTOR_SECTIONS = new Set([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13]);

function sameValType(a: ValType, b: ValType): boolean {
  return typeof a === "string" || typeof b === "string" ? a === b : a.nullable === b.nullable && a.heap === b.heap;
}

function customBytes(bytes: Uint8Array, name: string): Buffer | undefined {
  const s = sections(bytes).find((x) => x.id === 0 && x.name === name);
  return s && Buffer.from(bytes.subarray(s.start, s.end));
}

/** The reasons `reencoded` (= encode(decode(bytes))) differs from `bytes`. */
export function reencodeDifferences(bytes: Uint8Array, reencoded: Uint8Array): Difference[] {
  const found = new Set<Difference>();
  const { module, paddedLeb } = decodeWatchingLebs(bytes);
  if (paddedLeb) found.add("non-minimal LEB128");
  const layout = sections(bytes);
  for (const s of layout) {
    const sizeBytes = s.end - s.start;
    if (VECTOR_SECTIONS.has(s.id) && bytes[s.end - 1] === 0 && sizeBytes <= 3) found.add("empty section");
  }
  const nameAt = layout.findIndex((s) => s.id === 0 && s.name === "name");
  if (nameAt >= 0 && nameAt < layout.length - 1) found.add("custom section after the name section");
  const names = customBytes(bytes, "name");
  const namesAgain = customBytes(reencoded, "name");
  if (names !== undefined && (namesAgain === undefined || Buffer.compare(names, namesAgain) !== 0)) {
    found.add("name section differs");
  }
  for (const g of module.types) {
    if (g.types.some((t) => t.explicitSub && t.final && t.supertypes.length === 0)) found.add("explicit `sub final` without supertypes");
  }
  for (const f of module.funcs) {
    const r = new Reader(bytes, f.offset!);
    let runs = 0;
    f.locals.forEach((l, i) => {
      if (i === 0 || !sameValType(l.type, f.locals[i - 1].type)) runs++;
    });
    if (r.u32() !== runs) found.add("local declarations grouped differently");
    forEachInstr(f.body, (ins) => {
      if (ins.memarg === undefined || ins.memarg.memory.index !== 0) return;
      const at = new Reader(bytes, ins.offset!);
      if (ins.op.prefix !== 0) at.byte();
      at.u32();
      if (at.u32() >= 0x40) found.add("memarg names memory 0 explicitly");
    });
  }
  if (found.size === 0) found.add("other");
  return [...found];
}
