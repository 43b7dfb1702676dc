/**
 * encode: resolved Module -> WebAssembly binary.
 *
 * Takes a Module whose references are bound objects, assigns every entity
 * its index (imports of a kind first, then the defined ones; types in
 * recursion-group order; locals params first), then writes the sections in
 * the standard order with the custom sections where their `place` says, and
 * finally the "name" section. The output matches what wasm-tools produces
 * from the equivalent text, byte for byte, including its choices where the
 * format allows several encodings (elem segment flags, short reference types,
 * the code metadata sections before the code section).
 *
 * Instructions are in `encode-code.ts`, the name section in `encode-names.ts`.
 * This layer knows nothing about text.
 */
import type {
  CustomSection,
  ExactNote,
  ExactSection,
  Data,
  Elem,
  Export,
  FieldType,
  Func,
  Global,
  Limits,
  Instr,
  Memory,
  Module,
  Table,
  Tag,
  TypeDef,
} from "../module/model.js";
import { assignIndices, assignLocalIndices } from "../module/indices.js";
import { objectList } from "../module/empty.js";
import { CodeEncoder, type NameList, SHARED_PREFIX, writeRefType, writeValType } from "./encode-code.js";
import { WasmEncodeError } from "./encode-error.js";
import { type BinaryLayout, digest, originalPayload, paddedPosition, type UnitRange } from "./exact.js";
import { completeRelocations, placeObjectSections } from "../object/complete-relocations.js";
import { dataSites, ObjectSections } from "../object/encode-object.js";
import { dropStaleSections } from "../object/symbols.js";
import type { SectionTarget } from "../module/object-model.js";
import { writeNameSection } from "./encode-names.js";
import { type Importable, type ImportEntry, importEntries } from "../module/import-groups.js";
import { ByteWriter } from "./writer.js";
import { kindBefore, NOTED_KIND, writeMetadataSection, type PlacedMetadata } from "./code-metadata-sections.js";
import { concatBytes } from "../bytes.js";

export interface EncodeOptions {
  /** Write the "name" section (default true). */
  names?: boolean;
  /** Told what was left out of an object file and why (default: a process warning). */
  warn?: (message: string) => void;
}

/** Hooks for the project's own callers (exact round trips, wat2wasm's memory saving), not part of the public options. */
export interface InternalEncodeOptions extends EncodeOptions {
  /**
   * Filled with where each section and function body went (for
   * `exact-notes.ts`, on modules without exact notes).
   */
  layout?: BinaryLayout;
  /** Empty each function's body once it is written (the module is left without code): saves memory for callers that drop the module. */
  consume?: boolean;
  /**
   * The code section's entries, encoded apart (`encodeBodies`) in runs that
   * together cover every defined function in order; the module's own
   * bodies are then not read.
   */
  bodies?: readonly EncodedBodies[];
}

/** Consecutive entries of the code section, encoded apart from their module, with what the code encoder collected from them. */
export interface EncodedBodies {
  count: number;
  bytes: Uint8Array;
  labelNames: Array<[number, NameList]>;
  /** As `CodeEncoder.metadata`. */
  metadata: ReadonlyMap<string, readonly PlacedMetadata[]>;
}

export interface EncodeBodiesOptions {
  /** Empty each body once written (default true). */
  consume?: boolean;
  /**
   * The module's entities are numbered already (`assignIndices`), so only
   * the locals of the bodies are (default false): a caller encoding batch
   * after batch would otherwise number the whole module once per batch.
   */
  numbered?: boolean;
}

/**
 * The code section entries of `funcs`, defined functions of `module`, as
 * `encode` would write them among all of its functions.
 */
export function encodeBodies(module: Module, funcs: readonly Func[], names: boolean, options: EncodeBodiesOptions = {}): EncodedBodies {
  if (options.numbered === true) assignLocalIndices(funcs);
  else assignIndices(module, funcs);
  const encoder = new ModuleEncoder(module, names, options.consume !== false, undefined);
  return encoder.entries(funcs);
}

const SECTION_ID = {
  custom: 0,
  type: 1,
  import: 2,
  func: 3,
  table: 4,
  memory: 5,
  global: 6,
  export: 7,
  start: 8,
  elem: 9,
  code: 10,
  data: 11,
  datacount: 12,
  tag: 13,
} as const;

