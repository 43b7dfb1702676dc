/**
 * decode: WebAssembly binary -> resolved Module, the inverse of `encode`.
 *
 * Reads the sections in order, checking what makes a binary malformed (the
 * header, section ids, order and sizes, LEB128 forms, UTF-8 names, counts
 * that disagree between sections) and throwing a `WasmDecodeError` with the
 * byte offset. It does not validate: indices out of range become `Dangling`
 * (or `DanglingLabel`), so a well-formed invalid module still decodes and
 * re-encodes for the validator to judge.
 *
 * References are bound as `resolve` binds them: each index space lists its
 * imports first, then its definitions; a function's parameters are `Local`s
 * made from its type. Custom sections are kept with the place they were
 * found, except a well-formed "name" section (names on the entities, see
 * `decode-names.ts`) and code metadata sections (`Instr.metadata`, see
 * `code-metadata-sections.ts`); those that do not decode cleanly stay raw.
 *
 * Instructions are in `decode-code.ts`, types in `decode-types.ts`. This
 * layer knows nothing about text.
 */
import { instrByName } from "../isa/instructions.js";
import { emptyModule, objectList } from "../module/empty.js";
import { type FeatureOptions, type FeatureProblem, restrictedSet, WasmFeatureError } from "../module/feature-check.js";
import type {
  CustomSection,
  Data,
  Elem,
  ExactSection,
  ExportKind,
  Func,
  Global,
  ImportGroup,
  ImportName,
  Instr,
  Limits,
  Local,
  Memory,
  Module,
  RefType,
  SectionId,
  Table,
  Tag,
  TypeRef,
  ValType,
} from "../module/model.js";
import { CodeDecoder, type CodeSink, entity, type IndexSpaces } from "./decode-code.js";
import { DecodedLocal, instrList, localList } from "./decoded-objects.js";
import { itemCount, kindBefore, type MetadataItems, metadataKindOf, NOTED_KIND, type PlacedMetadata, readMetadataSection, writeMetadataSection } from "./code-metadata-sections.js";
import { ByteWriter, u32Size } from "./writer.js";
import { CODE_METADATA_PREFIX, type CodeMetadata } from "../types/code-metadata.js";
import { applyNameSection, type NamesTaken } from "./decode-names.js";
import type { NameList } from "./encode-code.js";
import { writeNameSection } from "./encode-names.js";
import { decodeWithin } from "./decode-features.js";
import { TypeSpace } from "./decode-types.js";
import type { BinaryLayout, UnitRange } from "./exact.js";
import { Reader } from "./reader.js";
import { hasLinkingSection, liftObject, type ObjectLayout } from "../object/decode-object.js";

export interface DecodeOptions extends FeatureOptions {
  /** Put the "name" section's names on the entities (default true); false keeps it as a raw custom section. */
  names?: boolean;
  /**
   * Object files (a "linking" custom section): lift the symbol table and the
   * relocations into the model (default true; see `object/decode-object.ts`),
   * or keep "linking" and "reloc.*" as raw custom sections (false).
   */
  linking?: boolean;
}

/** Hooks for the project's own callers (exact round trips, the validator, printing), not part of the public options. */
export interface InternalDecodeOptions extends DecodeOptions {
  /** Filled with where each unit was found and which LEB128 numbers were padded (for `exact-notes.ts`). */
  layout?: DecodedLayout;
  /**
   * Where function bodies go as they are read, in place of `func.body`
   * (left empty): a caller that needs each instruction once (the validator)
   * then never holds the instructions of a large binary.
   */
  code?: CodeSink;
  /**
   * Instructions that are the same are one shared object without an offset
   * (see `CodeDecoder`): for a module that is only read, never edited or
   * checked, such as one decoded to be printed.
   */
  shareInstrs?: boolean;
}

/**
 * A module decoded without its function bodies (their locals only), which
 * are read on demand a run at a time: threads that share a binary's bodies
 * each decode the rest once (`wasm2wat` and `validate` on several threads).
 */
export interface DeferredModule {
  module: Module;
  /** Where each body is; `padded` grows as bodies are read. */
  layout: DecodedLayout;
  /** Reads the bodies of defined functions [from, to) into the module (or the code sink); true when one uses a data segment index. Throws `WasmDecodeError`. */
  readBodies(from: number, to: number): boolean;
}

/** A unit (section or function body) as the decoder found it. */
export interface FoundUnit extends UnitRange {
  /**
   * Whether its payload is what `encode` writes for what the model holds of
   * it once the padded numbers in it (`DecodedLayout.padded`) are made
   * minimal, as far as the decoder can tell without encoding it: no choice
   * the encoder makes the other way (`Reader.offCanonical`) was read in it.
   * Its size may be padded too. For the code section only its head (the
   * count) is judged: the bodies are units of their own. It holds only
   * where the layout's `unitsJudged` does.
   */
  canonical: boolean;
}

