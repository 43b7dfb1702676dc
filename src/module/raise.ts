/**
 * raise: resolved Module -> text AST, the inverse of `resolve`. The AST it
 * gives encodes (through resolve and encode) to the same bytes as the Module:
 *
 * - every type, in index order, first; every function, import and tag names
 *   its type as `(type N)` (with the signature spelled out for the reader);
 * - imports in module order, then the definitions of each kind in order;
 * - block types, `sub`/`final`/`rec`, element segment forms, implicit or
 *   explicit tables and memories of active segments as the model says;
 * - custom sections as `(@custom ...)` fields with their placement; branch
 *   hints on their instructions.
 *
 * Names become `$ids` (see `raise-names.ts`); `names: false` ignores them.
 * `raise` gives the module header and its fields one at a time, so a
 * huge module can be printed without holding its whole AST.
 *
 * Takes a Module whose entities it numbers (like `encode`, it writes each
 * entity's `index`); knows nothing of the printer or the binary format.
 */
import type {
  ExactAnnotation,
  CustomField,
  DataField,
  ElemField,
  ElemItemNode,
  ElemListNode,
  ExportField,
  FieldNode,
  FuncField,
  GlobalField,
  GlobalTypeNode,
  Id,
  ImportDescNode,
  ImportField,
  ImportGroupNode,
  InlineExport,
  InstrNode,
  LimitsNode,
  LocalNode,
  MemoryField,
  ModuleField,
  ModuleNode,
  OffsetNode,
  PlainInstrNode,
  RecField,
  SubTypeNode,
  TableField,
  TagField,
  TypeField,
  ValTypeNode,
} from "../syntax/ast.js";
import { importEntries } from "./import-groups.js";
import { mappedList, objectList } from "./empty.js";
import { assignIndices } from "./indices.js";
import { indexSpaces, type IndexSpaces } from "./index-space.js";
import { decodeProducers, type Producer } from "../types/producers.js";
import { decodeDylink } from "../types/dylink.js";
import { asExpression, CodeRaiser, type RaiseSpaces, type SharedNodes } from "./raise-code.js";
import { NameSpace } from "./raise-names.js";
import { ObjectText } from "./object-text.js";
import { TypeNodes } from "./raise-types.js";
import type {
  ExactSection,
  CompType,
  CustomSection,
  Data,
  Elem,
  Export,
  RecGroup,
  Func,
  Global,
  Instr,
  Limits,
  Memory,
  Module,
  SectionId,
  Table,
  Tag,
  TypeDef,
} from "./model.js";

export interface RaiseOptions {
  /** Fold instructions into `(op operands...)` expressions (default false). */
  folded?: boolean;
  /** Turn the model's names into `$ids` (default true). */
  names?: boolean;
  /**
   * Leave flat function bodies to a printer that writes them from the model
   * (`print/flat-body.ts`): each such function field is a `ModelBodyField`
   * with an empty `body` (default false). Not for folded code, nor for an
   * object file's, whose relocations the nodes carry.
   */
  modelBodies?: boolean;
  /**
   * The defined functions in order, each handed out once its body is read
   * (default the module's): for a module decoded without its bodies, read a
   * run at a time as the fields are raised (`wasm2wat/runs.ts`).
   */
  funcs?: Iterable<Func>;
}

/**
 * What a printer needs to write a function's body from the model: the
 * function and the names its code refers by. A class, not a literal: a
 * literal whose first member is `func` shares its map with the encoder's
 * metadata items, whose `func` is an index, and the first of those throws
 * away the printer's code compiled on `func` being an object.
 */
export class ModelBody {
  constructor(
    readonly func: Func,
    readonly spaces: RaiseSpaces,
    readonly locals: NameSpace,
  ) {}
}

/** A function field whose body is the model's, not nodes (see `RaiseOptions.modelBodies`). */
export interface ModelBodyField extends FuncField {
  model: ModelBody;
}

export interface RaisedParts {
  /** The `(module ...)` node without its fields. */
  header: ModuleNode;
  /** The fields, raised one at a time as they are iterated. */
  fields: Iterable<ModuleField>;
  /** When function fields carry model bodies (`RaiseOptions.modelBodies`): the spaces those refer to, known before the first. */
  bodySpaces?: RaiseSpaces;
  /**
   * Raises the model's exact notes into `header` again: for a caller that
   * makes them while the fields are raised (`RaiseOptions.funcs`), before
   * the printer reaches them after the last field.
   */
  renote(): void;
}