/** The known sections in the order they are written; custom sections are placed relative to these. */
const SECTION_ORDER = [
  "type",
  "import",
  "func",
  "table",
  "memory",
  "tag",
  "global",
  "export",
  "start",
  "elem",
  "datacount",
  "code",
  "data",
] as const;

/** Custom section slots: 0 before everything, 2i+1 / 2i+2 before / after SECTION_ORDER[i], then last. */
const SLOT_LAST = 2 * SECTION_ORDER.length + 1;

function slotOf(place: CustomSection["place"]): number {
  if (place.section === "first") return 0;
  if (place.section === "last") return SLOT_LAST;
  const i = SECTION_ORDER.indexOf(place.section);
  if (i < 0) throw new WasmEncodeError(`unknown section "${String(place.section)}" in a custom section's place`);
  return 2 * i + (place.position === "before" ? 1 : 2);
}

const MAGIC_AND_VERSION = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const EXPORT_KIND = { func: 0, table: 1, memory: 2, global: 3, tag: 4 } as const;

export function encode(module: Module, options?: InternalEncodeOptions): Uint8Array {
  if (module.linking === undefined) {
    assignIndices(module);
    return new ModuleEncoder(module, options?.names !== false, options?.consume === true, options?.layout, options?.bodies).run();
  }
  completeRelocations(module);
  placeObjectSections(module);
  assignIndices(module);
  const encoder = new ModuleEncoder(module, options?.names !== false, false, options?.layout);
  const out = encoder.run();
  if (encoder.stale === undefined) return out;
  // Never written stale: sections whose relocations lost their meaning go, and the object is written again.
  const warn = options?.warn ?? ((message: string) => process.emitWarning(message, "WatkitWarning"));
  for (const name of dropStaleSections(module, encoder.stale)) {
    warn(`the "${name}" custom section was dropped: its relocations point into code or symbols an edit changed`);
  }
  return encode(module, options);
}

const NO_CUSTOMS: readonly CustomSection[] = [];
const NO_IMPORTS: readonly ImportEntry[] = [];
const NO_CUSTOM_SLOTS: (CustomSection[] | undefined)[] = objectList(SLOT_LAST + 1);
const NO_FUNCS: ReadonlySet<Func> = new Set();

class ModuleEncoder {
  private readonly w = new ByteWriter();
  private readonly code: CodeEncoder;
  /** The custom sections of each slot; a slot with none has no array. */
  private readonly customs: readonly (CustomSection[] | undefined)[];
  /**
   * The slot the code metadata sections go in, one after the other (right
   * before the code section unless told otherwise), after how many of its
   * custom sections, (once there) where that was, and each section's kind
   * and bytes, in `kindBefore` order.
   */
  private readonly hintsSlot: number;
  private readonly hintsAfter: number;
  private hintsAt = -1;
  private readonly metadataSections: [kind: string, bytes: Uint8Array][] = objectList();
  /**
   * The slot the name section goes in, after how many of its custom sections
   * (the code metadata sections counted when they go there before the name
   * section), (once there) where that was, and whether that came before the
   * hints' place.
   */
  private readonly namesSlot: number;
  private readonly namesAfter: number | undefined;
  private namesAt = -1;
  /** Object files: the linking and reloc.* sections' writer, and where each section went (index among all, start). */
  private readonly object: ObjectSections | null;
  private sectionCount = 0;
  private readonly sectionsAt: Map<SectionTarget, [index: number, start: number]> | undefined;
  /** Where the data section's contents (its segment count) start while it is written. */
  private dataContent = 0;
  /** Object files: functions whose bodies differ from the decoded ones, custom sections whose relocations that makes stale (made on the first). */
  private changedBodies: Set<Func> | undefined;
  stale: Set<CustomSection> | undefined;
  private namesFirst = false;

