/**
 * Instructions for `raise`: model instructions -> AST instruction nodes, flat
 * or folded.
 *
 * Labels: a branch names its target by `$id` when the target has a label
 * name that no inner block shadows, and by relative depth otherwise (the
 * function body itself has no name).
 *
 * Folding groups an instruction with the expressions right before it that
 * produce its operands, `(op imm* operand*)`, and an `if` with its condition.
 * It never moves an instruction, so the bytes stay the same whatever it
 * decides; the stack effects (from `isa/stack-effect.ts` and the module's
 * types) only decide what reads well. An operand is folded in only when it is
 * known to produce exactly one value; an instruction whose effect is unknown
 * (a dangling type, an invalid module) ends the chance to fold across it.
 *
 * Folded code nests parentheses, which parsers read by recursion (ours up to
 * a fixed depth): an instruction that would nest deeper than
 * `MAX_FOLDED_DEPTH` is written flat instead, which is equivalent, so code
 * of any depth prints as text that reads back.
 */
import { ArgumentError } from "../errors.js";
import type { BlockInstrNode, InstrNode, LegacyHandlerNode, MemArgNode, NumLit, OnClauseNode, PlainInstrNode, Ref, TryTableCatchNode } from "../syntax/ast.js";
import type { ConstImm, EntityImm, StructuredImm } from "../isa/imm-groups.js";
import type { InstrDef } from "../isa/instructions.js";
import { MAX_FOLDED_DEPTH } from "../syntax/nesting.js";
import { idRef, indexRef, type NameSpace } from "./raise-names.js";
import { blockEffect, instrEffect } from "./instr-effect.js";
import type { TypeNodes } from "./raise-types.js";
import type { Func, Instr, LabelTarget, TypeDef } from "./model.js";
import type { ObjectText } from "./object-text.js";

/** The module's index spaces and type nodes, as instructions refer to them. */
export interface RaiseSpaces {
  types: TypeNodes;
  typeSpace: NameSpace;
  funcs: NameSpace;
  tables: NameSpace;
  memories: NameSpace;
  globals: NameSpace;
  tags: NameSpace;
  elems: NameSpace;
  datas: NameSpace;
  /** Flat nodes shared by the whole module (see `CodeRaiser.shared`); made for the first, as a printer of model bodies raises only constant expressions. */
  sharedNodes: SharedNodes | undefined;
  /** Flat nodes of instructions the decoder shared (see `CodeRaiser.shared`); made for the first. */
  instrNodes: Map<Instr, PlainInstrNode> | undefined;
  /** Struct field names by type, for `struct.get $t $field`. */
  fields: (type: TypeDef) => NameSpace | undefined;
  /** Object files: the `(@reloc ...)` annotations of instructions. */
  objectText?: ObjectText;
  useNames: boolean;
}

/** Shared flat nodes by instruction and immediate index. */
export type SharedNodes = Map<InstrDef, PlainInstrNode[]>;

const SMALL_NUMS: NumLit[] = Array.from({ length: 256 }, (_, n) => ({ text: String(n), start: 0, end: 0 }));

function numLit(n: number | bigint): NumLit {
  return typeof n === "number" && n < 256 ? SMALL_NUMS[n] : { text: String(n), start: 0, end: 0 };
}

const HEX8 = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;

/** The operand list of a folded instruction without operands; shared, never changed. */
const NO_OPERANDS: InstrNode[] = [];

/** An operand is written as an expression, `(local.get 0)`, even when it has no operands itself. */
export function asExpression(node: InstrNode): InstrNode {
  if (node.kind === "plain" && node.folded === undefined) node.folded = NO_OPERANDS;
  return node;
}

interface Label {
  target: LabelTarget;
  name?: string;
}

/**
 * A structured instruction being raised, and which of its bodies is open (0
 * body, 1 else, 2 + k handler k). When folding: the sequence it is in, the
 * nesting depth of its condition, and the deepest nesting in its bodies.
 */
interface OpenBlock {
  ins: Instr;
  node: BlockInstrNode;
  part: number;
  parent: Seq;
  conditionDepth: number;
  deepest: number;
}

/**
 * A sequence being raised: its input, the next instruction to take, the
 * nodes so far, and for folding, `avail[k]`, how many values `out[k]`
 * leaves on the stack (-1: unknown); entries below `floor` may already be
 * consumed by something that was not folded, so they are never taken as
 * operands. `block` is the open block whose body this is (none at the top).
 * `depth[k]` is how deeply `out[k]` nests parentheses when written as an
 * operand, `deepest` the most of any node the sequence has had.
 */