export function raise(module: Module, options: RaiseOptions = {}): RaisedParts {
  const raiser = new ModuleRaiser(module, options);
  const header = raiser.header();
  return { header, fields: raiser.fields(), bodySpaces: raiser.bodySpaces(), renote: () => raiser.annotate(header) };
}

/**
 * What a raised field stands for: a recursion group, an import or
 * definition, an export, a segment, a custom section, or `START`.
 */
export type RaisedUnit = RecGroup | Func | Table | Memory | Global | Tag | Export | Elem | Data | CustomSection | typeof START;

/**
 * `raise`, with the unit each field stands for; with `funcsElsewhere`, each
 * defined function's field is one empty stand-in (its unit says which
 * function it stands for), for a caller that raised them apart. The header
 * is made when asked for, with the exact notes the module has then: a
 * caller that prints the fields as it learns the functions' notes asks
 * again at the end.
 */
export function raiseWithUnits(module: Module, options: RaiseOptions = {}, funcsElsewhere = false): { header: () => ModuleNode; units: Iterable<{ unit: RaisedUnit; field: ModuleField }> } {
  const raiser = new ModuleRaiser(module, options, funcsElsewhere);
  return { header: () => raiser.header(), units: raiser.units() };
}


/** Raises defined functions of `module` one run at a time, each field as `raise` gives it: for threads that print a module's functions apart. */
export function funcRaiser(module: Module, options: RaiseOptions = {}): (funcs: readonly Func[]) => Iterable<FuncField> {
  const raiser = new ModuleRaiser(module, options);
  return function* (funcs) {
    for (const f of funcs) yield raiser.funcField(f);
  };
}

/** Defined functions of a module whose fields are raised at once, in one list (see `ModuleRaiser.fields`). */
const LISTED_FUNCS = 256;

/** The parts' fields in one list (all of them lists: see `ModuleRaiser.listed`). */
function joined(parts: readonly Iterable<ModuleField>[]): ModuleField[] {
  let count = 0;
  for (let i = 0; i < parts.length; i++) count += (parts[i] as readonly ModuleField[]).length;
  const out = objectList<ModuleField>(count);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as readonly ModuleField[];
    for (let k = 0; k < part.length; k++) out[at++] = part[k];
  }
  return out;
}

/** The unit of the start field. */
export const START = "start" as const;

const NO_UNITS: readonly RaisedUnit[] = [];
const NO_CUSTOMS: ReadonlyMap<string, CustomSection[]> = new Map();
const START_UNITS: readonly RaisedUnit[] = [START];

/** The fields with the unit each stands for, in `raise` order. */
export function* raiseUnits(module: Module, options: RaiseOptions = {}): Generator<{ unit: RaisedUnit; field: ModuleField }> {
  yield* new ModuleRaiser(module, options).units();
}

/**
 * The lists of raised fields that have nothing in them, shared: raised
 * nodes are never changed, and a function field made a list each.
 */
const NO_EXPORTS: InlineExport[] = objectList();
const NO_LOCALS: LocalNode[] = objectList();
const NO_BODY: InstrNode[] = objectList();

const FUNC_STAND_IN: FuncField = { kind: "func", exports: [], typeUse: { params: [], results: [], start: 0, end: 0 }, locals: [], body: [], start: 0, end: 0 };

/** Where custom sections are printed, so they read where they sit in the binary. */
const SECTION_ORDER: readonly SectionId[] = [
  "type", "import", "func", "table", "memory", "tag", "global", "export", "start", "elem", "datacount", "code", "data",
];

/** The keys of `customsBySection` by section, made once: a module is raised per call, and small ones are raised by the thousand. */
const BEFORE_KEY = new Map(SECTION_ORDER.map((s) => [s, `before ${s}`]));
const AFTER_KEY = new Map(SECTION_ORDER.map((s) => [s, `after ${s}`]));

/** Every place a custom section can be printed, in order. */
const CUSTOM_PLACES: readonly string[] = ["first", ...SECTION_ORDER.flatMap((s) => [BEFORE_KEY.get(s)!, AFTER_KEY.get(s)!]), "last"];

/**
 * The spaces of one module. A class rather than an object literal: V8 gives
 * a literal run once per call a boilerplate on its second run, and that
 * widened the type its fields held, throwing away the code optimised in the
 * first call that relied on it (the printer's hottest functions among it)
 * in the middle of the second.
 */