export interface DecodedLayout extends BinaryLayout {
  sections: Partial<Record<ExactSection, FoundUnit>>;
  bodies: FoundUnit[];
  customs: Map<CustomSection, FoundUnit>;
  /** Padded LEB128 numbers as triples: offset, width, minimal width. */
  padded: number[];
  /**
   * Whether the units' verdicts (`FoundUnit.canonical`) stand: not when a
   * code sink took bodies unread, nor for code metadata or object files,
   * whose sections the encoder writes from what it finds in the whole code.
   */
  unitsJudged?: boolean;
  /** Whether code uses memory.init or data.drop: text has a data count section exactly then. */
  usesDataIndex?: boolean;
  /**
   * True when the binary is what `encode` writes for the decoded module
   * (its data count section as read), byte for byte, as far as the decoder
   * can tell without encoding it: no padded number (`padded` empty), no
   * other choice the encoder makes the other way (`Reader.offCanonical`),
   * sizes of minimal width, no empty section, a name section that writes
   * back to its bytes, no code metadata or object file sections and no
   * custom section placed where the encoder needs a note to put it. Then
   * the exact notes need no encoding to compare with (`exact-notes.ts`).
   * Set by a whole decode, not a deferred one.
   */
  canonical?: boolean;
}

const MAGIC = 0x6d736100;
const VERSION = 1;

/** Known sections by binary id, with the name custom sections are placed by. */
const SECTION_BY_ID: readonly (SectionId | undefined)[] = [
  undefined,
  "type",
  "import",
  "func",
  "table",
  "memory",
  "global",
  "export",
  "start",
  "elem",
  "code",
  "data",
  "datacount",
  "tag",
];

/** The order known sections must come in (as in encode.ts); custom sections may go anywhere. */
const SECTION_RANK: Readonly<Record<SectionId, number>> = {
  type: 0,
  import: 1,
  func: 2,
  table: 3,
  memory: 4,
  tag: 5,
  global: 6,
  export: 7,
  start: 8,
  elem: 9,
  datacount: 10,
  code: 11,
  data: 12,
};

/** `SECTION_RANK` by binary id: read by a name, the rank was a look-up that saw a map per name. */
const RANK_BY_ID: readonly number[] = SECTION_BY_ID.map((which) => (which === undefined ? -1 : SECTION_RANK[which]));

const EXPORT_KINDS: readonly ExportKind[] = ["func", "table", "memory", "global", "tag"];

const FUNCREF: RefType = { nullable: true, heap: "func" };

const REF_FUNC = instrByName("ref.func")!;

/** Throws `WasmDecodeError` for a malformed binary, `WasmFeatureError` for one using a feature outside `options.features`. */
export function decode(bytes: Uint8Array, options: InternalDecodeOptions = {}): Module {
  const set = restrictedSet(options.features);
  if (set === undefined) return decodeAll(bytes, options);
  let first: FeatureProblem | undefined;
  const module = decodeWithin(bytes, options, set, (p) => {
    if (first === undefined || (p.offset ?? Infinity) < (first.offset ?? Infinity)) first = p;
  }, decodeAll);
  if (first !== undefined) throw new WasmFeatureError(first, first.offset);
  return module;
}

/**
 * Decodes all but the function bodies. Only for binaries that are not
 * object files; feature sets and code metadata are the caller's to handle
 * (the bodies' branch hints are not taken in: their sections stay raw).
 */
export function decodeDeferred(bytes: Uint8Array, options: InternalDecodeOptions = {}): DeferredModule {
  const layout: DecodedLayout = options.layout ?? { sections: {}, bodies: [], customs: new Map(), padded: [] };
  const decoder = new ModuleDecoder(bytes, options.names !== false, layout, options.code, options.shareInstrs === true, true);
  const module = decoder.run();
  return { module, layout, readBodies: (from, to) => decoder.readBodies(from, to) };
}

/**
 * Whether the module read without bodies (`decodeDeferred`) is the one a
 * whole decode gives: sections of code metadata or a name section that
 * name labels do not apply to it (they stay raw custom sections).
 */
export function readsApart(module: Module, names: boolean): boolean {
  return !module.customs.some((c) => c.name.startsWith(CODE_METADATA_PREFIX) || (names && c.name === "name"));
}

function decodeAll(bytes: Uint8Array, options: InternalDecodeOptions): Module {
  const object = options.linking !== false && options.code === undefined && hasLinkingSection(plainBytes(bytes));
  if (!object) return new ModuleDecoder(bytes, options.names !== false, options.layout, options.code, options.shareInstrs === true).run();
  // Relocations go on instructions, which therefore cannot be shared, and need where everything was.
  const layout: ObjectLayout = { sections: {}, bodies: [], customs: new Map(), padded: [], ...options.layout, dataBytes: [] };
  const module = new ModuleDecoder(bytes, options.names !== false, layout, undefined, false).run();
  // The linking and reloc.* sections are written from the model: only an encoding tells whether they are the same.
  layout.canonical = false;
  layout.unitsJudged = false;
  liftObject(bytes, module, layout);
  if (options.layout !== undefined) Object.assign(options.layout, layout);
  return module;
}

const NO_TYPES: readonly ValType[] = [];

