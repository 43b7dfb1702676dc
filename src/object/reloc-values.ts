/**
 * The value an object file holds at a relocation before linking, for the
 * relocation types whose value the object itself decides (Linking.md: the
 * linker rewrites it, but a compiler writes the object-local one): an
 * entity's index for the index types, the type index for TYPE_INDEX_LEB,
 * and the symbol's address (its segment's offset, plus its offset in the
 * segment, plus the addend) for the absolute memory-address types. The
 * other types (table slots, offsets into sections, PIC- and TLS-relative
 * addresses) get their value at link time; the object validator checks the
 * first kind (`value` "index" or "address" in the relocation table) with these.
 */
import { Reader } from "../binary/reader.js";
import type { DataRef } from "../module/model.js";
import type { RelocEncoding } from "../types/reloc-types.js";

/** The value stored at `at` in `bytes` as `encoding` writes it. */
export function storedValue(bytes: Uint8Array, at: number, encoding: RelocEncoding): bigint {
  const r = new Reader(bytes, at);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case "uleb32":
      return BigInt(r.u32());
    case "sleb32":
      return BigInt(r.s32());
    case "uleb64":
      return r.u64();
    case "sleb64":
      return r.s64();
    case "u32":
      return BigInt(view.getUint32(at, true));
    case "u64":
      return view.getBigUint64(at, true);
  }
}

/** `value` as `encoding` stores it: wrapped to its width, signed for the signed LEBs. */
export function asStored(value: bigint, encoding: RelocEncoding): bigint {
  switch (encoding) {
    case "uleb32":
    case "u32":
      return BigInt.asUintN(32, value);
    case "sleb32":
      return BigInt.asIntN(32, value);
    case "uleb64":
    case "u64":
      return BigInt.asUintN(64, value);
    case "sleb64":
      return BigInt.asIntN(64, value);
  }
}

/** Where an active segment starts in memory (its constant offset); a passive segment's symbols count from 0. */
export function segmentStart(data: DataRef): bigint {
  if (data.entity !== "data" || data.mode.kind !== "active") return 0n;
  const [first] = data.mode.offset;
  if (first?.i64 !== undefined) return first.i64;
  return BigInt(first?.i32 ?? 0);
}
