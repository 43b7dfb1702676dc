/**
 * Flat function bodies printed straight from the model: the text that
 * raising a body to instruction nodes (`module/raise-code.ts`) and printing
 * them (`Printer.instrs`) gives with `folded: false`, to the byte, without a
 * node for any instruction. Compiler output is mostly function bodies, and
 * raising them cost nearly what printing them did, in time and in garbage.
 *
 * What it writes follows those two: a branch names its target by `$id`
 * unless an inner block shadows the name (then by depth), entities by the
 * name section's `$ids` or by index, memarg offsets and alignments only
 * where they are not the defaults, floats as `literals.ts` spells them; one
 * instruction a line, a block's `block`/`else`/`catch`/`end` lines at its
 * depth as bracket lines (`layout.ts`), code metadata on the lines before
 * its instruction, and a line wider than the print width laid out again as
 * the formatter lays it out (`Wrap.oneLine`). Types (block types, `select`
 * results, heap and reference types) are spelled by the printer, from the
 * raiser's type nodes. test/print/flat-body prints every spec and corpus
 * binary both ways.
 */
import type { HeapTypeNode, RefTypeNode, ValTypeNode } from "../syntax/ast.js";
import { type Imm, type InstrDef, INSTRUCTIONS } from "../isa/instructions.js";
import type { CodeMetadata, Instr, LabelTarget, LegacyCatch } from "../module/model.js";
import type { ModelBody } from "../module/raise.js";
import { withoutBody, type RaiseSpaces } from "../module/raise-code.js";
import type { NameSpace } from "../module/raise-names.js";
import { intList, objectList } from "../module/empty.js";
import { newlineBytes } from "./layout.js";
import { f32Text, f64Text, metadataText } from "./literals.js";
import { asciiBytes, type TextOut } from "./text-out.js";
import type { Wrap } from "./wrap.js";

/** The printer's spellings of what a body shares with the rest of the module: ids and types. */
export interface ModuleSpelling {
  idBytes(name: string): Uint8Array;
  valType(t: ValTypeNode): string;
  refType(t: RefTypeNode): string;
  heapType(h: HeapTypeNode): string;
}

/** Mnemonics as bytes by instruction id (an array index, not a map lookup, on the hot path), made on first use. */
const MNEMONICS: Uint8Array[] = [];

export function mnemonic(op: InstrDef): Uint8Array {
  return (MNEMONICS[op.id] ??= asciiBytes(op.name));
}

/**
 * How an instruction is written, as a small integer by instruction id: the
 * frequent kinds of immediates each have a case of the hot switch (a jump
 * table), the others share `OTHER`; `BLOCK` instructions have bodies, and
 * `ORDERED` is added for those with a memory order. Instructions are
 * objects of many shapes, and reading a field one lacks (`body`, `order`)
 * is a slow lookup: the table answers from the instruction's `op`.
 */
const NONE = 0;
const LOCAL = 1;
const GLOBAL = 2;
const FUNC = 3;
const I32 = 4;
const I64 = 5;
const F32 = 6;
const F64 = 7;
const MEMARG = 8;
const LABEL = 9;
const BR_TABLE = 10;
const OTHER = 11;
const BLOCK = 12;
const ORDERED = 16;

const HOT_KINDS: Partial<Record<Imm, number>> = {
  none: NONE, fence: NONE, local: LOCAL, global: GLOBAL, func: FUNC, i32: I32, i64: I64, f32: F32, f64: F64,
  memarg: MEMARG, memarg_lane: MEMARG, label: LABEL, br_table: BR_TABLE, block: BLOCK, try_table: BLOCK, try: BLOCK,
};

const KINDS = new Uint8Array(INSTRUCTIONS.length);
for (const def of INSTRUCTIONS) KINDS[def.id] = (HOT_KINDS[def.imm] ?? OTHER) + (def.ordered === true ? ORDERED : 0);

const SPACE = 0x20;
const CLOSE = 0x29;
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The id list of a space without names: never written to. */
const NO_IDS: Uint8Array[] = [];
const NO_INSTRS: readonly Instr[] = [];

/** Bodies printed from the model in this process: tests see from it that the path is taken. */
export const printedFromModel = { bodies: 0 };