class ModuleDecoder {
  private readonly r: Reader;
  private readonly m = emptyModule();
  private readonly types: TypeSpace;
  private readonly spaces: IndexSpaces;
  private readonly code: CodeDecoder;
  /** The rank of the last known section read, for the order check. */
  private lastRank = -1;
  private lastSection: SectionId | undefined;
  private importedFuncs = 0;
  private codeSeen = false;
  private dataSeen = false;
  /**
   * The code metadata sections taken in: a run of custom sections before the
   * code, one after the other, in `kindBefore` order, as the encoder writes
   * them.
   */
  private metadata = objectList<TakenMetadata>();
  /** The known section before the code section. */
  private beforeCode: SectionId | undefined;
  /** The custom sections before the code metadata sections, when some are taken in and were not right before the code. */
  private hintsBefore: CustomSection[] | null = null;
  private nameSection: CustomSection | null = null;
  /** Where the code section ends. */
  private codeEnd = 0;
  /** Deferred bodies: where each one's instructions start, after its locals. */
  private readonly instrStarts: number[] = [];
  /** Whether a choice the encoder makes the other way was read before the unit being judged (see `FoundUnit.canonical`). */
  private offBefore = false;
  /** The verdict on the code section's head. */
  private codeHead = false;

  constructor(
    bytes: Uint8Array,
    private readonly names: boolean,
    private readonly layout: DecodedLayout | undefined,
    private readonly sink: CodeSink | undefined,
    shareInstrs: boolean,
    /** Read only the locals of each body (see `decodeDeferred`). */
    private readonly deferBodies = false,
  ) {
    this.r = new Reader(plainBytes(bytes));
    if (layout !== undefined) this.r.padded = layout.padded;
    this.types = new TypeSpace(this.r);
    this.spaces = { types: this.types, funcs: [], tables: [], memories: [], globals: [], tags: [], elems: [], datas: [] };
    this.code = new CodeDecoder(this.r, this.spaces, sink ?? null, shareInstrs);
  }

  run(): Module {
    const r: Reader = this.r;
    this.header();
    while (!r.atEnd()) this.section();
    this.checkCounts();
    let names: CustomSection | null = null;
    const labels: Array<[number, NameList]> = [];
    const section = this.nameSection;
    const taken: NamesTaken = section === null ? "raw" : applyNameSection(section.bytes, this.m, this.spaces, labels);
    if (section !== null && taken !== "raw") {
      names = section;
      this.placeNames(names);
      this.dropCustom(names);
      if (this.layout !== undefined) {
        const range = this.layout.customs.get(names)!;
        range.canonical &&= taken === "as-encoded" || this.namesWriteBack(range, labels);
        this.layout.sections.name = range;
      }
    }
    if (this.hintsBefore !== null) this.placeHints(this.hintsBefore, names);
    if (this.layout !== undefined) {
      // Stored once: a member stored again is no longer constant, and code compiled on its being so is thrown away.
      this.layout.unitsJudged = this.sink === undefined && this.metadata.length === 0;
      if (!this.deferBodies) this.layout.canonical = this.canonical();
    }
    return this.m;
  }

  /** See `DecodedLayout.canonical`: every unit judged canonical, sizes not padded, no section placed by a note. */
  private canonical(): boolean {
    const layout = this.layout!;
    if (this.offBefore || this.r.offCanonical || layout.padded.length > 0 || layout.unitsJudged !== true) return false;
    const exact = this.m.exact;
    if (exact !== undefined && (exact.namesPlace !== undefined || exact.hintsPlace !== undefined || (exact.namesAfter ?? 0) !== 0)) return false;
    return layout.sections.name?.canonical !== false;
  }

  /** Whether the name section the encoder writes for the model, with the label names the section gave, is the one at `range` (its size aside). */
  private namesWriteBack(range: UnitRange, labels: Array<[number, NameList]>): boolean {
    const w = new ByteWriter();
    writeNameSection(w, this.m, labels);
    const written = w.finish();
    const r = new Reader(written);
    if (r.atEnd()) return false;
    r.pos = 1;
    r.u32();
    return sameBytes(written.subarray(r.pos), this.r.buf.subarray(range.payload, range.end));
  }

  /** Begins a unit to judge (see `FoundUnit.canonical`) where the reader is. */
  private beginUnit(): void {
    const r: Reader = this.r;
    this.offBefore ||= r.offCanonical;
    r.offCanonical = false;
  }

  /** The verdict on the unit begun last, which the reader has just read; begins the next one. */
  private endUnit(): boolean {
    const canonical = !this.r.offCanonical;
    this.beginUnit();
    return canonical;
  }

  /**
   * The encoder writes the branch hint section right before the code
   * section unless told otherwise; anywhere else it is told its place and
   * how many custom sections of that place precede it (the name section,
   * taken in too, not counted: the name section counts the hints instead).
   */
  private placeHints(before: readonly CustomSection[], names: CustomSection | null): void {
    const hints = this.metadata[0].section;
    const count = before.filter((c) => c !== names && samePlace(c, hints)).length;
    this.m.exact = { sections: {}, ...this.m.exact, hintsAfter: count, hintsPlace: hints.place };
  }