class Seq {
  next = 0;
  readonly out: InstrNode[] = [];
  readonly avail: number[] = [];
  readonly depth: number[] = [];
  deepest = 0;
  floor = 0;

  constructor(
    readonly input: readonly Instr[],
    readonly block: OpenBlock | undefined,
  ) {}
}

/** The error for a structured instruction without its body: only a Module built by hand has one, decode and resolve give block instructions their bodies. */
export function withoutBody(op: InstrDef): ArgumentError {
  return new ArgumentError("print", "module", `holds "${op.name}" as an instruction on its own, not as part of a structured instruction with its body`);
}

export class CodeRaiser {
  private readonly labels: Label[] = [];
  /** Made for the first instruction with a local: constant expressions have none. */
  private localNodes: SharedNodes | undefined;
  /** Structured instructions raised so far: the label index of the next one (for generated label ids). */
  private labelCount = 0;

  /** `func` and `locals` are absent for constant expressions. */
  constructor(
    private readonly s: RaiseSpaces,
    private readonly folded: boolean,
    private readonly func?: Func,
    private readonly locals?: NameSpace,
  ) {
    if (func !== undefined) this.labels.push({ target: func });
  }

  /**
   * Raises a sequence with an explicit stack of open sequences, not
   * recursion, so that code nested a hundred thousand blocks deep raises
   * like any other (the decoder accepts it).
   */
  expr(body: readonly Instr[]): InstrNode[] {
    const root = new Seq(body, undefined);
    const stack: Seq[] = [root];
    while (stack.length > 0) {
      const seq = stack[stack.length - 1];
      if (seq.next < seq.input.length) {
        const ins = seq.input[seq.next++];
        if (ins.body === undefined) this.addPlain(seq, ins);
        else stack.push(this.openBlock(seq, ins));
        continue;
      }
      stack.pop();
      const open = seq.block;
      if (open === undefined) continue;
      if (seq.deepest > open.deepest) open.deepest = seq.deepest;
      const next = this.closePart(open, seq.out);
      if (next !== undefined) stack.push(next);
    }
    return root.out;
  }

  /** Appends a plain instruction to a sequence, folding its operands in when folding. */
  private addPlain(seq: Seq, ins: Instr): void {
    const out = seq.out;
    if (!this.folded) {
      out.push(this.shared(ins) ?? this.plain(ins));
      return;
    }
    const avail = seq.avail;
    const depth = seq.depth;
    const node = this.plain(ins);
    const effect = instrEffect(ins, this.func);
    const pops = effect.pops;
    // As an operand, even a flat node is written `(op)`.
    let nesting = 1;
    if (pops < 0) {
      out.push(node);
      avail.push(-1);
      depth.push(nesting);
      seq.floor = out.length;
      return;
    }
    if (pops === 0) {
      asExpression(node);
    } else {
      const from = out.length - pops;
      let foldable = from >= seq.floor;
      for (let k = from; foldable && k < out.length; k++) {
        foldable = avail[k] === 1;
        if (depth[k] >= nesting) nesting = depth[k] + 1;
      }
      if (foldable && nesting <= MAX_FOLDED_DEPTH) {
        const operands = out.splice(from, pops);
        for (const operand of operands) asExpression(operand);
        node.folded = operands;
        avail.length = from;
        depth.length = from;
      } else {
        nesting = 1;
        seq.floor = out.length;
      }
    }
    out.push(node);
    avail.push(effect.pushes);
    depth.push(nesting);
    if (nesting > seq.deepest) seq.deepest = nesting;
  }

  /**
   * Appends a structured instruction's node to a sequence (its bodies still
   * empty) and opens its first body. When folding, an `if` takes the
   * expression before it as its condition.
   */
  private openBlock(seq: Seq, ins: Instr): Seq {
    let condition: InstrNode[] | undefined;
    let conditionDepth = 0;
    if (this.folded) {
      const out = seq.out;
      const avail = seq.avail;
      const sig = blockEffect(ins.blockType!);
      if (ins.op.name === "if" && out.length - seq.floor >= 1 && avail[avail.length - 1] === 1) {
        condition = [asExpression(out.pop()!)];
        avail.pop();
        conditionDepth = seq.depth.pop()!;
      }
      if (sig === undefined || sig.pops !== 0 || (ins.op.name === "if" && condition === undefined)) seq.floor = out.length;
      avail.push(sig === undefined ? -1 : sig.pushes);
      // Known once the bodies are raised (see `closeFolded`).
      seq.depth.push(0);
    }
    const node = this.blockNode(ins, condition);
    seq.out.push(node);
    return new Seq(ins.body!, { ins, node, part: 0, parent: seq, conditionDepth, deepest: 0 });
  }