export class FlatBodyPrinter {
  private s!: RaiseSpaces;
  private locals!: NameSpace;
  /**
   * The ids of locals, globals and functions as the printer spells them, by
   * index, each made when first used in a list of the space's length (filled
   * out of order, a growing list would turn sparse and slow).
   */
  private localIds: Uint8Array[] = [];
  private globalIds!: Uint8Array[];
  private funcIds!: Uint8Array[];
  /**
   * Open labels, innermost last: their targets and `$id` names; 0 is the
   * function's, which has no name.
   */
  private readonly targets: (LabelTarget | undefined)[] = objectList(1);
  private readonly names: (string | undefined)[] = objectList(1);
  private top = 0;
  /** Structured instructions so far in the body: the index of generated label ids. */
  private labelCount = 0;
  /**
   * Open sequences by nesting level (0 the body): the list, the next
   * instruction in it, the block it is a part of, and which part (0 body,
   * 1 else, 2 + k handler k). Arrays, not a frame object a block: code
   * nested a hundred thousand deep prints without recursion or garbage.
   */
  private readonly lists: (readonly Instr[])[] = objectList(1);
  private readonly nexts: number[] = intList(1);
  private readonly blocks: (Instr | undefined)[] = objectList(1);
  private readonly parts: number[] = intList(1);

  constructor(
    private readonly o: TextOut,
    private readonly wrap: Wrap,
    private readonly spell: ModuleSpelling,
    spaces: RaiseSpaces,
  ) {
    this.bind(spaces);
  }

  /** The spaces of the module whose bodies come next (a printer prints one module's). */
  private bind(spaces: RaiseSpaces): void {
    this.s = spaces;
    this.globalIds = new Array<Uint8Array>(spaces.globals.ids.length);
    this.funcIds = new Array<Uint8Array>(spaces.funcs.ids.length);
  }

  /** The body's instructions, each on a line of its own at `depth` (nested ones deeper). */
  body(model: ModelBody, depth: number): void {
    printedFromModel.bodies++;
    if (model.spaces !== this.s) this.bind(model.spaces);
    this.locals = model.locals;
    this.localIds = model.locals.ids.length > 0 ? new Array<Uint8Array>(model.locals.ids.length) : NO_IDS;
    this.labelCount = 0;
    this.targets[0] = model.func;
    this.names[0] = undefined;
    this.top = 0;
    const { lists, nexts, blocks, parts } = this;
    lists[0] = model.func.body;
    nexts[0] = 0;
    let level = 0;
    let deepest = 0;
    for (;;) {
      const list = lists[level];
      const next = nexts[level];
      if (next < list.length) {
        nexts[level] = next + 1;
        const ins = list[next];
        const at = depth + level;
        const kind = KINDS[ins.op.id];
        if (ins.metadata !== undefined) this.metadata(ins.metadata, at);
        // Without its body, a block is printed as a plain instruction would be raised: an error.
        if (kind !== BLOCK || ins.body === undefined) {
          this.plain(ins, kind, at);
          continue;
        }
        this.blockHead(ins, at);
        level++;
        if (level > deepest) deepest = level;
        lists[level] = ins.body;
        nexts[level] = 0;
        blocks[level] = ins;
        parts[level] = 0;
        continue;
      }
      if (level === 0) break;
      const block = blocks[level]!;
      const at = depth + level - 1;
      const part = parts[level];
      let then: readonly Instr[] | undefined;
      if (part === 0 && block.else !== undefined) {
        this.keywordLine("else", at);
        then = block.else;
        parts[level] = 1;
      } else {
        const k = part < 2 ? 0 : part - 1;
        const handler = block.handlers?.[k];
        if (handler !== undefined) {
          this.catchLine(handler, at);
          then = handler.body;
          parts[level] = 2 + k;
        }
      }
      if (then !== undefined) {
        lists[level] = then;
        nexts[level] = 0;
        continue;
      }
      this.top--;
      if (block.delegate !== undefined) this.delegateLine(block.delegate, at);
      else this.keywordLine("end", at);
      level--;
    }
    // The instructions are the module's: none is held past its body. The
    // arrays keep their length: emptied, each would grow anew for the next body.
    const targets = this.targets;
    for (let k = 0; k <= deepest; k++) {
      lists[k] = NO_INSTRS;
      blocks[k] = undefined;
      targets[k] = undefined;
    }
  }