class Spaces implements RaiseSpaces {
  readonly types: TypeNodes;
  readonly typeSpace: NameSpace;
  readonly funcs: NameSpace;
  readonly tables: NameSpace;
  readonly memories: NameSpace;
  readonly globals: NameSpace;
  readonly tags: NameSpace;
  readonly elems: NameSpace;
  readonly datas: NameSpace;
  sharedNodes: SharedNodes | undefined = undefined;
  instrNodes: Map<Instr, PlainInstrNode> | undefined = undefined;
  objectText: ObjectText | undefined = undefined;

  constructor(
    m: Module,
    spaces: IndexSpaces,
    readonly useNames: boolean,
    readonly fields: (type: TypeDef) => NameSpace | undefined,
  ) {
    this.typeSpace = new NameSpace(spaces.types, "type", useNames);
    this.types = new TypeNodes(this.typeSpace);
    this.funcs = new NameSpace(spaces.funcs, "func", useNames);
    this.tables = new NameSpace(spaces.tables, "table", useNames);
    this.memories = new NameSpace(spaces.memories, "memory", useNames);
    this.globals = new NameSpace(spaces.globals, "global", useNames);
    this.tags = new NameSpace(spaces.tags, "tag", useNames);
    this.elems = new NameSpace(m.elems, "elem", useNames);
    this.datas = new NameSpace(m.datas, "data", useNames);
  }
}

class ModuleRaiser {
  private readonly s: RaiseSpaces;
  private readonly useNames: boolean;
  private readonly folded: boolean;
  private readonly modelBodies: boolean;
  private readonly funcs: Iterable<Func>;
  /** Made for the first struct field access: most modules have none. */
  private fieldSpaces: Map<TypeDef, NameSpace | undefined> | undefined;

  constructor(
    private readonly module: Module,
    options: RaiseOptions,
    private readonly funcsElsewhere = false,
  ) {
    this.funcs = options.funcs ?? module.funcs;
    assignIndices(module);
    const useNames = (this.useNames = options.names !== false);
    this.folded = options.folded === true;
    const m = module;
    this.s = new Spaces(m, indexSpaces(m), useNames, (type) => this.fieldSpace(type));
    // Set apart rather than spread into the literal: a spread makes a raiser, made per module, copy the object.
    if (m.linking !== undefined) this.s.objectText = new ObjectText(m);
    this.modelBodies = options.modelBodies === true && !this.folded && this.s.objectText === undefined;
  }

  /** See `RaisedParts.bodySpaces`. */
  bodySpaces(): RaiseSpaces | undefined {
    return this.modelBodies ? this.s : undefined;
  }

  header(): ModuleNode {
    const node: ModuleNode = { kind: "module", fields: [], start: 0, end: 0 };
    const name = this.useNames ? this.module.name : undefined;
    // An id cannot be empty; `(@name "")` can.
    if (name !== undefined && name !== "") node.id = this.id(name);
    else if (name !== undefined) node.name = name;
    this.annotate(node);
    return node;
  }

  /** Puts the model's exact notes on the header as annotations (see `RaisedParts.renote`). */
  annotate(node: ModuleNode): void {
    const exact = this.exactAnnotations();
    if (exact.length > 0) node.exact = exact;
  }

  /** The model's exact notes as annotations; custom sections are named by their place in the printed order. */
  private exactAnnotations(): ExactAnnotation[] {
    const m = this.module;
    const out: ExactAnnotation[] = [];
    // Indexed loops in this once-a-module code: see `assignIndices`.
    const funcs = m.funcs;
    for (let i = 0; i < funcs.length; i++) {
      const f = funcs[i];
      if (f.exact !== undefined) out.push({ unit: "func", index: f.index, note: f.exact, start: 0, end: 0 });
    }
    if (m.exact !== undefined) {
      for (const [section, note] of Object.entries(m.exact.sections)) out.push({ unit: "section", section: section as ExactSection, note, start: 0, end: 0 });
    }
    const customs = this.printedCustoms();
    for (let index = 0; index < customs.length; index++) {
      const note = customs[index].exact;
      if (note !== undefined) out.push({ unit: "custom", index, note, start: 0, end: 0 });
    }
    if (m.exact?.namesAfter !== undefined) {
      const place = m.exact.namesPlace;
      out.push({ unit: "names-after", count: m.exact.namesAfter, ...(place !== undefined && { place }), start: 0, end: 0 });
    }
    if (m.exact?.hintsAfter !== undefined) {
      const place = m.exact.hintsPlace;
      out.push({ unit: "hints-after", count: m.exact.hintsAfter, ...(place !== undefined && { place }), start: 0, end: 0 });
    }
    return out;
  }

