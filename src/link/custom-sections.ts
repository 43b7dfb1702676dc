/**
 * The inputs' custom sections (DWARF above all) carried into the output as
 * lld carries them: the sections of one name concatenated in file order,
 * their relocations applied. Offsets into code (R_WASM_FUNCTION_OFFSET_I32)
 * need where the function bodies went, so this runs on the layout of a
 * first encoding; relocations naming what the link dropped get lld's
 * tombstone (-2 in .debug_ranges and .debug_loc, where -1 means something
 * else, -1 in other .debug_ sections).
 */
import type { BinaryLayout } from "../binary/exact.js";
import type { CustomSection, Func } from "../module/model.js";
import type { LinkingSymbol } from "../module/object-model.js";
import { TARGET_FEATURES_SECTION } from "../object/target-features.js";
import { addStrings, layoutStrings, type MergedStrings, stringGroup, stringOffset } from "./data-layout.js";
import type { ObjectFile } from "./inputs.js";
import { LinkError } from "./link-error.js";
import type { SymbolRef } from "./symbol-table.js";

/** Sections the linker writes itself or leaves out, never concatenated. */
const OWN = new Set(["linking", "name", "producers", TARGET_FEATURES_SECTION]);

export interface CustomValues {
  /** Whether the definition a symbol resolves to is in the output. */
  kept(ref: SymbolRef): boolean;
  func(ref: SymbolRef): Func;
  globalIndex(ref: SymbolRef): number;
  address(ref: SymbolRef): number;
}

interface Piece {
  file: ObjectFile;
  section: CustomSection;
  offset: number;
  /** In a section of mergeable strings: each string's start in the input, and the string. */
  strings?: Array<[number, string]>;
}

/** Sections of NUL-terminated strings that lld merges like mergeable data (by name: custom sections carry no flags). */
const STRINGS = new Set([".debug_str", ".debug_line_str"]);

/** The output's custom sections, in the order their names first appear. */
export function linkCustomSections(files: ObjectFile[], values: CustomValues, layout: BinaryLayout, funcs: Func[]): CustomSection[] {
  const byName = new Map<string, Piece[]>();
  for (const file of files) {
    for (const section of file.module.customs) {
      if (OWN.has(section.name) || section.name.startsWith("reloc.") || section.generated !== undefined) continue;
      const pieces = byName.get(section.name) ?? [];
      const last = pieces.at(-1);
      pieces.push({ file, section, offset: last === undefined ? 0 : last.offset + last.section.bytes.length });
      byName.set(section.name, pieces);
    }
  }
  const merged = new Map<string, MergedStrings>();
  for (const [name, pieces] of byName) {
    if (!STRINGS.has(name)) continue;
    const group = stringGroup();
    for (const piece of pieces) piece.strings = addStrings(group, piece.section.bytes);
    layoutStrings(group);
    merged.set(name, group);
  }
  const pieceOf = new Map<CustomSection, Piece>([...byName.values()].flat().map((p) => [p.section, p]));
  /** Where byte `at` of a piece is in its output section. */
  const place = (piece: Piece, at: number) => (piece.strings === undefined ? piece.offset + at : stringOffset(merged.get(piece.section.name)!, piece.strings, at));
  const code = layout.sections.code?.payload ?? 0;
  const bodyOffset = new Map(funcs.map((f, i) => [f, layout.bodies[i].payload - code]));
  const out: CustomSection[] = [];
  for (const [name, pieces] of byName) {
    const tombstone = !name.startsWith(".debug_") ? 0 : name === ".debug_ranges" || name === ".debug_loc" ? -2 : -1;
    const strings = merged.get(name);
    if (strings !== undefined) {
      out.push({ name, bytes: strings.bytes, place: { position: "after", section: "last" } });
      continue;
    }
    const bytes = new Uint8Array(pieces.reduce((n, p) => n + p.section.bytes.length, 0));
    const view = new DataView(bytes.buffer);
    for (const { file, section, offset } of pieces) {
      bytes.set(section.bytes, offset);
      for (const reloc of section.relocs ?? []) {
        const ref = { file, symbol: reloc.target as LinkingSymbol };
        const addend = Number(reloc.addend ?? 0n);
        let value: number;
        if (reloc.type === "R_WASM_SECTION_OFFSET_I32") {
          const target = ref.symbol.kind === "section" && typeof ref.symbol.target === "object" ? pieceOf.get(ref.symbol.target) : undefined;
          value = target === undefined ? tombstone : place(target, addend);
        } else if (!values.kept(ref)) value = tombstone === 0 ? addend : tombstone;
        else if (reloc.type === "R_WASM_FUNCTION_OFFSET_I32") value = bodyOffset.get(values.func(ref))! + addend;
        else if (reloc.type === "R_WASM_GLOBAL_INDEX_I32") value = values.globalIndex(ref);
        else if (reloc.type === "R_WASM_MEMORY_ADDR_I32") value = values.address(ref) + addend;
        else throw new LinkError(file.name, `relocation ${reloc.type} in the "${name}" section is not supported`);
        view.setUint32(offset + reloc.offset, value >>> 0, true);
      }
    }
    out.push({ name, bytes, place: { position: "after", section: "last" } });
  }
  return out;
}