  // -------------------------------------------------------------------------
  // Lines

  /** Code metadata items, a line each before their instruction's. */
  private metadata(items: readonly CodeMetadata[], depth: number): void {
    for (const item of items) {
      const start = this.startLine(depth, false);
      this.o.text(metadataText(item));
      this.endLine(start, depth, false);
    }
  }

  private plain(ins: Instr, kind: number, depth: number): void {
    const o = this.o;
    const start = this.startLine(depth, false);
    const op = ins.op;
    o.bytes(mnemonic(op));
    if (kind >= ORDERED) {
      kind -= ORDERED;
      if (ins.order !== undefined) {
        o.byte(SPACE);
        o.text(ins.order);
      }
    }
    switch (kind) {
      case NONE:
        break;
      case LOCAL:
        o.byte(SPACE);
        this.kept(this.locals, this.localIds, ins.local!.index);
        break;
      case GLOBAL:
        o.byte(SPACE);
        this.kept(this.s.globals, this.globalIds, ins.global!.index);
        break;
      case FUNC:
        o.byte(SPACE);
        this.kept(this.s.funcs, this.funcIds, ins.func!.index);
        break;
      case I32:
        o.byte(SPACE);
        o.int(ins.i32!);
        break;
      case I64:
        o.byte(SPACE);
        this.bigint(ins.i64!);
        break;
      case F32:
        o.byte(SPACE);
        o.text(f32Text(ins.i32!));
        break;
      case F64:
        o.byte(SPACE);
        o.text(f64Text(ins.i64!));
        break;
      case MEMARG:
        this.memarg(ins);
        break;
      case LABEL:
        o.byte(SPACE);
        this.label(ins.label!);
        break;
      case BR_TABLE:
        for (const target of ins.labels!) {
          o.byte(SPACE);
          this.label(target);
        }
        break;
      default:
        this.other(ins);
    }
    this.endLine(start, depth, false);
    o.boundary();
  }

  /** `block $l (result i32) (catch ...)`: the line that opens a block, whose label it pushes. */
  private blockHead(ins: Instr, depth: number): void {
    const o = this.o;
    const s = this.s;
    const start = this.startLine(depth, true);
    o.bytes(mnemonic(ins.op));
    const labelIndex = this.labelCount++;
    let name = s.useNames ? ins.labelName : undefined;
    if (name !== undefined) {
      o.byte(SPACE);
      // No id is empty: a generated one, with the exact name in `(@name "")`.
      if (name === "") {
        name = `#label${labelIndex}<>`;
        o.bytes(this.spell.idBytes(name));
        o.text(' (@name "")');
      } else {
        o.bytes(this.spell.idBytes(name));
      }
    }
    const bt = ins.blockType!;
    if (bt.kind === "value") o.text(` (result ${this.spell.valType(s.types.valType(bt.type))})`);
    else if (bt.kind === "type") this.typeUse(bt.type.index);
    if (ins.catches !== undefined) {
      for (const c of ins.catches) {
        o.text(` (${c.kind} `);
        if (c.tag !== undefined) {
          this.entity(s.tags, c.tag.index);
          o.byte(SPACE);
        }
        this.label(c.label);
        o.byte(CLOSE);
      }
    }
    const top = ++this.top;
    this.targets[top] = ins;
    this.names[top] = name;
    this.endLine(start, depth, true);
    o.boundary();
  }

  /** `else` or `end`. */
  private keywordLine(keyword: string, depth: number): void {
    const start = this.startLine(depth, true);
    this.o.text(keyword);
    this.endLine(start, depth, true);
  }

  private catchLine(handler: LegacyCatch, depth: number): void {
    const start = this.startLine(depth, true);
    if (handler.tag === undefined) this.o.text("catch_all");
    else {
      this.o.text("catch ");
      this.entity(this.s.tags, handler.tag.index);
    }
    this.endLine(start, depth, true);
  }

  /** `delegate L`, its label counted from outside the `try`. */
  private delegateLine(target: LabelTarget, depth: number): void {
    const start = this.startLine(depth, true);
    this.o.text("delegate ");
    this.label(target);
    this.endLine(start, depth, true);
  }

