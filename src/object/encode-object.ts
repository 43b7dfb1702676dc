/**
 * Writes an object file's "linking" and "reloc.*" sections from the model:
 * symbol indices from the symbol table's order, entity indices as `encode`
 * assigned them, relocation offsets from where the encoder actually wrote
 * each relocated immediate or byte range (`ObjectSections.codeSites` and
 * `dataSites`, filled while writing), section indices from the order the
 * sections went out. Nothing is copied from the input's offsets, so an
 * edited object gets relocations that match its bytes.
 */
import type { CustomSection, Data, Func, Module, TypeDef } from "../module/model.js";
import { ByteWriter } from "../binary/writer.js";
import type { ByteReloc, InstrReloc, LinkingSymbol, SectionTarget } from "../module/object-model.js";
import { SYM } from "../module/object-model.js";
import { relocTypeByName, type RelocType } from "../types/reloc-types.js";

/** A relocation as written: its offset in the target section's contents. */
export interface WrittenReloc {
  reloc: InstrReloc | ByteReloc;
  offset: number;
}

const SYMBOL_KIND = { func: 0, data: 1, global: 2, section: 3, tag: 4, table: 5 } as const;
const COMDAT_KIND = { data: 0, func: 1, global: 2, tag: 3, table: 4, section: 5 } as const;

const SUB_SEGMENT_INFO = 5;
const SUB_INIT_FUNCS = 6;
const SUB_COMDAT_INFO = 7;
const SUB_SYMBOL_TABLE = 8;

export class ObjectSections {
  /** Relocations in code and data, offsets from the start of the section's contents (its element count). */
  readonly codeSites: WrittenReloc[] = [];
  readonly dataSites: WrittenReloc[] = [];
  private readonly symbolIndex = new Map<LinkingSymbol, number>();
  private readonly present: Set<unknown>;

  constructor(
    private readonly module: Module,
    /** The index a section has among all sections of the output (custom ones included). */
    private readonly sectionIndex: (target: SectionTarget) => number,
  ) {
    const m = module;
    this.present = new Set<unknown>([...m.imports, ...m.funcs, ...m.globals, ...m.tags, ...m.tables, ...m.datas]);
    m.linking!.symbols.forEach((s, i) => this.symbolIndex.set(s, i));
  }

  /** Whether byte relocations name a symbol no longer in the table, or an offset into a function body that changed. */
  staleRelocs(relocs: readonly ByteReloc[], changed: ReadonlySet<Func>): boolean {
    return relocs.some((r) => {
      const target = r.target as LinkingSymbol;
      if (!("kind" in target)) return false;
      if (!this.symbolIndex.has(target)) return true;
      return r.type.startsWith("R_WASM_FUNCTION_OFFSET") && changed.has(target.target as Func);
    });
  }

  /** The contents (after the name) of a generated custom section. */
  contents(section: CustomSection): Uint8Array {
    const generated = section.generated!;
    return generated.kind === "linking" ? this.linking() : this.relocs(generated.target);
  }

  private linking(): Uint8Array {
    const linking = this.module.linking!;
    const w = new ByteWriter();
    w.u32(linking.version);
    this.subsection(w, SUB_SYMBOL_TABLE, linking.symbols.length > 0, (w) => {
      w.u32(linking.symbols.length);
      for (const s of linking.symbols) this.symbol(w, s);
    });
    const datas = this.module.datas;
    this.subsection(w, SUB_SEGMENT_INFO, datas.some((d) => d.segment !== undefined), (w) => {
      w.u32(datas.length);
      for (const d of datas) {
        const info = d.segment ?? { name: ".data", align: 0, flags: 0 };
        w.name(info.name);
        w.u32(info.align);
        w.u32(info.flags);
      }
    });
    this.subsection(w, SUB_INIT_FUNCS, linking.initFuncs.length > 0, (w) => {
      w.u32(linking.initFuncs.length);
      for (const f of linking.initFuncs) {
        w.u32(f.priority);
        w.u32(this.indexOf(f.symbol, "an init function"));
      }
    });
    this.subsection(w, SUB_COMDAT_INFO, linking.comdats.length > 0, (w) => {
      w.u32(linking.comdats.length);
      for (const c of linking.comdats) {
        w.name(c.name);
        w.u32(c.flags);
        w.u32(c.members.length);
        for (const member of c.members) {
          w.byte(COMDAT_KIND[member.kind]);
          const target = member.target;
          if (member.kind === "section") w.u32(this.sectionIndex(member.target));
          else {
            this.requirePresent(target, `comdat ${c.name}`);
            w.u32((target as { index: number }).index);
          }
        }
      }
    });
    return w.finish();
  }

