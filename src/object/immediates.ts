/**
 * Where the relocatable immediates of one encoded instruction are: the
 * index, constant and memarg-offset immediates a relocation may patch, with
 * their byte positions and widths. The object decoder uses it to bind a
 * `reloc.CODE` entry to the immediate it lands on, and the object validator
 * to say which immediate a misplaced one hit.
 */
import type { InstrDef } from "../isa/instructions.js";
import { Reader } from "../binary/reader.js";
import type { RelocSlot } from "../module/object-model.js";

export interface ImmediateSite {
  slot: RelocSlot;
  at: number;
  width: number;
}

/** The relocatable immediates of the instruction `op` encoded at `at` in `buf` (none for other kinds). */
export function relocatableImmediates(buf: Uint8Array, at: number, op: InstrDef): ImmediateSite[] {
  const r = new Reader(buf, at);
  r.byte();
  if (op.prefix !== 0) r.u32();
  const sites: ImmediateSite[] = [];
  const read = (slot: RelocSlot | null, kind: "u32" | "u64" | "s32" | "s64") => {
    const from = r.pos;
    r[kind]();
    if (slot !== null) sites.push({ slot, at: from, width: r.pos - from });
  };
  switch (op.imm) {
    case "func":
    case "global":
    case "tag":
    case "type":
    case "table":
      read(op.imm, "u32");
      break;
    case "i32":
      read("value", "s32");
      break;
    case "i64":
      read("value", "s64");
      break;
    case "call_indirect":
      read("type", "u32");
      read("table", "u32");
      break;
    case "table_table":
      read("table", "u32");
      read("table2", "u32");
      break;
    case "table_elem":
      read(null, "u32");
      read("table", "u32");
      break;
    case "memarg":
    case "memarg_lane": {
      const align = r.u32();
      if (align & 0x40) r.u32();
      read("offset", "u64");
      break;
    }
    default:
      break;
  }
  return sites;
}