  /**
   * The encoder writes the name section after everything unless told
   * otherwise. Tools usually write it after the last known section but
   * before other custom sections ("name", then "producers"): the custom
   * sections that follow it then go after everything too, and the name
   * section first among them. Anywhere else (before the code, say) it is
   * told its place and how many custom sections of that place precede it.
   */
  private placeNames(names: CustomSection): void {
    const customs = this.m.customs;
    const at = customs.indexOf(names);
    const trailing = customs.slice(at + 1);
    const inLastPlace = names.place.section === (this.lastSection ?? "first");
    if (inLastPlace && trailing.length === 0) return;
    if (inLastPlace) {
      for (const c of trailing) c.place = { position: "after", section: "last" };
      this.m.exact = { sections: {}, ...this.m.exact, namesAfter: 0 };
      return;
    }
    let count = customs.slice(0, at).filter((c) => samePlace(c, names)).length;
    // The branch hint section, taken out of the custom sections, goes before the name section.
    const hints = this.hintsBefore !== null ? this.metadata[0].section : null;
    if (hints !== null && samePlace(hints, names) && !this.hintsBefore!.includes(names)) count++;
    this.m.exact = { sections: {}, ...this.m.exact, namesAfter: count, namesPlace: names.place };
  }

  private header(): void {
    const r: Reader = this.r;
    const buf = r.buf;
    if (buf.length < 4) r.fail("unexpected end", buf.length);
    if ((buf[0] | (buf[1] << 8) | (buf[2] << 16) | (buf[3] << 24)) !== MAGIC) r.fail("magic header not detected", 0);
    if (buf.length < 8) r.fail("unexpected end", buf.length);
    if ((buf[4] | (buf[5] << 8) | (buf[6] << 16) | (buf[7] << 24)) !== VERSION) r.fail("unknown binary version", 4);
    r.pos = 8;
  }

  private section(): void {
    const r: Reader = this.r;
    const start = r.pos;
    const id = r.byte();
    const which = SECTION_BY_ID[id];
    if (id !== 0 && which === undefined) r.fail("malformed section id", start, `${id}`);
    const sizeAt = r.pos;
    const size = r.u32();
    if (size > r.remaining) r.fail("length out of bounds", sizeAt, `section of ${size} bytes, ${r.remaining} left`);
    const end = r.pos + size;
    r.end = end;
    r.eofReason = "unexpected end of section or function";
    const minimalSize = end - size - sizeAt === u32Size(size);
    if (!minimalSize) r.offCanonical = true;
    this.beginUnit();
    if (which === undefined) {
      const section = this.custom(end, minimalSize);
      const canonical = this.endUnit();
      if (this.layout !== undefined) this.layout.customs.set(section, { start, payload: end - size, end, canonical });
    } else {
      const rank = RANK_BY_ID[id];
      if (rank <= this.lastRank) r.fail("unexpected content after last section", start, `${which} section after ${this.lastSection} section`);
      this.lastRank = rank;
      if (which === "code") this.beforeCode = this.lastSection;
      this.lastSection = which;
      this.known(id, start);
      if (r.pos !== end) r.fail("section size mismatch", r.pos, `${which} section ends at 0x${end.toString(16)}`);
      const canonical = which === "code" ? this.codeHead : this.endUnit();
      if (this.layout !== undefined) this.layout.sections[which] = { start, payload: end - size, end, canonical };
    }
    r.end = r.buf.length;
    r.eofReason = "unexpected end";
    r.pos = end;
  }

  private custom(end: number, minimalSize: boolean): CustomSection {
    const r: Reader = this.r;
    const name = r.name();
    const section: CustomSection = {
      name,
      bytes: r.bytes(end - r.pos).slice(),
      place: this.lastSection === undefined ? { position: "before", section: "first" } : { position: "after", section: this.lastSection },
    };
    this.m.customs.push(section);
    if (name === "name" && this.names && this.nameSection === null) this.nameSection = section;
    const kind = metadataKindOf(name);
    if (kind !== undefined && !this.codeSeen) this.takeMetadata(kind, section, minimalSize);
    return section;
  }

  /**
   * Takes in a code metadata section that continues the run. Only the
   * branch hint section has an exact note for an encoding of its own; any
   * other is taken in only when the encoder would write exactly its bytes.
   */
  private takeMetadata(kind: string, section: CustomSection, minimalSize: boolean): void {
    const taken = this.metadata;
    const last = taken.at(-1);
    const customs = this.m.customs;
    if (last !== undefined && (customs.at(-2) !== last.section || !samePlace(section, last.section) || !kindBefore(last.kind, kind))) return;
    const items = readMetadataSection(kind, section.bytes);
    if (items === null) return;
    if (kind !== NOTED_KIND && !(minimalSize && sameBytes(writeMetadataSection(kind, placed(items)).subarray(-section.bytes.length), section.bytes))) return;
    taken.push({ kind, section, items });
  }

  private dropCustom(section: CustomSection): void {
    const customs = this.m.customs;
    customs.splice(customs.indexOf(section), 1);
  }

  /**
   * A known section's contents, read by a method of its own for each kind
   * of section, called from this one call site. That site sees every
   * method, so V8 calls them rather than inlining them: written out as a
   * switch, every kind was compiled into the section step that inlines
   * this, and thrown away with it at the first module showing a kind it
   * had not run (a start section, a tag).
   */
  private known(id: number, start: number): void {
    ModuleDecoder.KNOWN_BY_ID[id]!.call(this, start);
  }

