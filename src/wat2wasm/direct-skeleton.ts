/**
 * A module's skeleton (its text with the function bodies cut out,
 * `syntax/func-bodies.ts`) read into the AST without the parser, token by
 * token with the body scanner (`direct-scan.ts`): the fields compilers and
 * tests mostly write (types, imports, function headers, tables, memories,
 * globals, exports, start, element and data segments, tags, custom
 * sections as `(@custom ...)`, the `(@producers ...)` annotation printers
 * write at the end, `(@dylink.0 ...)`, the `(@watkit.exact ...)` notes, `(@name ...)`
 * after a module's or definition's keyword or id, and annotations between
 * fields that mean nothing to watkit) with constant expressions of plain
 * instructions.
 *
 * The nodes are the ones the parser builds, so resolution, encoding, names
 * and feature checks are unchanged. Anything else (another annotation, a compact
 * import group, a shared or exact type, a page size, an abbreviation it does
 * not know, a literal out of range, text the parser would reject) makes it
 * give up on the whole skeleton: the caller then parses it, which gives
 * today's model and today's errors.
 */
import { instrAt } from "../isa/instructions.js";
import type { AbsHeapType, ExportKind, NumType, PackedType } from "../types/value-types.js";
import type { SectionId } from "../types/sections.js";
import { encodeProducers, PRODUCER_FIELDS, type Producer, type ProducerFieldName } from "../types/producers.js";
import type {
  CompTypeNode,
  CustomField,
  DataField,
  ElemField,
  ElemItemNode,
  ElemListNode,
  ExactAnnotation,
  FieldTypeNode,
  FuncField,
  GlobalTypeNode,
  HeapTypeNode,
  Id,
  ImportDescNode,
  InlineExport,
  InlineImport,
  InstrNode,
  LimitsNode,
  LocalNode,
  ModuleField,
  ModuleNode,
  NumLit,
  OffsetNode,
  ParamNode,
  PlainInstrNode,
  Ref,
  RefTypeNode,
  ResultNode,
  StringLit,
  SubTypeNode,
  TableField,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "../syntax/ast.js";
import { SHAPE_LANES, SHORT_REF } from "../syntax/keyword-tables.js";
import { LiteralError, parseF32Bits, parseF64Bits, parseInt32, parseInt64, parseName, parseNat32, parseNat64, parseString } from "../syntax/literals.js";
import { MAX_FOLDED_DEPTH } from "../syntax/nesting.js";
import { annotationEnd, charsOf, isIdChar, stringEnd } from "../syntax/token-ends.js";
import { isInterpreted, readDylinkAt, readExactAt, SECTIONS } from "../syntax/annotations.js";
import { WatError } from "../syntax/errors.js";
import { ATOM, BodyScanner, CLOSE, END, GIVE_UP, giveUp, OPEN, OTHER } from "./direct-scan.js";
import { setLane } from "./v128-lanes.js";
import { fitted, objectList } from "../module/empty.js";

const DOLLAR = 0x24;
const QUOTE = 0x22;

const NUM_TYPES: ReadonlySet<string> = new Set<NumType>(["i32", "i64", "f32", "f64", "v128"]);
const PACKED_TYPES: ReadonlySet<string> = new Set<PackedType>(["i8", "i16"]);
/** The heap type keywords: those the short reference forms name. */
const ABS_HEAPS: ReadonlySet<string> = new Set(Object.values(SHORT_REF));
/** What may follow an annotation's id that the reader takes: whitespace or a parenthesis. */
const ANNOTATION_ID_ENDS: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29]);
const EXPORT_KINDS: ReadonlySet<string> = new Set<ExportKind>(["func", "table", "memory", "global", "tag"]);

interface Definable {
  id?: Id;
  name?: string;
  exports: InlineExport[];
  import?: InlineImport;
}

/** The module of a skeleton's text, or undefined when the direct reader does not take it. */
export function readSkeleton(text: string): ModuleNode | undefined {
  try {
    return new SkeletonReader(text).module();
  } catch (error) {
    if (error === GIVE_UP || error instanceof LiteralError) return undefined;
    throw error;
  }
}

