/**
 * Relocations applied to the kept code and data: each relocated immediate
 * or data word gets the final value of its symbol (the resolved function,
 * global or table; a data address; a table slot). Relocations that only
 * describe debug sections (FUNCTION_OFFSET, SECTION_OFFSET) go with those
 * sections, which the output does not carry; the position-independent and
 * TLS kinds are not for a static non-PIC link and are refused.
 */
import type { Data, Func, Global, Instr, Memory, Table, TypeDef, TypeRef } from "../module/model.js";
import type { ByteReloc, InstrReloc, LinkingSymbol } from "../module/object-model.js";
import { forEachInstr } from "../module/code-walk.js";
import type { ObjectFile } from "./inputs.js";
import { LinkError } from "./link-error.js";
import { relocTypeByName, type RelocType } from "../types/reloc-types.js";
import type { SymbolRef } from "./symbol-table.js";

/** The final values of the symbols of one file. */
export interface SymbolValues {
  func(ref: SymbolRef): Func;
  global(ref: SymbolRef): Global;
  table(ref: SymbolRef): Table;
  /** A data symbol's address. */
  address(ref: SymbolRef): number;
  /** A function's slot in the indirect function table (0 for a weak undefined one). */
  slot(ref: SymbolRef): number;
  /** The output's type for an input's function type. */
  type(type: TypeRef): TypeDef;
}

/** What a relocation type is worth: a number to write, or an entity to bind. */
type Kind = "func" | "global" | "table" | "type" | "slot" | "address" | "locrel";

function kindOf(file: ObjectFile, type: string): Kind {
  const row = relocTypeByName(type);
  const kind = row === undefined ? undefined : linkKind(row);
  if (kind === undefined) throw new LinkError(file.name, `relocation ${type} is not supported in a static link of non-PIC wasm32 code`);
  return kind;
}

/** A type's kind from its row: the index types of the code immediates this linker rebinds, slots, absolute and place-relative addresses. */
function linkKind(row: RelocType): Kind | undefined {
  switch (row.value) {
    case "index":
      if (row.site === null) return undefined;
      return row.target === "func" || row.target === "global" || row.target === "table" || row.target === "type" ? row.target : undefined;
    case "slot":
    case "address":
    case "locrel":
      return row.value;
    default:
      return undefined;
  }
}

function numberOf(file: ObjectFile, values: SymbolValues, reloc: ByteReloc | InstrReloc, kind: Kind, site: number): number {
  const ref = { file, symbol: reloc.target as LinkingSymbol };
  const addend = Number(reloc.addend ?? 0n);
  if (kind === "slot") return values.slot(ref);
  if (kind === "address") return values.address(ref) + addend;
  if (kind === "locrel") return values.address(ref) + addend - site;
  throw new LinkError(file.name, `relocation ${reloc.type} cannot patch data bytes`);
}

/**
 * Relocates a kept function's code and binds its memory and table
 * references to the output's. In function bodies (`padded`) the relocations
 * stay on their instructions, so that the encoder writes those immediates at
 * their padded width as wasm-ld does: every instruction keeps its offset in
 * its body, which DWARF's offsets into code rely on.
 */
export function relocateCode(file: ObjectFile, code: Instr[], values: SymbolValues, memory: Memory, table: Table | undefined, padded: boolean): void {
  forEachInstr(code, (ins) => {
    if (ins.memarg !== undefined) ins.memarg.memory = memory;
    if (ins.memory !== undefined) ins.memory = memory;
    if (ins.table !== undefined && table !== undefined) ins.table = table;
    if (ins.type !== undefined) ins.type = values.type(ins.type);
    if (ins.blockType?.kind === "type") ins.blockType = { kind: "type", type: values.type(ins.blockType.type) };
    for (const reloc of ins.relocs ?? []) relocateImmediate(file, ins, reloc, values);
    if (!padded) ins.relocs = undefined;
  });
}

function relocateImmediate(file: ObjectFile, ins: Instr, reloc: InstrReloc, values: SymbolValues): void {
  const kind = kindOf(file, reloc.type);
  const ref = { file, symbol: reloc.target as LinkingSymbol };
  switch (kind) {
    case "func":
      ins.func = values.func(ref);
      return;
    case "global":
      ins.global = values.global(ref);
      return;
    case "table":
      ins[reloc.slot === "table2" ? "table2" : "table"] = values.table(ref);
      return;
    case "type":
      return;
  }
  const value = numberOf(file, values, reloc, kind, 0);
  if (reloc.slot === "offset") ins.memarg!.offset = BigInt(value >>> 0);
  else if (ins.i64 !== undefined) ins.i64 = BigInt(value);
  else ins.i32 = value | 0;
}

/** Relocates a kept data segment's bytes (a copy: the input stays as decoded); `site` is the address of its first byte. */
export function relocateData(file: ObjectFile, data: Data, values: SymbolValues, site: (offset: number) => number): void {
  if (data.relocs === undefined) return;
  const bytes = new Uint8Array(data.bytes);
  const view = new DataView(bytes.buffer);
  for (const reloc of data.relocs) {
    const value = numberOf(file, values, reloc, kindOf(file, reloc.type), site(reloc.offset));
    if (reloc.type.endsWith("64")) view.setBigInt64(reloc.offset, BigInt(value), true);
    else view.setUint32(reloc.offset, value >>> 0, true);
  }
  data.bytes = bytes;
  data.relocs = undefined;
}