  constructor(
    private readonly module: Module,
    private readonly names: boolean,
    private readonly consume: boolean,
    private readonly layout: BinaryLayout | undefined,
    private readonly encodedBodies?: readonly EncodedBodies[],
  ) {
    this.code = new CodeEncoder(this.w, names);
    // Most modules have no custom section: their slots are one list of none, made once.
    const customs = module.customs.length === 0 ? NO_CUSTOM_SLOTS : objectList<CustomSection[] | undefined>(SLOT_LAST + 1);
    for (const c of module.customs) (customs[slotOf(c.place)] ??= objectList()).push(c);
    this.customs = customs;
    const exact = module.exact;
    const generated = module.linking !== undefined && exact?.namesPlace === undefined ? lastGenerated(this.customs) : undefined;
    if (generated !== undefined) {
      // LLVM's order for object files: linking, reloc.*, then name, then producers and target_features.
      [this.namesSlot, this.namesAfter] = generated;
    } else {
      this.namesSlot = exact?.namesPlace !== undefined ? slotOf(exact.namesPlace) : SLOT_LAST;
      this.namesAfter = exact?.namesAfter;
    }
    this.hintsSlot = slotOf(exact?.hintsPlace ?? { position: "before", section: "code" });
    this.hintsAfter = exact?.hintsAfter ?? Number.POSITIVE_INFINITY;
    this.object = module.linking !== undefined ? new ObjectSections(module, (target) => this.sectionIndex(target)) : null;
    this.sectionsAt = this.object !== null ? new Map() : undefined;
  }

  /**
   * A section's index among all sections of the output. The code metadata
   * sections go in before the code section and the name section where its
   * place says once the rest is written: all count when they precede.
   */
  private sectionIndex(target: SectionTarget): number {
    const at = this.sectionsAt?.get(target);
    if (at === undefined) throw new Error(`encode: a relocation or symbol names the ${typeof target === "string" ? target : `"${target.name}"`} section, which is not written before it`);
    const [index, start] = at;
    const code = this.sectionsAt?.get("code");
    const hints = code !== undefined && start >= code[1] ? this.metadataSections.length : 0;
    const names = this.names && this.namesAt >= 0 && this.namesAt <= start ? 1 : 0;
    return index + hints + names;
  }

  run(): Uint8Array {
    const { w, module: m } = this;
    w.bytes(MAGIC_AND_VERSION);
    this.placeCustoms(0);
    for (let i = 0; i < SECTION_ORDER.length; i++) {
      const which = SECTION_ORDER[i];
      this.placeCustoms(2 * i + 1);
      const start = w.length;
      this.section(which);
      this.finishSection(which, SECTION_ID[which], start);
      if (w.length > start) {
        if (which === "code" || which === "data") this.sectionsAt?.set(which, [this.sectionCount, start]);
        this.sectionCount++;
      }
      this.placeCustoms(2 * i + 2);
    }
    this.placeCustoms(SLOT_LAST);
    let out: Uint8Array;
    if (this.names) {
      // Label names are known only once the code is written: the section is written last and moved to its place.
      const start = w.length;
      writeNameSection(w, m, this.code.labelNames);
      this.finishSection("name", SECTION_ID.custom, start);
      out = this.moveNames(w.finish(), start);
    } else {
      out = w.finish();
    }
    if (this.metadataSections.length === 0) return out;
    // The code metadata is known only once the code is written, but goes before it.
    const at = this.hintsAt;
    const hints = this.notedMetadata(at);
    const joined = new Uint8Array(out.length + hints.length);
    joined.set(out.subarray(0, at), 0);
    joined.set(hints, at);
    joined.set(out.subarray(at), at + hints.length);
    return joined;
  }

  /** Writes the custom sections of a slot, noting where the code metadata and name sections go if they go in this slot. */
  private placeCustoms(slot: number): void {
    const customs = this.customs[slot] ?? NO_CUSTOMS;
    const hints = slot === this.hintsSlot;
    if (!hints && slot !== this.namesSlot) {
      if (customs.length > 0) this.writeCustoms(customs);
      return;
    }
    // The hints' place goes after `hintsAfter` custom sections, the names' after `namesAfter` of those and the hints'
    // place: counted rather than spliced into a list, which every module would make.
    const hintsAt = hints ? Math.min(this.hintsAfter, customs.length) : -1;
    const items = customs.length + (hints ? 1 : 0);
    const namesAt = slot === this.namesSlot ? Math.min(this.namesAfter ?? items, items) : -1;
    for (let k = 0; k <= items; k++) {
      if (k === namesAt) {
        this.namesAt = this.w.length;
        this.namesFirst = this.hintsAt < 0;
      }
      if (k === items) break;
      if (k === hintsAt) this.hintsAt = this.w.length;
      else this.writeCustoms([customs[hintsAt >= 0 && k > hintsAt ? k - 1 : k]]);
    }
  }