  private static readonly KNOWN: Readonly<Record<SectionId, (this: ModuleDecoder, start: number) => void>> = {
    type: ModuleDecoder.prototype.typeSection,
    import: ModuleDecoder.prototype.importSection,
    func: ModuleDecoder.prototype.funcSection,
    table: ModuleDecoder.prototype.tableSection,
    memory: ModuleDecoder.prototype.memorySection,
    tag: ModuleDecoder.prototype.tagSection,
    global: ModuleDecoder.prototype.globalSection,
    export: ModuleDecoder.prototype.exportSection,
    start: ModuleDecoder.prototype.startSection,
    elem: ModuleDecoder.prototype.elemSection,
    datacount: ModuleDecoder.prototype.dataCount,
    code: ModuleDecoder.prototype.codeSection,
    data: ModuleDecoder.prototype.dataSection,
  };

  /**
   * `KNOWN` by binary id: by name, each section's reader was a look-up that
   * saw a map per name (with `RANK_BY_ID`, 3.0% -> 0.8% of the time of a
   * one-function module printed 200,000 times, 2-core Linux x86_64 VM,
   * Node 20.20.2, 2026-12-07).
   */
  private static readonly KNOWN_BY_ID: readonly (((this: ModuleDecoder, start: number) => void) | undefined)[] = SECTION_BY_ID.map((which) =>
    which === undefined ? undefined : ModuleDecoder.KNOWN[which],
  );

  private typeSection(): void {
    this.m.types = this.types.readSection();
  }

  private importSection(): void {
    this.vec(() => this.importEntry());
  }

  private funcSection(): void {
    this.vec(() => this.funcEntry());
  }

  private tableSection(): void {
    this.vec(() => this.table());
  }

  private memorySection(): void {
    this.vec(() => this.memoryEntry());
  }

  private tagSection(): void {
    this.vec(() => this.tagEntry());
  }

  private globalSection(): void {
    this.vec(() => this.globalEntry());
  }

  private exportSection(): void {
    this.vec(() => this.exportEntry());
  }

  private elemSection(): void {
    this.vec(() => this.elem());
  }

  private funcEntry(): void {
    const func = this.func(this.types.ref(this.r.u32()));
    this.m.funcs.push(func);
    this.spaces.funcs.push(func);
  }

  private memoryEntry(): void {
    const memories = this.spaces.memories;
    const memory = newMemory(this.limits("memory"), memories.length);
    this.m.memories.push(memory);
    memories.push(memory);
  }

  private tagEntry(): void {
    const tags = this.spaces.tags;
    const tag = newTag(this.tagType(), tags.length);
    this.m.tags.push(tag);
    tags.push(tag);
  }

  private globalEntry(): void {
    const globals = this.spaces.globals;
    const type = this.types.valType();
    const { mutable, shared } = this.types.globalFlags();
    const global = newGlobal(type, mutable, shared, globals.length);
    global.init = this.code.constExpr();
    this.m.globals.push(global);
    globals.push(global);
  }

  private exportEntry(): void {
    const r: Reader = this.r;
    const name = r.name();
    const at = r.pos;
    const kind = EXPORT_KINDS[r.byte()];
    if (kind === undefined) r.fail("malformed export kind", at);
    const index = r.u32();
    this.m.exports.push({ name, kind, target: entity(this.space(kind), index) });
  }

  private startSection(): void {
    const r: Reader = this.r;
    this.m.startOffset = r.pos;
    this.m.start = entity(this.spaces.funcs, r.u32());
  }

  /** A vector; the encoder leaves out a section or import group with none. */
  private vec(item: () => void): void {
    const n = this.r.count();
    if (n === 0) this.r.offCanonical = true;
    for (let i = 0; i < n; i++) item();
  }

  private space(kind: ExportKind): readonly (Func | Table | Memory | Global | Tag)[] {
    const s = this.spaces;
    return kind === "func" ? s.funcs : kind === "table" ? s.tables : kind === "memory" ? s.memories : kind === "global" ? s.globals : s.tags;
  }

  /** A function of type `type`, its parameters as locals (none if the type is not a function type). */
  private func(type: TypeRef, imp?: ImportName): Func {
    const types = type.entity === "type" && type.comp.kind === "func" ? type.comp.params : NO_TYPES;
    // Made at its length when not empty: grown by `push`, each function's list kept room for 17.
    const params = types.length === 0 ? localList() : objectList<Local>(types.length);
    for (let i = 0; i < types.length; i++) params[i] = new DecodedLocal(types[i], i);
    // The members set later (a name, a body's offset) are set here first, undefined: functions of one shape. The import
    // is set here, not after: a member stored again after the literal is no longer constant, and code compiled on its
    // being so is thrown away at the first imported function.
    return { entity: "func", name: undefined, type, import: imp, params, locals: localList(), body: instrList(), offset: undefined, index: this.spaces.funcs.length };
  }