  /** Custom sections in the order `fields()` prints them. */
  private printedCustoms(): CustomSection[] {
    const bySection = this.customsBySection();
    if (bySection.size === 0) return [];
    return CUSTOM_PLACES.flatMap((key) => bySection.get(key) ?? []);
  }

  /**
   * The fields, with no pairing with units: the printer's path, taken once
   * per module. A module of a few functions has them raised at once, in one
   * list: a generator's steps, two a field, cost more than the list (the
   * 2,269 spec binaries one by one, 2-core Linux x86_64 VM, Node 20.20.2,
   * 2026-12-07: 3.1 MB less allocated a warm pass, of 61).
   */
  fields(): Iterable<ModuleField> {
    return this.listed() ? joined(this.parts()) : this.eachField();
  }

  /** Whether the functions' fields are raised at once (see `fields`): a large module's are raised one at a time, so that only one exists at once. */
  private listed(): boolean {
    return Array.isArray(this.funcs) && this.funcs.length <= LISTED_FUNCS;
  }

  private *eachField(): Generator<ModuleField> {
    // Kept small: the raising it hands on is compiled apart (see `SECTION_FIELDS`).
    for (const part of this.parts()) yield* part;
  }

  /** The sections' fields and the custom sections around them, in printed order. */
  private parts(): Iterable<ModuleField>[] {
    const customs = this.customsBySection();
    const parts: Iterable<ModuleField>[] = [];
    if (customs.size === 0) {
      for (let i = 0; i < SECTION_ORDER.length; i++) if (this.sectionPresent(SECTION_ORDER[i])) parts.push(ModuleRaiser.SECTION_FIELDS[i].call(this));
      return parts;
    }
    const producers = this.producersAnnotations();
    const fields = (key: string) => (customs.get(key) ?? []).map((c) => this.customField(c, producers.get(c)));
    parts.push(fields("first"));
    for (let i = 0; i < SECTION_ORDER.length; i++) {
      const section = SECTION_ORDER[i];
      parts.push(fields(BEFORE_KEY.get(section)!));
      if (this.sectionPresent(section)) parts.push(ModuleRaiser.SECTION_FIELDS[i].call(this));
      parts.push(fields(AFTER_KEY.get(section)!));
    }
    parts.push(fields("last"));
    return parts;
  }

  /** `fields()` paired with the units in the same order. */
  *units(): Generator<{ unit: RaisedUnit; field: ModuleField }> {
    const customs = this.customsBySection();
    // concat, not push(...): a spread argument list overflows the stack on a large module.
    let units = NO_UNITS.concat(customs.get("first") ?? []);
    for (const section of SECTION_ORDER) units = units.concat(customs.get(BEFORE_KEY.get(section)!) ?? [], this.sectionUnits(section), customs.get(AFTER_KEY.get(section)!) ?? []);
    units = units.concat(customs.get("last") ?? []);
    let i = 0;
    for (const field of this.fields()) yield { unit: units[i++], field };
  }

  /** What the fields of a section stand for, one unit a field. */
  private sectionUnits(section: SectionId): readonly RaisedUnit[] {
    const m = this.module;
    switch (section) {
      case "type":
        return m.types;
      case "import":
        return m.imports;
      case "func":
        return m.funcs;
      case "table":
        return m.tables;
      case "memory":
        return m.memories;
      case "tag":
        return m.tags;
      case "global":
        return m.globals;
      case "export":
        return m.exports;
      case "start":
        return m.start === undefined ? NO_UNITS : START_UNITS;
      case "elem":
        return m.elems;
      case "data":
        return m.datas;
      case "datacount":
      case "code":
        return NO_UNITS;
    }
  }

