/**
 * Instructions: folded forms flattened (operands first, an `if`'s condition
 * before the `if`), every immediate bound (entities, locals, labels, struct
 * fields, memargs, lanes) and structured instructions nested with their
 * bodies. One `CodeResolver` per function body or constant expression.
 *
 * Labels: the function itself is the outermost label; a block's label is in
 * scope in its body (and `else`, and legacy `catch` bodies). try_table
 * catch labels and a legacy `delegate` label are bound outside the block.
 */
import type { InstrDef } from "../isa/instructions.js";
import type { BlockInstrNode, Id, InstrNode, MemArgNode, NumLit, OnClauseNode, PlainInstrNode, Ref, TypeUseNode } from "../syntax/ast.js";
import { type Context, type Space } from "./resolve-context.js";
import { resultTypes, Types } from "./resolve-types.js";
import { type CodeMetadata, targetProblem } from "../types/code-metadata.js";
import type {
  Catch,
  Data,
  Elem,
  Func,
  Global,
  Instr,
  LabelTarget,
  LegacyCatch,
  Local,
  LocalRef,
  MemArg,
  OnClause,
  Memory,
  Table,
  Tag,
} from "./model.js";

/**
 * A resolved plain instruction, made by a constructor rather than an object
 * literal: V8 then keeps the immediate set after it inside the object
 * instead of in a second allocation.
 */
class PlainInstr implements Instr {
  declare op: InstrDef;
  declare offset: number;

  constructor(op: InstrDef, offset: number) {
    this.op = op;
    this.offset = offset;
  }
}

/** What an instruction without references or numbers reads (shared, so that none is allocated per instruction). */
const NO_REFS: readonly Ref[] = [];
const NO_NUMS: readonly NumLit[] = [];

/** The module's index spaces, as instructions refer to them. */
export interface Spaces {
  types: Types;
  funcs: Space<Func>;
  tables: Space<Table>;
  memories: Space<Memory>;
  globals: Space<Global>;
  tags: Space<Tag>;
  elems: Space<Elem>;
  datas: Space<Data>;
}

interface Label {
  name?: string;
  target: LabelTarget;
}

/** A structured instruction being resolved, and which of its bodies is next (0 body, then else or handlers). */
interface OpenBlock {
  ins: Instr;
  part: number;
}

/**
 * A sequence being resolved into `out`: the operands of `then` (a plain
 * instruction, or an if's condition) or, with `block`, a body of `then`.
 */
interface Pending {
  nodes: readonly InstrNode[];
  next: number;
  out: Instr[];
  then?: InstrNode;
  block?: OpenBlock;
}

export class CodeResolver {
  /** Set when an instruction names a data segment (the binary then needs a data count section). */
  usesDataIndex = false;
  private readonly labels: Label[] = [];

  /** `func` and `locals` are absent for constant expressions outside functions. */
  constructor(
    private readonly ctx: Context,
    private readonly s: Spaces,
    private readonly locals?: Space<Local>,
    func?: Func,
  ) {
    if (func !== undefined) this.labels.push({ target: func });
  }