  /** One entry of the import section: a plain import or a compact group (see `import-groups.ts`). */
  private importEntry(): void {
    const r: Reader = this.r;
    const module = r.name();
    const name = r.name();
    const discriminator = name === "" && r.pos < r.end ? r.peek() : undefined;
    if (discriminator === 0x7f) {
      r.byte();
      const group: ImportGroup = { form: "items" };
      this.vec(() => {
        const itemName = r.name();
        this.importDesc()({ module, name: itemName, group });
      });
    } else if (discriminator === 0x7e) {
      r.byte();
      const group: ImportGroup = { form: "type" };
      const declare = this.importDesc();
      this.vec(() => declare({ module, name: r.name(), group }));
    } else {
      this.importDesc()({ module, name });
    }
  }

  /** Reads an import description; what it gives declares one import of that description. */
  private importDesc(): (imp: ImportName) => void {
    const r: Reader = this.r;
    const s = this.spaces;
    const at = r.pos;
    const kind = r.byte();
    const declare = <T extends Func | Table | Memory | Global | Tag>(space: T[], make: (imp: ImportName) => T) => (imp: ImportName) => {
      const entity = make(imp);
      space.push(entity);
      this.m.imports.push(entity);
    };
    switch (kind) {
      case 0:
      case 0x20: {
        // 0x20: custom-descriptors' import of exactly this function type.
        const type = this.types.ref(r.u32());
        return declare(s.funcs, (imp) => {
          this.importedFuncs++;
          const func = this.func(type, imp);
          if (kind === 0x20) func.exactType = true;
          return func;
        });
      }
      case 1: {
        const elemType = this.types.refType();
        const limits = this.limits("table");
        return declare(s.tables, (imp) => imported(newTable({ ...limits }, elemType, s.tables.length), imp));
      }
      case 2: {
        const limits = this.limits("memory");
        return declare(s.memories, (imp) => imported(newMemory({ ...limits }, s.memories.length), imp));
      }
      case 3: {
        const type = this.types.valType();
        const { mutable, shared } = this.types.globalFlags();
        return declare(s.globals, (imp) => imported(newGlobal(type, mutable, shared, s.globals.length), imp));
      }
      case 4: {
        const type = this.tagType();
        return declare(s.tags, (imp) => imported(newTag(type, s.tags.length), imp));
      }
      default:
        return r.fail("malformed import kind", at, `0x${kind.toString(16)}`);
    }
  }

  /** A table: `0x40 0x00 tabletype expr` with an initialiser, or a bare table type. */
  private table(): void {
    const r: Reader = this.r;
    const table = newTable({ addressType: "i32", min: 0n, shared: false }, FUNCREF, this.spaces.tables.length);
    let init = false;
    if (r.peek() === 0x40) {
      r.pos++;
      const at = r.pos;
      if (r.byte() !== 0) r.fail("malformed table", at, "reserved byte after 0x40 must be zero");
      init = true;
    }
    table.elemType = this.types.refType();
    table.limits = this.limits("table");
    if (init) {
      table.init = this.code.constExpr();
      // An empty one prints as none, which encodes to the short form.
      if (table.init.length === 0) r.offCanonical = true;
    }
    this.m.tables.push(table);
    this.spaces.tables.push(table);
  }

  /**
   * Limits: a flags byte (bit 0 max present, bit 1 shared, bit 2 64-bit),
   * then min and max, u64 whatever the address type (WebAssembly 3.0): a
   * 32-bit memory of 2^32 pages is invalid, not malformed. Only memories can
   * be shared (the threads proposal); a table only with shared-everything
   * threads, which the validator decides. Bit 3 says a memory's page size
   * follows, as log2 of the bytes (custom-page-sizes); text spells a page
   * size as a u64, so from 64 on the exponent is malformed (as wasm-tools
   * reads it), and the validator decides which of the others are allowed.
   */
  private limits(of: "table" | "memory"): Limits {
    const r: Reader = this.r;
    const at = r.pos;
    const flags = r.byte();
    if (flags > 15 || (of === "table" && flags & 8)) r.fail("malformed limits flags", at, `0x${flags.toString(16)} for a ${of}`);
    const limits: Limits = { addressType: flags & 4 ? "i64" : "i32", min: r.u64(), shared: (flags & 2) !== 0 };
    if (flags & 1) limits.max = r.u64();
    if (flags & 8) {
      const exponentAt = r.pos;
      limits.pageSizeLog2 = r.u32();
      if (limits.pageSizeLog2 >= 64) r.fail("invalid custom page size", exponentAt, `2^${limits.pageSizeLog2} bytes`);
    }
    return limits;
  }

  private tagType(): TypeRef {
    const r: Reader = this.r;
    const at = r.pos;
    if (r.byte() !== 0) r.fail("malformed tag attribute", at);
    return this.types.ref(r.u32());
  }