  /**
   * Stores a finished body of an open block; gives the block's next body
   * (else, then each legacy handler) or, after the last, closes the block.
   */
  private closePart(open: OpenBlock, out: InstrNode[]): Seq | undefined {
    const { ins, node } = open;
    const part = open.part++;
    if (part === 0) node.body = out;
    else if (part === 1) node.else = { body: out, start: 0, end: 0 };
    else node.handlers![part - 2].body = out;
    if (part === 0 && ins.else !== undefined) return new Seq(ins.else, open);
    if (part === 0) open.part = 2;
    const handler = open.part - 2;
    if (ins.handlers !== undefined && handler < ins.handlers.length) return new Seq(ins.handlers[handler].body, open);
    this.labels.pop();
    if (ins.delegate !== undefined) node.delegate = this.labelRef(ins.delegate);
    if (this.folded) this.closeFolded(open);
    return undefined;
  }

  /**
   * Records how deeply a finished folded block nests, `(block ...)` or
   * `(if cond (then ...) (else ...))`, or writes it flat when that is deeper
   * than `MAX_FOLDED_DEPTH`. A flat block is never an operand, and a flat
   * `if` takes its condition from the stack: the condition goes back before
   * it.
   */
  private closeFolded(open: OpenBlock): void {
    const { node, parent } = open;
    const name = node.op.name;
    const bodies = name === "if" || name === "try" ? 2 : 1;
    let nesting = open.deepest + bodies;
    if (node.condition !== undefined && open.conditionDepth + 1 > nesting) nesting = open.conditionDepth + 1;
    const at = parent.out.length - 1;
    if (nesting > MAX_FOLDED_DEPTH) {
      node.folded = false;
      nesting = open.deepest;
      if (node.condition !== undefined) {
        parent.out.splice(at, 0, node.condition[0]);
        parent.avail.splice(at, 0, 1);
        parent.depth.splice(at, 0, open.conditionDepth);
        node.condition = undefined;
      }
      parent.floor = parent.out.length;
    }
    parent.depth[parent.depth.length - 1] = nesting;
    if (nesting > parent.deepest) parent.deepest = nesting;
  }

  /**
   * Flat nodes are never changed after raising, so the most frequent ones
   * (no immediates, or one local, global or function) are made once per
   * module (per function for locals) and shared, which keeps large modules
   * from allocating a node per instruction. So are those of constants and
   * loads and stores that the decoder shared (they have no offset): one
   * node per instruction object.
   */
  private shared(ins: Instr): PlainInstrNode | undefined {
    // An ordered access's node also says its memory order: not one per op and index.
    if (ins.metadata !== undefined || ins.relocs !== undefined || ins.order !== undefined) return undefined;
    const op = ins.op;
    let index: number;
    let cache: SharedNodes;
    switch (op.imm) {
      case "i32":
      case "memarg": {
        if (ins.offset !== undefined) return undefined;
        const nodes = (this.s.instrNodes ??= new Map());
        let node = nodes.get(ins);
        if (node === undefined) nodes.set(ins, (node = this.plain(ins)));
        return node;
      }
      case "none":
        index = 0;
        cache = this.s.sharedNodes ??= new Map();
        break;
      case "local":
        if (this.locals === undefined) return undefined;
        index = ins.local!.index;
        cache = this.localNodes ??= new Map();
        break;
      case "global":
        index = ins.global!.index;
        cache = this.s.sharedNodes ??= new Map();
        break;
      case "func":
        index = ins.func!.index;
        cache = this.s.sharedNodes ??= new Map();
        break;
      default:
        // Rarer instructions: a node of their own each.
        op.imm satisfies StructuredImm | Exclude<EntityImm, "local" | "global" | "func"> | Exclude<ConstImm, "i32"> | "memarg_lane" | "shuffle" | "lane" | "select" | "heap_type" | "ref_type" | "fence";
        return undefined;
    }
    let nodes = cache.get(op);
    if (nodes === undefined) cache.set(op, (nodes = []));
    return (nodes[index] ??= this.plain(ins));
  }

