/**
 * print: text AST -> WAT text, flat or folded as the AST says (see
 * `layout.ts` for the layout rules, `literals.ts` for the spelling of
 * numbers, strings and ids).
 *
 * The core writes chunks of about 64 KB to a sink, so that output larger than
 * a JavaScript string can hold streams to a file; `print` collects the chunks
 * for ordinary sizes. `printModule` raises and prints a Module one field at a
 * time, so only one field's AST exists at once.
 *
 * Consumes the AST only (and `raise` for Modules); literal spellings come
 * from the decoded values, so a printed constant is exact, not as written.
 */
import type {
  BlockInstrNode,
  CustomField,
  DataField,
  ElemField,
  ElemListNode,
  FieldTypeNode,
  FuncField,
  HeapTypeNode,
  ImportField,
  InlineExport,
  InlineImport,
  InstrNode,
  LimitsNode,
  ModuleField,
  ModuleNode,
  ParamNode,
  PlainInstrNode,
  Ref,
  RefTypeNode,
  ResultNode,
  StorageTypeNode,
  StringLit,
  SubTypeNode,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "../syntax/ast.js";
import type { Module } from "../module/model.js";
import { raiseParts } from "../module/raise.js";
import { exactText } from "./exact-text.js";
import { CHUNK_SIZE, foldsOnOneLine, newline } from "./layout.js";
import { bytesText, f32Text, f64Text, idText, nameText } from "./literals.js";

export interface PrintOptions {
  /** For a Module: fold instructions into expressions (default false). An AST prints as it is. */
  folded?: boolean;
  /** For a Module: write its names as `$ids` (default true). */
  names?: boolean;
  /** Write `(;N;)` after the id of each module-level definition (default true). */
  indexComments?: boolean;
}

/** Receives the printed text, chunk by chunk. */
export type Sink = (chunk: string) => void;

export function print(input: ModuleNode | Module, options: PrintOptions = {}): string {
  const chunks: string[] = [];
  const sink: Sink = (chunk) => chunks.push(chunk);
  if ("kind" in input) printNode(input, sink, options);
  else printModule(input, options, sink);
  return chunks.join("");
}

/** Raises and prints a Module field by field. */
export function printModule(module: Module, options: PrintOptions, write: Sink): void {
  const { header, fields } = raiseParts(module, options);
  new Printer(write, options).module(header, fields);
}

export function printNode(node: ModuleNode, write: Sink, options: PrintOptions = {}): void {
  new Printer(write, options).module(node, node.fields);
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
};

const HINT_TEXT = ['(@metadata.code.branch_hint "\\00")', '(@metadata.code.branch_hint "\\01")'];

/** Index spaces counted for `(;N;)` comments. */
type Counted = "type" | "func" | "table" | "memory" | "global" | "tag" | "elem" | "data";

class Printer {
  private out = "";
  private readonly ids = new Map<string, string>();
  private readonly counts: Record<Counted, number> = {
    type: 0, func: 0, table: 0, memory: 0, global: 0, tag: 0, elem: 0, data: 0,
  };
  private readonly indexComments: boolean;

  constructor(
    private readonly sink: Sink,
    options: PrintOptions,
  ) {
    this.indexComments = options.indexComments !== false;
  }

  module(header: ModuleNode, fields: Iterable<ModuleField>): void {
    let head = "(module";
    if (header.id !== undefined) head += ` ${this.id(header.id.name)}`;
    if (header.name !== undefined) head += ` (@name ${nameText(header.name)})`;
    this.out += head;
    for (const field of fields) {
      this.out += newline(1);
      this.field(field, 1);
      if (this.out.length >= CHUNK_SIZE) this.flush();
    }
    for (const annotation of header.exact ?? []) {
      this.out += newline(1) + exactText(annotation);
      if (this.out.length >= CHUNK_SIZE) this.flush();
    }
    this.out += "\n)\n";
    this.flush();
  }

  private flush(): void {
    if (this.out.length > 0) this.sink(this.out);
    this.out = "";
  }

  // -------------------------------------------------------------------------
  // Names, references, types

  private id(name: string): string {
    let text = this.ids.get(name);
    if (text === undefined) {
      text = idText(name);
      this.ids.set(name, text);
    }
    return text;
  }

  private ref(r: Ref): string {
    return r.kind === "index" ? String(r.value) : this.id(r.name);
  }

  /** ` $id (@name "...") (;N;)`: what follows the keyword of a definition. */
  private definition(space: Counted, id: { name: string } | undefined, name?: string): string {
    let text = "";
    if (id !== undefined) text += ` ${this.id(id.name)}`;
    if (name !== undefined) text += ` (@name ${nameText(name)})`;
    const index = this.counts[space]++;
    if (this.indexComments) text += ` (;${index};)`;
    return text;
  }

  private heapType(h: HeapTypeNode): string {
    return h.kind === "abs" ? h.type : this.ref(h);
  }

  private refType(t: RefTypeNode): string {
    if (t.short && t.nullable && t.heap.kind === "abs") return SHORTHAND[t.heap.type];
    return t.nullable ? `(ref null ${this.heapType(t.heap)})` : `(ref ${this.heapType(t.heap)})`;
  }

  private valType(t: ValTypeNode): string {
    return t.kind === "num" ? t.type : this.refType(t);
  }

  private storageType(t: StorageTypeNode): string {
    return t.kind === "packed" ? t.type : this.valType(t);
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
      if (p.id !== undefined) text += ` (param ${this.id(p.id.name)} ${this.valType(p.types[0])})`;
      else text += ` ${this.types("param", p.types)}`;
    }
    return text;
  }

  private results(results: readonly ResultNode[]): string {
    let text = "";
    for (const r of results) text += ` ${this.types("result", r.types)}`;
    return text;
  }

  /** A type use, with a leading space when not empty. */
  private typeUse(use: TypeUseNode): string {
    let text = use.type !== undefined ? ` (type ${this.ref(use.type)})` : "";
    if (use.params.length > 0) text += this.params(use.params);
    if (use.results.length > 0) text += this.results(use.results);
    return text;
  }

  private limits(l: LimitsNode): string {
    let text = l.addressType === "i64" ? "i64 " : "";
    text += l.min.text;
    if (l.max !== undefined) text += ` ${l.max.text}`;
    return l.shared ? `${text} shared` : text;
  }

  private strings(strings: readonly StringLit[]): void {
    for (const s of strings) {
      this.out += " ";
      const bytes = s.bytes;
      // Large data segments are written in pieces, flushing between them.
      if (bytes.length <= CHUNK_SIZE) {
        this.out += bytesText(bytes);
        continue;
      }
      for (let at = 0; at < bytes.length; at += CHUNK_SIZE) {
        const piece = bytesText(bytes.subarray(at, at + CHUNK_SIZE));
        this.out += at === 0 ? piece.slice(0, -1) : at + CHUNK_SIZE >= bytes.length ? piece.slice(1) : piece.slice(1, -1);
        this.flush();
      }
    }
  }

  private inlineExports(exports: readonly InlineExport[], imp: InlineImport | undefined): string {
    let text = "";
    for (const e of exports) text += ` (export ${nameText(e.name)})`;
    if (imp !== undefined) text += ` (import ${nameText(imp.module)} ${nameText(imp.name)})`;
    return text;
  }

  // -------------------------------------------------------------------------
  // Module fields

  private field(f: ModuleField, depth: number): void {
    switch (f.kind) {
      case "type":
        this.out += this.typeField(f);
        return;
      case "rec":
        if (f.types.length === 0) {
          this.out += "(rec)";
          return;
        }
        this.out += "(rec";
        for (const t of f.types) this.out += newline(depth + 1) + this.typeField(t);
        this.out += `${newline(depth)})`;
        return;
      case "import":
        this.out += this.importField(f);
        return;
      case "func":
        this.funcField(f, depth);
        return;
      case "table": {
        let text = `(table${this.definition("table", f.id, f.name)}${this.inlineExports(f.exports, f.import)}`;
        if (f.inlineElem !== undefined) {
          this.counts.elem++;
          if (f.addressType === "i64") text += " i64";
          this.out += `${text} ${this.refType(f.elemType)} (elem `;
          this.elemList(f.inlineElem);
          this.out += "))";
          return;
        }
        if (f.limits !== undefined) text += ` ${this.limits(f.limits)}`;
        this.out += `${text} ${this.refType(f.elemType)}`;
        if (f.init !== undefined) this.inlineInstrs(f.init);
        this.out += ")";
        return;
      }
      case "memory": {
        let text = `(memory${this.definition("memory", f.id, f.name)}${this.inlineExports(f.exports, f.import)}`;
        if (f.inlineData !== undefined) {
          this.counts.data++;
          if (f.addressType === "i64") text += " i64";
          this.out += `${text} (data`;
          this.strings(f.inlineData);
          this.out += "))";
          return;
        }
        this.out += `${text} ${this.limits(f.limits!)})`;
        return;
      }
      case "global": {
        const type = f.type.mutable ? `(mut ${this.valType(f.type.type)})` : this.valType(f.type.type);
        this.out += `(global${this.definition("global", f.id, f.name)}${this.inlineExports(f.exports, f.import)} ${type}`;
        this.inlineInstrs(f.init);
        this.out += ")";
        return;
      }
      case "tag":
        this.out += `(tag${this.definition("tag", f.id, f.name)}${this.inlineExports(f.exports, f.import)}${this.typeUse(f.typeUse)})`;
        return;
      case "export":
        this.out += `(export ${nameText(f.name)} (${f.exportKind} ${this.ref(f.ref)}))`;
        return;
      case "start":
        this.out += `(start ${this.ref(f.func)})`;
        return;
      case "elem":
        this.elemField(f);
        return;
      case "data":
        this.dataField(f);
        return;
      case "custom":
        this.customField(f);
        return;
    }
  }

  private typeField(f: TypeField): string {
    return `(type${this.definition("type", f.id)} ${this.subType(f.type)})`;
  }

  private subType(t: SubTypeNode): string {
    const comp = this.compType(t.comp);
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
          text += f.id !== undefined ? ` (field ${this.id(f.id.name)}` : " (field";
          for (const t of f.types) text += ` ${this.fieldType(t)}`;
          text += ")";
        }
        return text + ")";
      }
      case "array":
        return `(array ${this.fieldType(c.element)})`;
    }
  }

  private importField(f: ImportField): string {
    const d = f.desc;
    let desc: string;
    switch (d.kind) {
      case "func":
      case "tag":
        desc = `${d.kind}${this.definition(d.kind, d.id, d.name)}${this.typeUse(d.typeUse)}`;
        break;
      case "table":
        desc = `table${this.definition("table", d.id, d.name)} ${this.limits(d.limits)} ${this.refType(d.elemType)}`;
        break;
      case "memory":
        desc = `memory${this.definition("memory", d.id, d.name)} ${this.limits(d.limits)}`;
        break;
      case "global": {
        const type = d.type.mutable ? `(mut ${this.valType(d.type.type)})` : this.valType(d.type.type);
        desc = `global${this.definition("global", d.id, d.name)} ${type}`;
        break;
      }
    }
    return `(import ${nameText(f.module)} ${nameText(f.name)} (${desc}))`;
  }

  private funcField(f: FuncField, depth: number): void {
    this.out += `(func${this.definition("func", f.id, f.name)}${this.inlineExports(f.exports, f.import)}${this.typeUse(f.typeUse)}`;
    if (f.import !== undefined || (f.locals.length === 0 && f.body.length === 0)) {
      this.out += ")";
      return;
    }
    const inner = newline(depth + 1);
    for (const l of f.locals) {
      this.out += inner;
      this.out += l.id !== undefined ? `(local ${this.id(l.id.name)} ${this.valType(l.types[0])})` : this.types("local", l.types);
    }
    this.instrs(f.body, depth + 1);
    this.out += `${newline(depth)})`;
  }

  private elemField(f: ElemField): void {
    let text = `(elem${this.definition("elem", f.id)}`;
    const mode = f.mode;
    if (mode.kind === "declare") text += " declare";
    if (mode.kind === "active" && mode.table !== undefined) text += ` (table ${this.ref(mode.table)})`;
    this.out += text;
    if (mode.kind === "active") this.offset(mode.offset.keyword, mode.offset.instrs);
    this.out += " ";
    this.elemList(f.list);
    this.out += ")";
  }

  private elemList(list: ElemListNode): void {
    if (list.funcs !== undefined) {
      let text = list.funcKeyword ? "func" : "";
      for (const r of list.funcs) text += text === "" ? this.ref(r) : ` ${this.ref(r)}`;
      this.out += text;
      return;
    }
    this.out += this.refType(list.type!);
    for (const item of list.items ?? []) {
      if (item.item) {
        this.out += " (item";
        this.inlineInstrs(item.instrs);
        this.out += ")";
      } else {
        this.inlineInstrs(item.instrs);
      }
    }
  }

  /** An active segment's offset: `(offset instr*)`, or one folded instruction. */
  private offset(keyword: boolean, instrs: readonly InstrNode[]): void {
    if (keyword) {
      this.out += " (offset";
      this.inlineInstrs(instrs);
      this.out += ")";
    } else {
      this.inlineInstrs(instrs);
    }
  }

  private dataField(f: DataField): void {
    let text = `(data${this.definition("data", f.id)}`;
    const mode = f.mode;
    if (mode.kind === "active" && mode.memory !== undefined) text += ` (memory ${this.ref(mode.memory)})`;
    this.out += text;
    if (mode.kind === "active") this.offset(mode.offset.keyword, mode.offset.instrs);
    this.strings(f.strings);
    this.out += ")";
  }

  private customField(f: CustomField): void {
    let text = `(@custom ${nameText(f.name)}`;
    if (f.place !== undefined) text += ` (${f.place.position} ${f.place.section})`;
    this.out += text;
    this.strings(f.strings);
    this.out += ")";
  }

  // -------------------------------------------------------------------------
  // Instructions

  /** One instruction per line at `depth`. */
  private instrs(nodes: readonly InstrNode[], depth: number): void {
    const nl = newline(depth);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node.hint !== undefined) this.out += nl + HINT_TEXT[node.hint];
      this.out += nl;
      if (node.kind === "plain") {
        if (node.folded === undefined) this.out += this.plainHead(node);
        else this.foldedPlain(node, depth);
      } else if (node.folded) {
        this.foldedBlock(node, depth);
      } else {
        this.flatBlock(node, depth);
      }
    }
  }

  /** Instructions on the current line, separated by spaces (constant expressions). */
  private inlineInstrs(nodes: readonly InstrNode[]): void {
    for (const node of nodes) {
      if (node.hint !== undefined) this.out += ` ${HINT_TEXT[node.hint]}`;
      this.out += " ";
      if (node.kind === "block") this.inlineBlock(node);
      else if (node.folded === undefined) this.out += this.plainHead(node);
      else this.oneLineFolded(node);
    }
  }

  private oneLineFolded(node: PlainInstrNode): void {
    this.out += `(${this.plainHead(node)}`;
    for (const operand of node.folded!) {
      this.out += " ";
      if (operand.kind === "block") this.inlineBlock(operand);
      else if (operand.folded === undefined) this.out += `(${this.plainHead(operand)})`;
      else this.oneLineFolded(operand);
    }
    this.out += ")";
  }

  /** A block on one line, as it can appear in an (invalid) constant expression. */
  private inlineBlock(node: BlockInstrNode): void {
    const folded = node.folded;
    this.out += folded ? `(${this.blockHead(node)}` : this.blockHead(node);
    if (node.condition !== undefined) this.inlineInstrs(node.condition);
    const isIf = node.op.name === "if";
    const isTry = node.op.name === "try";
    if (folded && (isIf || isTry)) this.out += isIf ? " (then" : " (do";
    this.inlineInstrs(node.body);
    if (folded && (isIf || isTry)) this.out += ")";
    if (node.else !== undefined) {
      this.out += folded ? " (else" : " else";
      this.inlineInstrs(node.else.body);
      if (folded) this.out += ")";
    }
    for (const h of node.handlers ?? []) {
      const head = h.tag !== undefined ? `catch ${this.ref(h.tag)}` : "catch_all";
      this.out += folded ? ` (${head}` : ` ${head}`;
      this.inlineInstrs(h.body);
      if (folded) this.out += ")";
    }
    if (node.delegate !== undefined) {
      this.out += folded ? ` (delegate ${this.ref(node.delegate)}))` : ` delegate ${this.ref(node.delegate)}`;
    } else {
      this.out += folded ? ")" : " end";
    }
  }

  private foldedPlain(node: PlainInstrNode, depth: number): void {
    const operands = node.folded!;
    if (foldsOnOneLine(operands)) {
      this.oneLineFolded(node);
      return;
    }
    this.out += `(${this.plainHead(node)}`;
    this.instrs(operands, depth + 1);
    this.out += ")";
  }

  /** `block $l (type 0) (catch ...)`: the keyword and everything before the body. */
  private blockHead(node: BlockInstrNode): string {
    let text = node.op.name;
    if (node.label !== undefined) text += ` ${this.id(node.label.name)}`;
    text += this.typeUse(node.blockType);
    if (node.catches !== undefined) {
      for (const c of node.catches) {
        text += c.tag !== undefined ? ` (${c.kind} ${this.ref(c.tag)} ${this.ref(c.label)})` : ` (${c.kind} ${this.ref(c.label)})`;
      }
    }
    return text;
  }

  private flatBlock(node: BlockInstrNode, depth: number): void {
    this.out += this.blockHead(node);
    this.instrs(node.body, depth + 1);
    const nl = newline(depth);
    if (node.else !== undefined) {
      this.out += `${nl}else`;
      this.instrs(node.else.body, depth + 1);
    }
    if (node.handlers !== undefined) {
      for (const h of node.handlers) {
        this.out += h.tag !== undefined ? `${nl}catch ${this.ref(h.tag)}` : `${nl}catch_all`;
        this.instrs(h.body, depth + 1);
      }
    }
    this.out += node.delegate !== undefined ? `${nl}delegate ${this.ref(node.delegate)}` : `${nl}end`;
  }

  private foldedBlock(node: BlockInstrNode, depth: number): void {
    this.out += `(${this.blockHead(node)}`;
    const inner = depth + 1;
    const nl = newline(inner);
    if (node.condition !== undefined) this.instrs(node.condition, inner);
    if (node.op.name === "if") {
      this.clause("then", node.body, inner, nl);
      if (node.else !== undefined) this.clause("else", node.else.body, inner, nl);
    } else if (node.op.name === "try") {
      this.clause("do", node.body, inner, nl);
      for (const h of node.handlers ?? []) {
        this.clause(h.tag !== undefined ? `catch ${this.ref(h.tag)}` : "catch_all", h.body, inner, nl);
      }
      if (node.delegate !== undefined) this.out += `${nl}(delegate ${this.ref(node.delegate)})`;
    } else {
      this.instrs(node.body, inner);
    }
    this.out += `${newline(depth)})`;
  }

  /** `(then ...)`, `(else ...)`, `(do ...)`, `(catch $t ...)`: a keyword and a body. */
  private clause(keyword: string, body: readonly InstrNode[], depth: number, nl: string): void {
    this.out += `${nl}(${keyword}`;
    if (body.length === 0) {
      this.out += ")";
      return;
    }
    this.instrs(body, depth + 1);
    this.out += `${nl})`;
  }

  /** A plain instruction without its folded operands: mnemonic and immediates. */
  private plainHead(node: PlainInstrNode): string {
    const op = node.op;
    switch (op.imm) {
      case "none":
      case "fence":
        return op.name;
      case "i32":
        return `${op.name} ${node.i32!}`;
      case "i64":
        return `${op.name} ${node.i64!}`;
      case "f32":
        return `${op.name} ${f32Text(node.i32!)}`;
      case "f64":
        return `${op.name} ${f64Text(node.i64!)}`;
      case "local":
      case "global":
      case "func":
      case "label": {
        const r = node.refs![0];
        return `${op.name} ${r.kind === "index" ? r.value : this.id(r.name)}`;
      }
      case "memarg":
      case "memarg_lane": {
        let text = op.name;
        if (node.refs !== undefined) text += ` ${this.ref(node.refs[0])}`;
        const m = node.memarg;
        if (m !== undefined) {
          if (m.offset !== undefined) text += ` ${m.offset.text}`;
          if (m.align !== undefined) text += ` ${m.align.text}`;
        }
        if (node.nums !== undefined) text += ` ${node.nums[0].text}`;
        return text;
      }
      case "call_indirect": {
        let text = op.name;
        if (node.refs !== undefined) text += ` ${this.ref(node.refs[0])}`;
        return text + this.typeUse(node.typeUse!);
      }
      case "v128": {
        let text = `${op.name} ${node.shape!}`;
        for (const lane of node.lanes!) text += ` ${lane.text}`;
        return text;
      }
      case "select":
        return node.selectResults !== undefined ? op.name + this.results(node.selectResults) : op.name;
      case "heap_type":
        return `${op.name} ${this.heapType(node.heapType!)}`;
      case "ref_type":
        return `${op.name} ${this.refType(node.refTypes![0])}`;
      case "br_on_cast":
        return `${op.name} ${this.ref(node.refs![0])} ${this.refType(node.refTypes![0])} ${this.refType(node.refTypes![1])}`;
      default: {
        let text = op.name;
        if (node.refs !== undefined) for (const r of node.refs) text += ` ${this.ref(r)}`;
        if (node.nums !== undefined) for (const n of node.nums) text += ` ${n.text}`;
        return text;
      }
    }
  }
}