  /**
   * Element segments, flags 0-7: bit 0 passive or declarative (bit 1 then
   * says declarative), bit 1 of an active segment an explicit table index,
   * bit 2 expressions instead of function indices.
   */
  private elem(): void {
    const r: Reader = this.r;
    const s = this.spaces;
    const at = r.pos;
    const flags = r.u32();
    if (flags > 7) r.fail("malformed elements segment kind", at, `${flags}`);
    const exprs = (flags & 4) !== 0;
    const elem: Elem = {
      entity: "elem",
      mode: { kind: "passive" },
      type: FUNCREF,
      items: [],
      funcIndices: !exprs,
      implicitTable: false,
      index: s.elems.length,
    };
    if ((flags & 1) === 0) {
      elem.implicitTable = (flags & 2) === 0;
      const table = entity(s.tables, elem.implicitTable ? 0 : r.u32());
      elem.mode = { kind: "active", table, offset: this.code.constExpr() };
    } else if (flags & 2) {
      elem.mode = { kind: "declarative" };
    }
    if ((flags & 3) !== 0) {
      if (exprs) elem.type = this.types.refType();
      else {
        const kindAt = r.pos;
        if (r.byte() !== 0) r.fail("malformed element kind", kindAt);
      }
    }
    const n = r.count();
    const items: Instr[][] = [];
    for (let k = 0; k < n; k++) {
      if (exprs) items.push(this.code.constExpr());
      else {
        const itemAt = r.pos;
        items.push([{ op: REF_FUNC, offset: itemAt, func: entity(s.funcs, r.u32()) }]);
      }
    }
    elem.items = items;
    s.elems.push(elem);
    this.m.elems.push(elem);
  }

  /** The data count section: data segments exist from here on, so code can refer to them. */
  private dataCount(): void {
    const r: Reader = this.r;
    const at = r.pos;
    const n = r.u32();
    // Each segment takes at least two bytes later on: a count beyond the input cannot be right.
    if (n > r.buf.length - r.pos) r.fail("data count and data section have inconsistent lengths", at, `${n} segments declared`);
    this.m.dataCount = true;
    for (let i = 0; i < n; i++) this.spaces.datas.push(emptyData(i));
  }

  private codeSection(start: number): void {
    const r: Reader = this.r;
    const m = this.m;
    this.codeSeen = true;
    const n = r.count();
    if (n === 0) r.offCanonical = true;
    this.codeHead = this.endUnit();
    if (n !== m.funcs.length) {
      r.fail("function and code section have inconsistent lengths", start, `${m.funcs.length} functions, ${n} bodies`);
    }
    const code = this.code;
    code.usesDataIndex = false;
    const metadata = this.metadata.length > 0 ? byFunction(this.metadata) : null;
    const sectionEnd = (this.codeEnd = r.end);
    for (let i = 0; i < n; i++) {
      const bodyStart = r.pos;
      const size = r.u32();
      if (size > r.remaining) r.fail("unexpected end of section or function", r.pos, `function body of ${size} bytes`);
      const bodyEnd = r.pos + size;
      const body: FoundUnit = { start: bodyStart, payload: r.pos, end: bodyEnd, canonical: false };
      this.layout?.bodies.push(body);
      r.end = bodyEnd;
      this.beginUnit();
      if (this.deferBodies) {
        code.funcLocals(m.funcs[i]);
        this.instrStarts.push(r.pos);
        r.pos = bodyEnd;
      } else {
        code.funcBody(m.funcs[i], metadata?.get(this.importedFuncs + i) ?? null, sectionEnd, m);
      }
      body.canonical = this.endUnit();
      r.end = sectionEnd;
    }
    this.codeSectionEnd(start, metadata !== null);
  }

  /**
   * Apart from `codeSection`: its loop is compiled during the first module's
   * bodies, before this code ever ran, and would be thrown away at the end
   * of every next module's code section.
   */
  private codeSectionEnd(start: number, hasMetadata: boolean): void {
    const usesDataIndex = this.code.usesDataIndex;
    if (usesDataIndex && !this.m.dataCount) this.r.fail("data count section required", start);
    if (this.layout !== undefined) this.layout.usesDataIndex = usesDataIndex;
    if (hasMetadata) this.settleMetadata();
  }

  /** See `DeferredModule.readBodies`. */
  readBodies(from: number, to: number): boolean {
    const r: Reader = this.r;
    const bodies = this.layout!.bodies;
    const code = this.code;
    code.usesDataIndex = false;
    const end = r.end;
    for (let i = from; i < to; i++) {
      const body = bodies[i];
      r.pos = body.payload;
      r.end = body.end;
      if (code.takenWhole(this.m.funcs[i], this.m)) continue;
      r.pos = this.instrStarts[i];
      this.beginUnit();
      code.funcInstrs(this.m.funcs[i], null, this.codeEnd, this.m);
      body.canonical &&= this.endUnit();
    }
    r.end = end;
    return code.usesDataIndex;
  }

