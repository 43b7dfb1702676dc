/**
 * Builds the AST of instruction sequences: plain instructions (their
 * immediates read by `build-immediates.ts`), folded ones, and flat
 * structured ones nested with an explicit stack; code metadata attached.
 */
import { ParserRuleContext, TerminalNode, type ParseTree, type Token } from "antlr4ng";
import { WatLexer } from "../../generated/WatLexer.js";
import { CatchClauseContext, FoldedInstrContext, IdxContext, InstrListContext, TypeUseContext } from "../../generated/WatParser.js";
import { instrAt, instrByName, type InstrDef } from "../isa/instructions.js";
import type { CatchKind } from "../types/value-types.js";
import type { BlockInstrNode, InstrNode, LegacyHandlerNode, PlainInstrNode, TryTableCatchNode } from "./ast.js";
import type { MetadataAnnotation } from "./annotations.js";
import { CODE_METADATA_PREFIX } from "../types/code-metadata.js";
import { endOf, endOfChild, startOf, terminalOf, type TokenReader } from "./build-tokens.js";
import type { TypeBuilder } from "./build-types.js";
import { type Arg, ImmediateReader } from "./build-immediates.js";

type Instrs = InstrNode[];

export class InstrBuilder {
  /** The first code metadata annotation not yet attached (they are in source order). */
  #metadataAt = 0;
  /** Set while a function's body is built: code metadata anywhere else is an error. */
  inFunction = false;
  readonly #reader: ImmediateReader;
  /** The immediates of the plain instruction being built (one array, reused). */
  readonly #args: Arg[] = [];
  /** The folded operands being built, of all the folded instructions being built: `#operands[0..#operandsTop)`. */
  readonly #operands: InstrNode[] = [];
  /** Every plain instruction built, for `(@reloc ...)` annotations to find the one they follow. */
  readonly plains: PlainInstrNode[] = [];
  #operandsTop = 0;

  constructor(
    private readonly t: TokenReader,
    private readonly types: TypeBuilder,
  ) {
    this.#reader = new ImmediateReader(t, types);
  }

  /**
   * The instructions of a sequence: plain ones are runs of tokens, folded
   * ones contexts. Flat structured instructions arrive as flat items (head,
   * `else`, `catch`, `catch_all`, `delegate`, `end`) and are nested here with
   * an explicit stack of open blocks, so that nesting depth costs no stack.
   */
  instrList(ctx: InstrListContext | null): Instrs {
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
          const block = open.pop() ?? this.t.error(`'${token.text}' ${token.type === WatLexer.END ? "without a block" : "outside a 'try'"}`, token);
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
      this.t.error(`missing 'end' for the '${unclosed.node.op.name}' at ${this.t.at(unclosed.node.start)}`, where);
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
    if (node?.op.name !== "if") return this.t.error("'else' outside an 'if'", token);
    if (node.else) return this.t.error(`second 'else' for the 'if' at ${this.t.at(node.start)}`, token);
    node.else = { id: this.t.id(terminalOf(next, WatLexer.ID)), body: [], start: token.start, end: token.stop + 1 };
    return (block!.list = node.else.body);
  }

  /** Legacy `catch idx` or `catch_all`: starts a handler of the innermost `try`. */
  private flatCatch(block: OpenFlat | undefined, token: Token, children: ParseTree[], at: number): Instrs {
    const node = block?.node;
    const what = `'${token.text}'`;
    if (node?.op.name !== "try") return this.t.error(`${what} outside a 'try'`, token);
    const handlers = node.handlers!;
    const last = handlers.at(-1);
    if (last && last.tag === undefined) return this.t.error(`${what} after 'catch_all'`, token);
    if (last) last.end = endOfChild(children[at - 1]);
    const tag = token.type === WatLexer.CATCH ? this.t.ref(children[at + 1] as IdxContext) : undefined;
    const handler: LegacyHandlerNode = { tag, body: [], start: token.start, end: token.stop + 1 };
    handlers.push(handler);
    return (block!.list = handler.body);
  }

  /** `end` (with its optional label) or legacy `delegate idx`: closes the innermost open block. */
  private flatEnd(block: OpenFlat, token: Token, children: ParseTree[], at: number): void {
    const node = block.node;
    const next = children[at + 1];
    if (token.type === WatLexer.DELEGATE) {
      if (node.op.name !== "try") this.t.error("'delegate' outside a 'try'", token);
      const handler = node.handlers!.at(-1);
      if (handler) this.t.error(`'delegate' after '${handler.tag ? "catch" : "catch_all"}'`, token);
      const idx = next as IdxContext;
      node.delegate = this.t.ref(idx);
      node.end = idx.stop!.stop + 1;
      return;
    }
    const label = terminalOf(next, WatLexer.ID);
    if (label) node.endId = this.t.id(label);
    node.end = (label ?? token).stop + 1;
    if (node.else) node.else.end = token.start;
    const handler = node.handlers?.at(-1);
    if (handler) handler.end = endOfChild(children[at - 1]);
  }