  /**
   * Each section's fields by a method of its own, in `SECTION_ORDER`, called
   * from the one call site in `parts`. That site sees every method, so V8
   * calls them rather than inlining them: each is compiled apart, once, and
   * only when its sections are common. A switch over the sections inlined
   * every kind of field's raising into `parts` and compiled it again for
   * each deoptimisation of any of them: the largest optimising compile of a
   * first print of small modules.
   */
  private static readonly SECTION_FIELDS: readonly ((this: ModuleRaiser) => Iterable<ModuleField>)[] = [
    ModuleRaiser.prototype.typeFields,
    ModuleRaiser.prototype.importFields,
    ModuleRaiser.prototype.funcFields,
    ModuleRaiser.prototype.tableFields,
    ModuleRaiser.prototype.memoryFields,
    ModuleRaiser.prototype.tagFields,
    ModuleRaiser.prototype.globalFields,
    ModuleRaiser.prototype.exportFields,
    ModuleRaiser.prototype.startFields,
    ModuleRaiser.prototype.elemFields,
    ModuleRaiser.prototype.noFields,
    ModuleRaiser.prototype.noFields,
    ModuleRaiser.prototype.dataFields,
  ];

  private typeFields(): ModuleField[] {
    return this.module.types.map((group) => (group.explicit ? this.recField(group.types) : this.typeField(group.types[0])));
  }

  private tableFields(): TableField[] {
    return this.module.tables.map((t) => this.tableField(t));
  }

  private memoryFields(): MemoryField[] {
    return this.module.memories.map((mem) => this.memoryField(mem));
  }

  private tagFields(): TagField[] {
    return this.module.tags.map((t) => this.tagField(t));
  }

  private globalFields(): GlobalField[] {
    return this.module.globals.map((g) => this.globalField(g));
  }

  private exportFields(): ExportField[] {
    return this.module.exports.map((e): ExportField => ({ kind: "export", name: e.name, exportKind: e.kind, ref: this.space(e.kind).ref(e.target.index), start: 0, end: 0 }));
  }

  private startFields(): ModuleField[] {
    const start = this.module.start;
    return start === undefined ? [] : [{ kind: "start", func: this.s.funcs.ref(start.index), start: 0, end: 0 }];
  }

  private elemFields(): ElemField[] {
    return this.module.elems.map((e) => this.elemField(e));
  }

  private dataFields(): DataField[] {
    return this.module.datas.map((d) => this.dataField(d));
  }

  /** The data count and code sections: their contents print with the data segments and the functions. */
  private noFields(): ModuleField[] {
    return [];
  }

  private funcFields(): Iterable<FuncField> {
    return this.listed() ? mappedList(this.funcs as readonly Func[], (f) => this.funcsElsewhere ? FUNC_STAND_IN : this.funcField(f)) : this.eachFuncField();
  }

  private *eachFuncField(): Generator<FuncField> {
    for (const f of this.funcs) yield this.funcsElsewhere ? FUNC_STAND_IN : this.funcField(f);
  }

  private importFields(): ImportField[] {
    const fields: ImportField[] = [];
    for (const entry of importEntries(this.module.imports)) {
      if (entry.kind === "single") {
        fields.push(this.importField(entry.import));
        continue;
      }
      const group: ImportGroupNode = { form: entry.group.form, start: 0, end: 0 };
      // Items sharing a description have no ids of their own in text.
      const shared = entry.group.form === "type" ? { ...this.importField(entry.items[0]).desc, id: undefined, name: undefined } : undefined;
      for (const item of entry.items) {
        const field = this.importField(item);
        fields.push({ ...field, desc: shared ?? field.desc, group });
      }
    }
    return fields;
  }

  /**
   * The producers sections that print as `(@producers ...)`. That form has
   * no place: it goes after everything, so a section printed so must already
   * sit there, with nothing but custom sections placed after everything
   * following it, and the name section not placed among those before it.
   * The others stay `(@custom "producers" ...)` with their place.
   */
  private producersAnnotations(): Map<CustomSection, Producer[]> {
    const m = this.module;
    const out = new Map<CustomSection, Producer[]>();
    const sectionsAfter = (place: CustomSection["place"]): boolean => {
      if (place.section === "last") return false;
      if (place.section === "first") return true;
      const from = SECTION_ORDER.indexOf(place.section) + (place.position === "after" ? 1 : 0);
      return SECTION_ORDER.slice(from).some((s) => this.sectionPresent(s));
    };
    const namesInLastPlace = m.exact?.namesAfter !== undefined && m.exact.namesPlace === undefined;
    const printed = this.printedCustoms();
    for (let i = printed.length - 1; i >= 0; i--) {
      const c = printed[i];
      const last = c.place.section === "last";
      const movable = last || (!namesInLastPlace && !sectionsAfter(c.place));
      const producers = c.name === "producers" && movable ? decodeProducers(c.bytes) : undefined;
      if (producers !== undefined) out.set(c, producers);
      else if (!last) break;
    }
    return out;
  }