  /**
   * Sections whose items did not all land on an instruction or a function are taken back,
   * and the ones after them in the run (the run stays one piece); the raw
   * sections then stay.
   */
  private settleMetadata(): void {
    const described = this.code.described;
    const landed = new Map<string, number>();
    for (const target of described) for (const item of target.metadata!) landed.set(item.kind, (landed.get(item.kind) ?? 0) + 1);
    const taken = this.metadata;
    const kept = taken.findIndex((t) => landed.get(t.kind) !== itemCount(t.items));
    if (kept >= 0) {
      const back = new Set(taken.splice(kept).map((t) => t.kind));
      for (const target of described) {
        const rest = target.metadata!.filter((item) => !back.has(item.kind));
        if (rest.length > 0) target.metadata = rest;
        else delete target.metadata;
      }
    }
    described.length = 0;
    if (taken.length === 0) return;
    const branchHints = taken.find((t) => t.kind === NOTED_KIND);
    if (this.layout !== undefined && branchHints !== undefined) this.layout.sections["branch-hints"] = this.layout.customs.get(branchHints.section);
    // The code section has just been read: no custom section after it yet.
    const customs = this.m.customs;
    const first = taken[0].section;
    const at = customs.indexOf(first);
    if (at + taken.length !== customs.length || first.place.section !== (this.beforeCode ?? "first")) this.hintsBefore = customs.slice(0, at);
    for (const t of taken) this.dropCustom(t.section);
  }

  private dataSection(start: number): void {
    const r: Reader = this.r;
    const s = this.spaces;
    this.dataSeen = true;
    const n = r.count();
    if (n === 0) r.offCanonical = true;
    if (this.m.dataCount && n !== s.datas.length) {
      r.fail("data count and data section have inconsistent lengths", start, `data count ${s.datas.length}, ${n} segments`);
    }
    for (let i = 0; i < n; i++) {
      const data = s.datas[i] ?? emptyData(i);
      if (s.datas.length === i) s.datas.push(data);
      const at = r.pos;
      const flags = r.u32();
      if (flags === 0 || flags === 2) {
        data.implicitMemory = flags === 0;
        const index = flags === 0 ? 0 : r.u32();
        // Memory 0 goes without its index.
        if (flags === 2 && index === 0) r.offCanonical = true;
        const memory = entity(s.memories, index);
        data.mode = { kind: "active", memory, offset: this.code.constExpr() };
      } else if (flags !== 1) {
        r.fail("malformed data segment kind", at, `${flags}`);
      }
      data.bytes = r.byteString().slice();
      (this.layout as ObjectLayout | undefined)?.dataBytes?.push(r.pos - data.bytes.length);
      this.m.datas.push(data);
    }
  }

  /** Counts that one section promises and another must keep. */
  private checkCounts(): void {
    const m = this.m;
    const r: Reader = this.r;
    if (!this.codeSeen && m.funcs.length > 0) {
      r.fail("function and code section have inconsistent lengths", r.buf.length, `${m.funcs.length} functions, no code section`);
    }
    if (m.dataCount && !this.dataSeen && this.spaces.datas.length > 0) {
      r.fail("data count and data section have inconsistent lengths", r.buf.length, "no data section");
    }
  }
}

// Entities of a kind in one shape, defined or imported, named or not: the
// members set later (a name, an import, an initialiser) are there from the
// start, undefined, so the code that reads them is compiled for one shape.

function newTable(limits: Limits, elemType: RefType, index: number): Table {
  return { entity: "table", name: undefined, import: undefined, limits, elemType, init: undefined, index };
}

function newMemory(limits: Limits, index: number): Memory {
  return { entity: "memory", name: undefined, import: undefined, limits, index };
}

function newGlobal(type: ValType, mutable: boolean, shared: boolean, index: number): Global {
  return { entity: "global", name: undefined, import: undefined, type, mutable, shared: shared ? true : undefined, init: undefined, index };
}

function newTag(type: TypeRef, index: number): Tag {
  return { entity: "tag", name: undefined, import: undefined, type, index };
}

/**
 * The bytes as a plain Uint8Array over the same memory: a Node Buffer's
 * `subarray` makes a Buffer, several times slower than a Uint8Array's, and
 * the decoder takes one per name, custom section and data segment.
 */
function plainBytes(bytes: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function emptyData(index: number): Data {
  return { entity: "data", mode: { kind: "passive" }, bytes: new Uint8Array(0), implicitMemory: false, index };
}

function samePlace(a: CustomSection, b: CustomSection): boolean {
  return a.place.position === b.place.position && a.place.section === b.place.section;
}

interface TakenMetadata {
  kind: string;
  section: CustomSection;
  items: MetadataItems;
}

/** The items of every taken section, by function index, then body offset. */
function byFunction(taken: readonly TakenMetadata[]): Map<number, Map<number, CodeMetadata[]>> {
  const out = new Map<number, Map<number, CodeMetadata[]>>();
  for (const { kind, items } of taken) {
    for (const [func, byOffset] of items) {
      let f = out.get(func);
      if (f === undefined) out.set(func, (f = new Map()));
      for (const [offset, data] of byOffset) {
        const list = f.get(offset);
        if (list === undefined) f.set(offset, [{ kind, data }]);
        else list.push({ kind, data });
      }
    }
  }
  return out;
}

/** An entity made by a shared constructor, given its import. */
function imported<T extends Table | Memory | Global | Tag>(entity: T, imp: ImportName): T {
  entity.import = imp;
  return entity;
}

/** Items in the order the encoder meets them. */
function placed(items: MetadataItems): PlacedMetadata[] {
  const out: PlacedMetadata[] = [];
  for (const [func, byOffset] of items) for (const [offset, data] of byOffset) out.push({ func, offset, data });
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
