/** Builds the AST of types: type definitions, value, reference and heap types, type uses, limits. */
import { ParserRuleContext, TerminalNode, type Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import {
  CompTypeContext,
  FieldContext,
  FieldTypeContext,
  GlobalTypeContext,
  HeapTypeContext,
  PlainRefTypeContext,
  SharedHeapTypeContext,
  IdxContext,
  LimitsContext,
  MemoryTypeContext,
  PageSizeContext,
  ParamContext,
  RefTypeContext,
  ResultContext,
  StorageTypeContext,
  SubTypeContext,
  TableTypeContext,
  TypeDefContext,
  TypeUseContext,
} from "../../generated/WatParser.js";
import type { AbsHeapType, NumType, PackedType } from "../types/value-types.js";
import type {
  AbsHeapTypeNode,
  CompTypeNode,
  FieldNode,
  FieldTypeNode,
  GlobalTypeNode,
  HeapTypeNode,
  LimitsNode,
  NumLit,
  ParamNode,
  Ref,
  RefTypeNode,
  ResultNode,
  StorageTypeNode,
  SubTypeNode,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "./ast.js";
import { parseNat64 } from "./literals.js";
import { endOf, startOf, terminalOf, TokenReader } from "./build-tokens.js";
import { SHORT_REF } from "./keyword-tables.js";

export class TypeBuilder {
  constructor(private readonly t: TokenReader) {}

  typeDef(ctx: TypeDefContext): TypeField {
    const idToken = ctx.ID()?.symbol;
    const name = this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
    const node: TypeField = { kind: "type", id: this.t.id(idToken), type: this.subType(ctx.subType()), start: startOf(ctx), end: endOf(ctx) };
    if (name !== undefined) node.name = name;
    return node;
  }

  private subType(ctx: SubTypeContext): SubTypeNode {
    const sub = ctx.SUB() !== null;
    const described = ctx.describedType();
    const shared = described.sharedCompType();
    const node: SubTypeNode = {
      sub,
      final: sub ? ctx.FINAL() !== null : true,
      supertypes: ctx.idx().map((i) => this.t.ref(i)),
      comp: this.compType(shared ? shared.compType() : described.compType()!),
      start: startOf(ctx), end: endOf(ctx),
    };
    if (shared) node.shared = true;
    // Each clause is `( keyword idx )`: its idx follows its keyword.
    const clauses = described.idx();
    let next = 0;
    if (described.DESCRIBES()) node.describes = this.t.ref(clauses[next++]);
    if (described.DESCRIPTOR()) node.descriptor = this.t.ref(clauses[next++]);
    return node;
  }

  private compType(ctx: CompTypeContext): CompTypeNode {
    const span = this.t.span(ctx);
    if (ctx.FUNC()) {
      return { kind: "func", params: ctx.param().map((p) => this.param(p)), results: ctx.result().map((r) => this.result(r)), start: span.start, end: span.end };
    }
    if (ctx.STRUCT()) return { kind: "struct", fields: ctx.field().map((f) => this.structField(f)), start: span.start, end: span.end };
    if (ctx.CONT()) return { kind: "cont", func: this.t.ref(ctx.idx()!), start: span.start, end: span.end };
    return { kind: "array", element: this.fieldType(ctx.fieldType()!), start: span.start, end: span.end };
  }

  private structField(ctx: FieldContext): FieldNode {
    const idToken = ctx.ID()?.symbol;
    const node: FieldNode = { id: this.t.id(idToken), types: ctx.fieldType().map((f) => this.fieldType(f)), start: startOf(ctx), end: endOf(ctx) };
    const name = this.t.nameAfter(idToken ?? (ctx.getChild(1) as TerminalNode).symbol);
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
  valTypes(ctx: ParserRuleContext): ValTypeNode[] {
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

  refType(ctx: RefTypeContext | PlainRefTypeContext): RefTypeNode {
    const short = ctx.REF_SHORTHAND();
    if (short) {
      const node = this.shortRefType(short.symbol);
      if (ctx instanceof RefTypeContext && ctx.SHARED()) {
        (node.heap as AbsHeapTypeNode).shared = true;
        node.start = startOf(ctx);
        node.end = endOf(ctx);
      }
      return node;
    }
    const heap = ctx.heapType()!;
    const node: RefTypeNode = { kind: "ref", nullable: ctx.NULL() !== null, heap: this.heapType(heap), short: false, start: startOf(ctx), end: endOf(ctx) };
    if (heap.EXACT()) node.exact = true;
    return node;
  }

  private shortRefType(token: Token): RefTypeNode {
    const start = token.start;
    const end = token.stop + 1;
    const type = SHORT_REF[token.text!] ?? SHORT_REF[this.t.current(token, "type")];
    return { kind: "ref", nullable: true, heap: { kind: "abs", type, start, end }, short: true, start, end };
  }

  private heapType(ctx: HeapTypeContext): HeapTypeNode {
    const idx = ctx.idx();
    if (idx) return this.t.ref(idx);
    const shared = ctx.sharedHeapType();
    if (shared) return this.sharedHeapType(shared);
    return { kind: "abs", type: ctx.getText() as AbsHeapType, start: startOf(ctx), end: endOf(ctx) };
  }

  /** `(shared any)`: the keyword is the third child, after `(` and `shared`. */
  sharedHeapType(ctx: SharedHeapTypeContext): AbsHeapTypeNode {
    return { kind: "abs", type: ctx.getChild(2)!.getText() as AbsHeapType, shared: true, start: startOf(ctx), end: endOf(ctx) };
  }

  param(ctx: ParamContext): ParamNode {
    const idToken = terminalOf(ctx.children[2], WatLexer.ID);
    const node: ParamNode = { id: this.t.id(idToken), types: this.valTypes(ctx), start: startOf(ctx), end: endOf(ctx) };
    const name = this.t.nameAfter(idToken ?? (ctx.children[1] as TerminalNode).symbol);
    if (name !== undefined) node.name = name;
    return node;
  }

  result(ctx: ResultContext): ResultNode {
    return { types: this.valTypes(ctx), start: startOf(ctx), end: endOf(ctx) };
  }

  /** One pass over the children: every function and block has a type use, most of them empty or short. */
  typeUse(ctx: TypeUseContext): TypeUseNode {
    let type: Ref | undefined;
    const params: ParamNode[] = [];
    const results: ResultNode[] = [];
    for (const child of ctx.children) {
      if (child instanceof ParamContext) params.push(this.param(child));
      else if (child instanceof ResultContext) results.push(this.result(child));
      else if (child instanceof IdxContext) type = this.t.ref(child);
    }
    const start = ctx.start!.start;
    // An empty type use has no tokens: ANTLR's stop token is then the one before it.
    const end = ctx.stop && ctx.stop.tokenIndex >= ctx.start!.tokenIndex ? ctx.stop.stop + 1 : start;
    return { type, params, results, start, end };
  }

  /** Block types and call_indirect take a type use whose parameters cannot be named. */
  anonymousTypeUse(use: TypeUseNode): TypeUseNode {
    for (const param of use.params) {
      if (param.id) this.t.error("unexpected token: a parameter here cannot have an $id", param.id);
      if (param.name !== undefined) this.t.error("misplaced @name annotation: a parameter here has no name", param.start);
    }
    return use;
  }

  private limits(ctx: LimitsContext): LimitsNode {
    const nats = ctx.NAT();
    const addressType = this.addressType(ctx.NUM_TYPE()?.symbol);
    // Limits beyond the address type's range are a validation error (core
    // suite), so only the u64 range is a syntax rule.
    for (const nat of nats) this.t.literal(nat.symbol, parseNat64);
    return {
      addressType,
      min: this.t.num(nats[0].symbol),
      max: nats[1] ? this.t.num(nats[1].symbol) : undefined,
      shared: false,
      start: startOf(ctx), end: endOf(ctx),
    };
  }

  addressType(token: Token | undefined): "i32" | "i64" | undefined {
    if (!token) return undefined;
    if (token.text !== "i32" && token.text !== "i64") this.t.error(`expected i32 or i64, found ${token.text}`, token);
    return token.text;
  }

  memoryType(ctx: MemoryTypeContext): LimitsNode {
    const limits = this.limits(ctx.limits());
    limits.shared = ctx.SHARED() !== null;
    const pageSize = ctx.pageSize();
    if (pageSize) limits.pageSize = this.pageSize(pageSize);
    return limits;
  }

  /** A page size that is not a power of two is malformed; one the validator does not allow is only invalid. */
  pageSize(ctx: PageSizeContext): NumLit {
    const token = ctx.NAT().symbol;
    const size = this.t.literal(token, parseNat64);
    if (size === 0n || (size & (size - 1n)) !== 0n) this.t.error(`invalid custom page size: ${token.text} is not a power of two`, token);
    return this.t.num(token);
  }

  tableType(ctx: TableTypeContext): { limits: LimitsNode; elemType: RefTypeNode } {
    const limits = this.limits(ctx.limits());
    // `shared` before the address type, as wasm-tools reads and prints a shared table64 (`shared i64 0 funcref`).
    if (ctx.SHARED()) limits.shared = true;
    return { limits, elemType: this.refType(ctx.refType()) };
  }

  globalType(ctx: GlobalTypeContext): GlobalTypeNode {
    const plain = ctx.plainRefType();
    const type = plain ? this.refType(plain) : this.valTypes(ctx)[0];
    const node: GlobalTypeNode = { type, mutable: ctx.MUT() !== null, start: startOf(ctx), end: endOf(ctx) };
    if (ctx.SHARED()) node.shared = true;
    return node;
  }
}