  /**
   * Resolves a sequence with an explicit stack of sequences in progress, not
   * recursion, so that code nested a hundred thousand blocks deep (flat
   * blocks nest without limit) resolves like any other.
   */
  expr(nodes: readonly InstrNode[]): Instr[] {
    const out: Instr[] = [];
    const stack: Pending[] = [{ nodes, next: 0, out }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < top.nodes.length) {
        const node = top.nodes[top.next++];
        // Operands and an if's condition come first, then the instruction.
        if (node.kind === "plain") {
          if (node.folded !== undefined && node.folded.length > 0) stack.push({ nodes: node.folded, next: 0, out: top.out, then: node });
          else this.plain(node, top.out);
        } else if (node.condition !== undefined && node.condition.length > 0) {
          stack.push({ nodes: node.condition, next: 0, out: top.out, then: node });
        } else {
          stack.push(this.open(node, top.out));
        }
        continue;
      }
      stack.pop();
      const then = top.then;
      if (then === undefined) continue;
      if (then.kind === "plain") this.plain(then, top.out);
      else if (top.block === undefined) stack.push(this.open(then, top.out));
      else {
        const part = this.nextPart(then, top.block);
        if (part !== undefined) stack.push(part);
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Structured instructions

  /** Appends a structured instruction to `out` and gives its body to resolve, with its label in scope. */
  private open(node: BlockInstrNode, out: Instr[]): Pending {
    const name = node.label?.name;
    this.checkRepeatedLabel(name, node.else?.id);
    this.checkRepeatedLabel(name, node.endId);
    const body: Instr[] = [];
    const ins: Instr = { op: node.op, offset: node.start, blockType: this.s.types.blockType(node.blockType), body };
    const labelName = node.labelName ?? name;
    if (labelName !== undefined) ins.labelName = labelName;
    if (node.metadata !== undefined) ins.metadata = this.metadata(node);
    if (node.catches !== undefined) ins.catches = node.catches.map((c) => this.catchClause(c.kind, c.tag, c.label));
    this.labels.push({ name, target: ins });
    out.push(ins);
    return { nodes: node.body, next: 0, out: body, then: node, block: { ins, part: 0 } };
  }

  /** The label repeated after `else` or `end` must be the block's own. */
  private checkRepeatedLabel(name: string | undefined, id: Id | undefined): void {
    if (id !== undefined && id.name !== name) {
      const expected = name === undefined ? "no label" : `$${name}`;
      this.ctx.fail(`mismatching label: expected ${expected}, found $${id.name}`, id.start);
    }
  }

  /**
   * After a body of a structured instruction: gives its next body (else,
   * then each legacy handler), or closes it (its label goes out of scope
   * before a `delegate` label is bound).
   */
  private nextPart(node: BlockInstrNode, open: OpenBlock): Pending | undefined {
    const ins = open.ins;
    const part = open.part++;
    if (part > 0 && node.handlers !== undefined) {
      const h = node.handlers[part - 1];
      if (h.tag !== undefined) ins.handlers![part - 1].tag = this.s.tags.get(h.tag);
    }
    if (part === 0 && node.else !== undefined) {
      ins.else = [];
      return { nodes: node.else.body, next: 0, out: ins.else, then: node, block: open };
    }
    if (node.handlers !== undefined) {
      if (part === 0) ins.handlers = [];
      // Handler `part` is next: the body was part 0.
      if (part < node.handlers.length) {
        const handler: LegacyCatch = { body: [] };
        ins.handlers!.push(handler);
        return { nodes: node.handlers[part].body, next: 0, out: handler.body, then: node, block: open };
      }
    }
    this.labels.pop();
    if (node.delegate !== undefined) ins.delegate = this.label(node.delegate);
    return undefined;
  }

  private catchClause(kind: Catch["kind"], tag: Ref | undefined, label: Ref): Catch {
    const c: Catch = { kind, label: this.label(label) };
    if (tag !== undefined) c.tag = this.s.tags.get(tag);
    return c;
  }

  private onClause(node: OnClauseNode): OnClause {
    const clause: OnClause = { tag: this.s.tags.get(node.tag) };
    if (node.label !== undefined) clause.label = this.label(node.label);
    return clause;
  }

  private label(ref: Ref): LabelTarget {
    const labels = this.labels;
    if (ref.kind === "index") {
      const label = labels[labels.length - 1 - ref.value];
      return label !== undefined ? label.target : { entity: "dangling-label", depth: ref.value };
    }
    for (let i = labels.length - 1; i >= 0; i--) {
      if (labels[i].name === ref.name) return labels[i].target;
    }
    return this.ctx.fail(`unknown label $${ref.name}`, ref.start);
  }

  // -------------------------------------------------------------------------
  // Plain instructions

  /** A plain instruction, its folded operands already resolved. */
  private plain(node: PlainInstrNode, out: Instr[]): void {
    const s = this.s;
    const ins: Instr = new PlainInstr(node.op, node.start);
    const refs = node.refs ?? NO_REFS;
    const nums = node.nums ?? NO_NUMS;
    if (node.order !== undefined) ins.order = node.order;
    switch (node.op.imm) {
      case "none":
      case "fence":
        break;
      case "label":
        ins.label = this.label(refs[0]);
        break;
      case "br_table":
        ins.labels = refs.map((r) => this.label(r));
        break;
      case "br_on_cast":
        ins.label = this.label(refs[0]);
        ins.refType = s.types.refType(node.refTypes![0]);
        ins.refType2 = s.types.refType(node.refTypes![1]);
        break;
      case "func":
        ins.func = s.funcs.get(refs[0]);
        break;
      case "call_indirect":
        ins.table = refs.length > 0 ? s.tables.get(refs[0]) : s.tables.at(0);
        ins.type = s.types.funcTypeUse(node.typeUse!, false).type;
        break;
      case "type":
        ins.type = s.types.get(refs[0]);
        break;
      case "type_field":
        ins.type = s.types.get(refs[0]);
        ins.index = s.types.fieldIndex(ins.type, refs[1]);
        break;
      case "type_count":
        ins.type = s.types.get(refs[0]);
        ins.index = this.ctx.u32(nums[0]);
        break;
      case "type_data":
        ins.type = s.types.get(refs[0]);
        ins.data = s.datas.get(refs[1]);
        this.usesDataIndex = true;
        break;
      case "type_elem":
        ins.type = s.types.get(refs[0]);
        ins.elem = s.elems.get(refs[1]);
        break;
      case "type_type":
        ins.type = s.types.get(refs[0]);
        ins.type2 = s.types.get(refs[1]);
        break;
      case "local":
        ins.local = this.local(refs[0]);
        break;
      case "global":
        ins.global = s.globals.get(refs[0]);
        break;
      case "table":
        ins.table = refs.length > 0 ? s.tables.get(refs[0]) : s.tables.at(0);
        break;
      case "memory":
        ins.memory = refs.length > 0 ? s.memories.get(refs[0]) : s.memories.at(0);
        break;
      case "tag":
        ins.tag = s.tags.get(refs[0]);
        break;
      case "elem":
        ins.elem = s.elems.get(refs[0]);
        break;
      case "data":
        ins.data = s.datas.get(refs[0]);
        this.usesDataIndex = true;
        break;
      case "table_table":
        ins.table = refs.length === 2 ? s.tables.get(refs[0]) : s.tables.at(0);
        ins.table2 = refs.length === 2 ? s.tables.get(refs[1]) : s.tables.at(0);
        break;
      case "table_elem":
        ins.table = refs.length === 2 ? s.tables.get(refs[0]) : s.tables.at(0);
        ins.elem = s.elems.get(refs[refs.length - 1]);
        break;
      case "memory_memory":
        ins.memory = refs.length === 2 ? s.memories.get(refs[0]) : s.memories.at(0);
        ins.memory2 = refs.length === 2 ? s.memories.get(refs[1]) : s.memories.at(0);
        break;
      case "memory_data":
        ins.memory = refs.length === 2 ? s.memories.get(refs[0]) : s.memories.at(0);
        ins.data = s.datas.get(refs[refs.length - 1]);
        this.usesDataIndex = true;
        break;
      case "memarg":
        ins.memarg = this.memarg(node, refs[0]);
        break;
      case "memarg_lane":
        ins.memarg = this.memarg(node, refs[0]);
        ins.index = this.ctx.u8(nums[0]);
        break;
      case "i32":
      case "f32":
        ins.i32 = node.i32;
        break;
      case "i64":
      case "f64":
        ins.i64 = node.i64;
        break;
      case "v128":
        ins.bytes = node.bytes;
        break;
      case "shuffle":
        ins.bytes = Uint8Array.from(nums, (n) => this.ctx.u8(n));
        break;
      case "lane":
        ins.index = this.ctx.u8(nums[0]);
        break;
      case "select":
        if (node.selectResults !== undefined) {
          ins.selectTypes = resultTypes(node.selectResults).map((t) => s.types.valType(t));
        }
        break;
      case "heap_type":
        ins.heapType = s.types.heapType(node.heapType!);
        if (node.exactHeap) ins.exactHeap = true;
        if (node.heapType!.kind === "abs" && node.heapType!.shared) ins.sharedHeap = true;
        break;
      case "ref_type":
        ins.refType = s.types.refType(node.refTypes![0]);
        break;
      case "type_tag":
        ins.type = s.types.get(refs[0]);
        ins.tag = s.tags.get(refs[1]);
        break;
      case "resume":
      case "resume_throw":
        ins.type = s.types.get(refs[0]);
        if (refs.length > 1) ins.tag = s.tags.get(refs[1]);
        ins.onClauses = (node.onClauses ?? []).map((c) => this.onClause(c));
        break;
      case "block":
      case "try_table":
      case "try":
      case "structural":
        this.ctx.fail(`${node.op.name} cannot stand on its own here`, node.start);
        break;
      default:
        node.op.imm satisfies never;
    }
    if (node.metadata !== undefined) ins.metadata = this.metadata(node);
    if (node.relocs !== undefined) this.ctx.relocNotes.push([ins, node.relocs]);
    out.push(ins);
  }

  /** The code metadata of an instruction, each item of a kind that may describe it. */
  private metadata(node: InstrNode): CodeMetadata[] {
    for (const item of node.metadata!) {
      const problem = targetProblem(item.kind, node.op.name);
      if (problem !== undefined) this.ctx.fail(problem, node.start);
    }
    return node.metadata!;
  }

  private local(ref: Ref): LocalRef {
    if (this.locals !== undefined) return this.locals.get(ref);
    if (ref.kind === "id") this.ctx.fail(`unknown local $${ref.name}`, ref.start);
    return { entity: "dangling", index: ref.value };
  }

  /** `memory? offset=? align=?`: the text gives the alignment in bytes, the model its log2. */
  private memarg(node: PlainInstrNode, memory: Ref | undefined): MemArg {
    const m: MemArgNode = node.memarg ?? {};
    let align = node.op.align ?? 0;
    if (m.align !== undefined) {
      const lit = valueOf(m.align);
      const bytes = this.ctx.nat(lit, 64, "i64");
      if (bytes === 0n || (bytes & (bytes - 1n)) !== 0n) this.ctx.fail("alignment must be a power of two", lit.start);
      align = bytes.toString(2).length - 1;
    }
    return {
      memory: memory !== undefined ? this.s.memories.get(memory) : this.s.memories.at(0),
      align,
      offset: m.offset !== undefined ? this.ctx.nat(valueOf(m.offset), 64, "i64") : 0n,
    };
  }
}

/** The number of an `offset=N` / `align=N` literal (the builder may keep the keyword in the token). */
function valueOf(lit: NumLit): NumLit {
  const eq = lit.text.indexOf("=");
  return eq < 0 ? lit : { text: lit.text.slice(eq + 1), start: lit.start + eq + 1, end: lit.end };
}

/**
 * Calls `visit` for each type use in `nodes` that the type-use abbreviation
 * may have to give an index (call_indirect, and block types with parameters
 * or several results), in the order the flattened code has them: the order
 * in which implicit types are appended. Walks with an explicit stack, like
 * `CodeResolver.expr`.
 */
export function forEachTypeUse(nodes: readonly InstrNode[], visit: (use: TypeUseNode) => void): void {
  // The sequence being walked, where in it, and the type use to visit once it is done; the
  // sequences it is nested in wait on `outer` (made only for nested code), three entries each.
  let list = nodes;
  let next = 0;
  let after: TypeUseNode | undefined;
  let outer: unknown[] | undefined;
  for (;;) {
    if (next === list.length) {
      if (after !== undefined) visit(after);
      if (outer === undefined || outer.length === 0) return;
      after = outer.pop() as TypeUseNode | undefined;
      next = outer.pop() as number;
      list = outer.pop() as readonly InstrNode[];
      continue;
    }
    const node = list[next++];
    if (node.kind === "plain") {
      const use = node.op.imm === "call_indirect" ? node.typeUse : undefined;
      if (node.folded !== undefined && node.folded.length > 0) {
        (outer ??= []).push(list, next, after);
        list = node.folded;
        next = 0;
        after = use;
      } else if (use !== undefined) {
        visit(use);
      }
      continue;
    }
    // Waiting, last to first: handlers, else, and the body when a condition (then the block type) goes first.
    outer ??= [];
    outer.push(list, next, after);
    const handlers = node.handlers ?? [];
    for (let h = handlers.length - 1; h >= 0; h--) outer.push(handlers[h].body, 0, undefined);
    if (node.else !== undefined) outer.push(node.else.body, 0, undefined);
    const blockType = Types.blockNeedsIndex(node.blockType) ? node.blockType : undefined;
    if (node.condition !== undefined) {
      outer.push(node.body, 0, undefined);
      list = node.condition;
      after = blockType;
    } else {
      if (blockType !== undefined) visit(blockType);
      list = node.body;
      after = undefined;
    }
    next = 0;
  }
}
