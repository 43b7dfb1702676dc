/** Builds the AST of module fields: types, imports, functions, tables, memories, globals, segments. */
import { ParserRuleContext, TerminalNode } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import {
  DataFieldContext,
  ElemFieldContext,
  ElemItemContext,
  ElemListContext,
  ExactTypeUseContext,
  ExportFieldContext,
  FoldedInstrContext,
  FuncFieldContext,
  GlobalFieldContext,
  ImportDescContext,
  ImportFieldContext,
  InlineExportContext,
  InlineImportContext,
  LocalContext,
  MemoryFieldContext,
  OffsetContext,
  InstrListContext,
  RecTypeContext,
  StartFieldContext,
  TableFieldContext,
  TagFieldContext,
  TypeDefContext,
  TypeUseContext,
} from "../../generated/WatParser.js";
import type { ExportKind } from "../types/value-types.js";
import type {
  ElemField,
  ElemItemNode,
  ElemListNode,
  FuncField,
  Id,
  ImportDescNode,
  ImportField,
  ImportGroupNode,
  InlineExport,
  InlineImport,
  LocalNode,
  ModuleField,
  OffsetNode,
  Span,
  TableField,
} from "./ast.js";
import { endOf, endOfChild, startOf, terminalOf, type TokenReader } from "./build-tokens.js";
import type { TypeBuilder } from "./build-types.js";
import type { InstrBuilder } from "./build-instructions.js";

export class FieldBuilder {
  constructor(
    private readonly t: TokenReader,
    private readonly types: TypeBuilder,
    private readonly instrs: InstrBuilder,
  ) {}

  /** Where each function field is, start and end, in source order: a `(@reloc ...)` must be inside one. */
  readonly funcSpans: [number, number][] = [];