  /** `out` with the name section, written at `start` to its end, moved to `namesAt`. */
  private moveNames(out: Uint8Array, start: number): Uint8Array {
    const at = this.namesAt;
    const length = out.length - start;
    if (at === start || length === 0) return out;
    const moved = new Uint8Array(out.length);
    moved.set(out.subarray(0, at), 0);
    moved.set(out.subarray(start), at);
    moved.set(out.subarray(at, start), at + length);
    if (at < this.hintsAt || (at === this.hintsAt && this.namesFirst)) this.hintsAt += length;
    const layout = this.layout;
    if (layout !== undefined) {
      const names = layout.sections.name;
      shiftLayout(layout, at, length);
      if (names !== undefined) layout.sections.name = { start: at, payload: at + (names.payload - names.start), end: at + length };
    }
    return moved;
  }

  private writeCustoms(customs: readonly CustomSection[]): void {
    const w = this.w;
    for (const c of customs) {
      const start = w.length;
      this.sectionsAt?.set(c, [this.sectionCount, start]);
      this.sectionCount++;
      if (c.generated !== undefined) {
        this.generatedSection(c);
        continue;
      }
      if (c.relocs !== undefined && this.object?.staleRelocs(c.relocs, this.changedBodies ?? NO_FUNCS)) (this.stale ??= new Set()).add(c);
      w.byte(SECTION_ID.custom);
      const mark = w.beginSized();
      w.name(c.name);
      w.bytes(c.bytes);
      w.endSized(mark);
      if (c.exact === undefined && this.layout === undefined) continue;
      const range = this.applyNote(c.exact, SECTION_ID.custom, start);
      if (this.layout !== undefined) this.layout.customs.set(c, range);
    }
  }

  /** An object file's linking or reloc.* section, its size a 5-byte LEB as LLVM writes it. */
  private generatedSection(c: CustomSection): void {
    if (this.object === null) throw new Error(`encode: the "${c.name}" section is generated from a symbol table the module does not have`);
    const start = this.w.length;
    const contents = this.object.contents(c);
    const name = new ByteWriter();
    name.name(c.name);
    const head = name.finish();
    this.w.byte(SECTION_ID.custom);
    this.w.u32Wide(head.length + contents.length, 5);
    const payload = this.w.length;
    this.w.bytes(head);
    this.w.bytes(contents);
    this.layout?.customs.set(c, { start, payload, end: this.w.length });
  }

  /**
   * Replaces the section just written (from `start`) by the original
   * encoding its exact note records, if the note still applies; records
   * where the section went when a layout is asked for.
   */
  private finishSection(unit: ExactSection, id: number, start: number): void {
    const note = this.module.exact?.sections[unit];
    const object = this.object;
    if (object !== null && note?.paddings !== undefined && (unit === "code" || unit === "data") && start < this.w.length) {
      // Relocation offsets are in the contents as finally written, padded LEBs included.
      const canonical = this.w.view(payloadStart(this.w.view(start), 1) + start).slice();
      if (originalPayload(canonical, note) !== undefined) {
        for (const site of unit === "code" ? object.codeSites : object.dataSites) site.offset = paddedPosition(canonical, note.paddings, site.offset);
      }
    }
    if (note === undefined && this.layout === undefined) return;
    const range = this.applyNote(note, id, start);
    if (this.layout !== undefined && range.end > start) this.layout.sections[unit] = range;
  }

  /** Rewrites the section written from `start` as its note says, if the note applies; where it now is. */
  private applyNote(note: ExactNote | undefined, id: number, start: number): UnitRange {
    const w = this.w;
    let payload = start === w.length ? start : payloadStart(w.view(start), 1) + start;
    if (note !== undefined) {
      const original = originalPayload(w.view(payload).slice(), note);
      if (original !== undefined) {
        w.truncate(start);
        w.byte(id);
        w.u32Wide(original.length, note.sizeWidth ?? 0);
        payload = w.length;
        w.bytes(original);
      }
    }
    return { start, payload, end: w.length };
  }