  // -------------------------------------------------------------------------
  // Nodes

  private labelRef(target: LabelTarget): Ref {
    const labels = this.labels;
    const top = labels.length - 1;
    for (let k = top; k >= 0; k--) {
      if (labels[k].target !== target) continue;
      const name = labels[k].name;
      if (name === undefined) return indexRef(top - k);
      for (let j = k + 1; j <= top; j++) if (labels[j].name === name) return indexRef(top - k);
      return idRef(name);
    }
    return indexRef("entity" in target && target.entity === "dangling-label" ? target.depth : 0);
  }

  /** A structured instruction's node with empty bodies; pushes its label, which `closePart` pops. */
  private blockNode(ins: Instr, condition: InstrNode[] | undefined): BlockInstrNode {
    const s = this.s;
    const node: BlockInstrNode = {
      kind: "block",
      op: ins.op,
      folded: this.folded,
      blockType: s.types.blockType(ins.blockType!),
      body: [],
      start: 0,
      end: 0,
    };
    if (ins.metadata !== undefined) node.metadata = ins.metadata;
    if (condition !== undefined) node.condition = condition;
    if (ins.catches !== undefined) {
      node.catches = ins.catches.map((c): TryTableCatchNode => {
        const clause: TryTableCatchNode = { kind: c.kind, label: this.labelRef(c.label), start: 0, end: 0 };
        if (c.tag !== undefined) clause.tag = s.tags.ref(c.tag.index);
        return clause;
      });
    }
    const labelIndex = this.labelCount++;
    let name = s.useNames ? ins.labelName : undefined;
    // No id is empty: a generated one, with the exact name in `(@name "")`.
    if (name === "") {
      name = `#label${labelIndex}<>`;
      node.labelName = "";
    }
    if (name !== undefined) node.label = { name, start: 0, end: 0 };
    this.labels.push({ target: ins, name });
    if (ins.handlers !== undefined) {
      node.handlers = ins.handlers.map((h): LegacyHandlerNode => {
        const handler: LegacyHandlerNode = { body: [], start: 0, end: 0 };
        if (h.tag !== undefined) handler.tag = s.tags.ref(h.tag.index);
        return handler;
      });
    }
    return node;
  }