  /** A line break and the indentation of a line at `depth` (`newlineBytes`): where the line's text starts. */
  private startLine(depth: number, bracket: boolean): number {
    this.o.bytes(newlineBytes(depth, bracket));
    return this.o.length;
  }

  /** The end of a line begun at `start` by `startLine`: laid out again when too wide. */
  private endLine(start: number, depth: number, bracket: boolean): void {
    this.wrap.oneLine(start, newlineBytes(depth, bracket).length - 1, depth);
  }

  // -------------------------------------------------------------------------
  // Immediates

  /** An entity of a space by its `$id`, or by index when it has none. */
  private entity(space: NameSpace, index: number): void {
    const id = space.ids[index];
    if (id === undefined) this.o.int(index);
    else this.o.bytes(this.spell.idBytes(id));
  }

  /** `entity`, its id's spelling kept in `ids`: for the spaces most instructions refer to. */
  private kept(space: NameSpace, ids: Uint8Array[], index: number): void {
    const id = space.ids[index];
    if (id === undefined) this.o.int(index);
    else this.o.bytes((ids[index] ??= this.spell.idBytes(id)));
  }

  /**
   * A branch target: by `$id` when its label has one that no inner label
   * shadows, by relative depth otherwise (a dangling one by the depth it
   * was read with).
   */
  private label(target: LabelTarget): void {
    const { targets, names, top } = this;
    for (let k = top; k >= 0; k--) {
      if (targets[k] !== target) continue;
      const name = names[k];
      if (name !== undefined && !shadowed(names, name, k + 1, top)) {
        this.o.bytes(this.spell.idBytes(name));
        return;
      }
      this.o.int(top - k);
      return;
    }
    this.o.int("entity" in target && target.entity === "dangling-label" ? target.depth : 0);
  }

  /** A 64-bit integer in decimal; most fit a double, whose digits are written without a string. */
  private bigint(value: bigint): void {
    if (value >= MIN_SAFE && value <= MAX_SAFE) this.o.int(Number(value));
    else this.o.text(String(value));
  }

  /** ` (type T)`, as block types and `call_indirect` name their type. */
  private typeUse(index: number): void {
    this.o.text(" (type ");
    this.entity(this.s.typeSpace, index);
    this.o.byte(CLOSE);
  }

  /** A load's or store's memory (unless the first), offset and alignment (unless the defaults), then its lane. */
  private memarg(ins: Instr): void {
    const o = this.o;
    const m = ins.memarg!;
    if (m.memory.index !== 0) {
      o.byte(SPACE);
      this.entity(this.s.memories, m.memory.index);
    }
    if (m.offset !== 0n) {
      o.text(" offset=");
      this.bigint(m.offset);
    }
    if (m.align !== ins.op.align) o.text(` align=${2n ** BigInt(m.align)}`);
    if (ins.op.imm === "memarg_lane") this.num(ins.index!);
  }

  /** A space, then an entity. */
  private word(space: NameSpace, index: number): void {
    this.o.byte(SPACE);
    this.entity(space, index);
  }

  /** A space, then a number. */
  private num(n: number): void {
    this.o.byte(SPACE);
    this.o.int(n);
  }