class SkeletonReader {
  private readonly s = new BodyScanner();
  /** Folded instructions open around the one being read. */
  private nesting = 0;

  constructor(private readonly text: string) {
    this.s.reset(text, 0, text.length);
  }

  module(): ModuleNode {
    const s = this.s;
    const start = s.start;
    const wrapped = this.open("module");
    const id = wrapped ? this.optId() : undefined;
    const name = wrapped ? this.optName() : undefined;
    const fields: ModuleField[] = [];
    const exact: ExactAnnotation[] = [];
    for (;;) {
      if (s.kind === OPEN) this.field(fields);
      else if (this.annotationIs("producers")) fields.push(this.producers());
      else if (this.annotationIs("custom")) fields.push(this.custom());
      else if (this.annotationIs("dylink.0")) fields.push(this.dylink());
      else if (this.annotationIs("watkit.exact")) exact.push(this.annotation(readExactAt));
      else if (!this.skipUninterpreted()) break;
    }
    const end = wrapped ? this.close() : this.text.length;
    if (s.kind !== END) giveUp();
    const module: ModuleNode = wrapped ? { kind: "module", id, name, definition: undefined, fields, start, end } : { kind: "module", implicit: true, fields, start: 0, end };
    if (exact.length > 0) module.exact = exact;
    return module;
  }

  private field(fields: ModuleField[]): void {
    const s = this.s;
    const start = s.start;
    s.next();
    if (s.kind !== ATOM) giveUp();
    const keyword = s.token;
    s.next();
    switch (keyword) {
      case "type":
        fields.push(this.typeDef(start));
        return;
      case "rec": {
        const types: TypeField[] = [];
        for (let at = s.start; this.open("type"); at = s.start) types.push(this.typeDef(at));
        fields.push({ kind: "rec", types, start, end: this.close() });
        return;
      }
      case "import": {
        const module = this.name();
        const name = this.name();
        const desc = this.importDesc();
        fields.push({ kind: "import", module, name, desc, start, end: this.close() });
        return;
      }
      case "func":
        fields.push(this.func(start));
        return;
      case "table":
        fields.push(this.table(start));
        return;
      case "memory":
        fields.push(this.memory(start));
        return;
      case "global": {
        const definable = this.definable();
        const type = this.globalType();
        const init = this.instrs();
        if (definable.import && init.length > 0) giveUp();
        fields.push({ kind: "global", ...definable, type, init, start, end: this.close() });
        return;
      }
      case "tag":
        fields.push({ kind: "tag", ...this.definable(), typeUse: this.typeUse(), start, end: this.close() });
        return;
      case "export": {
        const name = this.name();
        this.expect(OPEN);
        const kind = s.kind === ATOM && EXPORT_KINDS.has(s.token) ? (s.token as ExportKind) : giveUp();
        s.next();
        const ref = this.ref();
        this.close();
        fields.push({ kind: "export", name, exportKind: kind, ref, start, end: this.close() });
        return;
      }
      case "start":
        fields.push({ kind: "start", func: this.ref(), start, end: this.close() });
        return;
      case "elem":
        fields.push(this.elem(start));
        return;
      case "data":
        fields.push(this.data(start));
        return;
      default:
        giveUp();
    }
  }

  // -------------------------------------------------------------------------
  // Types

  /** `(type $id? subtype)`, its `(type` read. */
  private typeDef(start: number): TypeField {
    const id = this.optId();
    const name = this.optName();
    const s = this.s;
    const at = s.start;
    let type: SubTypeNode;
    if (this.open("sub")) {
      const final = this.keyword("final");
      const supertypes: Ref[] = [];
      while (s.kind === ATOM) supertypes.push(this.ref());
      type = { sub: true, final, supertypes, comp: this.compType(), start: at, end: 0 };
      type.end = this.close();
    } else {
      const comp = this.compType();
      type = { sub: false, final: true, supertypes: [], comp, start: comp.start, end: comp.end };
    }
    const field: TypeField = { kind: "type", id, type, start, end: this.close() };
    if (name !== undefined) field.name = name;
    return field;
  }