  /** The code metadata sections one after the other, the branch hint section with its exact note applied. */
  private notedMetadata(at: number): Uint8Array {
    const sections = this.metadataSections.map(([kind, section]) => (kind === NOTED_KIND ? this.noted(section) : section));
    const all = concatBytes(sections);
    if (this.layout === undefined) return all;
    shiftLayout(this.layout, at, all.length);
    this.metadataSections.forEach(([kind], i) => {
      if (kind === NOTED_KIND) this.layout!.sections["branch-hints"] = { start: at, payload: at + payloadStart(sections[i], 1), end: at + sections[i].length };
      at += sections[i].length;
    });
    return all;
  }

  /** The branch hint section with its exact note applied. */
  private noted(section: Uint8Array): Uint8Array {
    const note = this.module.exact?.sections["branch-hints"];
    const original = note && originalPayload(section.subarray(payloadStart(section, 1)), note);
    if (original === undefined) return section;
    const w = new ByteWriter(original.length + 8);
    w.byte(SECTION_ID.custom);
    w.u32Wide(original.length, note!.sizeWidth ?? 0);
    w.bytes(original);
    return w.finish();
  }

  /** The code section: each body with its exact note applied. */
  private codeSection(): void {
    const { w, module: m } = this;
    if (m.funcs.length === 0) return;
    w.byte(SECTION_ID.code);
    const mark = w.beginSized();
    const content = w.length;
    w.u32(m.funcs.length);
    const bodies: UnitRange[] = [];
    if (this.encodedBodies !== undefined) this.joinEntries(this.encodedBodies);
    else this.writeEntries(m.funcs, content, bodies);
    w.endSized(mark);
    const sites = this.code.relocSites;
    if (this.object !== null) for (const site of sites) this.object.codeSites.push({ reloc: site.reloc, offset: site.at - content });
    if (this.layout !== undefined) {
      // The section's size took fewer bytes than reserved: bodies moved back.
      const base = payloadStart(w.view(mark), 0) + mark;
      for (const b of bodies) this.layout.bodies.push({ start: b.start + base, payload: b.payload + base, end: b.end + base });
    }
  }

  /** Encodes the entries of `funcs` alone (see `encodeBodies`). */
  entries(funcs: readonly Func[]): EncodedBodies {
    this.writeEntries(funcs, 0, []);
    return { count: funcs.length, bytes: this.w.finish(), labelNames: this.code.labelNames, metadata: this.code.metadata };
  }

  private joinEntries(runs: readonly EncodedBodies[]): void {
    let count = 0;
    for (const run of runs) {
      this.w.bytes(run.bytes);
      for (const names of run.labelNames) this.code.labelNames.push(names);
      for (const [kind, items] of run.metadata) {
        const list = this.code.metadata.get(kind);
        if (list === undefined) this.code.metadata.set(kind, [...items]);
        else for (const item of items) list.push(item);
      }
      count += run.count;
    }
    if (count !== this.module.funcs.length) throw new Error(`${count} code entries were encoded for ${this.module.funcs.length} functions`);
  }

  /** Writes the code entries of `funcs`, noting each one's place relative to `content` in `bodies` when there is a layout. */
  private writeEntries(funcs: readonly Func[], content: number, bodies: UnitRange[]): void {
    const { w, module: m } = this;
    const sites = this.code.relocSites;
    for (const f of funcs) {
      const start = w.length;
      const firstSite = sites.length;
      let payload = this.funcBody(f);
      const note = f.exact;
      const canonical = note && w.view(payload).slice();
      const original = note && originalPayload(canonical!, note);
      if (original !== undefined) {
        w.truncate(start);
        w.u32Wide(original.length, note!.sizeWidth ?? 0);
        const moved = w.length;
        for (let k = firstSite; k < sites.length; k++) {
          const inBody = sites[k].at - payload;
          sites[k].at = moved + (note!.paddings !== undefined ? paddedPosition(canonical!, note!.paddings, inBody) : inBody);
        }
        payload = moved;
        w.bytes(original);
      }
      const digests = m.linking?.bodyDigests;
      if (digests !== undefined && digests.get(f) !== digest(w.view(payload))) (this.changedBodies ??= new Set()).add(f);
      if (this.layout !== undefined) bodies.push({ start: start - content, payload: payload - content, end: w.length - content });
      if (this.consume) f.body = [];
    }
  }