  /** The immediates of the rarer instructions, as `raise` gives them nodes and the printer writes those. */
  private other(ins: Instr): void {
    const o = this.o;
    const s = this.s;
    const spell = this.spell;
    const op = ins.op;
    switch (op.imm) {
      case "call_indirect":
        if (ins.table!.index !== 0) this.word(s.tables, ins.table!.index);
        this.typeUse(ins.type!.index);
        return;
      case "type":
        this.word(s.typeSpace, ins.type!.index);
        return;
      case "type_field": {
        const type = ins.type!;
        this.word(s.typeSpace, type.index);
        const fields = type.entity === "type" ? s.fields(type) : undefined;
        if (fields !== undefined) this.word(fields, ins.index!);
        else this.num(ins.index!);
        return;
      }
      case "type_count":
        this.word(s.typeSpace, ins.type!.index);
        this.num(ins.index!);
        return;
      case "type_data":
        this.typeThen(ins, s.datas, ins.data!.index);
        return;
      case "type_elem":
        this.typeThen(ins, s.elems, ins.elem!.index);
        return;
      case "type_type":
        this.typeThen(ins, s.typeSpace, ins.type2!.index);
        return;
      case "type_tag":
        this.typeThen(ins, s.tags, ins.tag!.index);
        return;
      case "table":
        if (ins.table !== undefined && ins.table.index !== 0) this.word(s.tables, ins.table.index);
        return;
      case "memory":
        if (ins.memory !== undefined && ins.memory.index !== 0) this.word(s.memories, ins.memory.index);
        return;
      case "tag":
        this.word(s.tags, ins.tag!.index);
        return;
      case "elem":
        this.word(s.elems, ins.elem!.index);
        return;
      case "data":
        this.word(s.datas, ins.data!.index);
        return;
      case "table_table":
        this.pair(s.tables, ins.table?.index ?? 0, ins.table2?.index ?? 0);
        return;
      case "memory_memory":
        this.pair(s.memories, ins.memory?.index ?? 0, ins.memory2?.index ?? 0);
        return;
      case "table_elem": {
        const t = ins.table?.index ?? 0;
        if (t !== 0) this.word(s.tables, t);
        this.word(s.elems, ins.elem!.index);
        return;
      }
      case "memory_data": {
        const m = ins.memory?.index ?? 0;
        if (m !== 0) this.word(s.memories, m);
        this.word(s.datas, ins.data!.index);
        return;
      }
      case "v128": {
        const bytes = ins.bytes!;
        const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
        o.text(" i32x4");
        for (let at = 0; at < 16; at += 4) o.text(` 0x${view.getUint32(at, true).toString(16).padStart(8, "0")}`);
        return;
      }
      case "shuffle":
        for (const b of ins.bytes!) this.num(b);
        return;
      case "lane":
        this.num(ins.index!);
        return;
      case "select":
        if (ins.selectTypes !== undefined) {
          o.text(" (result");
          for (const t of ins.selectTypes) o.text(` ${spell.valType(s.types.valType(t))}`);
          o.byte(CLOSE);
        }
        return;
      case "heap_type": {
        const heap = spell.heapType(s.types.heapType(ins.heapType!, ins.sharedHeap));
        o.text(ins.exactHeap ? ` (exact ${heap})` : ` ${heap}`);
        return;
      }
      case "ref_type":
        o.text(` ${spell.refType(s.types.refType(ins.refType!))}`);
        return;
      case "br_on_cast":
        o.byte(SPACE);
        this.label(ins.label!);
        o.text(` ${spell.refType(s.types.refType(ins.refType!))} ${spell.refType(s.types.refType(ins.refType2!))}`);
        return;
      case "resume":
      case "resume_throw":
        this.word(s.typeSpace, ins.type!.index);
        if (op.imm === "resume_throw") this.word(s.tags, ins.tag!.index);
        for (const c of ins.onClauses!) {
          o.text(" (on ");
          this.entity(s.tags, c.tag.index);
          o.byte(SPACE);
          if (c.label !== undefined) this.label(c.label);
          else o.text("switch");
          o.byte(CLOSE);
        }
        return;
      case "block":
      case "try_table":
      case "try":
      case "structural":
        throw withoutBody(op);
      case "none":
      case "fence":
      case "local":
      case "global":
      case "func":
      case "i32":
      case "i64":
      case "f32":
      case "f64":
      case "memarg":
      case "memarg_lane":
      case "label":
      case "br_table":
        // The hot switch's kinds (`HOT_KINDS`).
        return;
      default:
        op.imm satisfies never;
    }
  }

  /** The instruction's type, then an entity of `space`. */
  private typeThen(ins: Instr, space: NameSpace, index: number): void {
    this.word(this.s.typeSpace, ins.type!.index);
    this.word(space, index);
  }

  /** Two entities of one space, or neither when both are the first (`memory.copy`, `table.copy`). */
  private pair(space: NameSpace, a: number, b: number): void {
    if (a === 0 && b === 0) return;
    this.word(space, a);
    this.word(space, b);
  }
}

/** Whether a label of `names` between `from` and `to` (inclusive) has `name`. */
function shadowed(names: readonly (string | undefined)[], name: string, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (names[j] === name) return true;
  return false;
}
