/** Reads a plain instruction's immediates according to its immediate kind. */
import { ParserRuleContext, type Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { IdxContext, OnClauseContext, ParamContext, RefTypeContext, ResultContext, SharedHeapTypeContext } from "../../generated/WatParser.js";
import type { StructuredImm } from "../isa/imm-groups.js";
import type { MemoryOrder } from "../isa/instructions.js";
import type { AbsHeapType } from "../types/value-types.js";
import type { HeapTypeNode, MemArgNode, NumLit, OnClauseNode, PlainInstrNode, Ref, RefTypeNode, ResultNode, Span, TypeUseNode } from "./ast.js";
import { parseF32Bits, parseF64Bits, parseInt32, parseInt64, parseIntN, parseNat32 } from "./literals.js";
import { endOf, startOf, type TokenReader } from "./build-tokens.js";
import { SHAPE_LANES } from "./keyword-tables.js";
import type { TypeBuilder } from "./build-types.js";

/** One immediate of a plain instruction, before it is read according to the instruction's kind. */
export type Arg = Token | ParserRuleContext;

const HEAP_KEYWORDS = new Set([WatLexer.FUNC, WatLexer.STRUCT, WatLexer.ARRAY, WatLexer.CONT, WatLexer.HEAP_TYPE]);

/** Reads the immediates of one plain instruction according to its immediate kind. */
export class ImmediateReader {
  #at = 0;
  private node!: PlainInstrNode;
  private args!: Arg[];
  private keyword!: Token;

  /** One reader per instruction builder, used for one instruction at a time (reading immediates builds no instructions). */
  constructor(
    private readonly t: TokenReader,
    private readonly types: TypeBuilder,
  ) {}

  read(node: PlainInstrNode, args: Arg[], keyword: Token): void {
    this.node = node;
    this.args = args;
    this.keyword = keyword;
    this.#at = 0;
    if (node.op.ordered) node.order = this.order();
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
        node.typeUse = this.types.anonymousTypeUse(this.typeUse());
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
        node.i32 = this.t.shortDecimal(token) ?? this.t.literal(token, parseInt32);
        break;
      }
      case "i64": {
        const token = this.number();
        const short = this.t.shortDecimal(token);
        node.i64 = short !== undefined ? BigInt(short) : this.t.literal(token, parseInt64);
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
        while (this.peek() instanceof ResultContext) results.push(this.types.result(this.next() as ResultContext));
        if (results.length > 0) node.selectResults = results;
        break;
      }
      case "heap_type": {
        const exact = this.peek();
        if (this.isToken(exact) && exact.type === WatLexer.EXACT) {
          this.#at++;
          node.exactHeap = true;
          const idx = this.peek();
          if (!(idx instanceof IdxContext)) this.missing("a type index");
          this.#at++;
          node.heapType = this.t.ref(idx);
        } else {
          node.heapType = this.heapType();
        }
        break;
      }
      case "ref_type":
        node.refTypes = [this.refType()];
        break;
      case "type_tag":
        node.refs = [this.ref(true)!, this.ref(true)!];
        break;
      case "resume":
        node.refs = [this.ref(true)!];
        this.onClauses();
        break;
      case "resume_throw":
        node.refs = [this.ref(true)!, this.ref(true)!];
        this.onClauses();
        break;
      default:
        node.op.imm satisfies StructuredImm;
        this.t.error(`${node.op.name} cannot appear here`, this.keyword);
    }
    if (this.#at < this.args.length) {
      const extra = this.args[this.#at];
      this.t.error(`unexpected ${this.describe(extra)} after ${node.op.name}`, this.spanOf(extra));
    }
  }

  private onClauses(): void {
    const clauses: OnClauseNode[] = [];
    while (this.peek() instanceof OnClauseContext) clauses.push(this.onClause(this.next() as OnClauseContext));
    if (clauses.length > 0) this.node.onClauses = clauses;
  }

  private onClause(ctx: OnClauseContext): OnClauseNode {
    const [tag, label] = ctx.idx();
    const node: OnClauseNode = { tag: this.t.ref(tag), start: startOf(ctx), end: endOf(ctx) };
    if (label) node.label = this.t.ref(label);
    else if (ctx.KEYWORD()!.getText() !== "switch") this.t.error(`expected a label or switch, found '${ctx.KEYWORD()!.getText()}'`, ctx.KEYWORD()!.symbol);
    return node;
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
    if (arg) this.t.error(`${this.node.op.name} expects ${what}, found ${this.describe(arg)}`, this.spanOf(arg));
    return this.t.error(`${this.node.op.name} expects ${what}`, { start: this.node.start, end: this.node.end });
  }

  private ref(required: boolean): Ref | undefined {
    const arg = this.peek();
    if (this.isToken(arg) && (arg.type === WatLexer.NAT || arg.type === WatLexer.ID)) {
      this.#at++;
      return this.t.refToken(arg);
    }
    if (required) this.missing("an index or $id");
    return undefined;
  }

  private nat(): NumLit {
    const arg = this.peek();
    if (!this.isToken(arg) || arg.type !== WatLexer.NAT) this.missing("a natural number");
    this.#at++;
    this.t.literal(arg, parseNat32);
    return this.t.num(arg);
  }

  /** Lane indices are one byte in binary; larger ones cannot be written. */
  private laneIndex(): NumLit {
    const arg = this.peek();
    const lit = this.nat();
    if (this.t.literal(arg as Token, parseNat32) > 255) this.t.error("malformed lane index", lit);
    return lit;
  }

  private constant<T>(read: (text: string) => T): T {
    return this.t.literal(this.number(), read);
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
    if (this.peek() instanceof IdxContext) use.type = this.t.ref(this.next() as IdxContext);
    while (this.peek() instanceof ParamContext) use.params.push(this.types.param(this.next() as ParamContext));
    while (this.peek() instanceof ResultContext) use.results.push(this.types.result(this.next() as ResultContext));
    if (this.#at > 0) use.end = this.spanOf(this.args[this.#at - 1]).end;
    return use;
  }

  private refType(): RefTypeNode {
    const arg = this.peek();
    const refType = arg instanceof RefTypeContext ? this.types.refType(arg) : undefined;
    if (!refType) this.missing("a reference type");
    this.#at++;
    return refType;
  }

  /** A memory order is not optional: wasm-tools reads none as a default either. */
  private order(): MemoryOrder {
    const arg = this.peek();
    if (!this.isToken(arg) || arg.type !== WatLexer.MEMORY_ORDER) this.missing("a memory order (seq_cst or acq_rel)");
    this.#at++;
    return arg.text as MemoryOrder;
  }

  private heapType(): HeapTypeNode {
    const arg = this.peek();
    if (this.isToken(arg) && HEAP_KEYWORDS.has(arg.type)) {
      this.#at++;
      return { kind: "abs", type: arg.text as AbsHeapType, start: arg.start, end: arg.stop + 1 };
    }
    if (arg instanceof SharedHeapTypeContext) {
      this.#at++;
      return this.types.sharedHeapType(arg);
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
      offset = this.t.num(arg);
      this.#at++;
      arg = this.peek();
    }
    if (this.isToken(arg) && arg.type === WatLexer.MEM_ALIGN) {
      align = this.t.num(arg);
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
      lanes.push(this.t.num(arg));
      const at = i * laneBytes;
      if (shape.float && shape.bits === 32) view.setUint32(at, this.t.literal(arg, parseF32Bits), true);
      else if (shape.float) view.setBigUint64(at, this.t.literal(arg, parseF64Bits), true);
      else {
        if (arg.type === WatLexer.FLOAT) this.t.error("expected an integer lane value", arg);
        const value = this.t.literal(arg, (t) => parseIntN(t, shape.bits));
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