  /** A function's body; an error in its code names the function. */
  private funcBody(f: Func): number {
    try {
      return this.code.funcBody(f);
    } catch (error) {
      if (!(error instanceof WasmEncodeError) || error.func !== undefined) throw error;
      throw new WasmEncodeError(error.reason, { index: f.index, name: f.name });
    }
  }

  /**
   * Writes a vector section (omitted when empty): id, size, count, items,
   * each by the method `write` (a method, not a closure made per module).
   */
  private vecSection<T>(id: number, items: readonly T[], write: (this: ModuleEncoder, item: T) => void): void {
    if (items.length === 0) return;
    const w = this.w;
    w.byte(id);
    const mark = w.beginSized();
    w.u32(items.length);
    for (let i = 0; i < items.length; i++) write.call(this, items[i]);
    w.endSized(mark);
  }

  private section(which: (typeof SECTION_ORDER)[number]): void {
    const { w, module: m } = this;
    switch (which) {
      case "type": {
        if (m.types.length === 0) return;
        w.byte(SECTION_ID.type);
        const mark = w.beginSized();
        // Groups of one written without `(rec ...)` are bare subtypes.
        let entries = 0;
        for (const g of m.types) entries += g.explicit ? 1 : g.types.length;
        w.u32(entries);
        for (const g of m.types) {
          if (g.explicit) {
            w.byte(0x4e);
            w.u32(g.types.length);
          }
          for (const t of g.types) this.subType(t);
        }
        w.endSized(mark);
        return;
      }
      case "import":
        return this.vecSection(SECTION_ID.import, m.imports.length === 0 ? NO_IMPORTS : importEntries(m.imports), this.importEntry);
      case "func":
        return this.vecSection(SECTION_ID.func, m.funcs, this.funcEntry);
      case "table":
        return this.vecSection(SECTION_ID.table, m.tables, this.table);
      case "memory":
        return this.vecSection(SECTION_ID.memory, m.memories, this.memoryEntry);
      case "tag":
        return this.vecSection(SECTION_ID.tag, m.tags, this.tagType);
      case "global":
        return this.vecSection(SECTION_ID.global, m.globals, this.global);
      case "export":
        return this.vecSection(SECTION_ID.export, m.exports, this.exportEntry);
      case "start": {
        if (m.start === undefined) return;
        w.byte(SECTION_ID.start);
        const mark = w.beginSized();
        w.u32(m.start.index);
        w.endSized(mark);
        return;
      }
      case "elem":
        return this.vecSection(SECTION_ID.elem, m.elems, this.elem);
      case "datacount": {
        if (!m.dataCount) return;
        w.byte(SECTION_ID.datacount);
        const mark = w.beginSized();
        w.u32(m.datas.length);
        w.endSized(mark);
        return;
      }
      case "code":
        this.codeSection();
        if (this.code.metadata.size === 0) return;
        // Pushed rather than mapped in: a mapped array is of another kind than the empty one, and `run` would meet both.
        for (const kind of [...this.code.metadata.keys()].sort((a, b) => (kindBefore(a, b) ? -1 : 1))) {
          this.metadataSections.push([kind, writeMetadataSection(kind, this.code.metadata.get(kind)!)]);
        }
        return;
      case "data":
        // The section id and a size reserved at its widest come first.
        this.dataContent = w.length + 6;
        return this.vecSection(SECTION_ID.data, m.datas, this.data);
    }
  }