  private compType(): CompTypeNode {
    const s = this.s;
    const start = s.start;
    this.expect(OPEN);
    if (s.is("func")) {
      s.next();
      const params = this.params(true);
      const results = this.results();
      return { kind: "func", params, results, start, end: this.close() };
    }
    if (s.is("struct")) {
      s.next();
      const fields = [];
      for (let at = s.start; this.open("field"); at = s.start) {
        const id = this.optId();
        const types: FieldTypeNode[] = [];
        if (id !== undefined) types.push(this.fieldType());
        else while (s.kind !== CLOSE) types.push(this.fieldType());
        fields.push({ id, types, start: at, end: this.close() });
      }
      return { kind: "struct", fields, start, end: this.close() };
    }
    if (s.is("array")) {
      s.next();
      const element = this.fieldType();
      return { kind: "array", element, start, end: this.close() };
    }
    return giveUp();
  }

  private fieldType(): FieldTypeNode {
    const s = this.s;
    const start = s.start;
    if (this.open("mut")) {
      const type = this.storageType();
      return { type, mutable: true, start, end: this.close() };
    }
    const type = this.storageType();
    return { type, mutable: false, start: type.start, end: type.end };
  }

  private storageType(): FieldTypeNode["type"] {
    const s = this.s;
    if (s.kind === ATOM && PACKED_TYPES.has(s.token)) {
      const node = { kind: "packed", type: s.token as PackedType, start: s.start, end: s.stop } as const;
      s.next();
      return node;
    }
    return this.valType() ?? giveUp();
  }

  /** A value type, consumed; undefined, with nothing consumed, when none is next. */
  private valType(): ValTypeNode | undefined {
    const s = this.s;
    const { start, stop } = s;
    if (s.kind === ATOM) {
      const token = s.token;
      if (NUM_TYPES.has(token)) {
        s.next();
        return { kind: "num", type: token as NumType, start, end: stop };
      }
      const short = SHORT_REF[token];
      if (short === undefined) return undefined;
      s.next();
      return { kind: "ref", nullable: true, heap: { kind: "abs", type: short, start, end: stop }, short: true, start, end: stop };
    }
    if (!this.open("ref")) return undefined;
    const nullable = this.keyword("null");
    const heap = this.heapType();
    return { kind: "ref", nullable, heap, short: false, start, end: this.close() };
  }

  private refType(): RefTypeNode {
    const type = this.valType();
    return type?.kind === "ref" ? type : giveUp();
  }

  private heapType(): HeapTypeNode {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    if (!ABS_HEAPS.has(s.token)) return this.ref();
    const node = { kind: "abs", type: s.token as AbsHeapType, start: s.start, end: s.stop } as const;
    s.next();
    return node;
  }

  /** `(param ...)*`; `named`: a parameter may have an id. */
  private params(named: boolean): ParamNode[] {
    const s = this.s;
    const params: ParamNode[] = [];
    for (let at = s.start; this.open("param"); at = s.start) {
      const id = named ? this.optId() : undefined;
      params.push({ id, types: this.valTypes(id !== undefined), start: at, end: this.close() });
    }
    return fitted(params);
  }

  private results(): ResultNode[] {
    const s = this.s;
    const results: ResultNode[] = [];
    for (let at = s.start; this.open("result"); at = s.start) results.push({ types: this.valTypes(false), start: at, end: this.close() });
    return fitted(results);
  }

  /** The types of a group up to its `)`: exactly one after an id. */
  private valTypes(one: boolean): ValTypeNode[] {
    const first = this.valType();
    if (first === undefined) return one ? giveUp() : objectList();
    const second = one ? undefined : this.valType();
    // Most groups hold one type: a list made for it, rather than one grown by a push and cut to its length.
    if (second === undefined) return [first];
    const types = [first, second];
    for (let type = this.valType(); type !== undefined; type = this.valType()) types.push(type);
    return fitted(types);
  }