  private sectionPresent(section: SectionId): boolean {
    // The code and data count sections are there with the functions and the data segments.
    return this.sectionUnits(section === "code" ? "func" : section === "datacount" ? "data" : section).length > 0;
  }

  private customsBySection(): ReadonlyMap<string, CustomSection[]> {
    // Most modules printed have no custom section left once their names are taken in; the grouping is apart, so that this test, inlined where it is asked, stays small.
    return this.module.customs.length === 0 ? NO_CUSTOMS : this.groupCustoms();
  }

  private groupCustoms(): ReadonlyMap<string, CustomSection[]> {
    const out = new Map<string, CustomSection[]>();
    for (const c of this.module.customs) {
      const { section, position } = c.place;
      const key = section === "first" || section === "last" ? section : (position === "before" ? BEFORE_KEY : AFTER_KEY).get(section)!;
      let list = out.get(key);
      if (list === undefined) out.set(key, (list = []));
      list.push(c);
    }
    return out;
  }

  private customField(c: CustomSection, producers: Producer[] | undefined): CustomField {
    const strings = [{ bytes: c.bytes, start: 0, end: 0 }];
    if (producers !== undefined) return { kind: "custom", name: c.name, strings, producers, start: 0, end: 0 };
    const objectText = this.s.objectText;
    if (c.generated !== undefined && objectText !== undefined) {
      return { kind: "custom", name: c.generated.kind === "linking" ? "linking" : "reloc.section", place: c.place, strings: [], object: objectText.section(c), start: 0, end: 0 };
    }
    // `(@dylink.0 ...)` goes before everything, so only a section already there prints so.
    const dylink = c.name === "dylink.0" && c.place.section === "first" ? decodeDylink(c.bytes) : undefined;
    if (dylink !== undefined) return { kind: "custom", name: c.name, place: c.place, strings, dylink, start: 0, end: 0 };
    return { kind: "custom", name: c.name, place: c.place, strings, start: 0, end: 0 };
  }

  private space(kind: "func" | "table" | "memory" | "global" | "tag"): NameSpace {
    const s = this.s;
    switch (kind) {
      case "func":
        return s.funcs;
      case "table":
        return s.tables;
      case "memory":
        return s.memories;
      case "global":
        return s.globals;
      case "tag":
        return s.tags;
    }
  }

  private id(name: string | undefined): Id | undefined {
    return name === undefined ? undefined : { name, start: 0, end: 0 };
  }

  // -------------------------------------------------------------------------
  // Types

  private fieldSpace(type: TypeDef): NameSpace | undefined {
    const spaces = (this.fieldSpaces ??= new Map());
    if (!spaces.has(type)) {
      const fields = type.comp.kind === "struct" ? type.comp.fields : [];
      const named = fields.some((f) => f.name !== undefined);
      const space = named ? new NameSpace(fields.map((f, index) => ({ name: f.name, index })), "field", this.useNames) : undefined;
      spaces.set(type, space);
    }
    return spaces.get(type);
  }

  private recField(types: readonly TypeDef[]): RecField {
    return { kind: "rec", types: mappedList(types, (t) => this.typeField(t)), start: 0, end: 0 };
  }

  private typeField(t: TypeDef): TypeField {
    const space = this.s.typeSpace;
    // Every member set, the absent ones undefined: nodes of one shape, so the printer's code for them is compiled once.
    const sub: SubTypeNode = {
      sub: t.explicitSub || !t.final || t.supertypes.length > 0,
      final: t.final,
      supertypes: mappedList(t.supertypes, (s) => space.ref(s.index)),
      describes: t.describes === undefined ? undefined : space.ref(t.describes.index),
      descriptor: t.descriptor === undefined ? undefined : space.ref(t.descriptor.index),
      shared: t.shared ? true : undefined,
      comp: this.compType(t),
      start: 0,
      end: 0,
    };
    return { kind: "type", id: this.id(space.ids[t.index]), name: space.annotations[t.index], type: sub, start: 0, end: 0 };
  }

  private compType(t: TypeDef): SubTypeNode["comp"] {
    const types = this.s.types;
    const c: CompType = t.comp;
    switch (c.kind) {
      case "func":
        return { kind: "func", params: types.params(c.params), results: types.results(c.results), start: 0, end: 0 };
      case "struct": {
        const names = this.fieldSpace(t);
        const fields = c.fields.map((f, i): FieldNode => {
          const id = this.id(names?.ids[i]);
          const name = names?.annotations[i];
          return { ...(id && { id }), ...(name !== undefined && { name }), types: [types.fieldType(f)], start: 0, end: 0 };
        });
        return { kind: "struct", fields, start: 0, end: 0 };
      }
      case "array":
        return { kind: "array", element: types.fieldType(c.element), start: 0, end: 0 };
      case "cont":
        return { kind: "cont", func: this.s.typeSpace.ref(c.func.index), start: 0, end: 0 };
    }
  }