  checkMetadataBefore(offset: number, problem: string): void {
    const pending = this.t.annotations.metadata[this.#metadataAt];
    if (pending && pending.start < offset) this.metadataError(problem, pending);
  }

  /**
   * The code metadata annotations not yet taken that begin before `start`
   * (an instruction's, or the end of a function's header): one of each kind at most.
   */
  takeMetadata(start: number): PlainInstrNode["metadata"] {
    const all = this.t.annotations.metadata;
    const first = this.#metadataAt;
    while (this.#metadataAt < all.length && all[this.#metadataAt].start < start) this.#metadataAt++;
    if (this.#metadataAt === first) return undefined;
    const taken = all.slice(first, this.#metadataAt);
    if (!this.inFunction) this.metadataError("not in a function", taken[0]);
    taken.forEach((a, i) => {
      if (taken.findIndex((b) => b.item.kind === a.item.kind) < i) this.metadataError("duplicate annotation", a);
    });
    return taken.map((a) => a.item);
  }

  private metadataError(problem: string, at: MetadataAnnotation): never {
    this.t.error(`@${CODE_METADATA_PREFIX}${at.item.kind} annotation: ${problem}`, at.start);
  }

  /** The instruction table's row for a keyword, looked up where it is written. */
  private op(token: Token): InstrDef | undefined {
    const source = this.t.source;
    return typeof source === "string" ? instrAt(source, token.start, token.stop + 1) : instrByName(token.text!);
  }

  private mnemonic(token: Token): InstrDef {
    const def = this.op(token) ?? instrByName(this.t.current(token, "instruction"));
    if (!def || def.imm === "structural") this.t.error(`unknown instruction ${token.text}`, token);
    return def;
  }

  /**
   * A plain instruction whose mnemonic is `children[at]` and whose immediates
   * follow it, up to `children[upTo]` or the first folded operand; the
   * instruction's text is `start..end`.
   */
  private plainFrom(children: ParseTree[], at: number, upTo: number, start: number, end: number): PlainInstrNode {
    const keyword = (children[at] as TerminalNode).symbol;
    const metadata = this.takeMetadata(start);
    const op = this.mnemonic(keyword);
    const args = this.#args;
    args.length = 0;
    for (let i = at + 1; i < upTo; i++) {
      const child = children[i];
      if (child instanceof TerminalNode) {
        if (child.symbol.type === WatLexer.LPAR) {
          // `(type idx)`: keep the idx context; `(exact idx)`: its EXACT keyword, then the idx context.
          const keyword = (children[i + 1] as TerminalNode).symbol;
          if (keyword.type === WatLexer.EXACT) args.push(keyword);
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
    if (metadata !== undefined) node.metadata = metadata;
    if (this.t.annotations.relocs.length > 0) this.plains.push(node);
    this.#reader.read(node, args, keyword);
    return node;
  }

  folded(ctx: FoldedInstrContext): InstrNode {
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
    // Built in source order: code metadata attaches to the next instruction.
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
        if (delegate) node.delegate = this.t.ref(delegate);
        break;
      }
      case WatLexer.TRY_TABLE:
        node.catches = ctx.catchClause().map((c) => this.catchClause(c));
        break;
    }
    return node;
  }

  private handler(ctx: ParserRuleContext, tag: IdxContext | null, body: InstrListContext): LegacyHandlerNode {
    return { tag: tag ? this.t.ref(tag) : undefined, body: this.instrList(body), start: startOf(ctx), end: endOf(ctx) };
  }

  private blockHead(keyword: Token, labelToken: Token | undefined, typeUse: TypeUseContext | null, start: number, end: number, folded: boolean): BlockInstrNode {
    const metadata = this.takeMetadata(start);
    const node: BlockInstrNode = {
      kind: "block",
      op: this.op(keyword)!,
      folded,
      label: this.t.id(labelToken),
      blockType: typeUse ? this.types.anonymousTypeUse(this.types.typeUse(typeUse)) : { params: [], results: [], start, end: start },
      body: [],
      start, end,
    };
    if (metadata !== undefined) node.metadata = metadata;
    const name = this.t.nameAfter(labelToken ?? keyword);
    if (name !== undefined) node.labelName = name;
    return node;
  }

  private catchClause(ctx: CatchClauseContext): TryTableCatchNode {
    const kind = (ctx.getChild(1) as TerminalNode).getText() as CatchKind;
    const idx = ctx.idx();
    const span = this.t.span(ctx);
    if (idx.length === 2) return { kind, tag: this.t.ref(idx[0]), label: this.t.ref(idx[1]), start: span.start, end: span.end };
    return { kind, label: this.t.ref(idx[0]), start: span.start, end: span.end };
  }

  /** Every code metadata annotation must have been attached to an instruction of a function. */
  checkLeftoverMetadata(): void {
    this.checkMetadataBefore(Number.POSITIVE_INFINITY, "not in a function");
  }
}

/** The operands of every folded instruction that has none (shared: nothing adds operands to a parsed node). */
const NO_OPERANDS: InstrNode[] = [];

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