  private typeUse(): TypeUseNode {
    const s = this.s;
    const start = s.start;
    let type: Ref | undefined;
    if (this.open("type")) {
      type = this.ref();
      this.close();
    }
    const params = this.params(true);
    const results = this.results();
    return { type, params, results, start, end: s.start === start ? start : this.lastEnd };
  }

  private limits(): LimitsNode {
    const s = this.s;
    const start = s.start;
    const addressType = this.addressType();
    const min = this.num();
    const max = s.kind === ATOM && isDigit(s.text.charCodeAt(s.start)) ? this.num() : undefined;
    return { addressType, min, max, shared: false, start, end: (max ?? min).end };
  }

  private addressType(): "i32" | "i64" | undefined {
    const s = this.s;
    if (!s.is("i32") && !s.is("i64")) return undefined;
    const type = s.token as "i32" | "i64";
    s.next();
    return type;
  }

  private memoryType(): LimitsNode {
    const limits = this.limits();
    if (this.s.is("shared")) {
      limits.shared = true;
      limits.end = this.s.stop;
      this.s.next();
    }
    return limits;
  }

  private globalType(): GlobalTypeNode {
    const s = this.s;
    const start = s.start;
    if (this.open("mut")) {
      const type = this.valType() ?? giveUp();
      return { type, mutable: true, start, end: this.close() };
    }
    const type = this.valType() ?? giveUp();
    return { type, mutable: false, start, end: type.end };
  }

  // -------------------------------------------------------------------------
  // Fields

  private importDesc(): ImportDescNode {
    const s = this.s;
    const start = s.start;
    this.expect(OPEN);
    if (s.kind !== ATOM) giveUp();
    const kind = s.token;
    s.next();
    const id = this.optId();
    const name = this.optName();
    switch (kind) {
      case "func":
        return { kind: "func", id, name, typeUse: this.typeUse(), start, end: this.close() };
      case "tag":
        return { kind: "tag", id, name, typeUse: this.typeUse(), start, end: this.close() };
      case "table": {
        const limits = this.limits();
        const elemType = this.refType();
        return { kind: "table", id, name, limits, elemType, start, end: this.close() };
      }
      case "memory":
        return { kind: "memory", id, name, limits: this.memoryType(), start, end: this.close() };
      case "global":
        return { kind: "global", id, name, type: this.globalType(), start, end: this.close() };
      default:
        return giveUp();
    }
  }

  /** The id, inline exports and inline import after a definition's keyword. */
  private definable(): Definable {
    const s = this.s;
    const id = this.optId();
    const name = this.optName();
    const exports: InlineExport[] = [];
    for (let at = s.start; this.open("export"); at = s.start) exports.push({ name: this.name(), start: at, end: this.close() });
    const at = s.start;
    if (!this.open("import")) return { id, name, exports, import: undefined };
    const module = this.name();
    const item = this.name();
    return { id, name, exports, import: { module, name: item, start: at, end: this.close() } };
  }

  /** A function's header; its body, cut out of the skeleton, is empty. */
  private func(start: number): FuncField {
    const s = this.s;
    const { id, name, exports, import: imp } = this.definable();
    const typeUse = this.typeUse();
    const locals: LocalNode[] = [];
    for (let at = s.start; this.open("local"); at = s.start) {
      const local = this.optId();
      locals.push({ id: local, types: this.valTypes(local !== undefined), start: at, end: this.close() });
    }
    if (imp && locals.length > 0) giveUp();
    return { kind: "func", id, name, exports, import: imp, typeUse, locals: fitted(locals), body: [], start, end: this.close() };
  }

  private table(start: number): TableField {
    const s = this.s;
    const definable = this.definable();
    const at = s.start;
    const addressType = this.addressType();
    if (s.kind === ATOM && isDigit(s.text.charCodeAt(s.start))) {
      s.seek(at);
      const limits = this.limits();
      const elemType = this.refType();
      const init = this.instrs();
      if (definable.import && init.length > 0) giveUp();
      return { kind: "table", ...definable, limits, elemType, init: init.length > 0 ? init : undefined, start, end: this.close() };
    }
    if (definable.import) giveUp();
    const elemType = this.refType();
    const listStart = s.start;
    if (!this.open("elem")) giveUp();
    const items: ElemItemNode[] = [];
    const funcs: Ref[] = [];
    if (s.kind === OPEN) while (s.kind === OPEN) items.push(this.elemItem());
    else while (s.kind === ATOM) funcs.push(this.ref());
    const listEnd = this.close();
    const list: ElemListNode = { type: elemType, funcKeyword: false, ...(items.length > 0 ? { items } : { funcs }), start: listStart, end: listEnd };
    const end = this.close();
    list.end = end - 1;
    return { kind: "table", ...definable, addressType, elemType, inlineElem: list, start, end };
  }