  field(ctx: ParserRuleContext): ModuleField {
    if (ctx instanceof FuncFieldContext) return this.funcField(ctx);
    if (ctx instanceof TypeDefContext) return this.types.typeDef(ctx);
    if (ctx instanceof RecTypeContext) {
      return { kind: "rec", types: ctx.typeDef().map((t) => this.types.typeDef(t)), start: startOf(ctx), end: endOf(ctx) };
    }
    if (ctx instanceof ExportFieldContext) {
      return {
        kind: "export",
        name: this.t.name(ctx.STRING().symbol),
        exportKind: ctx.exportKind().getText() as ExportKind,
        ref: this.t.ref(ctx.idx()),
        start: startOf(ctx), end: endOf(ctx),
      };
    }
    if (ctx instanceof TableFieldContext) return this.tableField(ctx);
    if (ctx instanceof MemoryFieldContext) return this.memoryField(ctx);
    if (ctx instanceof GlobalFieldContext) return this.globalField(ctx);
    if (ctx instanceof TagFieldContext) {
      return { kind: "tag", ...this.definable(ctx), typeUse: this.types.typeUse(ctx.typeUse()), start: startOf(ctx), end: endOf(ctx) };
    }
    if (ctx instanceof StartFieldContext) return { kind: "start", func: this.t.ref(ctx.idx()), start: startOf(ctx), end: endOf(ctx) };
    if (ctx instanceof ElemFieldContext) return this.elemField(ctx);
    if (ctx instanceof DataFieldContext) return this.dataField(ctx);
    return this.t.error("unknown module field", this.t.span(ctx));
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
      if (child instanceof InlineExportContext) exports.push({ name: this.t.name(child.STRING().symbol), start: startOf(child), end: endOf(child) });
      else if (child instanceof InlineImportContext) imp = child;
      else break;
    }
    return {
      id: this.t.id(idToken),
      name: this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol),
      exports,
      import: imp
        ? { module: this.t.name(imp.STRING(0)!.symbol), name: this.t.name(imp.STRING(1)!.symbol), start: startOf(imp), end: endOf(imp) }
        : undefined,
    };
  }

  /** One field per import: a plain import, or each item of a compact group. */
  importFields(ctx: ImportFieldContext): ImportField[] {
    const module = this.t.name(ctx.STRING(0)!.symbol);
    const items = ctx.importItem();
    if (items.length === 0) {
      const desc = this.importDesc(ctx.importDesc()!);
      return [{ kind: "import", module, name: this.t.name(ctx.STRING(1)!.symbol), desc, start: startOf(ctx), end: endOf(ctx) }];
    }
    const shared = ctx.importDesc();
    const group: ImportGroupNode = { form: shared ? "type" : "items", start: startOf(ctx), end: endOf(ctx) };
    const sharedDesc = shared ? this.importDesc(shared) : undefined;
    if (sharedDesc?.id !== undefined) this.t.error("identifier not allowed: the items of a group share its description", sharedDesc.id);
    return items.map((item) => {
      const own = item.importDesc();
      if (shared && own) this.t.error("an item of a group with a shared description has no description of its own", this.t.span(own));
      if (!shared && !own) this.t.error("import item without a description (a group's items each have one, or share one after them)", this.t.span(item));
      const desc = own ? this.importDesc(own) : sharedDesc!;
      return { kind: "import", module, name: this.t.name(item.STRING().symbol), desc, group, start: startOf(item), end: endOf(item) };
    });
  }

  private importDesc(ctx: ImportDescContext): ImportDescNode {
    const span = this.t.span(ctx);
    const idToken = ctx.ID()?.symbol;
    const id = this.t.id(idToken);
    const name = this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    if (ctx.FUNC()) {
      const exact = ctx.exactTypeUse();
      const typeUse = this.types.typeUse(exact ? exact.typeUse() : ctx.typeUse()!);
      return exact ? { kind: "func", id, name, typeUse, exact: true, start: span.start, end: span.end } : { kind: "func", id, name, typeUse, start: span.start, end: span.end };
    }
    if (ctx.TAG()) return { kind: "tag", id, name, typeUse: this.types.typeUse(ctx.typeUse()!), start: span.start, end: span.end };
    if (ctx.TABLE()) return { kind: "table", id, name, ...this.types.tableType(ctx.tableType()!), start: span.start, end: span.end };
    if (ctx.MEMORY()) return { kind: "memory", id, name, limits: this.types.memoryType(ctx.memoryType()!), start: span.start, end: span.end };
    return { kind: "global", id, name, type: this.types.globalType(ctx.globalType()!), start: span.start, end: span.end };
  }

  private funcField(ctx: FuncFieldContext): ModuleField {
    if (this.t.annotations.relocs.length > 0) this.funcSpans.push([startOf(ctx), endOf(ctx)]);
    const { id, name, exports, import: imp } = this.definable(ctx);
    // The type use, locals and body are the last children but the closing parenthesis.
    const children = ctx.children;
    let first = children.length - 2;
    while (children[first - 1] instanceof LocalContext) first--;
    const use = children[first - 1];
    const exact = use instanceof ExactTypeUseContext;
    const locals: LocalNode[] = [];
    for (let i = first; i < children.length - 2; i++) {
      const l = children[i] as LocalContext;
      const idToken = terminalOf(l.children[2], WatLexer.ID);
      const local: LocalNode = { id: this.t.id(idToken), types: this.types.valTypes(l), start: startOf(l), end: endOf(l) };
      const name = this.t.nameAfter(idToken ?? (l.children[1] as TerminalNode).symbol);
      if (name !== undefined) local.name = name;
      locals.push(local);
    }
    const start = startOf(ctx);
    const end = endOf(ctx);
    this.instrs.checkMetadataBefore(start, "not in a function");
    this.instrs.inFunction = true;
    // CodeMetadata.md: an annotation in the header describes the whole function.
    const headerEnd = endOfChild(children[children.length - 3]);
    if (imp) this.instrs.checkMetadataBefore(headerEnd, "an imported function has no code");
    const metadata = this.instrs.takeMetadata(headerEnd);
    const body = this.instrs.instrList(children[children.length - 2] as InstrListContext);
    this.instrs.inFunction = false;
    this.instrs.checkMetadataBefore(end, "no instruction follows");
    if (imp && (locals.length > 0 || body.length > 0)) this.t.error("an imported function has no body", imp);
    if (exact && !imp) this.t.error("only an imported function can have an exact type", startOf(use as ExactTypeUseContext));
    const typeUse = this.types.typeUse(exact ? use.typeUse() : (use as TypeUseContext));
    // Written out rather than spread from `definable`: one function field per function of the module.
    const field: FuncField = { kind: "func", id, name, exports, import: imp, typeUse, locals, body, start, end };
    if (exact) field.exact = true;
    if (metadata !== undefined) field.metadata = metadata;
    return field;
  }

  private tableField(ctx: TableFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const span = this.t.span(ctx);
    const tableType = ctx.tableType();
    if (tableType) {
      const init = this.instrs.instrList(ctx.instrList());
      if (definable.import && init.length > 0) this.t.error("an imported table has no initialiser", init[0]);
      return { kind: "table", ...definable, ...this.types.tableType(tableType), init: init.length > 0 ? init : undefined, start: span.start, end: span.end };
    }
    if (definable.import) this.t.error("an imported table cannot have inline elements", definable.import);
    const elemType = this.types.refType(ctx.refType()!);
    const elemToken = this.t.token(ctx, WatLexer.ELEM)!;
    const items = ctx.elemItem();
    const funcs = ctx.idx();
    const list: ElemListNode = {
      type: elemType,
      funcKeyword: false,
      // An empty list is one of function indices, as wasm-tools reads it: a funcref table's segment then takes their encoding.
      ...(items.length > 0 ? { items: items.map((i) => this.elemItem(i)) } : { funcs: funcs.map((i) => this.t.ref(i)) }),
      start: elemToken.start,
      end: span.end - 1,
    };
    const field: TableField = { kind: "table", ...definable, addressType: this.types.addressType(ctx.NUM_TYPE()?.symbol), elemType, inlineElem: list, start: span.start, end: span.end };
    if (ctx.SHARED()) field.shared = true;
    return field;
  }

  private memoryField(ctx: MemoryFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const span = this.t.span(ctx);
    const memoryType = ctx.memoryType();
    if (memoryType) return { kind: "memory", ...definable, limits: this.types.memoryType(memoryType), start: span.start, end: span.end };
    if (definable.import) this.t.error("an imported memory cannot have inline data", definable.import);
    const pageSize = ctx.pageSize();
    return {
      kind: "memory",
      ...definable,
      addressType: this.types.addressType(ctx.NUM_TYPE()?.symbol),
      pageSize: pageSize ? this.types.pageSize(pageSize) : undefined,
      inlineData: ctx.STRING().map((s) => this.t.string(s.symbol)),
      start: span.start, end: span.end,
    };
  }

  private globalField(ctx: GlobalFieldContext): ModuleField {
    const definable = this.definable(ctx);
    const init = this.instrs.instrList(ctx.instrList());
    if (definable.import && init.length > 0) this.t.error("an imported global has no initialiser", init[0]);
    return { kind: "global", ...definable, type: this.types.globalType(ctx.globalType()), init, start: startOf(ctx), end: endOf(ctx) };
  }

  private elemField(ctx: ElemFieldContext): ElemField {
    const span = this.t.span(ctx);
    const idToken = ctx.ID()?.symbol;
    const id = this.t.id(idToken);
    const name = this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
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
    const table = ctx.TABLE() ? this.t.ref(ctx.idx(0)!) : tableNat ? this.t.refToken(tableNat.symbol) : undefined;
    const offset = this.offset(offsetCtx);
    let list: ElemListNode;
    if (listCtx) {
      list = this.elemList(listCtx);
    } else {
      const funcs = ctx.idx().slice(ctx.TABLE() ? 1 : 0);
      const start = funcs.length > 0 ? funcs[0].start!.start : offset.end;
      list = { funcKeyword: false, funcs: funcs.map((f) => this.t.ref(f)), start, end: span.end - 1 };
    }
    return { kind: "elem", id, mode: { kind: "active", table, offset }, list, start: span.start, end: span.end };
  }

  private elemList(ctx: ElemListContext): ElemListNode {
    const span = this.t.span(ctx);
    const refType = ctx.refType();
    if (refType) return { type: this.types.refType(refType), funcKeyword: false, items: ctx.elemItem().map((i) => this.elemItem(i)), start: span.start, end: span.end };
    return { funcKeyword: true, funcs: ctx.idx().map((i) => this.t.ref(i)), start: span.start, end: span.end };
  }

  private elemItem(ctx: ElemItemContext): ElemItemNode {
    if (!ctx.ITEM()) return { item: false, instrs: [this.instrs.folded(ctx.getChild(0) as FoldedInstrContext)], start: startOf(ctx), end: endOf(ctx) };
    return { item: true, instrs: this.instrs.instrList(ctx.instrList()), start: startOf(ctx), end: endOf(ctx) };
  }

  private offset(ctx: OffsetContext): OffsetNode {
    const keyword = ctx.OFFSET() !== null;
    const instrs = keyword ? this.instrs.instrList(ctx.instrList()) : [this.instrs.folded(ctx.getChild(0) as FoldedInstrContext)];
    return { keyword, instrs, start: startOf(ctx), end: endOf(ctx) };
  }

  private dataField(ctx: DataFieldContext): ModuleField {
    const span = this.t.span(ctx);
    const offsetCtx = ctx.offset();
    const strings = ctx.STRING().map((s) => this.t.string(s.symbol));
    const idToken = ctx.ID()?.symbol;
    const id = this.t.id(idToken);
    const name = this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    if (!offsetCtx) return { kind: "data", id, ...(name !== undefined && { name }), mode: { kind: "passive" }, strings, start: span.start, end: span.end };
    const memoryIdx = ctx.idx();
    const memoryNat = ctx.NAT();
    const memory = memoryIdx ? this.t.ref(memoryIdx) : memoryNat ? this.t.refToken(memoryNat.symbol) : undefined;
    return {
      kind: "data",
      id,
      ...(name !== undefined && { name }),
      mode: { kind: "active", memory, offset: this.offset(offsetCtx) },
      strings,
      start: span.start, end: span.end,
    };
  }
}
