/**
 * Builds the AST from the parse tree. It only turns contexts into nodes:
 * it decodes literals (with range checks), looks instruction mnemonics up in
 * the instruction table and checks each instruction's immediates against
 * its kind, and attaches annotations by position. Abbreviations, names and
 * type uses are left to `resolve`.
 */
import { ParserRuleContext, TerminalNode, type ParseTree, type Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import {
  ActionContext,
  CatchClauseContext,
  CommandContext,
  CompTypeContext,
  DataFieldContext,
  ElemFieldContext,
  ElemItemContext,
  ElemListContext,
  ExportFieldContext,
  FieldContext,
  FieldTypeContext,
  FoldedInstrContext,
  FuncFieldContext,
  GlobalFieldContext,
  GlobalTypeContext,
  HeapTypeContext,
  IdxContext,
  ImportDescContext,
  ImportFieldContext,
  InlineExportContext,
  InlineImportContext,
  LimitsContext,
  LocalContext,
  MemoryFieldContext,
  MemoryTypeContext,
  PageSizeContext,
  ModuleContext,
  OffsetContext,
  ParamContext,
  InstrListContext,
  RecTypeContext,
  RefTypeContext,
  ResultContext,
  StartFieldContext,
  StorageTypeContext,
  SubTypeContext,
  TableFieldContext,
  TableTypeContext,
  TagFieldContext,
  TypeDefContext,
  TypeUseContext,
  ValueContext,
  type ScriptContext,
} from "../../generated/WatParser.js";
import type { StructuredImm } from "../isa/imm-groups.js";
import { instrAt, instrByName, type InstrDef } from "../isa/instructions.js";
import type { AbsHeapType, CatchKind, ExportKind, NumType, PackedType } from "../module/model.js";
import type {
  ActionNode,
  BlockInstrNode,
  Command,
  CompTypeNode,
  CustomField,
  ElemField,
  ElemItemNode,
  ElemListNode,
  FieldNode,
  FieldTypeNode,
  GlobalTypeNode,
  HeapTypeNode,
  Id,
  ImportDescNode,
  InlineExport,
  InlineImport,
  InstrNode,
  LegacyHandlerNode,
  LimitsNode,
  LocalNode,
  MemArgNode,
  ModuleField,
  ModuleNode,
  NumLit,
  OffsetNode,
  ParamNode,
  PlainInstrNode,
  Ref,
  RefTypeNode,
  ResultNode,
  Script,
  ScriptModule,
  Span,
  StorageTypeNode,
  StringLit,
  SubTypeNode,
  TryTableCatchNode,
  TypeField,
  TypeUseNode,
  ValTypeNode,
  ValueNode,
} from "./ast.js";
import type { NameAnnotation, SourceAnnotations } from "./annotations.js";
import { lineColumn, WatSyntaxError } from "./errors.js";
import type { SourceText } from "./source-text.js";
import {
  LiteralError,
  parseF32Bits,
  parseF64Bits,
  parseInt32,
  parseInt64,
  parseIntN,
  parseName,
  parseNat32,
  parseNat64,
  parseString,
} from "./literals.js";

type Instrs = InstrNode[];

/** One immediate of a plain instruction, before it is read according to the instruction's kind. */
type Arg = Token | ParserRuleContext;

const SHORT_REF: Record<string, AbsHeapType> = {
  funcref: "func",
  externref: "extern",
  anyref: "any",
  eqref: "eq",
  i31ref: "i31",
  structref: "struct",
  arrayref: "array",
  nullref: "none",
  nullfuncref: "nofunc",
  nullexternref: "noextern",
  exnref: "exn",
  nullexnref: "noexn",
};

const SHAPE_LANES: Record<string, { lanes: number; bits: 8 | 16 | 32 | 64; float: boolean }> = {
  i8x16: { lanes: 16, bits: 8, float: false },
  i16x8: { lanes: 8, bits: 16, float: false },
  i32x4: { lanes: 4, bits: 32, float: false },
  i64x2: { lanes: 2, bits: 64, float: false },
  f32x4: { lanes: 4, bits: 32, float: true },
  f64x2: { lanes: 2, bits: 64, float: true },
};

export class Builder {
  /** Branch hints not yet attached, in source order. */
  #hintAt = 0;
  /** `@name` annotations by the index of the token they follow, for those of `annotations.names` up to `#namesIndexed`. */
  readonly #namesByToken = new Map<number, NameAnnotation[]>();
  #namesIndexed = 0;
  readonly #usedNames = new Set<NameAnnotation>();
  /** Every plain instruction built, for `(@reloc ...)` annotations to find the one they follow. */
  readonly #plains: PlainInstrNode[] = [];
  /** Where each function field is, start and end, in source order: a `(@reloc ...)` must be inside one. */
  readonly #funcSpans: [number, number][] = [];
  #inFunction = false;
  readonly #reader = new ImmediateReader(this);
  /** The immediates of the plain instruction being built (one array, reused). */
  readonly #args: Arg[] = [];
  /** The folded operands being built, of all the folded instructions being built: `#operands[0..#operandsTop)`. */
  readonly #operands: InstrNode[] = [];
  #operandsTop = 0;

  /** Module fields built while parsing, by the context (module or script) they belong to. */
  readonly #fields = new Map<ParserRuleContext | null, ModuleField[]>();

  constructor(
    private readonly source: SourceText,
    private readonly annotations: SourceAnnotations,
  ) {}

  /** Builds one module field as soon as it is parsed (see parse.ts). */
  addField(ctx: ParserRuleContext): void {
    const owner = ctx.parent;
    let fields = this.#fields.get(owner);
    if (!fields) this.#fields.set(owner, (fields = []));
    fields.push(this.field(ctx));
  }

  private fieldsOf(ctx: ParserRuleContext): ModuleField[] {
    const fields = this.#fields.get(ctx) ?? [];
    this.#fields.delete(ctx);
    return fields;
  }

  script(ctx: ScriptContext): Script {
    const commands: Command[] = [];
    const fields = this.fieldsOf(ctx);
    // A text of bare module fields, or of nothing but annotations, is one module.
    if (fields.length > 0 || ctx.command().length === 0) {
      const module: ModuleNode = {
        kind: "module",
        implicit: true,
        fields,
        start: 0,
        end: this.source.length,
      };
      this.moduleCustoms(module);
      this.moduleExact(module);
      commands.push({ kind: "module", module, start: 0, end: this.source.length });
    } else {
      for (const command of ctx.command()) commands.push(this.command(command));
    }
    this.attachRelocs();
    this.checkLeftoverAnnotations();
    return {
      kind: "script",
      source: this.source,
      commands,
      comments: this.annotations.comments,
      annotations: this.annotations.others,
      start: 0,
      end: this.source.length,
    };
  }

  // -------------------------------------------------------------------------
  // Helpers

  private error(message: string, at: number | Span | Token): never {
    const offset = typeof at === "number" ? at : "start" in at && "stop" in at ? (at as Token).start : (at as Span).start;
    throw new WatSyntaxError(message, this.source, offset);
  }

  private span(ctx: ParserRuleContext): Span {
    return { start: startOf(ctx), end: endOf(ctx) };
  }

  private literal<T>(token: Token, read: (text: string) => T): T {
    try {
      return read(token.text!);
    } catch (error) {
      if (error instanceof LiteralError) this.error(error.message, token);
      throw error;
    }
  }

  private id(token: Token | null | undefined): Id | undefined {
    if (!token) return undefined;
    return { name: this.idName(token), start: token.start, end: token.stop + 1 };
  }

  /** The name an `$id` token spells, read from the source after the `$` (a quoted one unescaped). */
  private idName(token: Token): string {
    const name = this.source.slice(token.start + 1, token.stop + 1);
    if (name === "") this.error("empty identifier", token);
    if (name.charCodeAt(0) !== 0x22) return name;
    const unquoted = this.literal(token, (t) => parseName(t.slice(1)));
    if (unquoted === "") this.error("empty identifier", token);
    return unquoted;
  }

  private ref(ctx: IdxContext): Ref {
    return this.refToken(ctx.start!);
  }

  private refToken(token: Token): Ref {
    if (token.type === WatLexer.ID) return { kind: "id", name: this.idName(token), start: token.start, end: token.stop + 1 };
    const value = this.shortDecimal(token) ?? this.literal(token, parseNat32);
    return { kind: "index", value, start: token.start, end: token.stop + 1 };
  }

  /**
   * A number token of at most nine decimal digits after an optional sign,
   * read from the source: nearly every index and most integer constants
   * are written so. Undefined for any other spelling (hex, underscores,
   * fractions, longer), which the literal parsers read.
   */
  private shortDecimal(token: Token): number | undefined {
    const source = this.source;
    if (typeof source !== "string") return undefined;
    let at = token.start;
    const end = token.stop + 1;
    const sign = source.charCodeAt(at);
    if (sign === 0x2d || sign === 0x2b) at++;
    if (end - at < 1 || end - at > 9) return undefined;
    let value = 0;
    for (; at < end; at++) {
      const digit = source.charCodeAt(at) - 0x30;
      if (digit < 0 || digit > 9) return undefined;
      value = value * 10 + digit;
    }
    // `| 0` turns -0 into 0, as the literal parsers give it.
    return sign === 0x2d ? -value | 0 : value;
  }

  private num(token: Token): NumLit {
    return { text: token.text!, start: token.start, end: token.stop + 1 };
  }

  private string(token: Token): StringLit {
    return { bytes: this.literal(token, parseString), start: token.start, end: token.stop + 1 };
  }

  private name(token: Token): string {
    return this.literal(token, parseName);
  }

  /** The `(@name "...")` annotation right after a token (only whitespace and comments between). */
  private nameAfter(token: Token | null): string | undefined {
    const names = this.annotations.names;
    if (!token || names.length === 0) return undefined;
    // Indexed by token as they are read: every parameter and local asks, so a scan per question would be quadratic.
    for (; this.#namesIndexed < names.length; this.#namesIndexed++) {
      const name = names[this.#namesIndexed];
      const list = this.#namesByToken.get(name.after);
      if (list === undefined) this.#namesByToken.set(name.after, [name]);
      else list.push(name);
    }
    const found = this.#namesByToken.get(token.tokenIndex);
    if (found === undefined) return undefined;
    if (found.length > 1) this.error("@name annotation: multiple names", found[1].start);
    this.#usedNames.add(found[0]);
    return found[0].name;
  }

  /** Gives each `(@reloc ...)` to the instruction it follows: the last one that starts before it. */
  private attachRelocs(): void {
    const relocs = this.annotations.relocs;
    if (relocs.length === 0) return;
    const plains = this.#plains.sort((a, b) => a.start - b.start);
    const funcs = this.#funcSpans;
    let i = 0;
    let f = 0;
    for (const reloc of relocs) {
      while (i < plains.length && plains[i].start < reloc.start) i++;
      while (f < funcs.length && funcs[f][1] <= reloc.start) f++;
      const node = plains[i - 1];
      const func = funcs[f];
      if (node === undefined || func === undefined || func[0] > reloc.start || node.start < func[0]) {
        this.error("@reloc annotation: not after an instruction of a function", reloc.start);
      }
      (node.relocs ??= []).push(reloc.items);
    }
  }

  private checkLeftoverAnnotations(): void {
    for (const name of this.annotations.names) {
      if (!this.#usedNames.has(name)) this.error("misplaced @name annotation", name.start);
    }
    if (this.#hintAt < this.annotations.hints.length) {
      this.error("@metadata.code.branch_hint annotation: not in a function", this.annotations.hints[this.#hintAt].start);
    }
  }

  private token(ctx: ParserRuleContext, type: number): Token | undefined {
    for (const child of ctx.children) if (child instanceof TerminalNode && child.symbol.type === type) return child.symbol;
    return undefined;
  }

  // -------------------------------------------------------------------------
  // Scripts

  private command(ctx: CommandContext): Command {
    const span = this.span(ctx);
    const module = ctx.module();
    const action = ctx.action();
    const head = ctx.getChild(1);
    if (module?.INSTANCE()) {
      const ids = module.ID();
      return { kind: "instance", instance: this.id(ids[0]?.symbol), module: this.id(ids[1]?.symbol), start: span.start, end: span.end };
    }
    if (module && ctx.ASSERT() === null) return { kind: "module", module: this.module(module), start: span.start, end: span.end };
    if (action && ctx.ASSERT() === null) return { kind: "action", action: this.action(action), start: span.start, end: span.end };
    if (ctx.INSTANCE()) {
      const ids = ctx.ID();
      return { kind: "instance", instance: this.id(ids[0]?.symbol), module: this.id(ids[1]?.symbol), start: span.start, end: span.end };
    }
    if (ctx.REGISTER()) {
      return { kind: "register", name: this.name(ctx.STRING(0)!.symbol), module: this.id(ctx.ID(0)?.symbol), start: span.start, end: span.end };
    }
    if (ctx.ASSERT()) return this.assertion(ctx, span);
    return { kind: "other", head: head instanceof TerminalNode ? head.getText() : "", start: span.start, end: span.end };
  }

  private assertion(ctx: CommandContext, span: Span): Command {
    const kind = ctx.ASSERT()!.getText();
    const action = ctx.action() ? this.action(ctx.action()!) : undefined;
    const module = ctx.module() ? this.module(ctx.module()!) : undefined;
    const values = ctx.value().map((v) => this.value(v));
    const strings = ctx.STRING();
    const message = strings.length > 0 ? new TextDecoder().decode(this.string(strings[0].symbol).bytes) : "";
    const needsAction = (): ActionNode => action ?? this.error(`${kind} expects an action`, span);
    switch (kind) {
      case "assert_return":
        return { kind, action: needsAction(), results: values, start: span.start, end: span.end };
      case "assert_trap":
        return { kind, action, module, message, start: span.start, end: span.end };
      case "assert_exhaustion":
        return { kind, action: needsAction(), message, start: span.start, end: span.end };
      case "assert_exception":
        return { kind, action: needsAction(), start: span.start, end: span.end };
      default:
        return {
          kind: kind as "assert_malformed",
          module: module ?? this.error(`${kind} expects a module`, span),
          message,
          start: span.start, end: span.end,
        };
    }
  }

  private action(ctx: ActionContext): ActionNode {
    const span = this.span(ctx);
    const module = this.id(ctx.ID()?.symbol);
    const name = this.name(ctx.STRING().symbol);
    if (ctx.INVOKE()) return { kind: "invoke", module, name, args: ctx.value().map((v) => this.value(v)), start: span.start, end: span.end };
    return { kind: "get", module, name, start: span.start, end: span.end };
  }

  private value(ctx: ValueContext): ValueNode {
    const node: ValueNode = { head: ctx.getChild(1)!.getText(), args: [], start: startOf(ctx), end: endOf(ctx) };
    for (let i = 2; i < ctx.getChildCount() - 1; i++) {
      const child = ctx.getChild(i)!;
      if (child instanceof ValueContext) {
        (node.either ??= []).push(this.value(child));
      } else if (child instanceof TerminalNode) {
        const token = child.symbol;
        node.args.push({ kind: "token", text: token.text!, start: token.start, end: token.stop + 1 });
      }
    }
    return node;
  }

  private module(ctx: ModuleContext): ScriptModule {
    const span = this.span(ctx);
    const idToken = ctx.ID(0)?.symbol;
    const definition = ctx.DEFINITION() !== null ? true : undefined;
    if (ctx.BINARY() || ctx.QUOTE()) {
      return {
        kind: ctx.BINARY() ? "binary" : "quote",
        id: this.id(idToken),
        definition,
        strings: ctx.STRING().map((s) => this.string(s.symbol)),
        start: span.start, end: span.end,
      };
    }
    const node: ModuleNode = {
      kind: "module",
      id: this.id(idToken),
      name: this.nameAfter(idToken ?? ctx.MODULE()!.symbol),
      definition,
      fields: this.fieldsOf(ctx),
      start: span.start, end: span.end,
    };
    this.moduleCustoms(node);
    this.moduleExact(node);
    return node;
  }

  /** The module's `@watkit.exact` annotations. */
  private moduleExact(module: ModuleNode): void {
    const exact = this.annotations.exact.filter((c) => c.start >= module.start && c.end <= module.end);
    if (exact.length > 0) module.exact = exact;
  }

  /** Places the `@custom` annotations of a module among its fields, rejecting those inside a field. */
  private moduleCustoms(module: ModuleNode): void {
    const customs = this.annotations.customs.filter((c) => c.start >= module.start && c.end <= module.end);
    if (customs.length === 0) return;
    const fields: ModuleField[] = [];
    let next = 0;
    for (const field of module.fields) {
      while (next < customs.length && customs[next].start < field.start) fields.push(this.custom(customs[next++]));
      if (next < customs.length && customs[next].start < field.end) {
        this.error(`misplaced ${customs[next].producers ? "@producers" : "@custom"} annotation`, customs[next].start);
      }
      fields.push(field);
    }
    while (next < customs.length) fields.push(this.custom(customs[next++]));
    module.fields = fields;
  }

  private custom(c: SourceAnnotations["customs"][number]): CustomField {
    const field: CustomField = { kind: "custom", name: c.name, place: c.place, strings: c.strings, start: c.start, end: c.end };
    if (c.producers) field.producers = c.producers;
    if (c.object) field.object = c.object;
    return field;
  }

  // -------------------------------------------------------------------------
  // Module fields

  private field(ctx: ParserRuleContext): ModuleField {
    if (ctx instanceof FuncFieldContext) return this.funcField(ctx);
    if (ctx instanceof TypeDefContext) return this.typeDef(ctx);
    if (ctx instanceof RecTypeContext) {
      return { kind: "rec", types: ctx.typeDef().map((t) => this.typeDef(t)), start: startOf(ctx), end: endOf(ctx) };
    }
    if (ctx instanceof ImportFieldContext) return this.importField(ctx);
    if (ctx instanceof ExportFieldContext) {
      return {
        kind: "export",
        name: this.name(ctx.STRING().symbol),
        exportKind: ctx.exportKind().getText() as ExportKind,
        ref: this.ref(ctx.idx()),
        start: startOf(ctx), end: endOf(ctx),
      };
    }
    if (ctx instanceof TableFieldContext) return this.tableField(ctx);
    if (ctx instanceof MemoryFieldContext) return this.memoryField(ctx);
    if (ctx instanceof GlobalFieldContext) return this.globalField(ctx);
    if (ctx instanceof TagFieldContext) {
      return { kind: "tag", ...this.definable(ctx), typeUse: this.typeUse(ctx.typeUse()), start: startOf(ctx), end: endOf(ctx) };
    }
    if (ctx instanceof StartFieldContext) return { kind: "start", func: this.ref(ctx.idx()), start: startOf(ctx), end: endOf(ctx) };
    if (ctx instanceof ElemFieldContext) return this.elemField(ctx);
    if (ctx instanceof DataFieldContext) return this.dataField(ctx);
    return this.error("unknown module field", this.span(ctx));
  }

  private definable(ctx: ParserRuleContext & { ID(): TerminalNode | null; inlineExport(): InlineExportContext[]; inlineImport(): InlineImportContext | null }): {
    id?: Id;
    name?: string;
    exports: InlineExport[];
    import?: InlineImport;
  } {
    // They follow the opening parenthesis and keyword: read in one pass, up to the first other child.
    const children = ctx.children;
    const idToken = terminalOf(children[2], WatLexer.ID);
    const exports: InlineExport[] = [];
    let imp: InlineImportContext | undefined;
    for (let i = idToken ? 3 : 2; i < children.length; i++) {
      const child = children[i];
      if (child instanceof InlineExportContext) exports.push({ name: this.name(child.STRING().symbol), start: startOf(child), end: endOf(child) });
      else if (child instanceof InlineImportContext) imp = child;
      else break;
    }
    return {
      id: this.id(idToken),
      name: this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol),
      exports,
      import: imp
        ? { module: this.name(imp.STRING(0)!.symbol), name: this.name(imp.STRING(1)!.symbol), start: startOf(imp), end: endOf(imp) }
        : undefined,
    };
  }

  private typeDef(ctx: TypeDefContext): TypeField {
    const idToken = ctx.ID()?.symbol;
    const name = this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    const node: TypeField = { kind: "type", id: this.id(idToken), type: this.subType(ctx.subType()), start: startOf(ctx), end: endOf(ctx) };
    if (name !== undefined) node.name = name;
    return node;
  }

  private subType(ctx: SubTypeContext): SubTypeNode {
    const sub = ctx.SUB() !== null;
    return {
      sub,
      final: sub ? ctx.FINAL() !== null : true,
      supertypes: ctx.idx().map((i) => this.ref(i)),
      comp: this.compType(ctx.compType()),
      start: startOf(ctx), end: endOf(ctx),
    };
  }

  private compType(ctx: CompTypeContext): CompTypeNode {
    const span = this.span(ctx);
    if (ctx.FUNC()) {
      return { kind: "func", params: ctx.param().map((p) => this.param(p)), results: ctx.result().map((r) => this.result(r)), start: span.start, end: span.end };
    }
    if (ctx.STRUCT()) return { kind: "struct", fields: ctx.field().map((f) => this.structField(f)), start: span.start, end: span.end };
    return { kind: "array", element: this.fieldType(ctx.fieldType()!), start: span.start, end: span.end };
  }

  private structField(ctx: FieldContext): FieldNode {
    const idToken = ctx.ID()?.symbol;
    const node: FieldNode = { id: this.id(idToken), types: ctx.fieldType().map((f) => this.fieldType(f)), start: startOf(ctx), end: endOf(ctx) };
    const name = this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    if (name !== undefined) node.name = name;
    return node;
  }

  private fieldType(ctx: FieldTypeContext): FieldTypeNode {
    return { type: this.storageType(ctx.storageType()), mutable: ctx.MUT() !== null, start: startOf(ctx), end: endOf(ctx) };
  }

  private storageType(ctx: StorageTypeContext): StorageTypeNode {
    const packed = ctx.PACKED_TYPE();
    if (packed) return { kind: "packed", type: packed.getText() as PackedType, start: startOf(ctx), end: endOf(ctx) };
    return this.valTypes(ctx)[0];
  }

  /** The value types among a context's children: NUM_TYPE tokens and refType contexts. */
  private valTypes(ctx: ParserRuleContext): ValTypeNode[] {
    const types: ValTypeNode[] = [];
    for (const child of ctx.children) {
      if (child instanceof RefTypeContext) {
        types.push(this.refType(child));
      } else if (child instanceof TerminalNode && child.symbol.type === WatLexer.NUM_TYPE) {
        const token = child.symbol;
        types.push({ kind: "num", type: token.text as NumType, start: token.start, end: token.stop + 1 });
      }
    }
    return types;
  }

  private refType(ctx: RefTypeContext): RefTypeNode {
    const short = ctx.REF_SHORTHAND();
    if (short) return this.shortRefType(short.symbol);
    return { kind: "ref", nullable: ctx.NULL() !== null, heap: this.heapType(ctx.heapType()!), short: false, start: startOf(ctx), end: endOf(ctx) };
  }

  private shortRefType(token: Token): RefTypeNode {
    const start = token.start;
    const end = token.stop + 1;
    return { kind: "ref", nullable: true, heap: { kind: "abs", type: SHORT_REF[token.text!], start, end }, short: true, start, end };
  }

  private heapType(ctx: HeapTypeContext): HeapTypeNode {
    const idx = ctx.idx();
    if (idx) return this.ref(idx);
    return { kind: "abs", type: ctx.getText() as AbsHeapType, start: startOf(ctx), end: endOf(ctx) };
  }

  private param(ctx: ParamContext): ParamNode {
    const idToken = terminalOf(ctx.children[2], WatLexer.ID);
    const node: ParamNode = { id: this.id(idToken), types: this.valTypes(ctx), start: startOf(ctx), end: endOf(ctx) };
    const name = this.nameAfter(idToken ?? (ctx.children[1] as TerminalNode).symbol);
    if (name !== undefined) node.name = name;
    return node;
  }

  private result(ctx: ResultContext): ResultNode {
    return { types: this.valTypes(ctx), start: startOf(ctx), end: endOf(ctx) };
  }

  /** One pass over the children: every function and block has a type use, most of them empty or short. */
  private typeUse(ctx: TypeUseContext): TypeUseNode {
    let type: Ref | undefined;
    const params: ParamNode[] = [];
    const results: ResultNode[] = [];
    for (const child of ctx.children) {
      if (child instanceof ParamContext) params.push(this.param(child));
      else if (child instanceof ResultContext) results.push(this.result(child));
      else if (child instanceof IdxContext) type = this.ref(child);
    }
    const start = ctx.start!.start;
    // An empty type use has no tokens: ANTLR's stop token is then the one before it.
    const end = ctx.stop && ctx.stop.tokenIndex >= ctx.start!.tokenIndex ? ctx.stop.stop + 1 : start;
    return { type, params, results, start, end };
  }

  /** Block types and call_indirect take a type use whose parameters cannot be named. */
  anonymousTypeUse(use: TypeUseNode): TypeUseNode {
    for (const param of use.params) {
      if (param.id) this.error("unexpected token: a parameter here cannot have an $id", param.id);
      if (param.name !== undefined) this.error("misplaced @name annotation: a parameter here has no name", param.start);
    }
    return use;
  }

  private limits(ctx: LimitsContext): LimitsNode {
    const nats = ctx.NAT();
    const addressType = this.addressType(ctx.NUM_TYPE()?.symbol);
    // Limits beyond the address type's range are a validation error (core
    // suite), so only the u64 range is a syntax rule.
    for (const nat of nats) this.literal(nat.symbol, parseNat64);
    return {
      addressType,
      min: this.num(nats[0].symbol),
      max: nats[1] ? this.num(nats[1].symbol) : undefined,
      shared: false,
      start: startOf(ctx), end: endOf(ctx),
    };
  }

  private addressType(token: Token | undefined): "i32" | "i64" | undefined {
    if (!token) return undefined;
    if (token.text !== "i32" && token.text !== "i64") this.error(`expected i32 or i64, found ${token.text}`, token);
    return token.text;
  }

  private memoryType(ctx: MemoryTypeContext): LimitsNode {
    const limits = this.limits(ctx.limits());
    limits.shared = ctx.SHARED() !== null;
    const pageSize = ctx.pageSize();
    if (pageSize) limits.pageSize = this.pageSize(pageSize);
    return limits;
  }

  /** A page size that is not a power of two is malformed; one the validator does not allow is only invalid. */
  private pageSize(ctx: PageSizeContext): NumLit {
    const token = ctx.NAT().symbol;
    const size = this.literal(token, parseNat64);
    if (size === 0n || (size & (size - 1n)) !== 0n) this.error(`invalid custom page size: ${token.text} is not a power of two`, token);
    return this.num(token);
  }

  private tableType(ctx: TableTypeContext): { limits: LimitsNode; elemType: RefTypeNode } {
    return { limits: this.limits(ctx.limits()), elemType: this.refType(ctx.refType()) };
  }

  private globalType(ctx: GlobalTypeContext): GlobalTypeNode {
    return { type: this.valTypes(ctx)[0], mutable: ctx.MUT() !== null, start: startOf(ctx), end: endOf(ctx) };
  }

  private importField(ctx: ImportFieldContext): ModuleField {
    const desc = ctx.importDesc();
    return {
      kind: "import",
      module: this.name(ctx.STRING(0)!.symbol),
      name: this.name(ctx.STRING(1)!.symbol),
      desc: this.importDesc(desc),
      start: startOf(ctx), end: endOf(ctx),
    };
  }

  private importDesc(ctx: ImportDescContext): ImportDescNode {
    const span = this.span(ctx);
    const idToken = ctx.ID()?.symbol;
    const id = this.id(idToken);
    const name = this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    if (ctx.FUNC()) return { kind: "func", id, name, typeUse: this.typeUse(ctx.typeUse()!), start: span.start, end: span.end };
    if (ctx.TAG()) return { kind: "tag", id, name, typeUse: this.typeUse(ctx.typeUse()!), start: span.start, end: span.end };
    if (ctx.TABLE()) return { kind: "table", id, name, ...this.tableType(ctx.tableType()!), start: span.start, end: span.end };
    if (ctx.MEMORY()) return { kind: "memory", id, name, limits: this.memoryType(ctx.memoryType()!), start: span.start, end: span.end };
    return { kind: "global", id, name, type: this.globalType(ctx.globalType()!), start: span.start, end: span.end };
  }

  private funcField(ctx: FuncFieldContext): ModuleField {
    if (this.annotations.relocs.length > 0) this.#funcSpans.push([startOf(ctx), endOf(ctx)]);
    const { id, name, exports, import: imp } = this.definable(ctx);
    // The type use, locals and body are the last children but the closing parenthesis.
    const children = ctx.children;
    let first = children.length - 2;
    while (children[first - 1] instanceof LocalContext) first--;
    const locals: LocalNode[] = [];
    for (let i = first; i < children.length - 2; i++) {
      const l = children[i] as LocalContext;
      const idToken = terminalOf(l.children[2], WatLexer.ID);
      const local: LocalNode = { id: this.id(idToken), types: this.valTypes(l), start: startOf(l), end: endOf(l) };
      const name = this.nameAfter(idToken ?? (l.children[1] as TerminalNode).symbol);
      if (name !== undefined) local.name = name;
      locals.push(local);
    }
    const start = startOf(ctx);
    const end = endOf(ctx);
    this.checkHintsBefore(start, "not in a function");
    this.#inFunction = true;
    const body = this.instrList(children[children.length - 2] as InstrListContext);
    this.#inFunction = false;
    this.checkHintsBefore(end, "no instruction follows");
    if (imp && (locals.length > 0 || body.length > 0)) this.error("an imported function has no body", imp);
    // Written out rather than spread from `definable`: one function field per function of the module.
    return { kind: "func", id, name, exports, import: imp, typeUse: this.typeUse(children[first - 1] as TypeUseContext), locals, body, start, end };
  }

  private tableField(ctx: TableFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const span = this.span(ctx);
    const tableType = ctx.tableType();
    if (tableType) {
      const init = this.instrList(ctx.instrList());
      if (definable.import && init.length > 0) this.error("an imported table has no initialiser", init[0]);
      return { kind: "table", ...definable, ...this.tableType(tableType), init: init.length > 0 ? init : undefined, start: span.start, end: span.end };
    }
    if (definable.import) this.error("an imported table cannot have inline elements", definable.import);
    const elemType = this.refType(ctx.refType()!);
    const elemToken = this.token(ctx, WatLexer.ELEM)!;
    const items = ctx.elemItem();
    const funcs = ctx.idx();
    const list: ElemListNode = {
      type: elemType,
      funcKeyword: false,
      ...(items.length > 0 || funcs.length === 0
        ? { items: items.map((i) => this.elemItem(i)) }
        : { funcs: funcs.map((i) => this.ref(i)) }),
      start: elemToken.start,
      end: span.end - 1,
    };
    return { kind: "table", ...definable, addressType: this.addressType(ctx.NUM_TYPE()?.symbol), elemType, inlineElem: list, start: span.start, end: span.end };
  }

  private memoryField(ctx: MemoryFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const span = this.span(ctx);
    const memoryType = ctx.memoryType();
    if (memoryType) return { kind: "memory", ...definable, limits: this.memoryType(memoryType), start: span.start, end: span.end };
    if (definable.import) this.error("an imported memory cannot have inline data", definable.import);
    const pageSize = ctx.pageSize();
    return {
      kind: "memory",
      ...definable,
      addressType: this.addressType(ctx.NUM_TYPE()?.symbol),
      pageSize: pageSize ? this.pageSize(pageSize) : undefined,
      inlineData: ctx.STRING().map((s) => this.string(s.symbol)),
      start: span.start, end: span.end,
    };
  }

  private globalField(ctx: GlobalFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const init = this.instrList(ctx.instrList());
    if (definable.import && init.length > 0) this.error("an imported global has no initialiser", init[0]);
    return { kind: "global", ...definable, type: this.globalType(ctx.globalType()), init, start: startOf(ctx), end: endOf(ctx) };
  }

  private elemField(ctx: ElemFieldContext): ElemField {
    const span = this.span(ctx);
    const idToken = ctx.ID()?.symbol;
    const id = this.id(idToken);
    const name = this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    return name === undefined ? this.elemFieldBody(ctx, span, id) : { ...this.elemFieldBody(ctx, span, id), name };
  }

  private elemFieldBody(ctx: ElemFieldContext, span: Span, id: Id | undefined): ElemField {
    const offsetCtx = ctx.offset();
    const listCtx = ctx.elemList();
    if (!offsetCtx) {
      const mode = ctx.DECLARE() ? ({ kind: "declare" } as const) : ({ kind: "passive" } as const);
      return { kind: "elem", id, mode, list: this.elemList(listCtx!), start: span.start, end: span.end };
    }
    const tableNat = ctx.NAT();
    const table = ctx.TABLE() ? this.ref(ctx.idx(0)!) : tableNat ? this.refToken(tableNat.symbol) : undefined;
    const offset = this.offset(offsetCtx);
    let list: ElemListNode;
    if (listCtx) {
      list = this.elemList(listCtx);
    } else {
      const funcs = ctx.idx().slice(ctx.TABLE() ? 1 : 0);
      const start = funcs.length > 0 ? funcs[0].start!.start : offset.end;
      list = { funcKeyword: false, funcs: funcs.map((f) => this.ref(f)), start, end: span.end - 1 };
    }
    return { kind: "elem", id, mode: { kind: "active", table, offset }, list, start: span.start, end: span.end };
  }

  private elemList(ctx: ElemListContext): ElemListNode {
    const span = this.span(ctx);
    const refType = ctx.refType();
    if (refType) return { type: this.refType(refType), funcKeyword: false, items: ctx.elemItem().map((i) => this.elemItem(i)), start: span.start, end: span.end };
    return { funcKeyword: true, funcs: ctx.idx().map((i) => this.ref(i)), start: span.start, end: span.end };
  }

  private elemItem(ctx: ElemItemContext): ElemItemNode {
    if (!ctx.ITEM()) return { item: false, instrs: [this.folded(ctx.getChild(0) as FoldedInstrContext)], start: startOf(ctx), end: endOf(ctx) };
    return { item: true, instrs: this.instrList(ctx.instrList()), start: startOf(ctx), end: endOf(ctx) };
  }

  private offset(ctx: OffsetContext): OffsetNode {
    const keyword = ctx.OFFSET() !== null;
    const instrs = keyword ? this.instrList(ctx.instrList()) : [this.folded(ctx.getChild(0) as FoldedInstrContext)];
    return { keyword, instrs, start: startOf(ctx), end: endOf(ctx) };
  }

  private dataField(ctx: DataFieldContext): ModuleField {
    const span = this.span(ctx);
    const offsetCtx = ctx.offset();
    const strings = ctx.STRING().map((s) => this.string(s.symbol));
    const idToken = ctx.ID()?.symbol;
    const id = this.id(idToken);
    const name = this.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    if (!offsetCtx) return { kind: "data", id, ...(name !== undefined && { name }), mode: { kind: "passive" }, strings, start: span.start, end: span.end };
    const memoryIdx = ctx.idx();
    const memoryNat = ctx.NAT();
    const memory = memoryIdx ? this.ref(memoryIdx) : memoryNat ? this.refToken(memoryNat.symbol) : undefined;
    return {
      kind: "data",
      id,
      ...(name !== undefined && { name }),
      mode: { kind: "active", memory, offset: this.offset(offsetCtx) },
      strings,
      start: span.start, end: span.end,
    };
  }

  // -------------------------------------------------------------------------
  // Instructions

  /**
   * The instructions of a sequence: plain ones are runs of tokens, folded
   * ones contexts. Flat structured instructions arrive as flat items (head,
   * `else`, `catch`, `catch_all`, `delegate`, `end`) and are nested here with
   * an explicit stack of open blocks, so that nesting depth costs no stack.
   */
  private instrList(ctx: InstrListContext | null): Instrs {
    const out: Instrs = [];
    if (!ctx) return out;
    const children = ctx.children;
    const open: OpenFlat[] = [];
    let list = out;
    for (let i = 0; i < children.length; ) {
      const child = children[i];
      if (child instanceof FoldedInstrContext) {
        list.push(this.folded(child));
        i++;
        continue;
      }
      const token = (child as TerminalNode).symbol;
      switch (token.type) {
        case WatLexer.KEYWORD: {
          let end = i + 1;
          while (end < children.length && !isInstrStart(children[end])) end++;
          const last = children[end - 1];
          const stop = last instanceof TerminalNode ? last.symbol.stop : (last as ParserRuleContext).stop!.stop;
          list.push(this.plainFrom(children, i, end, token.start, stop + 1));
          i = end;
          continue;
        }
        case WatLexer.ELSE:
          list = this.flatElse(open.at(-1), token, children[i + 1]);
          break;
        case WatLexer.CATCH:
        case WatLexer.CATCH_ALL:
          list = this.flatCatch(open.at(-1), token, children, i);
          break;
        case WatLexer.END:
        case WatLexer.DELEGATE: {
          const block = open.pop() ?? this.error(`'${token.text}' ${token.type === WatLexer.END ? "without a block" : "outside a 'try'"}`, token);
          this.flatEnd(block, token, children, i);
          list = open.at(-1)?.list ?? out;
          break;
        }
        default: {
          const block = this.flatHead(children, i);
          list.push(block.node);
          open.push(block);
          list = block.list;
        }
      }
      // The item's own tokens and contexts (label, type use, catch clauses, index).
      i++;
      while (i < children.length && !isInstrStart(children[i])) i++;
    }
    const unclosed = open.at(-1);
    if (unclosed) {
      const siblings = ctx.parent!.children;
      const next = siblings[siblings.indexOf(ctx) + 1];
      const where = next instanceof TerminalNode ? next.symbol.start : ctx.stop!.stop + 1;
      this.error(`missing 'end' for the '${unclosed.node.op.name}' at ${this.at(unclosed.node.start)}`, where);
    }
    return out;
  }

  /** A flat block head: keyword, label, type use and (try_table) catch clauses. */
  private flatHead(children: ParseTree[], at: number): OpenFlat {
    const keyword = (children[at] as TerminalNode).symbol;
    let next = at + 1;
    const labelToken = terminalOf(children[next], WatLexer.ID);
    if (labelToken) next++;
    const node = this.blockHead(keyword, labelToken, children[next] as TypeUseContext, keyword.start, keyword.stop + 1, false);
    if (keyword.type === WatLexer.TRY_TABLE) {
      node.catches = [];
      for (next++; children[next] instanceof CatchClauseContext; next++) node.catches.push(this.catchClause(children[next] as CatchClauseContext));
    } else if (keyword.type === WatLexer.TRY) {
      node.handlers = [];
    }
    return { node, list: node.body };
  }

  private flatElse(block: OpenFlat | undefined, token: Token, next: ParseTree | undefined): Instrs {
    const node = block?.node;
    if (node?.op.name !== "if") return this.error("'else' outside an 'if'", token);
    if (node.else) return this.error(`second 'else' for the 'if' at ${this.at(node.start)}`, token);
    node.else = { id: this.id(terminalOf(next, WatLexer.ID)), body: [], start: token.start, end: token.stop + 1 };
    return (block!.list = node.else.body);
  }

  /** Legacy `catch idx` or `catch_all`: starts a handler of the innermost `try`. */
  private flatCatch(block: OpenFlat | undefined, token: Token, children: ParseTree[], at: number): Instrs {
    const node = block?.node;
    const what = `'${token.text}'`;
    if (node?.op.name !== "try") return this.error(`${what} outside a 'try'`, token);
    const handlers = node.handlers!;
    const last = handlers.at(-1);
    if (last && last.tag === undefined) return this.error(`${what} after 'catch_all'`, token);
    if (last) last.end = endOfChild(children[at - 1]);
    const tag = token.type === WatLexer.CATCH ? this.ref(children[at + 1] as IdxContext) : undefined;
    const handler: LegacyHandlerNode = { tag, body: [], start: token.start, end: token.stop + 1 };
    handlers.push(handler);
    return (block!.list = handler.body);
  }

  /** `end` (with its optional label) or legacy `delegate idx`: closes the innermost open block. */
  private flatEnd(block: OpenFlat, token: Token, children: ParseTree[], at: number): void {
    const node = block.node;
    const next = children[at + 1];
    if (token.type === WatLexer.DELEGATE) {
      if (node.op.name !== "try") this.error("'delegate' outside a 'try'", token);
      const handler = node.handlers!.at(-1);
      if (handler) this.error(`'delegate' after '${handler.tag ? "catch" : "catch_all"}'`, token);
      const idx = next as IdxContext;
      node.delegate = this.ref(idx);
      node.end = idx.stop!.stop + 1;
      return;
    }
    const label = terminalOf(next, WatLexer.ID);
    if (label) node.endId = this.id(label);
    node.end = (label ?? token).stop + 1;
    if (node.else) node.else.end = token.start;
    const handler = node.handlers?.at(-1);
    if (handler) handler.end = endOfChild(children[at - 1]);
  }

  /** `line:column` of an offset, for messages that point at a second place. */
  private at(offset: number): string {
    const { line, column } = lineColumn(this.source, offset);
    return `${line}:${column}`;
  }

  private checkHintsBefore(offset: number, problem: string): void {
    const pending = this.annotations.hints[this.#hintAt];
    if (pending && pending.start < offset) this.error(`@metadata.code.branch_hint annotation: ${problem}`, pending.start);
  }

  private takeHint(start: number): PlainInstrNode["hint"] {
    const hints = this.annotations.hints;
    if (this.#hintAt >= hints.length || hints[this.#hintAt].start > start) return undefined;
    const hint = hints[this.#hintAt++];
    if (!this.#inFunction) this.error("@metadata.code.branch_hint annotation: not in a function", hint.start);
    if (this.#hintAt < hints.length && hints[this.#hintAt].start < start) {
      this.error("@metadata.code.branch_hint annotation: duplicate annotation", hints[this.#hintAt].start);
    }
    return hint.hint;
  }

  /** The instruction table's row for a keyword, looked up where it is written. */
  private op(token: Token): InstrDef | undefined {
    const source = this.source;
    return typeof source === "string" ? instrAt(source, token.start, token.stop + 1) : instrByName(token.text!);
  }

  private mnemonic(token: Token): InstrDef {
    const def = this.op(token);
    if (!def || def.imm === "structural") this.error(`unknown instruction ${token.text}`, token);
    return def;
  }

  /**
   * A plain instruction whose mnemonic is `children[at]` and whose immediates
   * follow it, up to `children[upTo]` or the first folded operand; the
   * instruction's text is `start..end`.
   */
  private plainFrom(children: ParseTree[], at: number, upTo: number, start: number, end: number): PlainInstrNode {
    const keyword = (children[at] as TerminalNode).symbol;
    const hint = this.takeHint(start);
    const op = this.mnemonic(keyword);
    const args = this.#args;
    args.length = 0;
    for (let i = at + 1; i < upTo; i++) {
      const child = children[i];
      if (child instanceof TerminalNode) {
        if (child.symbol.type === WatLexer.LPAR) {
          // `(type idx)`: keep the idx context, tagged by its TYPE keyword.
          args.push(children[i + 2] as ParserRuleContext);
          i += 3;
        } else {
          args.push(child.symbol);
        }
      } else if (child instanceof FoldedInstrContext) {
        break;
      } else {
        args.push(child as ParserRuleContext);
      }
    }
    const node: PlainInstrNode = new PlainInstr(op, start, end);
    if (hint !== undefined) node.hint = hint;
    if (this.annotations.relocs.length > 0) this.#plains.push(node);
    this.#reader.read(node, args, keyword);
    return node;
  }

  private folded(ctx: FoldedInstrContext): InstrNode {
    // Read here, not through startOf/endOf: their reads see every context class, these only this one.
    const start = ctx.start!.start;
    const end = ctx.stop!.stop + 1;
    const children = ctx.children;
    const keyword = (children[1] as TerminalNode).symbol;
    if (keyword.type === WatLexer.KEYWORD) {
      const node = this.plainFrom(children, 1, children.length - 1, start, end);
      // The operands are the last children but the closing parenthesis.
      let first = children.length - 1;
      while (children[first - 1] instanceof FoldedInstrContext) first--;
      // Built on the shared stack, then copied out at their final length: an array grown by
      // pushing takes at least 17 slots, and most instructions have one or two operands.
      const base = this.#operandsTop;
      for (let i = first; i < children.length - 1; i++) {
        const operand = this.folded(children[i] as FoldedInstrContext);
        this.#operands[this.#operandsTop++] = operand;
      }
      node.folded = this.#operandsTop > base ? this.#operands.slice(base, this.#operandsTop) : NO_OPERANDS;
      this.#operandsTop = base;
      return node;
    }
    const node = this.blockHead(keyword, terminalOf(children[2], WatLexer.ID), ctx.typeUse(), start, end, true);
    // Built in source order: branch hints attach to the next instruction.
    if (keyword.type === WatLexer.IF) node.condition = ctx.foldedInstr().map((c) => this.folded(c));
    const bodies = ctx.instrList();
    node.body = this.instrList(bodies[0]);
    switch (keyword.type) {
      case WatLexer.IF: {
        const elseToken = ctx.ELSE();
        if (elseToken) {
          const children = ctx.children;
          const at = children.indexOf(elseToken);
          const open = (children[at - 1] as TerminalNode).symbol;
          const close = (children[at + 2] as TerminalNode).symbol;
          node.else = { body: this.instrList(bodies[1]), start: open.start, end: close.stop + 1 };
        }
        break;
      }
      case WatLexer.TRY: {
        node.handlers = [];
        for (const c of ctx.foldedCatch()) node.handlers.push(this.handler(c, c.idx(), c.instrList()));
        const all = ctx.foldedCatchAll();
        if (all) node.handlers.push(this.handler(all, null, all.instrList()));
        const delegate = ctx.idx(0);
        if (delegate) node.delegate = this.ref(delegate);
        break;
      }
      case WatLexer.TRY_TABLE:
        node.catches = ctx.catchClause().map((c) => this.catchClause(c));
        break;
    }
    return node;
  }

  private handler(ctx: ParserRuleContext, tag: IdxContext | null, body: InstrListContext): LegacyHandlerNode {
    return { tag: tag ? this.ref(tag) : undefined, body: this.instrList(body), start: startOf(ctx), end: endOf(ctx) };
  }

  private blockHead(keyword: Token, labelToken: Token | undefined, typeUse: TypeUseContext | null, start: number, end: number, folded: boolean): BlockInstrNode {
    const hint = this.takeHint(start);
    const node: BlockInstrNode = {
      kind: "block",
      op: this.op(keyword)!,
      folded,
      label: this.id(labelToken),
      blockType: typeUse ? this.anonymousTypeUse(this.typeUse(typeUse)) : { params: [], results: [], start, end: start },
      body: [],
      start, end,
    };
    if (hint !== undefined) node.hint = hint;
    const name = this.nameAfter(labelToken ?? keyword);
    if (name !== undefined) node.labelName = name;
    return node;
  }

  private catchClause(ctx: CatchClauseContext): TryTableCatchNode {
    const kind = (ctx.getChild(1) as TerminalNode).getText() as CatchKind;
    const idx = ctx.idx();
    const span = this.span(ctx);
    if (idx.length === 2) return { kind, tag: this.ref(idx[0]), label: this.ref(idx[1]), start: span.start, end: span.end };
    return { kind, label: this.ref(idx[0]), start: span.start, end: span.end };
  }

  // Accessors the immediate reader needs.
  fail(message: string, at: Span | Token | number): never {
    return this.error(message, at);
  }
  literalOf<T>(token: Token, read: (text: string) => T): T {
    return this.literal(token, read);
  }
  shortDecimalOf(token: Token): number | undefined {
    return this.shortDecimal(token);
  }
  refOf(token: Token): Ref {
    return this.refToken(token);
  }
  numOf(token: Token): NumLit {
    return this.num(token);
  }
  typeIdx(ctx: IdxContext): Ref {
    return this.ref(ctx);
  }
  paramOf(ctx: ParamContext): ParamNode {
    return this.param(ctx);
  }
  resultOf(ctx: ResultContext): ResultNode {
    return this.result(ctx);
  }
  refTypeOf(arg: Arg): RefTypeNode | undefined {
    return arg instanceof RefTypeContext ? this.refType(arg) : undefined;
  }
}

/** The operands of every folded instruction that has none (shared: nothing adds operands to a parsed node). */
const NO_OPERANDS: InstrNode[] = [];

const HEAP_KEYWORDS = new Set([WatLexer.FUNC, WatLexer.STRUCT, WatLexer.ARRAY, WatLexer.HEAP_TYPE]);

/**
 * A flat structured instruction whose `end` has not been read yet, and the
 * list its instructions go to (its body, its else branch or its last
 * legacy handler).
 */
interface OpenFlat {
  node: BlockInstrNode;
  list: Instrs;
}

/** The tokens that start an item of an instruction list (a mnemonic or a flat structured item), by token type. */
const ITEM_STARTS: boolean[] = [];
for (const type of [
  WatLexer.KEYWORD,
  WatLexer.BLOCK,
  WatLexer.LOOP,
  WatLexer.IF,
  WatLexer.TRY,
  WatLexer.TRY_TABLE,
  WatLexer.ELSE,
  WatLexer.END,
  WatLexer.CATCH,
  WatLexer.CATCH_ALL,
  WatLexer.DELEGATE,
]) {
  ITEM_STARTS[type] = true;
}

/** Whether a child of an instruction list starts an item (an instruction or part of a flat structured one). */
function isInstrStart(child: ParseTree): boolean {
  if (child instanceof TerminalNode) return ITEM_STARTS[child.symbol.type] === true;
  return child instanceof FoldedInstrContext;
}

/*
 * A node's span is written as two properties rather than spread in from a
 * `Span`: on Node 20 an object literal ending in a spread took about 50 ns,
 * a literal with the two numbers about 1.
 */
function startOf(ctx: ParserRuleContext): number {
  return ctx.start!.start;
}

function endOf(ctx: ParserRuleContext): number {
  return ctx.stop!.stop + 1;
}

/** The token of a child that is a terminal of the given type. */
function terminalOf(child: ParseTree | null | undefined, type: number): Token | undefined {
  return child instanceof TerminalNode && child.symbol.type === type ? child.symbol : undefined;
}

/** Where a child's last token ends. An empty rule's stop token is the one before it, which is what a span wants. */
function endOfChild(child: ParseTree): number {
  return child instanceof TerminalNode ? child.symbol.stop + 1 : (child as ParserRuleContext).stop!.stop + 1;
}

/**
 * A plain instruction node, made by a constructor rather than an object
 * literal: V8 then leaves room in the object for the immediates and operands
 * set after it, where a literal would put them in a second allocation (an
 * instruction's node took 96 bytes instead of 64).
 */
class PlainInstr implements PlainInstrNode {
  declare kind: "plain";
  declare op: InstrDef;
  declare start: number;
  declare end: number;

  constructor(op: InstrDef, start: number, end: number) {
    this.kind = "plain";
    this.op = op;
    this.start = start;
    this.end = end;
  }
}

/** Reads the immediates of one plain instruction according to its immediate kind. */
class ImmediateReader {
  #at = 0;
  private node!: PlainInstrNode;
  private args!: Arg[];
  private keyword!: Token;

  /** One reader per builder, used for one instruction at a time (reading immediates builds no instructions). */
  constructor(private readonly b: Builder) {}

  read(node: PlainInstrNode, args: Arg[], keyword: Token): void {
    this.node = node;
    this.args = args;
    this.keyword = keyword;
    this.#at = 0;
    switch (node.op.imm) {
      case "none":
      case "fence":
        break;
      case "label":
      case "func":
      case "type":
      case "local":
      case "global":
      case "tag":
      case "elem":
      case "data":
        node.refs = [this.ref(true)!];
        break;
      case "type_field":
      case "type_data":
      case "type_elem":
      case "type_type":
        node.refs = [this.ref(true)!, this.ref(true)!];
        break;
      case "br_table": {
        const refs = [this.ref(true)!];
        for (let r = this.ref(false); r; r = this.ref(false)) refs.push(r);
        node.refs = refs;
        break;
      }
      case "br_on_cast":
        node.refs = [this.ref(true)!];
        node.refTypes = [this.refType(), this.refType()];
        break;
      case "call_indirect": {
        const table = this.ref(false);
        if (table) node.refs = [table];
        node.typeUse = this.b.anonymousTypeUse(this.typeUse());
        break;
      }
      case "type_count":
        node.refs = [this.ref(true)!];
        node.nums = [this.nat()];
        break;
      case "table":
      case "memory": {
        const r = this.ref(false);
        if (r) node.refs = [r];
        break;
      }
      case "table_table":
      case "memory_memory": {
        const first = this.ref(false);
        if (first) node.refs = [first, this.ref(true)!];
        break;
      }
      case "table_elem":
      case "memory_data": {
        const first = this.ref(true)!;
        const second = this.ref(false);
        node.refs = second ? [first, second] : [first];
        break;
      }
      case "memarg":
        this.memarg(false);
        break;
      case "memarg_lane":
        this.memarg(true);
        break;
      case "i32": {
        const token = this.number();
        node.i32 = this.b.shortDecimalOf(token) ?? this.b.literalOf(token, parseInt32);
        break;
      }
      case "i64": {
        const token = this.number();
        const short = this.b.shortDecimalOf(token);
        node.i64 = short !== undefined ? BigInt(short) : this.b.literalOf(token, parseInt64);
        break;
      }
      case "f32":
        node.i32 = this.constant(parseF32Bits);
        break;
      case "f64":
        node.i64 = this.constant(parseF64Bits);
        break;
      case "v128":
        this.v128();
        break;
      case "shuffle": {
        const lanes: NumLit[] = [];
        for (let i = 0; i < 16; i++) lanes.push(this.laneIndex());
        node.nums = lanes;
        break;
      }
      case "lane":
        node.nums = [this.laneIndex()];
        break;
      case "select": {
        const results: ResultNode[] = [];
        while (this.peek() instanceof ResultContext) results.push(this.b.resultOf(this.next() as ResultContext));
        if (results.length > 0) node.selectResults = results;
        break;
      }
      case "heap_type":
        node.heapType = this.heapType();
        break;
      case "ref_type":
        node.refTypes = [this.refType()];
        break;
      default:
        node.op.imm satisfies StructuredImm;
        this.b.fail(`${node.op.name} cannot appear here`, this.keyword);
    }
    if (this.#at < this.args.length) {
      const extra = this.args[this.#at];
      this.b.fail(`unexpected ${this.describe(extra)} after ${node.op.name}`, this.spanOf(extra));
    }
  }

  private peek(): Arg | undefined {
    return this.args[this.#at];
  }

  private next(): Arg | undefined {
    return this.args[this.#at++];
  }

  private isToken(arg: Arg | undefined): arg is Token {
    return arg !== undefined && !(arg instanceof ParserRuleContext);
  }

  private spanOf(arg: Arg): Span {
    if (arg instanceof ParserRuleContext) return { start: startOf(arg), end: endOf(arg) };
    return { start: arg.start, end: arg.stop + 1 };
  }

  private describe(arg: Arg): string {
    if (arg instanceof ParserRuleContext) return `'${arg.getText()}'`;
    return `'${arg.text}'`;
  }

  private missing(what: string): never {
    const arg = this.peek();
    if (arg) this.b.fail(`${this.node.op.name} expects ${what}, found ${this.describe(arg)}`, this.spanOf(arg));
    return this.b.fail(`${this.node.op.name} expects ${what}`, { start: this.node.start, end: this.node.end });
  }

  private ref(required: boolean): Ref | undefined {
    const arg = this.peek();
    if (this.isToken(arg) && (arg.type === WatLexer.NAT || arg.type === WatLexer.ID)) {
      this.#at++;
      return this.b.refOf(arg);
    }
    if (required) this.missing("an index or $id");
    return undefined;
  }

  private nat(): NumLit {
    const arg = this.peek();
    if (!this.isToken(arg) || arg.type !== WatLexer.NAT) this.missing("a natural number");
    this.#at++;
    this.b.literalOf(arg, parseNat32);
    return this.b.numOf(arg);
  }

  /** Lane indices are one byte in binary; larger ones cannot be written. */
  private laneIndex(): NumLit {
    const arg = this.peek();
    const lit = this.nat();
    if (this.b.literalOf(arg as Token, parseNat32) > 255) this.b.fail("malformed lane index", lit);
    return lit;
  }

  private constant<T>(read: (text: string) => T): T {
    return this.b.literalOf(this.number(), read);
  }

  /** The next argument, which must be a number token. */
  private number(): Token {
    const arg = this.peek();
    const isNumber =
      this.isToken(arg) && (arg.type === WatLexer.NAT || arg.type === WatLexer.INT || arg.type === WatLexer.FLOAT);
    if (!isNumber) this.missing("a number");
    this.#at++;
    return arg;
  }

  private typeUse(): TypeUseNode {
    const start = this.peek() ? this.spanOf(this.peek()!).start : this.node.end;
    const use: TypeUseNode = { params: [], results: [], start, end: start };
    if (this.peek() instanceof IdxContext) use.type = this.b.typeIdx(this.next() as IdxContext);
    while (this.peek() instanceof ParamContext) use.params.push(this.b.paramOf(this.next() as ParamContext));
    while (this.peek() instanceof ResultContext) use.results.push(this.b.resultOf(this.next() as ResultContext));
    if (this.#at > 0) use.end = this.spanOf(this.args[this.#at - 1]).end;
    return use;
  }

  private refType(): RefTypeNode {
    const arg = this.peek();
    const refType = arg ? this.b.refTypeOf(arg) : undefined;
    if (!refType) this.missing("a reference type");
    this.#at++;
    return refType;
  }

  private heapType(): HeapTypeNode {
    const arg = this.peek();
    if (this.isToken(arg) && HEAP_KEYWORDS.has(arg.type)) {
      this.#at++;
      return { kind: "abs", type: arg.text as AbsHeapType, start: arg.start, end: arg.stop + 1 };
    }
    const r = this.ref(false);
    if (!r) this.missing("a heap type");
    return r;
  }

  private memarg(lane: boolean): void {
    const { node } = this;
    // A leading index is the memory when more immediates follow it (for
    // lane instructions the lane index always comes last).
    const first = this.peek();
    const second = this.args[this.#at + 1];
    const isIndex = this.isToken(first) && (first.type === WatLexer.NAT || first.type === WatLexer.ID);
    if (isIndex && (!lane || first.type === WatLexer.ID || (this.isToken(second) && second.type !== WatLexer.ID))) {
      node.refs = [this.ref(true)!];
    }
    let arg = this.peek();
    let offset: NumLit | undefined;
    let align: NumLit | undefined;
    if (this.isToken(arg) && arg.type === WatLexer.MEM_OFFSET) {
      offset = this.b.numOf(arg);
      this.#at++;
      arg = this.peek();
    }
    if (this.isToken(arg) && arg.type === WatLexer.MEM_ALIGN) {
      align = this.b.numOf(arg);
      this.#at++;
    }
    if (offset !== undefined || align !== undefined) {
      const memarg: MemArgNode = {};
      if (offset !== undefined) memarg.offset = offset;
      if (align !== undefined) memarg.align = align;
      node.memarg = memarg;
    }
    if (lane) node.nums = [this.laneIndex()];
  }

  private v128(): void {
    const { node } = this;
    const shapeToken = this.peek();
    if (!this.isToken(shapeToken) || shapeToken.type !== WatLexer.SHAPE) this.missing("a shape (i8x16, i32x4, f64x2, ...)");
    this.#at++;
    const shape = SHAPE_LANES[shapeToken.text!];
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    const lanes: NumLit[] = [];
    const laneBytes = 16 / shape.lanes;
    for (let i = 0; i < shape.lanes; i++) {
      const arg = this.peek();
      const isNumber =
        this.isToken(arg) && (arg.type === WatLexer.NAT || arg.type === WatLexer.INT || arg.type === WatLexer.FLOAT);
      if (!isNumber) this.missing(`${shape.lanes} lane values`);
      this.#at++;
      lanes.push(this.b.numOf(arg));
      const at = i * laneBytes;
      if (shape.float && shape.bits === 32) view.setUint32(at, this.b.literalOf(arg, parseF32Bits), true);
      else if (shape.float) view.setBigUint64(at, this.b.literalOf(arg, parseF64Bits), true);
      else {
        if (arg.type === WatLexer.FLOAT) this.b.fail("expected an integer lane value", arg);
        const value = this.b.literalOf(arg, (t) => parseIntN(t, shape.bits));
        if (shape.bits === 64) view.setBigUint64(at, value, true);
        else if (shape.bits === 32) view.setUint32(at, Number(value), true);
        else if (shape.bits === 16) view.setUint16(at, Number(value), true);
        else view.setUint8(at, Number(value));
      }
    }
    node.shape = shapeToken.text!;
    node.lanes = lanes;
    node.bytes = bytes;
  }
}