  private memory(start: number): ModuleField {
    const s = this.s;
    const definable = this.definable();
    if (s.kind === ATOM && isDigit(s.text.charCodeAt(s.start))) return { kind: "memory", ...definable, limits: this.memoryType(), start, end: this.close() };
    const at = s.start;
    const addressType = this.addressType();
    if (addressType !== undefined && s.kind === ATOM) {
      // `(memory i64 1)`: limits with an address type.
      s.seek(at);
      return { kind: "memory", ...definable, limits: this.memoryType(), start, end: this.close() };
    }
    if (definable.import || !this.open("data")) giveUp();
    const inlineData = this.strings();
    this.close();
    return { kind: "memory", ...definable, addressType, pageSize: undefined, inlineData, start, end: this.close() };
  }

  private elem(start: number): ElemField {
    const s = this.s;
    const id = this.optId();
    if (this.keyword("declare")) return { kind: "elem", id, mode: { kind: "declare" }, list: this.elemList() ?? giveUp(), start, end: this.close() };
    const passive = this.elemList();
    if (passive !== undefined) return { kind: "elem", id, mode: { kind: "passive" }, list: passive, start, end: this.close() };
    let table: Ref | undefined;
    const tableUse = this.open("table");
    if (tableUse) {
      table = this.ref();
      this.close();
    } else if (s.kind === ATOM) {
      table = isDigit(s.text.charCodeAt(s.start)) ? this.ref() : giveUp();
    }
    const offset = this.offset();
    let list = this.elemList();
    if (list === undefined) {
      // A bare list of functions is the abbreviation of a segment without a table use.
      if (tableUse) giveUp();
      const funcs: Ref[] = [];
      const listStart = s.kind === ATOM ? s.start : offset.end;
      while (s.kind === ATOM) funcs.push(this.ref());
      list = { funcKeyword: false, funcs, start: listStart, end: 0 };
      const end = this.close();
      list.end = end - 1;
      return { kind: "elem", id, mode: { kind: "active", table, offset }, list, start, end };
    }
    return { kind: "elem", id, mode: { kind: "active", table, offset }, list, start, end: this.close() };
  }

  /** `reftype item*` or `func idx*`; undefined, with nothing consumed, when neither is next. */
  private elemList(): ElemListNode | undefined {
    const s = this.s;
    const start = s.start;
    if (s.is("func")) {
      s.next();
      const funcs: Ref[] = [];
      while (s.kind === ATOM) funcs.push(this.ref());
      return { funcKeyword: true, funcs, start, end: funcs.at(-1)?.end ?? start + "func".length };
    }
    const type = this.valType();
    if (type === undefined) return undefined;
    if (type.kind !== "ref") giveUp();
    const items: ElemItemNode[] = [];
    while (s.kind === OPEN) items.push(this.elemItem());
    return { type, funcKeyword: false, items, start, end: items.at(-1)?.end ?? type.end };
  }

  private elemItem(): ElemItemNode {
    const { written, instrs, start, end } = this.expression("item");
    return { item: written, instrs, start, end };
  }

  private offset(): OffsetNode {
    const { written, instrs, start, end } = this.expression("offset");
    return { keyword: written, instrs, start, end };
  }

  /** `(keyword instr*)`, or one folded instruction for it; whether the keyword was written. */
  private expression(keyword: string): { written: boolean; instrs: InstrNode[]; start: number; end: number } {
    const start = this.s.start;
    if (!this.open(keyword)) {
      const instr = this.folded();
      return { written: false, instrs: [instr], start, end: instr.end };
    }
    const instrs = this.instrs();
    return { written: true, instrs, start, end: this.close() };
  }

