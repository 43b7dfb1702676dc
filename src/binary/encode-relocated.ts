/**
 * Instructions of object files that carry relocations (`Instr.relocs`): each
 * relocated immediate is written at its full padded width (5 bytes, 10 for
 * the 64-bit types), and where it went is reported, so that the `reloc.CODE`
 * section gets offsets of the bytes as written. The value written is the
 * object-local one the model holds (a linker replaces it).
 */
import type { Instr } from "../module/model.js";
import type { InstrReloc, RelocSlot } from "../module/object-model.js";
import { isSigned, relocTypeByName, relocWidth } from "../types/reloc-types.js";
import type { ByteWriter } from "./writer.js";

/** A relocated immediate as written: its relocation and its position in the writer. */
export interface RelocSite {
  reloc: InstrReloc;
  at: number;
}

export function writeRelocated(w: ByteWriter, ins: Instr, sites: RelocSite[]): void {
  const op = ins.op;
  if (op.prefix === 0) w.byte(op.code);
  else {
    w.byte(op.prefix);
    w.u32(op.code);
  }
  const imm = (slot: RelocSlot, value: bigint, signed: boolean) => {
    const reloc = ins.relocs!.find((r) => r.slot === slot);
    if (reloc === undefined) {
      if (signed) w.s64(value);
      else w.u64(value);
      return;
    }
    const type = relocTypeByName(reloc.type);
    if (type === undefined) throw new Error(`encode: unknown relocation type "${reloc.type}" on ${op.name}`);
    sites.push({ reloc, at: w.length });
    w.lebWide(value, relocWidth(type.encoding), isSigned(type.encoding));
  };
  const index = (slot: RelocSlot, n: number | undefined) => imm(slot, BigInt(n ?? 0), false);
  switch (op.imm) {
    case "func":
      return index("func", ins.func!.index);
    case "global":
      return index("global", ins.global!.index);
    case "tag":
      return index("tag", ins.tag!.index);
    case "type":
      return index("type", ins.type!.index);
    case "table":
      return index("table", ins.table?.index);
    case "i32":
      return imm("value", BigInt(ins.i32!), true);
    case "i64":
      return imm("value", ins.i64!, true);
    case "call_indirect":
      index("type", ins.type!.index);
      return index("table", ins.table!.index);
    case "table_table":
      index("table", ins.table?.index);
      return index("table2", ins.table2?.index);
    case "table_elem":
      w.u32(ins.elem!.index);
      return index("table", ins.table?.index);
    case "memarg":
    case "memarg_lane": {
      const m = ins.memarg!;
      if (m.memory.index === 0) w.u32(m.align);
      else {
        w.u32(m.align | 0x40);
        w.u32(m.memory.index);
      }
      imm("offset", m.offset, false);
      if (op.imm === "memarg_lane") w.byte(ins.index!);
      return;
    }
    default:
      throw new Error(`encode: ${op.name} has no immediate a relocation can patch`);
  }
}