  /** A linking subsection; LLVM writes every subsection size as a 5-byte LEB, and so do we. */
  private subsection(w: ByteWriter, id: number, present: boolean, write: (w: ByteWriter) => void): void {
    if (!present) return;
    w.byte(id);
    const content = new ByteWriter();
    write(content);
    const bytes = content.finish();
    w.u32Wide(bytes.length, 5);
    w.bytes(bytes);
  }

  private requirePresent(entity: unknown, what: string): void {
    if (!this.present.has(entity)) {
      const e = entity as { entity: string; name?: string; index: number };
      throw new Error(`encode: ${what} names ${e.entity} ${e.name !== undefined ? `$${e.name}` : e.index}, which is no longer in the module`);
    }
  }

  private symbol(w: ByteWriter, s: LinkingSymbol): void {
    w.byte(SYMBOL_KIND[s.kind]);
    w.u32(s.flags);
    switch (s.kind) {
      case "data":
        w.name(s.name);
        if (s.target !== undefined) {
          this.requirePresent(s.target.data, `data symbol ${s.name}`);
          w.u32(s.target.data.index);
          w.u64(BigInt(s.target.offset));
          w.u64(BigInt(s.target.size));
        }
        return;
      case "section":
        w.u32(this.sectionIndex(s.target));
        return;
      default:
        this.requirePresent(s.target, `${s.kind} symbol ${s.name ?? ""}`.trimEnd());
        w.u32(s.target.index);
        if ((s.flags & SYM.UNDEFINED) === 0 || (s.flags & SYM.EXPLICIT_NAME) !== 0) w.name(s.name ?? "");
    }
  }

  private indexOf(symbol: LinkingSymbol, user: string): number {
    const i = this.symbolIndex.get(symbol);
    if (i === undefined) throw new Error(`encode: ${user} names a symbol that is not in the symbol table`);
    return i;
  }

  private relocs(target: SectionTarget): Uint8Array {
    const written =
      target === "code" ? this.codeSites : target === "data" ? this.dataSites : (target.relocs ?? []).map((reloc) => ({ reloc, offset: reloc.offset }));
    const sorted = [...written].sort((a, b) => a.offset - b.offset);
    const w = new ByteWriter();
    w.u32(this.sectionIndex(target));
    w.u32(sorted.length);
    for (const { reloc, offset } of sorted) {
      const type = relocTypeByName(reloc.type);
      if (type === undefined) throw new Error(`encode: unknown relocation type "${reloc.type}"`);
      w.byte(type.code);
      w.u32(offset);
      w.u32(this.relocIndex(type, reloc.target));
      if (type.addend) w.s64(reloc.addend ?? 0n);
    }
    return w.finish();
  }

  private relocIndex(type: RelocType, target: LinkingSymbol | TypeDef | { entity: "dangling"; index: number }): number {
    if (type.target === "type") return (target as TypeDef).index;
    return this.indexOf(target as LinkingSymbol, `a ${type.name} relocation`);
  }
}

/** Data relocations of a segment whose bytes start at `bytesAt` in the data section's contents. */
export function dataSites(d: Data, bytesAt: number, into: WrittenReloc[]): void {
  for (const reloc of d.relocs ?? []) into.push({ reloc, offset: bytesAt + reloc.offset });
}