  private data(start: number): DataField {
    const s = this.s;
    const id = this.optId();
    if (s.kind !== OPEN && !(s.kind === ATOM && isDigit(s.text.charCodeAt(s.start)))) {
      return { kind: "data", id, mode: { kind: "passive" }, strings: this.strings(), start, end: this.close() };
    }
    let memory: Ref | undefined;
    if (this.open("memory")) {
      memory = this.ref();
      this.close();
    } else if (s.kind === ATOM) {
      memory = isDigit(s.text.charCodeAt(s.start)) ? this.ref() : giveUp();
    }
    const offset = this.offset();
    return { kind: "data", id, mode: { kind: "active", memory, offset }, strings: this.strings(), start, end: this.close() };
  }

  // -------------------------------------------------------------------------
  // Constant expressions: plain instructions with the immediates they take

  /** Instructions up to the `)` of the group they are in. */
  private instrs(): InstrNode[] {
    const s = this.s;
    const list: InstrNode[] = [];
    for (;;) {
      if (s.kind === OPEN) list.push(this.folded());
      else if (s.kind === ATOM) list.push(this.plain());
      else return list;
    }
  }

  private folded(): InstrNode {
    const s = this.s;
    const start = s.start;
    if (++this.nesting > MAX_FOLDED_DEPTH) giveUp();
    this.expect(OPEN);
    const node = this.plain();
    const operands: InstrNode[] = [];
    while (s.kind === OPEN) operands.push(this.folded());
    node.folded = operands;
    node.start = start;
    node.end = this.close();
    this.nesting--;
    return node;
  }

  private plain(): PlainInstrNode {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    const op = instrAt(s.text, s.start, s.stop) ?? giveUp();
    if (op.ordered) giveUp();
    const node: PlainInstrNode = { kind: "plain", op, start: s.start, end: s.stop };
    this.advance();
    switch (op.imm) {
      case "none":
        break;
      case "func":
      case "global":
      case "type":
        node.refs = [this.ref()];
        break;
      case "type_count": {
        node.refs = [this.ref()];
        const count = this.s.kind === ATOM && isDigit(this.s.text.charCodeAt(this.s.start)) ? this.s : giveUp();
        const num = { text: count.token, start: count.start, end: count.stop };
        this.literal(parseNat32);
        node.nums = [num];
        break;
      }
      case "i32":
        node.i32 = this.shortDecimal() ?? this.literal(parseInt32);
        break;
      case "i64": {
        const short = this.shortDecimal();
        node.i64 = short !== undefined ? BigInt(short) : this.literal(parseInt64);
        break;
      }
      case "f32":
        node.i32 = this.literal(parseF32Bits);
        break;
      case "f64":
        node.i64 = this.literal(parseF64Bits);
        break;
      case "heap_type":
        node.heapType = this.heapType();
        break;
      case "v128":
        this.v128(node);
        break;
      default:
        giveUp();
    }
    node.end = this.lastEnd;
    return node;
  }

  /** `v128.const`'s shape and lanes: the bytes, and the lanes as written. */
  private v128(node: PlainInstrNode): void {
    const s = this.s;
    const shape = s.kind === ATOM ? (SHAPE_LANES[s.token] ?? giveUp()) : giveUp();
    node.shape = s.token;
    this.advance();
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    const lanes: NumLit[] = [];
    for (let i = 0; i < shape.lanes; i++) {
      if (s.kind !== ATOM) giveUp();
      lanes.push({ text: s.token, start: s.start, end: s.stop });
      setLane(view, shape, i, s.token);
      this.advance();
    }
    node.lanes = lanes;
    node.bytes = bytes;
  }

  // -------------------------------------------------------------------------
  // Annotations

  /** Whether the current token opens the annotation `(@id`, followed by whitespace or a parenthesis. */
  private annotationIs(id: string): boolean {
    const s = this.s;
    const at = s.start + 2 + id.length;
    return s.kind === OTHER && s.text.startsWith("(@" + id, s.start) && ANNOTATION_ID_ENDS.has(s.text.charCodeAt(at));
  }