  private subType(t: TypeDef): void {
    const w = this.w;
    // wasm-tools writes the `sub` prefix only when it says something: a
    // non-final type or a supertype (`(sub final (func))` is a bare `func`).
    const supers = t.supertypes;
    if (!t.final || supers.length > 0) {
      w.byte(t.final ? 0x4f : 0x50);
      w.u32(supers.length);
      for (const s of supers) w.u32(s.index);
    }
    if (t.describes !== undefined) {
      w.byte(0x4c);
      w.u32(t.describes.index);
    }
    if (t.descriptor !== undefined) {
      w.byte(0x4d);
      w.u32(t.descriptor.index);
    }
    if (t.shared) w.byte(SHARED_PREFIX);
    const c = t.comp;
    switch (c.kind) {
      case "func":
        w.byte(0x60);
        w.u32(c.params.length);
        for (const p of c.params) writeValType(w, p);
        w.u32(c.results.length);
        for (const r of c.results) writeValType(w, r);
        break;
      case "struct":
        w.byte(0x5f);
        w.u32(c.fields.length);
        for (const f of c.fields) this.fieldType(f);
        break;
      case "array":
        w.byte(0x5e);
        this.fieldType(c.element);
        break;
      case "cont":
        w.byte(0x5d);
        w.u32(c.func.index);
        break;
    }
  }

  private fieldType(f: FieldType): void {
    writeValType(this.w, f.type);
    this.w.byte(f.mutable ? 1 : 0);
  }

  /** Limits: flags (bit 0 max, bit 1 shared, bit 2 64-bit, bit 3 page size), min, max?, page size log2?. */
  private limits(l: Limits): void {
    const w = this.w;
    const pageSize = l.pageSizeLog2 !== undefined ? 8 : 0;
    w.byte((l.max !== undefined ? 1 : 0) | (l.shared ? 2 : 0) | (l.addressType === "i64" ? 4 : 0) | pageSize);
    w.u64(l.min);
    if (l.max !== undefined) w.u64(l.max);
    if (l.pageSizeLog2 !== undefined) w.u32(l.pageSizeLog2);
  }

  private tableType(t: Table): void {
    writeRefType(this.w, t.elemType);
    this.limits(t.limits);
  }

  private funcEntry(f: Func): void {
    this.w.u32(f.type.index);
  }

  private memoryEntry(m: Memory): void {
    this.limits(m.limits);
  }

  /** An empty initialiser (a binary can hold one; it is invalid) is what text gives for none: the short form. */
  private table(t: Table): void {
    if (t.init !== undefined && t.init.length > 0) {
      this.w.byte(0x40);
      this.w.byte(0x00);
      this.tableType(t);
      this.code.constExpr(t.init);
    } else {
      this.tableType(t);
    }
  }

  private tagType(t: Tag): void {
    this.w.byte(0x00);
    this.w.u32(t.type.index);
  }

  /** Flags: bit 0 mutable, bit 1 shared (shared-everything threads). */
  private globalType(g: Global): void {
    writeValType(this.w, g.type);
    this.w.byte((g.mutable ? 1 : 0) | (g.shared ? 2 : 0));
  }

  private global(g: Global): void {
    this.globalType(g);
    this.code.constExpr(g.init ?? []);
  }

  /** A plain import is `module name desc`; a group is `module "" 0x7f vec(name desc)` or `module "" 0x7e desc vec(name)`. */
  private importEntry(entry: ImportEntry): void {
    const w = this.w;
    if (entry.kind === "single") {
      const name = entry.import.import;
      if (name === undefined) throw new WasmEncodeError(`imported ${entry.import.entity} has no import name`);
      w.name(name.module);
      w.name(name.name);
      this.importDesc(entry.import);
      return;
    }
    w.name(entry.module);
    w.name("");
    if (entry.group.form === "items") {
      w.byte(0x7f);
      w.u32(entry.items.length);
      for (const imp of entry.items) {
        w.name(imp.import!.name);
        this.importDesc(imp);
      }
    } else {
      w.byte(0x7e);
      this.importDesc(entry.items[0]);
      w.u32(entry.items.length);
      for (const imp of entry.items) w.name(imp.import!.name);
    }
  }

  private importDesc(imp: Importable): void {
    const w = this.w;
    switch (imp.entity) {
      case "func":
        w.byte(imp.exactType ? 0x20 : 0x00);
        w.u32(imp.type.index);
        break;
      case "table":
        w.byte(0x01);
        this.tableType(imp);
        break;
      case "memory":
        w.byte(0x02);
        this.limits(imp.limits);
        break;
      case "global":
        w.byte(0x03);
        this.globalType(imp);
        break;
      case "tag":
        w.byte(0x04);
        this.tagType(imp);
        break;
    }
  }