  // -------------------------------------------------------------------------
  // Imports and definitions

  private limits(l: Limits): LimitsNode {
    const node: LimitsNode = { min: { text: String(l.min), start: 0, end: 0 }, shared: l.shared, start: 0, end: 0 };
    if (l.addressType === "i64") node.addressType = "i64";
    if (l.max !== undefined) node.max = { text: String(l.max), start: 0, end: 0 };
    if (l.pageSizeLog2 !== undefined) node.pageSize = { text: String(1n << BigInt(l.pageSizeLog2)), start: 0, end: 0 };
    return node;
  }

  private importField(e: Func | Table | Memory | Global | Tag): ImportField {
    const s = this.s;
    const space = this.space(e.entity);
    const base = { id: this.id(space.ids[e.index]), name: space.annotations[e.index], start: 0, end: 0 };
    let desc: ImportDescNode;
    switch (e.entity) {
      case "func": {
        const locals = this.localSpace(e);
        desc = { kind: "func", ...base, typeUse: s.types.typeUse(e.type, e.params, locals) };
        if (e.exactType) desc.exact = true;
        break;
      }
      case "tag":
        desc = { kind: "tag", ...base, typeUse: s.types.typeUse(e.type) };
        break;
      case "table":
        desc = { kind: "table", ...base, limits: this.limits(e.limits), elemType: s.types.refType(e.elemType) };
        break;
      case "memory":
        desc = { kind: "memory", ...base, limits: this.limits(e.limits) };
        break;
      case "global":
        desc = { kind: "global", ...base, type: this.globalType(e) };
        break;
    }
    return { kind: "import", module: e.import!.module, name: e.import!.name, desc, start: 0, end: 0 };
  }

  /**
   * The id of entity `index` of `space`, if it has one. A definition's field
   * is made with its id and `@name` in the literal, either perhaps
   * undefined: fields of a kind then have one shape from the start, named
   * or not, and no store after it is made sees the shapes of every kind.
   */
  private idAt(space: NameSpace, index: number): Id | undefined {
    return this.id(space.ids[index]);
  }

  private localSpace(f: Func): NameSpace {
    // concat, not a spread: a spread steps an iterator, once per function.
    return new NameSpace(f.params.concat(f.locals), "local", this.useNames);
  }

  funcField(f: Func): FuncField {
    const s = this.s;
    const locals = this.localSpace(f);
    const localNodes = f.locals.length === 0 ? NO_LOCALS : this.localNodes(f, locals);
    const model = this.modelBodies ? new ModelBody(f, s, locals) : undefined;
    // `model` in the literal, undefined or not: a member added afterwards gave every such field a second map and a store of its own.
    const field: FuncField & { model: ModelBody | undefined } = {
      kind: "func",
      id: this.idAt(s.funcs, f.index),
      name: s.funcs.annotations[f.index],
      exports: NO_EXPORTS,
      typeUse: s.types.typeUse(f.type, f.params, locals),
      locals: localNodes,
      body: model !== undefined ? NO_BODY : new CodeRaiser(s, this.folded, f, locals).expr(f.body),
      metadata: f.metadata,
      model,
      start: 0,
      end: 0,
    };
    return field;
  }

  private localNodes(f: Func, locals: NameSpace): LocalNode[] {
    const s = this.s;
    const localNodes: LocalNode[] = [];
    let run: ValTypeNode[] | undefined;
    for (const l of f.locals) {
      const id = this.id(locals.ids[l.index]);
      if (id !== undefined) {
        run = undefined;
        const node: LocalNode = { id, types: [s.types.valType(l.type)], start: 0, end: 0 };
        const name = locals.annotations[l.index];
        if (name !== undefined) node.name = name;
        localNodes.push(node);
      } else if (run !== undefined) {
        run.push(s.types.valType(l.type));
      } else {
        run = [s.types.valType(l.type)];
        localNodes.push({ types: run, start: 0, end: 0 });
      }
    }
    return localNodes;
  }