  /** The `(@name "...")` right after a definition's keyword or id, the name it gives. */
  private optName(): string | undefined {
    if (!this.annotationIs("name")) return undefined;
    const s = this.s;
    s.seek(s.start + "(@name".length);
    const name = this.name();
    this.close();
    // A second name is the parser's to refuse.
    if (this.annotationIs("name")) giveUp();
    return name;
  }

  /** Past an annotation between fields that means nothing to watkit (the parser keeps it only for printing); whether one was there. */
  private skipUninterpreted(): boolean {
    const s = this.s;
    const text = this.text;
    if (s.kind !== OTHER || !text.startsWith("(@", s.start)) return false;
    const charAt = (at: number): number => (at < text.length ? text.charCodeAt(at) : -1);
    const idStart = s.start + 2;
    let id: string;
    if (charAt(idStart) === QUOTE) {
      const idEnd = stringEnd(charAt, idStart);
      id = idEnd < 0 ? giveUp() : parseName(text.slice(idStart, idEnd));
      if (id === "") giveUp();
    } else {
      let idEnd = idStart;
      while (isIdChar(charAt(idEnd))) idEnd++;
      id = text.slice(idStart, idEnd);
    }
    if (isInterpreted(id)) return false;
    const end = annotationEnd(charAt, s.start, giveUp);
    if (end < 0) giveUp();
    s.seek(end);
    return true;
  }

  /** `(@custom "name" (before|after SECTION)? "data"*)`: a custom section, a field as the parser places it. */
  private custom(): CustomField {
    const s = this.s;
    const start = s.start;
    s.seek(start + "(@custom".length);
    const name = this.name();
    let place: CustomField["place"];
    if (s.kind === OPEN) {
      this.advance();
      const position = s.kind === ATOM && (s.token === "before" || s.token === "after") ? s.token : giveUp();
      this.advance();
      const section = s.kind === ATOM ? s.token : giveUp();
      const extreme = (position === "before" && section === "first") || (position === "after" && section === "last");
      if (!SECTIONS.has(section) && !extreme) giveUp();
      this.advance();
      this.close();
      place = { position, section: section as SectionId | "first" | "last" };
    }
    const strings = this.strings();
    return { kind: "custom", name, place, strings, start, end: this.close() };
  }

  /** `(@dylink.0 ...)`: the dylink.0 section, a field as the parser places it. */
  private dylink(): CustomField {
    const start = this.s.start;
    const read = this.annotation(readDylinkAt);
    return { kind: "custom", name: read.name, place: read.place, strings: read.strings, dylink: read.dylink, start, end: read.end };
  }

  /** The annotation at the scanner, read by the parser's own reader `read`; one the parser would reject is left to it. */
  private annotation<T>(read: (text: string, start: number, end: number) => T): T {
    const s = this.s;
    const text = this.text;
    const start = s.start;
    const end = annotationEnd(charsOf(text), start, giveUp);
    if (end < 0) giveUp();
    let result: T;
    try {
      result = read(text, start, end);
    } catch (error) {
      // Its offset is in the skeleton: the parser reports it in the text as given.
      if (error instanceof WatError) giveUp();
      throw error;
    }
    s.seek(end);
    return result;
  }

  /** `(@producers (FIELD "name" "version")*)`: the producers section, a field as the parser places it. */
  private producers(): CustomField {
    const s = this.s;
    const start = s.start;
    s.seek(start + "(@producers".length);
    const producers: Producer[] = [];
    while (s.kind === OPEN) {
      this.advance();
      const field = s.kind === ATOM && (PRODUCER_FIELDS as readonly string[]).includes(s.token) ? (s.token as ProducerFieldName) : giveUp();
      this.advance();
      producers.push({ field, name: this.name(), version: this.name() });
      this.close();
    }
    const end = this.close();
    return { kind: "custom", name: "producers", strings: [{ start, end, bytes: encodeProducers(producers) }], producers, start, end };
  }

