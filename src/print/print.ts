/**
 * print: text AST -> WAT text, flat or folded as the AST says (see
 * `layout.ts` for the layout rules, `literals.ts` for the spelling of
 * numbers, strings and ids).
 *
 * The core writes UTF-8 chunks of about 64 KB to a sink (`text-out.ts`), so
 * that output larger than a JavaScript string can hold streams to a file;
 * `print` decodes and joins the chunks for ordinary sizes. `printModule` raises and prints a Module one field at a
 * time, so only one field's AST exists at once.
 *
 * Consumes the AST only (and `raise` for Modules, whose flat function bodies
 * it writes from the model: `flat-body.ts`); literal spellings come from the
 * decoded values, so a printed constant is exact, not as written.
 */
import type {
  BlockInstrNode,
  CustomField,
  DataField,
  ElemField,
  ElemListNode,
  ExportField,
  FieldTypeNode,
  GlobalField,
  GlobalTypeNode,
  FuncField,
  HeapTypeNode,
  ImportDescNode,
  ImportField,
  InlineExport,
  InlineImport,
  InstrNode,
  LimitsNode,
  MemoryField,
  ModuleField,
  ModuleNode,
  ParamNode,
  PlainInstrNode,
  RecField,
  SExpr,
  Ref,
  RefTypeNode,
  ResultNode,
  StartField,
  StorageTypeNode,
  StringLit,
  SubTypeNode,
  TableField,
  TagField,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "../syntax/ast.js";
import type { EntityImm, StructuredImm } from "../isa/imm-groups.js";
import { type DylinkEntry, flagWords } from "../types/dylink.js";
import type { Module } from "../module/model.js";
import { type ModelBodyField, raise, type RaisedParts } from "../module/raise.js";
import type { RaiseSpaces } from "../module/raise-code.js";
import { exactText } from "./exact-text.js";
import { CHUNK_SIZE, foldsOnOneLine, INDENT, MAX_INDENT_DEPTH, newline, newlineBytes, PRINT_WIDTH } from "./layout.js";
import { FlatBodyPrinter, mnemonic } from "./flat-body.js";
import { bytesText, f32Text, f64Text, idText, isPlainName, metadataText, nameText } from "./literals.js";
import { asciiBytes, type Sink, TextOut } from "./text-out.js";
import { Wrap } from "./wrap.js";

export interface PrintOptions {
  /** For a Module: fold instructions into expressions (default false). An AST prints as it is. */
  folded?: boolean;
  /** For a Module: write its names as `$ids` (default true). */
  names?: boolean;
  /** Write `(;N;)` after the id of each module-level definition (default true). */
  indexComments?: boolean;
  /** Break lines wider than this where `format` breaks them (default `PRINT_WIDTH`, 80). */
  printWidth?: number;
}

/** Options for tests and the threads that print a module's functions apart. */
export interface InternalPrintOptions extends PrintOptions {
  /** For a Module: print flat bodies from raised nodes, as folded ones are, not from the model (`flat-body.ts`): the two texts are the same. */
  nodeBodies?: boolean;
  /** For `printStream`: the sink is done with each chunk when it returns, so it is lent one, not given it (see `TextOut`). */
  lendChunks?: boolean;
  /** For `print`: about how many bytes of text to expect, to size the buffer it gathers in (see `TextOut`). */
  expectedBytes?: number;
}

export type { Sink };

export function print(input: ModuleNode | Module, options: InternalPrintOptions = {}): string {
  const out = new TextOut(undefined, false, options.expectedBytes);
  printInto(input, options, out);
  return out.whole();
}

/** `print` of a module raised by the caller (see `wasm2wat/runs.ts`). */
export function printRaised(parts: RaisedParts, options: InternalPrintOptions): string {
  const out = new TextOut(undefined, false, options.expectedBytes);
  new Printer(out, options, parts.bodySpaces).module(parts.header, parts.fields);
  return out.whole();
}

/** `printStream` of a module raised by the caller (see `wasm2wat/runs.ts`). */
export function printRaisedStream(parts: RaisedParts, options: InternalPrintOptions, write: Sink): void {
  const out = new TextOut(write, options.lendChunks);
  new Printer(out, options, parts.bodySpaces).module(parts.header, parts.fields);
  out.finish();
}

/** Prints into `write` in chunks; a Module is raised and printed field by field, never whole. */
export function printStream(input: ModuleNode | Module, options: InternalPrintOptions, write: Sink): void {
  const out = new TextOut(write, options.lendChunks);
  printInto(input, options, out);
  out.finish();
}

function printInto(input: ModuleNode | Module, options: InternalPrintOptions, out: TextOut): void {
  if ("kind" in input) {
    new Printer(out, options).module(input, input.fields);
  } else {
    const { header, fields, bodySpaces } = raise(input, { folded: options.folded, names: options.names, modelBodies: options.nodeBodies !== true });
    new Printer(out, options, bodySpaces).module(header, fields);
  }
}

/** Text printed apart (`printFields`) for a run of a module's functions, written in their place. */
export interface PrintedFuncs {
  kind: "printed";
  /** Their text, as the chunks `printFields` wrote. */
  chunks: readonly Uint8Array[];
  /** How many functions it holds (for the index comments of those after it). */
  funcs: number;
}

/** `printStream` of a module raised elsewhere, some of whose runs of functions are printed already. */
export function printSplicedStream(header: ModuleNode, fields: Iterable<ModuleField | PrintedFuncs>, options: PrintOptions, write: Sink): void {
  const out = new TextOut(write);
  new Printer(out, options).module(header, fields);
  out.finish();
}

/**
 * Function fields as `printStream` prints them in a module (each after a
 * line break, at depth 1), the first being the function `firstIndex`: for
 * threads that print a module's functions apart. With `lend`, as
 * `InternalPrintOptions.lendChunks`.
 */
export function printFields(fields: Iterable<FuncField>, options: PrintOptions, firstIndex: number, write: Sink, lend = false): void {
  const out = new TextOut(write, lend);
  new Printer(out, options).funcRun(fields, firstIndex);
  out.finish();
}

const SHORTHAND: Readonly<Record<string, string>> = {
  func: "funcref",
  extern: "externref",
  any: "anyref",
  eq: "eqref",
  i31: "i31ref",
  struct: "structref",
  array: "arrayref",
  exn: "exnref",
  none: "nullref",
  noextern: "nullexternref",
  nofunc: "nullfuncref",
  noexn: "nullexnref",
  cont: "contref",
  nocont: "nullcontref",
};


/** An id as text and as UTF-8. */
interface IdForms {
  text: string;
  bytes: Uint8Array;
}

/**
 * Ids of short names, kept from one print to the next: modules printed one
 * by one (a test suite's) use the same few names, and making a map per
 * print cost more than its look-ups saved. Once full it takes no more, so
 * the memory stays bounded; a print's other ids go to a map of its own.
 */
const sharedIds = new Map<string, IdForms>();
const SHARED_IDS = 4096;
const SHARED_NAME_LENGTH = 64;

/** Prints a field of one kind at `depth` (see `Printer.FIELD_LINES`). */
type FieldLines<F extends ModuleField> = (this: Printer, f: F, depth: number) => void;

/** Index spaces counted for `(;N;)` comments. */
type Counted = "type" | "func" | "table" | "memory" | "global" | "tag" | "elem" | "data";

class Printer {
  private readonly o: TextOut;
  private readonly wrap: Wrap;
  private readonly counts: Record<Counted, number> = {
    type: 0, func: 0, table: 0, memory: 0, global: 0, tag: 0, elem: 0, data: 0,
  };
  private readonly indexComments: boolean;
  private readonly width: number;
  /** Ids that `sharedIds` does not take. */
  private ownIds: Map<string, IdForms> | undefined;
  /** The type use `typeUse` spelled last, and its text. */
  private lastUse: TypeUseNode | undefined;
  private lastUseText = "";
  /** Prints bodies from the model: made with the printer when `raise` names their spaces, else for the first such body. */
  private flat: FlatBodyPrinter | undefined;

  /**
   * With `bodySpaces`, the printer of model bodies is made here rather than
   * for the first one: code that runs once per print inside the printing of
   * a function, which V8 optimises during a large module, throws that away
   * when the next print runs it.
   */
  constructor(out: TextOut, options: PrintOptions, bodySpaces?: RaiseSpaces) {
    this.o = out;
    this.width = options.printWidth ?? PRINT_WIDTH;
    this.wrap = new Wrap(this.o, this.width);
    this.indexComments = options.indexComments !== false;
    if (bodySpaces !== undefined) this.flat = new FlatBodyPrinter(this.o, this.wrap, this, bodySpaces);
  }

  module(header: ModuleNode, fields: Iterable<ModuleField | PrintedFuncs>): void {
    let head = "(module";
    if (header.id !== undefined) head += ` ${this.id(header.id.name)}`;
    if (header.name !== undefined) head += ` (@name ${nameText(header.name)})`;
    this.o.text(head);
    let group: ImportField | undefined;
    for (const field of fields) {
      if (group !== undefined && (field.kind !== "import" || field.group !== group.group)) group = this.closeImportGroup(group);
      if (field.kind === "printed") {
        for (const chunk of field.chunks) this.o.pass(chunk);
        this.counts.func += field.funcs;
        continue;
      }
      if (field.kind === "import" && field.group !== undefined) {
        if (group === undefined) {
          this.line(1);
          this.o.text(`(import ${nameText(field.module)}`);
        }
        group = field;
        this.importItem(field);
        continue;
      }
      this.line(1);
      this.field(field, 1);
      this.o.boundary();
    }
    if (group !== undefined) this.closeImportGroup(group);
    for (const annotation of header.exact ?? []) {
      this.line(1);
      this.o.text(exactText(annotation));
      this.o.boundary();
    }
    this.line(0);
    this.o.text(")\n");
  }

  funcRun(fields: Iterable<FuncField>, firstIndex: number): void {
    this.counts.func = firstIndex;
    for (const field of fields) {
      this.line(1);
      this.field(field, 1);
      this.o.boundary();
    }
  }

  // -------------------------------------------------------------------------
  // Names, references, types

  private id(name: string): string {
    return this.idForms(name).text;
  }

  private idForms(name: string): IdForms {
    const known = sharedIds.get(name) ?? this.ownIds?.get(name);
    if (known !== undefined) return known;
    const text = idText(name);
    const forms = { text, bytes: encoder.encode(text) };
    if (sharedIds.size < SHARED_IDS && name.length <= SHARED_NAME_LENGTH) sharedIds.set(name, forms);
    else (this.ownIds ??= new Map()).set(name, forms);
    return forms;
  }

  private ref(r: Ref): string {
    return r.kind === "index" ? String(r.value) : this.id(r.name);
  }

  /** ` $id (@name "...") (;N;)`: what follows the keyword of a definition. */
  /** An entity's id, `@name` and index comment; a description shared by a group's items (`counted` false) has none of the three. */
  private definition(space: Counted, id: { name: string } | undefined, name?: string, counted = true): string {
    let text = "";
    if (id !== undefined) text += ` ${this.id(id.name)}`;
    text += nameAnnotation(name);
    if (!counted) return text;
    const index = this.counts[space]++;
    if (this.indexComments) text += ` (;${index};)`;
    return text;
  }

  /**
   * `definition`, written out: the pieces go to the output, not into a
   * string first, for the fields of which small modules have the most
   * (functions, types, exports), each of whose text was a string built and
   * then copied.
   */
  private writeDefinition(space: Counted, id: { name: string } | undefined, name: string | undefined): void {
    const o = this.o;
    if (id !== undefined) {
      o.byte(SPACE);
      o.bytes(this.idForms(id.name).bytes);
    }
    if (name !== undefined) o.text(nameAnnotation(name));
    const index = this.counts[space]++;
    if (this.indexComments) {
      o.bytes(INDEX_OPEN);
      o.int(index);
      o.bytes(INDEX_CLOSE);
    }
  }

  /** `nameText`, written out. */
  private writeName(name: string): void {
    const o = this.o;
    if (!isPlainName(name)) {
      o.text(nameText(name));
      return;
    }
    o.byte(QUOTE);
    o.text(name);
    o.byte(QUOTE);
  }

  heapType(h: HeapTypeNode): string {
    if (h.kind !== "abs") return this.ref(h);
    return h.shared ? `(shared ${h.type})` : h.type;
  }

  refType(t: RefTypeNode): string {
    if (t.short && t.nullable && t.heap.kind === "abs") return t.heap.shared ? `(shared ${SHORTHAND[t.heap.type]})` : SHORTHAND[t.heap.type];
    const heap = t.exact ? `(exact ${this.heapType(t.heap)})` : this.heapType(t.heap);
    return t.nullable ? `(ref null ${heap})` : `(ref ${heap})`;
  }

  valType(t: ValTypeNode): string {
    return t.kind === "num" ? t.type : this.refType(t);
  }

  private storageType(t: StorageTypeNode): string {
    return t.kind === "packed" ? t.type : this.valType(t);
  }

  private globalType(g: GlobalTypeNode): string {
    const type = g.mutable ? `mut ${this.valType(g.type)}` : this.valType(g.type);
    if (g.shared) return `(shared ${type})`;
    if (g.mutable) return `(${type})`;
    // A bare `(shared eqref)` here would read as a shared global.
    const t = g.type;
    if (t.kind === "ref" && t.short && t.nullable && t.heap.kind === "abs" && t.heap.shared) return `(ref null ${this.heapType(t.heap)})`;
    return type;
  }

  private fieldType(f: FieldTypeNode): string {
    return f.mutable ? `(mut ${this.storageType(f.type)})` : this.storageType(f.type);
  }

  private types(keyword: string, types: readonly ValTypeNode[]): string {
    let text = `(${keyword}`;
    for (const t of types) text += ` ${this.valType(t)}`;
    return text + ")";
  }

  private params(params: readonly ParamNode[]): string {
    let text = "";
    for (const p of params) {
      if (p.id !== undefined) text += ` (param ${this.id(p.id.name)}${nameAnnotation(p.name)} ${this.valType(p.types[0])})`;
      else text += ` ${this.types(`param${nameAnnotation(p.name)}`, p.types)}`;
    }
    return text;
  }

  private results(results: readonly ResultNode[]): string {
    let text = "";
    for (const r of results) text += ` ${this.types("result", r.types)}`;
    return text;
  }

  /**
   * A type use, with a leading space when not empty. The last one's text is
   * kept: a raised module's functions of one type share its node (see
   * `TypeNodes.typeUse`), and runs of them are common.
   */
  private typeUse(use: TypeUseNode): string {
    if (use !== this.lastUse) {
      this.lastUseText = this.typeUseText(use);
      this.lastUse = use;
    }
    return this.lastUseText;
  }

  private typeUseText(use: TypeUseNode): string {
    let text = use.type !== undefined ? ` (type ${this.ref(use.type)})` : "";
    if (use.params.length > 0) text += this.params(use.params);
    if (use.results.length > 0) text += this.results(use.results);
    return text;
  }

  /** A shared table says so before its limits, a shared memory after them. */
  private limits(l: LimitsNode, of: "table" | "memory"): string {
    let text = l.shared && of === "table" ? "shared " : "";
    if (l.addressType === "i64") text += "i64 ";
    text += l.min.text;
    if (l.max !== undefined) text += ` ${l.max.text}`;
    if (l.shared && of === "memory") text += " shared";
    return l.pageSize !== undefined ? `${text} (pagesize ${l.pageSize.text})` : text;
  }

  private strings(strings: readonly StringLit[]): void {
    for (const s of strings) {
      this.o.text(" ");
      const bytes = s.bytes;
      // Large data segments are written in pieces, flushing between them.
      if (bytes.length <= CHUNK_SIZE) {
        this.o.text(bytesText(bytes));
        continue;
      }
      for (let at = 0; at < bytes.length; at += CHUNK_SIZE) {
        const piece = bytesText(bytes.subarray(at, at + CHUNK_SIZE));
        this.o.text(at === 0 ? piece.slice(0, -1) : at + CHUNK_SIZE >= bytes.length ? piece.slice(1) : piece.slice(1, -1));
        this.o.boundary();
      }
    }
  }

  /**
   * A definition's inline exports and import. A raised module has none (its
   * exports are fields), so the words are made apart and a print of one
   * compiles none of them into each kind of definition's field.
   */
  private inlineExports(exports: readonly InlineExport[], imp: InlineImport | undefined): string {
    return exports.length === 0 && imp === undefined ? "" : this.inlineExportWords(exports, imp);
  }

  private inlineExportWords(exports: readonly InlineExport[], imp: InlineImport | undefined): string {
    let text = "";
    for (const e of exports) text += ` (export ${nameText(e.name)})`;
    if (imp !== undefined) text += ` (import ${nameText(imp.module)} ${nameText(imp.name)})`;
    return text;
  }

  // -------------------------------------------------------------------------
  // Module fields

  /** A line break and the indentation of a line at `depth` (see `newline`). */
  private line(depth: number, bracket = false): void {
    this.wrap.lineBreak();
    this.o.bytes(newlineBytes(depth, bracket));
  }

  /** A line break written beforehand (`newlineBytes`). */
  private lineOf(nl: Uint8Array): void {
    this.wrap.lineBreak();
    this.o.bytes(nl);
  }

  /**
   * A module field: a piece the formatter may break (see `wrap.ts`), unless
   * its lines are pieces of their own (functions, `rec`) or annotations,
   * which the formatter never breaks.
   */
  private field(f: ModuleField, depth: number): void {
    if (f.kind === "func" || f.kind === "rec" || f.kind === "custom") {
      this.fieldLines(f, depth);
      return;
    }
    this.wrap.begin(depth);
    this.fieldLines(f, depth);
    this.wrap.end();
  }

  private fieldLines(f: ModuleField, depth: number): void {
    (Printer.FIELD_LINES[f.kind] as FieldLines<ModuleField>).call(this, f, depth);
  }

  /**
   * Each kind of field printed by a method of its own, called from the one
   * call site in `fieldLines`. That site sees every method, so V8 calls them
   * rather than inlining them: each is compiled apart, once, and only when
   * its fields are common. A switch over the kinds inlined every kind's
   * printing into one function, compiled again for each kind a module
   * showed it for the first time.
   */
  private static readonly FIELD_LINES: { readonly [K in ModuleField["kind"]]: FieldLines<Extract<ModuleField, { kind: K }>> } = {
    type: Printer.prototype.typeLines,
    rec: Printer.prototype.recLines,
    import: Printer.prototype.importLines,
    func: Printer.prototype.funcField,
    table: Printer.prototype.tableLines,
    memory: Printer.prototype.memoryLines,
    global: Printer.prototype.globalLines,
    tag: Printer.prototype.tagLines,
    export: Printer.prototype.exportLines,
    start: Printer.prototype.startLines,
    elem: Printer.prototype.elemField,
    data: Printer.prototype.dataField,
    custom: Printer.prototype.customField,
  };

  private typeLines(f: TypeField): void {
    this.writeTypeField(f);
  }

  private recLines(f: RecField, depth: number): void {
    if (f.types.length === 0) {
      this.o.text("(rec)");
      return;
    }
    this.o.text("(rec");
    for (const t of f.types) {
      this.line(depth + 1);
      this.wrap.begin(depth + 1);
      this.writeTypeField(t);
      this.wrap.end();
    }
    this.line(depth);
    this.o.text(")");
  }

  private importLines(f: ImportField): void {
    this.o.text(this.importField(f));
  }

  private tableLines(f: TableField): void {
    let text = `(table${this.definition("table", f.id, f.name)}${this.inlineExports(f.exports, f.import)}`;
    if (f.inlineElem !== undefined) {
      this.counts.elem++;
      if (f.addressType === "i64") text += " i64";
      if (f.shared) text += " shared";
      this.o.text(`${text} ${this.refType(f.elemType)} (elem `);
      this.elemList(f.inlineElem);
      this.o.text("))");
      return;
    }
    if (f.limits !== undefined) text += ` ${this.limits(f.limits, "table")}`;
    this.o.text(`${text} ${this.refType(f.elemType)}`);
    if (f.init !== undefined) this.inlineInstrs(f.init);
    this.o.text(")");
  }

  private memoryLines(f: MemoryField): void {
    let text = `(memory${this.definition("memory", f.id, f.name)}${this.inlineExports(f.exports, f.import)}`;
    if (f.inlineData !== undefined) {
      this.counts.data++;
      if (f.addressType === "i64") text += " i64";
      if (f.pageSize !== undefined) text += ` (pagesize ${f.pageSize.text})`;
      this.o.text(`${text} (data`);
      this.strings(f.inlineData);
      this.o.text("))");
      return;
    }
    this.o.text(`${text} ${this.limits(f.limits!, "memory")})`);
  }

  private globalLines(f: GlobalField): void {
    this.o.text(`(global${this.definition("global", f.id, f.name)}${this.inlineExports(f.exports, f.import)} ${this.globalType(f.type)}`);
    this.inlineInstrs(f.init);
    this.o.text(")");
  }

  private tagLines(f: TagField): void {
    this.o.text(`(tag${this.definition("tag", f.id, f.name)}${this.inlineExports(f.exports, f.import)}${this.typeUse(f.typeUse)})`);
  }

  private exportLines(f: ExportField): void {
    const o = this.o;
    o.bytes(EXPORT_OPEN);
    this.writeName(f.name);
    o.bytes(EXPORT_KIND[f.exportKind]);
    this.writeRef(f.ref);
    o.bytes(CLOSE_TWO);
  }

  private startLines(f: StartField): void {
    this.o.text(`(start ${this.ref(f.func)})`);
  }

  private writeTypeField(f: TypeField): void {
    const o = this.o;
    o.bytes(TYPE_OPEN);
    this.writeDefinition("type", f.id, f.name);
    o.byte(SPACE);
    o.text(this.subType(f.type));
    o.byte(CLOSE);
  }

  private subType(t: SubTypeNode): string {
    let comp = t.shared ? `(shared ${this.compType(t.comp)})` : this.compType(t.comp);
    if (t.descriptor !== undefined) comp = `(descriptor ${this.ref(t.descriptor)}) ${comp}`;
    if (t.describes !== undefined) comp = `(describes ${this.ref(t.describes)}) ${comp}`;
    if (!t.sub) return comp;
    let text = t.final ? "(sub final" : "(sub";
    for (const s of t.supertypes) text += ` ${this.ref(s)}`;
    return `${text} ${comp})`;
  }

  private compType(c: SubTypeNode["comp"]): string {
    switch (c.kind) {
      case "func":
        return `(func${this.params(c.params)}${this.results(c.results)})`;
      case "struct": {
        let text = "(struct";
        for (const f of c.fields) {
          text += f.id !== undefined ? ` (field ${this.id(f.id.name)}${nameAnnotation(f.name)}` : ` (field${nameAnnotation(f.name)}`;
          for (const t of f.types) text += ` ${this.fieldType(t)}`;
          text += ")";
        }
        return text + ")";
      }
      case "array":
        return `(array ${this.fieldType(c.element)})`;
      case "cont":
        return `(cont ${this.ref(c.func)})`;
    }
  }

  /** An item of a compact import group: `(item "name" desc)`, or `(item "name")` when the items share the description. */
  private importItem(f: ImportField): void {
    if (f.group!.form === "items") {
      this.o.text(`${newline(2)}(item ${nameText(f.name)} (${this.importDesc(f.desc)}))`);
    } else {
      this.counts[f.desc.kind]++;
      this.o.text(`${newline(2)}(item ${nameText(f.name)})`);
    }
  }

  /** Ends the group `last` belongs to: the shared description (uncounted, the items were counted), then `)`. */
  private closeImportGroup(last: ImportField): undefined {
    if (last.group!.form === "type") {
      this.o.text(`${newline(2)}(${this.importDesc(last.desc, false)})`);
    }
    this.o.text(`${newline(1)})`);
    this.o.boundary();
    return undefined;
  }

  private importField(f: ImportField): string {
    return `(import ${nameText(f.module)} ${nameText(f.name)} (${this.importDesc(f.desc)}))`;
  }

  private importDesc(d: ImportDescNode, counted = true): string {
    let desc: string;
    switch (d.kind) {
      case "func":
      case "tag":
        desc = `${d.kind}${this.definition(d.kind, d.id, d.name, counted)}${d.kind === "func" && d.exact ? ` (exact${this.typeUse(d.typeUse)})` : this.typeUse(d.typeUse)}`;
        break;
      case "table":
        desc = `table${this.definition("table", d.id, d.name, counted)} ${this.limits(d.limits, "table")} ${this.refType(d.elemType)}`;
        break;
      case "memory":
        desc = `memory${this.definition("memory", d.id, d.name, counted)} ${this.limits(d.limits, "memory")}`;
        break;
      case "global":
        desc = `global${this.definition("global", d.id, d.name, counted)} ${this.globalType(d.type)}`;
        break;
    }
    return desc;
  }

  private funcField(f: FuncField, depth: number): void {
    const model = (f as Partial<ModelBodyField>).model;
    const oneLine = f.import !== undefined || (f.locals.length === 0 && (model?.func.body ?? f.body).length === 0);
    const use = f.exact ? ` (exact${this.typeUse(f.typeUse)})` : this.typeUse(f.typeUse);
    this.wrap.begin(depth, !oneLine);
    const o = this.o;
    o.bytes(FUNC_OPEN);
    // Right after the keyword, where CodeMetadata.md writes an item of the whole function: after the header it would describe the first instruction.
    if (f.metadata !== undefined) o.text(funcMetadata(f.metadata));
    this.writeDefinition("func", f.id, f.name);
    if (f.exports.length > 0 || f.import !== undefined) o.text(this.inlineExportWords(f.exports, f.import));
    o.text(use);
    if (oneLine) {
      o.byte(CLOSE);
      this.wrap.end();
      return;
    }
    this.wrap.end();
    for (const l of f.locals) {
      this.line(depth + 1);
      this.wrap.begin(depth + 1);
      this.o.text(l.id !== undefined ? `(local ${this.id(l.id.name)}${nameAnnotation(l.name)} ${this.valType(l.types[0])})` : this.types(`local${nameAnnotation(l.name)}`, l.types));
      this.wrap.end();
    }
    if (model !== undefined) (this.flat ??= new FlatBodyPrinter(this.o, this.wrap, this, model.spaces)).body(model, depth + 1);
    else this.instrs(f.body, depth + 1);
    this.line(depth);
    this.o.text(")");
  }

  private elemField(f: ElemField): void {
    let text = `(elem${this.definition("elem", f.id, f.name)}`;
    const mode = f.mode;
    if (mode.kind === "declare") text += " declare";
    if (mode.kind === "active" && mode.table !== undefined) text += ` (table ${this.ref(mode.table)})`;
    this.o.text(text);
    if (mode.kind === "active") this.offset(mode.offset.keyword, mode.offset.instrs);
    this.o.text(" ");
    this.elemList(f.list);
    this.o.text(")");
  }

  private elemList(list: ElemListNode): void {
    if (list.funcs !== undefined) {
      let text = list.funcKeyword ? "func" : "";
      for (const r of list.funcs) text += text === "" ? this.ref(r) : ` ${this.ref(r)}`;
      this.o.text(text);
      return;
    }
    this.o.text(this.refType(list.type!));
    for (const item of list.items ?? []) {
      if (item.item) {
        this.o.text(" (item");
        this.inlineInstrs(item.instrs);
        this.o.text(")");
      } else {
        this.inlineInstrs(item.instrs);
      }
    }
  }

  /** An active segment's offset: `(offset instr*)`, or one folded instruction. */
  private offset(keyword: boolean, instrs: readonly InstrNode[]): void {
    if (keyword) {
      this.o.text(" (offset");
      this.inlineInstrs(instrs);
      this.o.text(")");
    } else {
      this.inlineInstrs(instrs);
    }
  }

  /** A data segment, laid out already when its line is too wide and of the shape `breakSegments` breaks. */
  private dataField(f: DataField, depth: number): void {
    const o = this.o;
    const start = o.length;
    o.text(`(data${this.definition("data", f.id, f.name)}`);
    const mode = f.mode;
    const segments: number[] = [];
    if (mode.kind === "active" && mode.memory !== undefined) {
      segments.push(o.length);
      o.text(` (memory ${this.ref(mode.memory)})`);
    }
    if (mode.kind === "active") {
      segments.push(o.length);
      this.offset(mode.offset.keyword, mode.offset.instrs);
    }
    segments.push(o.length);
    this.strings(f.strings);
    o.text(")");
    if (mode.kind === "active" && f.strings.length === 1 && this.breakSegments(start, segments, depth)) this.wrap.laidOut();
  }

  /**
   * A module field of one line from `start`, at `depth`: a head of words
   * and index comments, lists of words, then one string of printable ASCII
   * (an active data segment), each list and the string after the space at
   * its position in `segments`. When the line is wider than the width and
   * each list fits on a line of its own, breaks it as the formatter does
   * (`format/field-layout.ts`): each list and the string on a line of its
   * own one level deeper, the string never broken. The text is not read
   * back and laid out again, which for a large module's data costs more
   * than printing it. False (nothing changed) for any other line.
   */
  private breakSegments(start: number, segments: readonly number[], depth: number): boolean {
    const o = this.o;
    const column = INDENT.length * depth;
    const inner = column + INDENT.length;
    const width = this.width;
    const text = o.bytesFrom(start);
    const at = (position: number): number => position - start;
    if (column + text.length <= width || depth + 2 >= MAX_INDENT_DEPTH || column + at(segments[0]) > width) return false;
    if (!isPlainRun(text, 1, at(segments[0]), true)) return false;
    const last = segments.length - 1;
    for (let k = 0; k < last; k++) {
      const from = at(segments[k]) + 1;
      const to = at(segments[k + 1]);
      if (inner + to - from > width || text[from] !== OPEN || text[to - 1] !== CLOSE || !isPlainRun(text, from + 1, to - 1, false)) return false;
    }
    if (!isPrintableString(text, at(segments[last]) + 1, text.length - 1)) return false;
    // From the last, so that the positions before stay where they are.
    const lineBreak = newlineBytes(depth + 1);
    for (let k = last; k >= 0; k--) o.replaceByte(segments[k], lineBreak);
    return true;
  }

  private customField(f: CustomField, depth: number): void {
    if (f.producers !== undefined) {
      this.o.text("(@producers");
      for (const p of f.producers) {
        this.line(depth + 1);
        this.o.text(`(${p.field} ${nameText(p.name)} ${nameText(p.version)})`);
      }
      this.line(depth);
      this.o.text(")");
      return;
    }
    if (f.dylink !== undefined) {
      const lines = f.dylink.map((e) => `${newline(depth + 1)}(${dylinkText(e)})`);
      this.o.text(`(@dylink.0${lines.join("")}${newline(depth)})`);
      return;
    }
    if (f.object !== undefined) {
      this.objectAnnotation(f, depth);
      return;
    }
    let text = `(@custom ${nameText(f.name)}`;
    if (f.place !== undefined) text += ` (${f.place.position} ${f.place.section})`;
    this.o.text(text);
    this.strings(f.strings);
    this.o.text(")");
  }

  /** `(@linking (after data) ...)` with an entry a line, `(@reloc.section TARGET (after data) ...)` likewise. */
  private objectAnnotation(f: CustomField, depth: number): void {
    const items = f.object!;
    const head = f.name === "linking" ? [] : items.slice(0, 1);
    const place = `(${f.place!.position} ${f.place!.section})`;
    const rest = items.slice(head.length).map((item) => (item.kind === "list" ? `${newline(depth + 1)}${sexprText(item)}` : ` ${sexprText(item)}`));
    this.o.text(`(@${f.name}${head.map((item) => ` ${sexprText(item)}`).join("")} ${place}${rest.join("")})`);
  }

  // -------------------------------------------------------------------------
  // Instructions: the hot path, written as bytes (see `text-out.ts`).

  private writeRef(r: Ref): void {
    if (r.kind === "index") this.o.int(r.value);
    else this.o.bytes(this.idBytes(r.name));
  }

  idBytes(name: string): Uint8Array {
    return this.idForms(name).bytes;
  }

  /**
   * One instruction per line at `depth`. Bodies of blocks and folded
   * operands are pending work on an explicit stack, not recursive calls, so
   * code nested a hundred thousand blocks deep prints like any other.
   *
   * Each instruction of a body is a piece the formatter may break (see
   * `wrap.ts`), and so is each folded operand (the last a tail piece), each
   * folded block, its header, each clause of a folded `if`/`try`, and each
   * `else`/`end` line of a flat block; a code metadata annotation's line is
   * a piece of its own.
   */
  private instrs(nodes: readonly InstrNode[], depth: number): void {
    const o = this.o;
    const wrap = this.wrap;
    const todo: Pending[] = [{ nodes, next: 0, depth, body: true }];
    while (todo.length > 0) {
      const task = todo[todo.length - 1];
      if (!("nodes" in task)) {
        todo.pop();
        if (task.nl !== undefined) this.lineOf(task.nl);
        if (task.begin !== undefined) wrap.begin(task.begin);
        o.text(task.text);
        if (task.ref !== undefined) this.writeRef(task.ref);
        if (task.close) o.byte(CLOSE);
        if (task.end) wrap.end();
        continue;
      }
      if (task.next >= task.nodes.length) {
        todo.pop();
        continue;
      }
      const node = task.nodes[task.next++];
      const nl = newlineBytes(task.depth);
      if (node.metadata !== undefined) {
        for (const item of node.metadata) {
          this.lineOf(nl);
          wrap.begin(task.depth);
          o.text(metadataText(item));
          wrap.end();
        }
      }
      if (node.kind === "plain") {
        const folded = node.folded;
        // The closing parentheses of the lists around the last operand follow on its last line.
        const tail = !task.body && task.next === task.nodes.length;
        if (folded !== undefined && !foldsOnOneLine(folded)) {
          this.lineOf(newlineBytes(task.depth, true));
          wrap.begin(task.depth, false, tail);
          this.foldedPlain(node, folded, task.depth, todo);
          o.boundary();
          continue;
        }
        this.lineOf(nl);
        wrap.begin(task.depth, false, tail);
        if (folded === undefined) this.head(node);
        else this.oneLineFolded(node);
        wrap.end();
        o.boundary();
        continue;
      }
      if (node.folded && isEmptyFolded(node)) {
        this.lineOf(nl);
        wrap.begin(task.depth);
        this.inlineBlock(node);
        wrap.end();
        o.boundary();
        continue;
      }
      this.lineOf(newlineBytes(task.depth, true));
      if (node.folded) {
        this.foldedBlock(node, task.depth, todo);
      } else {
        this.flatBlock(node, task.depth, todo);
      }
      o.boundary();
    }
  }

  /** Instructions on the current line, separated by spaces (constant expressions). */
  private inlineInstrs(nodes: readonly InstrNode[]): void {
    const o = this.o;
    for (const node of nodes) {
      if (node.metadata !== undefined) for (const item of node.metadata) o.text(` ${metadataText(item)}`);
      o.byte(SPACE);
      if (node.kind === "block") this.inlineBlock(node);
      else if (node.folded === undefined) this.head(node);
      else this.oneLineFolded(node);
    }
  }

  private oneLineFolded(node: PlainInstrNode): void {
    const o = this.o;
    o.byte(OPEN);
    this.head(node);
    for (const operand of node.folded!) {
      o.byte(SPACE);
      if (operand.kind === "block") this.inlineBlock(operand);
      else if (operand.folded === undefined) {
        o.byte(OPEN);
        this.head(operand);
        o.byte(CLOSE);
      } else this.oneLineFolded(operand);
    }
    o.byte(CLOSE);
  }

  /** A block on one line, as it can appear in an (invalid) constant expression. */
  private inlineBlock(node: BlockInstrNode): void {
    const o = this.o;
    const folded = node.folded;
    if (folded) o.byte(OPEN);
    this.blockHead(node);
    if (node.condition !== undefined) this.inlineInstrs(node.condition);
    const isIf = node.op.name === "if";
    const isTry = node.op.name === "try";
    if (folded && (isIf || isTry)) o.text(isIf ? " (then" : " (do");
    this.inlineInstrs(node.body);
    if (folded && (isIf || isTry)) o.byte(CLOSE);
    if (node.else !== undefined) {
      o.text(folded ? " (else" : " else");
      this.inlineInstrs(node.else.body);
      if (folded) o.byte(CLOSE);
    }
    for (const h of node.handlers ?? []) {
      o.text(folded ? " (" : " ");
      this.handlerHead(h.tag);
      this.inlineInstrs(h.body);
      if (folded) o.byte(CLOSE);
    }
    if (node.delegate !== undefined) {
      o.text(folded ? " (delegate " : " delegate ");
      this.writeRef(node.delegate);
      if (folded) o.text("))");
    } else {
      o.text(folded ? ")" : " end");
    }
  }

  /** A folded instruction with its operands on the lines below it, ending the piece begun before it. */
  private foldedPlain(node: PlainInstrNode, operands: readonly InstrNode[], depth: number, todo: Pending[]): void {
    this.o.byte(OPEN);
    this.head(node);
    later(todo, [{ nodes: operands, next: 0, depth: depth + 1, body: false }, { text: ")", end: true }]);
  }

  /** `block $l (type 0) (catch ...)`: the keyword and everything before the body. */
  private blockHead(node: BlockInstrNode): void {
    const o = this.o;
    o.bytes(mnemonic(node.op));
    if (node.label !== undefined) {
      o.byte(SPACE);
      o.bytes(this.idBytes(node.label.name));
    }
    if (node.labelName !== undefined) o.text(nameAnnotation(node.labelName));
    const use = node.blockType;
    if (use.type !== undefined || use.params.length > 0 || use.results.length > 0) o.text(this.typeUse(use));
    if (node.catches !== undefined) {
      for (const c of node.catches) {
        o.text(` (${c.kind} `);
        if (c.tag !== undefined) {
          this.writeRef(c.tag);
          o.byte(SPACE);
        }
        this.writeRef(c.label);
        o.byte(CLOSE);
      }
    }
  }

  /** `catch $tag` or `catch_all` of a legacy handler. */
  private handlerHead(tag: Ref | undefined): void {
    if (tag === undefined) {
      this.o.text("catch_all");
      return;
    }
    this.o.text("catch ");
    this.writeRef(tag);
  }

  private flatBlock(node: BlockInstrNode, depth: number, todo: Pending[]): void {
    this.wrap.begin(depth);
    this.blockHead(node);
    this.wrap.end();
    const inner = depth + 1;
    const nl = newlineBytes(depth, true);
    const line = (text: string, ref?: Ref): Written => ({ nl, begin: depth, text, ref, end: true });
    const tasks: Pending[] = [{ nodes: node.body, next: 0, depth: inner, body: true }];
    if (node.else !== undefined) tasks.push(line("else"), { nodes: node.else.body, next: 0, depth: inner, body: true });
    for (const h of node.handlers ?? []) {
      tasks.push(h.tag !== undefined ? line("catch ", h.tag) : line("catch_all"));
      tasks.push({ nodes: h.body, next: 0, depth: inner, body: true });
    }
    tasks.push(node.delegate !== undefined ? line("delegate ", node.delegate) : line("end"));
    later(todo, tasks);
  }

  /** A folded block: a piece, and so is its header. */
  private foldedBlock(node: BlockInstrNode, depth: number, todo: Pending[]): void {
    this.wrap.begin(depth);
    this.wrap.begin(depth, true);
    this.o.byte(OPEN);
    this.blockHead(node);
    this.wrap.end();
    const inner = depth + 1;
    const tasks: Pending[] = [];
    if (node.condition !== undefined) tasks.push({ nodes: node.condition, next: 0, depth: inner, body: true });
    if (node.op.name === "if") {
      clause(tasks, "then", undefined, node.body, inner);
      if (node.else !== undefined) clause(tasks, "else", undefined, node.else.body, inner);
    } else if (node.op.name === "try") {
      clause(tasks, "do", undefined, node.body, inner);
      for (const h of node.handlers ?? []) clause(tasks, h.tag !== undefined ? "catch " : "catch_all", h.tag, h.body, inner);
      if (node.delegate !== undefined) tasks.push({ nl: newlineBytes(inner), begin: inner, text: "(delegate ", ref: node.delegate, close: true, end: true });
    } else {
      tasks.push({ nodes: node.body, next: 0, depth: inner, body: true });
    }
    tasks.push({ nl: newlineBytes(depth, true), text: ")", end: true });
    later(todo, tasks);
  }

  /** A plain instruction without its folded operands: mnemonic, immediates and relocations. */
  private head(node: PlainInstrNode): void {
    this.headImmediates(node);
    if (node.relocs !== undefined) for (const items of node.relocs) this.o.text(` (@reloc ${items.map(sexprText).join(" ")})`);
  }

  /** A space, then `text`. */
  private word(text: string): void {
    this.o.byte(SPACE);
    this.o.text(text);
  }

  private headImmediates(node: PlainInstrNode): void {
    const o = this.o;
    const op = node.op;
    o.bytes(mnemonic(op));
    if (node.order !== undefined) o.text(` ${node.order}`);
    switch (op.imm) {
      case "none":
      case "fence":
        return;
      case "i32":
        o.byte(SPACE);
        o.int(node.i32!);
        return;
      case "i64": {
        const value = node.i64!;
        o.byte(SPACE);
        if (value >= MIN_SAFE && value <= MAX_SAFE) o.int(Number(value));
        else o.text(String(value));
        return;
      }
      case "f32":
        o.byte(SPACE);
        o.text(f32Text(node.i32!));
        return;
      case "f64":
        o.byte(SPACE);
        o.text(f64Text(node.i64!));
        return;
      case "local":
      case "global":
      case "func":
      case "label":
        o.byte(SPACE);
        this.writeRef(node.refs![0]);
        return;
      case "memarg":
      case "memarg_lane": {
        if (node.refs !== undefined) {
          o.byte(SPACE);
          this.writeRef(node.refs[0]);
        }
        // Words written one by one: a template string would be a new string to copy for each access.
        const m = node.memarg;
        if (m !== undefined) {
          if (m.offset !== undefined) this.word(m.offset.text);
          if (m.align !== undefined) this.word(m.align.text);
        }
        if (node.nums !== undefined) this.word(node.nums[0].text);
        return;
      }
      case "call_indirect":
        if (node.refs !== undefined) {
          o.byte(SPACE);
          this.writeRef(node.refs[0]);
        }
        o.text(this.typeUse(node.typeUse!));
        return;
      case "v128":
        o.text(` ${node.shape!}`);
        for (const lane of node.lanes!) o.text(` ${lane.text}`);
        return;
      case "select":
        if (node.selectResults !== undefined) o.text(this.results(node.selectResults));
        return;
      case "heap_type":
        o.text(node.exactHeap ? ` (exact ${this.heapType(node.heapType!)})` : ` ${this.heapType(node.heapType!)}`);
        return;
      case "ref_type":
        o.text(` ${this.refType(node.refTypes![0])}`);
        return;
      case "br_on_cast":
        o.byte(SPACE);
        this.writeRef(node.refs![0]);
        o.text(` ${this.refType(node.refTypes![0])} ${this.refType(node.refTypes![1])}`);
        return;
      default:
        // References then numbers, as written; structured instructions never reach a plain head.
        op.imm satisfies StructuredImm | Exclude<EntityImm, "local" | "global" | "func" | "label" | "call_indirect" | "br_on_cast"> | "shuffle" | "lane";
        if (node.refs !== undefined) {
          for (const r of node.refs) {
            o.byte(SPACE);
            this.writeRef(r);
          }
        }
        if (node.nums !== undefined) for (const n of node.nums) this.word(n.text);
        if (node.onClauses !== undefined) {
          for (const c of node.onClauses) {
            o.text(" (on ");
            this.writeRef(c.tag);
            o.byte(SPACE);
            if (c.label !== undefined) this.writeRef(c.label);
            else o.text("switch");
            o.byte(CLOSE);
          }
        }
        return;
    }
  }
}

/**
 * Work left for `instrs`: instructions to print (`body`: a body's, each a
 * piece of its own, rather than a folded instruction's operands), or text to
 * write (a line break, words, a reference, a parenthesis), which may begin
 * a piece at depth `begin` after its line break or `end` the innermost one.
 */
type Pending = { nodes: readonly InstrNode[]; next: number; depth: number; body: boolean } | Written;

interface Written {
  nl?: Uint8Array;
  begin?: number;
  text: string;
  ref?: Ref;
  close?: boolean;
  end?: boolean;
}

/** A folded `block`, `loop` or `try_table` with nothing in its body, written on one line. */
function isEmptyFolded(node: BlockInstrNode): boolean {
  return node.body.length === 0 && node.op.name !== "if" && node.op.name !== "try" && node.condition === undefined;
}

/** Schedules `tasks`, in order, before whatever is pending. */
function later(todo: Pending[], tasks: Pending[]): void {
  for (let k = tasks.length - 1; k >= 0; k--) todo.push(tasks[k]);
}

/** `(then ...)`, `(else ...)`, `(do ...)`, `(catch $t ...)`: a keyword (and tag) and a body, at `depth`. */
function clause(tasks: Pending[], keyword: string, tag: Ref | undefined, body: readonly InstrNode[], depth: number): void {
  if (body.length === 0) {
    tasks.push({ nl: newlineBytes(depth), begin: depth, text: `(${keyword}`, ref: tag, close: true, end: true });
    return;
  }
  const nl = newlineBytes(depth, true);
  const head: Written = { nl, begin: depth, text: `(${keyword}` };
  if (tag !== undefined) head.ref = tag;
  tasks.push(head, { nodes: body, next: 0, depth: depth + 1, body: true }, { nl, text: ")", end: true });
}

/** Pieces of the fields written out (`writeDefinition`). */
const INDEX_OPEN = asciiBytes(" (;");
const INDEX_CLOSE = asciiBytes(";)");
const FUNC_OPEN = asciiBytes("(func");
const TYPE_OPEN = asciiBytes("(type");
const EXPORT_OPEN = asciiBytes("(export ");
const CLOSE_TWO = asciiBytes("))");
const EXPORT_KIND: Readonly<Record<ExportField["exportKind"], Uint8Array>> = {
  func: asciiBytes(" (func "),
  table: asciiBytes(" (table "),
  memory: asciiBytes(" (memory "),
  global: asciiBytes(" (global "),
  tag: asciiBytes(" (tag "),
};

const SPACE = 0x20;
const OPEN = 0x28;
const CLOSE = 0x29;
const QUOTE = 0x22;
const SEMICOLON = 0x3b;
const AT = 0x40;

/**
 * Whether `text[from, to)` is words separated by single spaces (with
 * `comments`, index comments `(;N;)` among them): what the formatter's
 * segments take as they are.
 */
function isPlainRun(text: Uint8Array, from: number, to: number, comments: boolean): boolean {
  let wordStart = true;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === SPACE) {
      if (wordStart) return false;
      wordStart = true;
      continue;
    }
    if (wordStart && comments && c === OPEN && text[i + 1] === SEMICOLON) {
      const close = text.indexOf(CLOSE, i);
      if (close < 0 || close >= to || text[close - 1] !== SEMICOLON) return false;
      for (let k = i + 2; k < close - 1; k++) if (text[k] < 0x30 || text[k] > 0x39) return false;
      i = close;
      wordStart = false;
      continue;
    }
    if (c < SPACE || c >= 0x7f || c === OPEN || c === CLOSE || c === QUOTE || c === SEMICOLON || c === AT) return false;
    wordStart = false;
  }
  return !wordStart;
}