  private plain(ins: Instr): PlainInstrNode {
    const s = this.s;
    const op = ins.op;
    const node: PlainInstrNode = { kind: "plain", op, start: 0, end: 0 };
    if (ins.order !== undefined) node.order = ins.order;
    switch (op.imm) {
      case "none":
      case "fence":
        break;
      case "local": {
        const index = ins.local!.index;
        node.refs = this.locals !== undefined ? this.locals.single(index) : [indexRef(index)];
        break;
      }
      case "i32":
      case "f32":
        node.i32 = ins.i32;
        break;
      case "i64":
      case "f64":
        node.i64 = ins.i64;
        break;
      case "global":
        node.refs = s.globals.single(ins.global!.index);
        break;
      case "func":
        node.refs = s.funcs.single(ins.func!.index);
        break;
      case "memarg":
      case "memarg_lane": {
        const m = ins.memarg!;
        if (m.memory.index !== 0) node.refs = s.memories.single(m.memory.index);
        const memarg: MemArgNode = {};
        if (m.offset !== 0n) memarg.offset = { text: `offset=${m.offset}`, start: 0, end: 0 };
        if (m.align !== op.align) memarg.align = { text: `align=${2n ** BigInt(m.align)}`, start: 0, end: 0 };
        if (memarg.offset !== undefined || memarg.align !== undefined) node.memarg = memarg;
        if (op.imm === "memarg_lane") node.nums = [numLit(ins.index!)];
        break;
      }
      case "label":
        node.refs = [this.labelRef(ins.label!)];
        break;
      case "br_table":
        node.refs = ins.labels!.map((l) => this.labelRef(l));
        break;
      case "br_on_cast":
        node.refs = [this.labelRef(ins.label!)];
        node.refTypes = [s.types.refType(ins.refType!), s.types.refType(ins.refType2!)];
        break;
      case "call_indirect":
        if (ins.table!.index !== 0) node.refs = s.tables.single(ins.table!.index);
        node.typeUse = s.types.typeIndexUse(ins.type!);
        break;
      case "type":
        node.refs = s.typeSpace.single(ins.type!.index);
        break;
      case "type_field": {
        const type = ins.type!;
        const fields = type.entity === "type" ? s.fields(type) : undefined;
        node.refs = [s.typeSpace.ref(type.index), fields !== undefined ? fields.ref(ins.index!) : indexRef(ins.index!)];
        break;
      }
      case "type_count":
        node.refs = s.typeSpace.single(ins.type!.index);
        node.nums = [numLit(ins.index!)];
        break;
      case "type_data":
        node.refs = [s.typeSpace.ref(ins.type!.index), s.datas.ref(ins.data!.index)];
        break;
      case "type_elem":
        node.refs = [s.typeSpace.ref(ins.type!.index), s.elems.ref(ins.elem!.index)];
        break;
      case "type_type":
        node.refs = [s.typeSpace.ref(ins.type!.index), s.typeSpace.ref(ins.type2!.index)];
        break;
      case "table":
        if (ins.table !== undefined && ins.table.index !== 0) node.refs = s.tables.single(ins.table.index);
        break;
      case "memory":
        if (ins.memory !== undefined && ins.memory.index !== 0) node.refs = s.memories.single(ins.memory.index);
        break;
      case "tag":
        node.refs = s.tags.single(ins.tag!.index);
        break;
      case "elem":
        node.refs = s.elems.single(ins.elem!.index);
        break;
      case "data":
        node.refs = s.datas.single(ins.data!.index);
        break;
      case "table_table": {
        const a = ins.table?.index ?? 0;
        const b = ins.table2?.index ?? 0;
        if (a !== 0 || b !== 0) node.refs = [s.tables.ref(a), s.tables.ref(b)];
        break;
      }
      case "memory_memory": {
        const a = ins.memory?.index ?? 0;
        const b = ins.memory2?.index ?? 0;
        if (a !== 0 || b !== 0) node.refs = [s.memories.ref(a), s.memories.ref(b)];
        break;
      }
      case "table_elem": {
        const t = ins.table?.index ?? 0;
        const e = s.elems.ref(ins.elem!.index);
        node.refs = t !== 0 ? [s.tables.ref(t), e] : [e];
        break;
      }
      case "memory_data": {
        const m = ins.memory?.index ?? 0;
        const d = s.datas.ref(ins.data!.index);
        node.refs = m !== 0 ? [s.memories.ref(m), d] : [d];
        break;
      }
      case "v128": {
        const bytes = ins.bytes!;
        const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
        node.bytes = bytes;
        node.shape = "i32x4";
        node.lanes = [0, 4, 8, 12].map((at) => ({ text: HEX8(view.getUint32(at, true)), start: 0, end: 0 }));
        break;
      }
      case "shuffle":
        node.nums = Array.from(ins.bytes!, (b) => SMALL_NUMS[b]);
        break;
      case "lane":
        node.nums = [numLit(ins.index!)];
        break;
      case "select":
        if (ins.selectTypes !== undefined) {
          node.selectResults = [{ types: ins.selectTypes.map((t) => s.types.valType(t)), start: 0, end: 0 }];
        }
        break;
      case "heap_type":
        node.heapType = s.types.heapType(ins.heapType!, ins.sharedHeap);
        if (ins.exactHeap) node.exactHeap = true;
        break;
      case "ref_type":
        node.refTypes = [s.types.refType(ins.refType!)];
        break;
      case "type_tag":
        node.refs = [s.typeSpace.ref(ins.type!.index), s.tags.ref(ins.tag!.index)];
        break;
      case "resume":
      case "resume_throw":
        node.refs = [s.typeSpace.ref(ins.type!.index)];
        if (op.imm === "resume_throw") node.refs.push(s.tags.ref(ins.tag!.index));
        if (ins.onClauses!.length > 0) {
          node.onClauses = ins.onClauses!.map((c): OnClauseNode => {
            const clause: OnClauseNode = { tag: s.tags.ref(c.tag.index), start: 0, end: 0 };
            if (c.label !== undefined) clause.label = this.labelRef(c.label);
            return clause;
          });
        }
        break;
      case "block":
      case "try_table":
      case "try":
      case "structural":
        throw withoutBody(op);
      default:
        op.imm satisfies never;
    }
    if (ins.metadata !== undefined) node.metadata = ins.metadata;
    const relocs = ins.relocs !== undefined ? this.s.objectText?.instrRelocs(ins) : undefined;
    if (relocs !== undefined) node.relocs = relocs;
    return node;
  }
}