  // -------------------------------------------------------------------------
  // Tokens

  /** Where the token last consumed ends. */
  private lastEnd = 0;

  /** Moves past the current token, remembering where it ends. */
  private advance(): void {
    this.lastEnd = this.s.stop;
    this.s.next();
  }

  private expect(kind: number): void {
    if (this.s.kind !== kind) giveUp();
    this.advance();
  }

  /** Past the `)` that closes a group; where it ends. */
  private close(): number {
    this.expect(CLOSE);
    return this.lastEnd;
  }

  /** Whether the atom `word` is next, consumed if so. */
  private keyword(word: string): boolean {
    if (!this.s.is(word)) return false;
    this.advance();
    return true;
  }

  /** Whether `(word` is next, consumed if so. */
  private open(word: string): boolean {
    const s = this.s;
    if (s.kind !== OPEN) return false;
    const at = s.start;
    // Nearly always the keyword follows the `(` directly: told from the text, without scanning tokens ahead and back.
    const text = this.text;
    const first = text.charCodeAt(at + 1);
    if (isIdChar(first)) {
      const after = text.charCodeAt(at + 1 + word.length);
      if (!text.startsWith(word, at + 1) || isIdChar(after) || after === QUOTE) return false;
      s.next();
      this.advance();
      return true;
    }
    s.next();
    if (s.is(word)) {
      this.advance();
      return true;
    }
    s.seek(at);
    return false;
  }

  private optId(): Id | undefined {
    const s = this.s;
    if (s.kind !== ATOM || s.text.charCodeAt(s.start) !== DOLLAR) return undefined;
    const name = s.idName;
    if (name === "") giveUp();
    const id = { name, start: s.start, end: s.stop };
    this.advance();
    return id;
  }

  /** An index or an `$id`. */
  private ref(): Ref {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    const { start, stop } = s;
    const id = this.optId();
    if (id !== undefined) return { kind: "id", name: id.name, start, end: stop };
    if (!isDigit(s.text.charCodeAt(start))) giveUp();
    return { kind: "index", value: this.shortDecimal() ?? this.literal(parseNat32), start, end: stop };
  }

  /** A u64 literal as written (limits are range-checked by validation, only u64 by the syntax). */
  private num(): NumLit {
    const s = this.s;
    if (s.kind !== ATOM || !isDigit(s.text.charCodeAt(s.start))) giveUp();
    const node = { text: s.token, start: s.start, end: s.stop };
    if (this.shortDecimal() === undefined) this.literal(parseNat64);
    return node;
  }

  /** The current atom as `BodyScanner.shortDecimal` reads it, consumed; undefined, with nothing consumed, for any other. */
  private shortDecimal(): number | undefined {
    const value = this.s.shortDecimal();
    if (value !== undefined) this.advance();
    return value;
  }

  /** The current atom read by a literal parser (which throws `LiteralError` on a bad one), consumed. */
  private literal<T>(read: (text: string) => T): T {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    const value = read(s.token);
    this.advance();
    return value;
  }

  /** The string token next, its text; undefined when no string is next. */
  private stringToken(): { text: string; start: number; end: number } | undefined {
    const s = this.s;
    if (s.kind !== OTHER || s.text.charCodeAt(s.start) !== QUOTE) return undefined;
    const text = this.text;
    const start = s.start;
    const end = stringEnd((at) => (at < text.length ? text.charCodeAt(at) : -1), start);
    // A string run into an atom or another string is one malformed token.
    if (end < 0 || isIdChar(text.charCodeAt(end)) || text.charCodeAt(end) === QUOTE) giveUp();
    this.lastEnd = end;
    s.seek(end);
    return { text: text.slice(start, end), start, end };
  }

  private name(): string {
    const token = this.stringToken() ?? giveUp();
    return parseName(token.text);
  }

  private strings(): StringLit[] {
    const strings: StringLit[] = [];
    for (let token = this.stringToken(); token !== undefined; token = this.stringToken()) {
      strings.push({ bytes: parseString(token.text), start: token.start, end: token.end });
    }
    return strings;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