/** Whether `text[from, to)` is one string of printable ASCII, each character a column wide. */
function isPrintableString(text: Uint8Array, from: number, to: number): boolean {
  if (to - from < 2 || text[from] !== QUOTE || text[to - 1] !== QUOTE) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = text[i];
    if (c < SPACE || c >= 0x7f) return false;
  }
  return true;
}
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const encoder = new TextEncoder();

/** ` (@name "...")` after an id, for a name the id cannot spell; nothing without one. */
function nameAnnotation(name: string | undefined): string {
  return name === undefined ? "" : ` (@name ${nameText(name)})`;
}

/** A function's own code metadata items, each after a space; apart from `funcField`, which most functions take without any. */
function funcMetadata(items: NonNullable<FuncField["metadata"]>): string {
  let text = "";
  for (const item of items) text += ` ${metadataText(item)}`;
  return text;
}

/** One dylink.0 subsection (or symbol) as wasm-tools prints it: zero sizes and flags left out. */
function dylinkText(e: DylinkEntry): string {
  switch (e.kind) {
    case "mem-info": {
      const memory = e.memorySize !== 0 || e.memoryAlign !== 0 ? ` (memory ${e.memorySize} ${e.memoryAlign})` : "";
      const table = e.tableSize !== 0 || e.tableAlign !== 0 ? ` (table ${e.tableSize} ${e.tableAlign})` : "";
      return `mem-info${memory}${table}`;
    }
    case "needed":
      return ["needed", ...e.libraries.map(nameText)].join(" ");
    case "export-info":
      return ["export-info", nameText(e.name), ...flagWords(e.flags)].join(" ");
    case "import-info":
      return ["import-info", nameText(e.module), nameText(e.name), ...flagWords(e.flags)].join(" ");
  }
}

/** An annotation item as text: words as they are, strings quoted, lists in parentheses. */
function sexprText(item: SExpr): string {
  if (item.kind === "word") return item.text;
  if (item.kind === "string") return nameText(item.text);
  return `(${item.items.map(sexprText).join(" ")})`;
}