  private constExpr(body: readonly Instr[]): InstrNode[] {
    return new CodeRaiser(this.s, this.folded).expr(body);
  }

  private tableField(t: Table): TableField {
    const tables = this.s.tables;
    return {
      kind: "table",
      id: this.idAt(tables, t.index),
      name: tables.annotations[t.index],
      exports: [],
      limits: this.limits(t.limits),
      elemType: this.s.types.refType(t.elemType),
      init: t.init === undefined ? undefined : this.constExpr(t.init),
      start: 0,
      end: 0,
    };
  }

  private memoryField(mem: Memory): MemoryField {
    const memories = this.s.memories;
    return { kind: "memory", id: this.idAt(memories, mem.index), name: memories.annotations[mem.index], exports: [], limits: this.limits(mem.limits), start: 0, end: 0 };
  }

  private globalField(g: Global): GlobalField {
    const globals = this.s.globals;
    return { kind: "global", id: this.idAt(globals, g.index), name: globals.annotations[g.index], exports: [], type: this.globalType(g), init: this.constExpr(g.init ?? []), start: 0, end: 0 };
  }

  private globalType(g: Global): GlobalTypeNode {
    const node: GlobalTypeNode = { type: this.s.types.valType(g.type), mutable: g.mutable, start: 0, end: 0 };
    if (g.shared) node.shared = true;
    return node;
  }

  private tagField(t: Tag): TagField {
    const tags = this.s.tags;
    return { kind: "tag", id: this.idAt(tags, t.index), name: tags.annotations[t.index], exports: [], typeUse: this.s.types.typeUse(t.type), start: 0, end: 0 };
  }

  /** `(offset ...)`, or the bare expression when it is one folded instruction. */
  private offset(body: readonly Instr[]): OffsetNode {
    const single = this.singleFolded(body);
    return single !== undefined ? { keyword: false, instrs: single, start: 0, end: 0 } : { keyword: true, instrs: this.constExpr(body), start: 0, end: 0 };
  }

  /** A constant expression as one folded instruction, when it folds into one. */
  private singleFolded(body: readonly Instr[]): InstrNode[] | undefined {
    const instrs = new CodeRaiser(this.s, true).expr(body);
    const only = instrs[0];
    if (instrs.length !== 1 || (only.kind === "block" && !only.folded)) return undefined;
    return [asExpression(only)];
  }

  private elemField(e: Elem): ElemField {
    const s = this.s;
    const mode = e.mode;
    let modeNode: ElemField["mode"];
    switch (mode.kind) {
      case "passive":
        modeNode = { kind: "passive" };
        break;
      case "declarative":
        modeNode = { kind: "declare" };
        break;
      case "active":
        modeNode = { kind: "active", offset: this.offset(mode.offset) };
        if (!e.implicitTable) modeNode.table = s.tables.ref(mode.table.index);
        break;
    }
    let list: ElemListNode;
    if (e.funcIndices) {
      const funcs = e.items.map((item) => s.funcs.ref(item[0].func!.index));
      list = { funcKeyword: true, funcs, start: 0, end: 0 };
    } else {
      const items = e.items.map((item): ElemItemNode => {
        const single = this.singleFolded(item);
        return single !== undefined ? { item: false, instrs: single, start: 0, end: 0 } : { item: true, instrs: this.constExpr(item), start: 0, end: 0 };
      });
      list = { type: s.types.refType(e.type), funcKeyword: false, items, start: 0, end: 0 };
    }
    const node: ElemField = { kind: "elem", id: this.id(s.elems.ids[e.index]), mode: modeNode, list, start: 0, end: 0 };
    const name = s.elems.annotations[e.index];
    if (name !== undefined) node.name = name;
    return node;
  }

  private dataField(d: Data): DataField {
    const s = this.s;
    const mode = d.mode;
    const strings = [{ bytes: d.bytes, start: 0, end: 0 }];
    const id = this.id(s.datas.ids[d.index]);
    const name = s.datas.annotations[d.index];
    let node: DataField;
    if (mode.kind === "passive") {
      node = { kind: "data", id, mode: { kind: "passive" }, strings, start: 0, end: 0 };
    } else {
      const active: DataField["mode"] = { kind: "active", offset: this.offset(mode.offset) };
      if (!d.implicitMemory) active.memory = s.memories.ref(mode.memory.index);
      node = { kind: "data", id, mode: active, strings, start: 0, end: 0 };
    }
    if (name !== undefined) node.name = name;
    return node;
  }
}