  private exportEntry(e: Export): void {
    this.w.name(e.name);
    this.w.byte(EXPORT_KIND[e.kind]);
    this.w.u32(e.target.index);
  }

  /**
   * Element segments, wasm-tools' choice among the eight encodings:
   * function indices: 0 active on the implicit table, 2 active with a table
   * index, 1 passive, 3 declarative (1-3 with elemkind 0x00); expressions: 4
   * active on the implicit table when the type is `funcref`, otherwise 6
   * (table index and reftype), 5 passive, 7 declarative (5/7 with the reftype).
   */
  private elem(e: Elem): void {
    const w = this.w;
    const mode = e.mode;
    if (e.funcIndices) {
      switch (mode.kind) {
        case "active":
          if (e.implicitTable) {
            w.byte(0x00);
            this.code.constExpr(mode.offset);
          } else {
            w.byte(0x02);
            w.u32(mode.table.index);
            this.code.constExpr(mode.offset);
            w.byte(0x00);
          }
          break;
        case "passive":
          w.byte(0x01);
          w.byte(0x00);
          break;
        case "declarative":
          w.byte(0x03);
          w.byte(0x00);
          break;
      }
      w.u32(e.items.length);
      for (const item of e.items) w.u32(funcIndexOfItem(item));
      return;
    }
    switch (mode.kind) {
      case "active":
        if (e.implicitTable && e.type.nullable && e.type.heap === "func") {
          w.byte(0x04);
          this.code.constExpr(mode.offset);
        } else {
          w.byte(0x06);
          w.u32(mode.table.index);
          this.code.constExpr(mode.offset);
          writeRefType(w, e.type);
        }
        break;
      case "passive":
        w.byte(0x05);
        writeRefType(w, e.type);
        break;
      case "declarative":
        w.byte(0x07);
        writeRefType(w, e.type);
        break;
    }
    w.u32(e.items.length);
    for (const item of e.items) this.code.constExpr(item);
  }

  /** Data segments: 0 active on memory 0, 2 active with a memory index, 1 passive. */
  private data(d: Data): void {
    const w = this.w;
    const mode = d.mode;
    if (mode.kind === "passive") {
      w.byte(0x01);
    } else if (mode.memory.index === 0) {
      // wasm-tools writes flag 0 for memory 0 even when the text says `(memory 0)`.
      w.byte(0x00);
      this.code.constExpr(mode.offset);
    } else {
      w.byte(0x02);
      w.u32(mode.memory.index);
      this.code.constExpr(mode.offset);
    }
    w.u32(d.bytes.length);
    if (this.object !== null) dataSites(d, w.length - this.dataContent, this.object.dataSites);
    w.bytes(d.bytes);
  }
}

/** The slot of the last linking or reloc.* section and how many custom sections of that slot go up to it. */
function lastGenerated(slots: readonly (CustomSection[] | undefined)[]): [number, number] | undefined {
  for (let slot = slots.length - 1; slot >= 0; slot--) {
    const customs = slots[slot] ?? [];
    for (let i = customs.length - 1; i >= 0; i--) if (customs[i].generated !== undefined) return [slot, i + 1];
  }
  return undefined;
}

/** An element item in function-index form is a single `ref.func`. */
function funcIndexOfItem(item: readonly Instr[]): number {
  const f = item.length === 1 ? item[0].func : undefined;
  if (f === undefined) throw new WasmEncodeError("element segment in function-index form has an item that is not one ref.func");
  return f.index;
}

/** Offset of the payload in a section or body that starts at `at` in `bytes` with a LEB128 size. */
function payloadStart(bytes: Uint8Array, at: number): number {
  while (bytes[at] & 0x80) at++;
  return at + 1;
}

/** Moves everything at or after `at` by `by` bytes. */
function shiftLayout(layout: BinaryLayout, at: number, by: number): void {
  const move = (range: UnitRange) => {
    if (range.start >= at) {
      range.start += by;
      range.payload += by;
      range.end += by;
    }
  };
  for (const range of Object.values(layout.sections)) move(range);
  layout.bodies.forEach(move);
  layout.customs.forEach(move);
}
