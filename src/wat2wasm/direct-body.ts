/**
 * Text to binary for one function body without an AST: the body's text is
 * read token by token (`direct-scan.ts`) and each instruction written as it
 * is read, its mnemonic looked up in the instruction table and its
 * immediates read and encoded by their kind, names bound in the scope the
 * skeleton's resolution gives (`resolveForBodies`).
 *
 * It reads the plain instructions compilers print, flat or folded, and code
 * metadata annotations before them. Anything else (another annotation, a
 * string, a memory order, a name it does not know, a literal out of range,
 * a feature outside the set, text the parser would reject) makes it
 * give up on the body, writing nothing: the caller then parses that body,
 * which gives today's output and today's errors.
 */
import { type NameList, writeHeapType, writeLocals, writeMemArg, writeOp, writeValType } from "../binary/encode-code.js";
import { originalPayload } from "../binary/exact.js";
import type { ByteWriter } from "../binary/writer.js";
import type { FeatureSet } from "../isa/features.js";
import { type Feature, type Imm, type InstrDef, instrAt } from "../isa/instructions.js";
import { type FeatureUse, instrFeatureUses, typeFeatureUses } from "../module/feature-uses.js";
import type { BlockType, HeapType, Instr, RefType, TypeRef, ValType } from "../module/model.js";
import { objectList } from "../module/empty.js";
import { dangling } from "../module/resolve-context.js";
import type { BodyScope } from "../module/resolve.js";
import { sameTypes, type WrittenHeaps } from "../module/resolve-types.js";
import { SHAPE_LANES, SHORT_REF } from "../syntax/keyword-tables.js";
import { MAX_FOLDED_DEPTH } from "../syntax/nesting.js";
import { LiteralError, parseF32Bits, parseF64Bits, parseInt32, parseInt64, parseNat32, parseNat64, parseString } from "../syntax/literals.js";
import { WatError } from "../syntax/errors.js";
import { ATOM, BodyScanner, CLOSE, END, GIVE_UP, giveUp, OPEN, OTHER } from "./direct-scan.js";
import type { PlacedMetadata } from "../binary/code-metadata-sections.js";
import { CODE_METADATA_PREFIX, type CodeMetadata, payloadProblem, targetProblem } from "../types/code-metadata.js";
import { concatBytes } from "../bytes.js";
import { isIdChar } from "../syntax/token-ends.js";
import { setLane } from "./v128-lanes.js";

/** An index space as bodies name it (`resolve-context.ts` `Space`). */
interface Indexed {
  readonly items: readonly { readonly index: number }[];
  find(name: string): { readonly index: number } | undefined;
}

const DOLLAR = 0x24;
const METADATA_OPEN = "(@" + CODE_METADATA_PREFIX;
/** What may follow an annotation's id that the reader takes: whitespace or a parenthesis. */
const ANNOTATION_ID_ENDS: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29]);
const OP_ELSE = 0x05;
const OP_END = 0x0b;
const OP_CATCH = 0x07;
const OP_DELEGATE = 0x18;
const OP_CATCH_ALL = 0x19;
const EMPTY_BLOCK = 0x40;

/** What an open block is, for `else` and `end`: a folded one takes neither. */
const BLOCK = 0;
const IF = 1;
const ELSE = 2;
const FOLDED = 3;
/** A flat legacy `try`, and it after a `catch` or a `catch_all`. */
const TRY = 4;
const CATCH = 5;
const CATCH_ALL = 6;

/** The immediate kinds `DirectBodies.instr` reads itself. */
type CommonImm = "none" | "structural" | "block" | "label" | "func" | "local" | "global" | "memarg" | "memarg_lane" | "i32" | "i64" | "f32" | "f64";

const NUM_TYPES: ReadonlySet<string> = new Set(["i32", "i64", "f32", "f64", "v128"]);
/** A type use's parameters and results, and how the defined heap types in them were written. */
interface InlineTypes {
  params: ValType[];
  results: ValType[];
  written: WrittenHeaps;
}

const NO_TYPES: InlineTypes = { params: [], results: [], written: [] };
/** The parking stack before anything is parked: an instance may serve only one small module (allocated when first needed). */
const NOTHING_PARKED = new Uint8Array(0);
/** A v128.const's bytes, written and copied out at once: one serves every instance. */
const V128 = new Uint8Array(16);
const V128_VIEW = new DataView(V128.buffer);

/** try_table's catch clauses by keyword: their binary kind, and whether a tag comes first. */
const CATCHES: Readonly<Record<string, { kind: number; tag: boolean }>> = {
  catch: { kind: 0, tag: true },
  catch_ref: { kind: 1, tag: true },
  catch_all: { kind: 2, tag: false },
  catch_all_ref: { kind: 3, tag: false },
};

/**
 * Writes code entries read straight from body text. One instance serves a
 * thread: its stacks and buffers are reused from body to body.
 */
export class DirectBodies {
  private readonly s = new BodyScanner();
  private scope!: BodyScope;
  /** Per open block, the function at 0: its label (undefined when it has none) and what it is. */
  private readonly labels: (string | undefined)[] = [];
  private readonly kinds: number[] = [];
  private labelList: NameList | null = null;
  private labelCount = 0;
  /** Folded instructions open around the one being read. */
  private nesting = 0;
  /** The bytes of folded instructions waiting for their operands to be written, innermost last. */
  private parked = NOTHING_PARKED;
  private parkedTop = 0;
  /** Parked instructions whose immediates made a type (see `funcType`), and the types made in the body so far. */
  private parkedMakers = 0;
  private made = 0;
  private readonly depths: number[] = [];
  /** Label names of the bodies written, as `EncodedBodies.labelNames`. */
  readonly labelNames: Array<[number, NameList]> = objectList();
  /** Code metadata items of the bodies written, in the order of the code, with their kinds. */
  readonly metadata: Array<[string, PlacedMetadata]> = objectList();
  /** Items of `(@metadata.code.*)` annotations read, waiting for the instruction after them. */
  private pending: CodeMetadata[] = objectList();
  /** Where the body being written starts (its locals), which metadata offsets count from. */
  private bodyStart = 0;
  /** Set once a body names a data segment. */
  usesData = false;

  /**
   * `placesTypes`: the bodies are every body of the module, written in
   * order into its one module, so a type use may make the implicit type it
   * abbreviates (`Types.tentativeFor`).
   */
  constructor(
    private readonly w: ByteWriter,
    private readonly names: boolean,
    private readonly features: FeatureSet | undefined,
    private readonly placesTypes = false,
  ) {}

  /**
   * Writes the code entry of `scope.func` from its body text `[start, end)`
   * of `text`; false, with nothing written, when it gives the body up.
   */
  entry(text: string, start: number, end: number, scope: BodyScope): boolean {
    const w = this.w;
    const at = w.length;
    const labelNames = this.labelNames.length;
    const metadata = this.metadata.length;
    const usesData = this.usesData;
    const types = scope.spaces.types;
    try {
      this.scope = scope;
      this.s.reset(text, start, end);
      const mark = w.beginSized();
      this.bodyStart = w.length;
      writeLocals(w, scope.func.locals);
      this.body();
      const payload = w.endSized(mark);
      const note = scope.func.exact;
      // As the encoder does: a body encoded as the note says it was before gets back its original bytes.
      const original = note && originalPayload(w.view(payload).slice(), note);
      if (original !== undefined) {
        w.truncate(at);
        w.u32Wide(original.length, note!.sizeWidth ?? 0);
        w.bytes(original);
      }
      types.placeTentative(scope.typeUseAt);
      return true;
    } catch (error) {
      if (error !== GIVE_UP && !(error instanceof LiteralError) && !(error instanceof WatError)) throw error;
      w.truncate(at);
      this.labelNames.length = labelNames;
      this.metadata.length = metadata;
      this.usesData = usesData;
      types.dropTentative();
      return false;
    }
  }

  private body(): void {
    const { s, w, labels, kinds } = this;
    labels.length = 0;
    kinds.length = 0;
    labels.push(undefined);
    kinds.push(BLOCK);
    this.labelCount = 0;
    this.nesting = 0;
    this.parkedTop = 0;
    this.parkedMakers = 0;
    this.made = 0;
    if (this.pending.length > 0) this.pending = objectList();
    // A list given away with the last body's label names is replaced; an empty one serves again.
    if (this.names && (this.labelList === null || this.labelList.length > 0)) this.labelList = objectList();
    this.sequence();
    if (s.kind !== END || labels.length !== 1) giveUp();
    w.byte(OP_END);
    if (this.labelList !== null && this.labelList.length > 0) this.labelNames.push([this.scope.func.index, this.labelList]);
  }

  /** Instructions up to the end of the text or a `)` that closes an enclosing folded one. */
  private sequence(): void {
    const s = this.s;
    for (;;) {
      if (s.kind === ATOM) {
        const def = this.mnemonic();
        const items = this.takePending();
        // Metadata before `else` or `end` is the parser's to place or refuse.
        if (items !== undefined) this.place(def.imm === "structural" ? giveUp() : def, this.w.length, items);
        this.instr(def);
        continue;
      }
      if (s.kind === OTHER) {
        this.annotation();
        continue;
      }
      if (s.kind === OPEN) {
        this.folded();
        continue;
      }
      if (this.pending.length > 0) giveUp();
      return;
    }
  }

  /** A `(@metadata.code.KIND "..."*)` annotation, its item waiting for the next instruction; any other annotation or token gives up. */
  private annotation(): void {
    const s = this.s;
    const text = s.text;
    if (!text.startsWith(METADATA_OPEN, s.start)) giveUp();
    let at = s.start + METADATA_OPEN.length;
    while (isIdChar(text.charCodeAt(at))) at++;
    const kind = text.slice(s.start + METADATA_OPEN.length, at);
    if (kind === "" || !ANNOTATION_ID_ENDS.has(text.charCodeAt(at)) || this.pending.some((p) => p.kind === kind)) giveUp();
    s.seek(at);
    const parts: Uint8Array[] = [];
    for (let end = s.stringEnd(); end >= 0; end = s.stringEnd()) {
      parts.push(parseString(text.slice(s.start, end)));
      s.seek(end);
    }
    this.expect(CLOSE);
    const data = concatBytes(parts);
    if (payloadProblem(kind, data) !== undefined) giveUp();
    this.pending.push({ kind, data });
  }

  /** The items waiting for an instruction, taken; undefined when there are none. */
  private takePending(): CodeMetadata[] | undefined {
    if (this.pending.length === 0) return undefined;
    const items = this.pending;
    this.pending = objectList();
    return items;
  }

  /** Records `items` as those of instruction `def`, whose bytes start at `at`. */
  private place(def: InstrDef, at: number, items: readonly CodeMetadata[]): void {
    const func = this.scope.func.index;
    for (const { kind, data } of items) {
      if (targetProblem(kind, def.name) !== undefined) giveUp();
      this.metadata.push([kind, { func, offset: at - this.bodyStart, data }]);
    }
  }

  /** The instruction whose mnemonic is current, consumed. */
  private mnemonic(): InstrDef {
    const s = this.s;
    const def = instrAt(s.text, s.start, s.stop) ?? giveUp();
    this.need(def.feature);
    s.next();
    return def;
  }

  private need(feature: Feature): void {
    if (this.features !== undefined && !this.features.has(feature)) giveUp();
  }

  /** Gives up on a use outside the feature set. */
  private readonly use: FeatureUse = (need) => {
    const set = this.features!;
    if (typeof need === "string" ? !set.has(need) : !need.some((f) => set.has(f))) giveUp();
  };

  /** The features an instruction's types need, as the feature check finds them in the model (only with a set to keep to). */
  private needTypes(ins: Instr): void {
    if (this.features !== undefined) instrFeatureUses(ins, this.use);
  }

  /** A folded instruction at its `(`: `(plain imm* folded*)`, `(block label? bt instr*)`, `(if label? bt folded* (then instr*) (else instr*)?)`. */
  private folded(): void {
    // Deeper code is the parser's, which reports nesting past its limit.
    if (++this.nesting > MAX_FOLDED_DEPTH) giveUp();
    this.foldedInstr();
    this.nesting--;
  }

  private foldedInstr(): void {
    const { s, w } = this;
    const items = this.takePending();
    s.next();
    if (s.kind !== ATOM) giveUp();
    const def = this.mnemonic();
    if (def.name === "if") return this.foldedIf(def, items);
    if (def.imm === "block" || def.imm === "try_table") {
      if (items !== undefined) this.place(def, w.length, items);
      if (def.imm === "block") this.open(def, FOLDED);
      else this.tryTable(def, FOLDED);
      this.inner();
      this.close();
      this.expect(CLOSE);
      return;
    }
    if (def.imm === "try") return this.foldedTry(def, items);
    if (def.imm === "structural") giveUp();
    // Operands come first in binary: the instruction's bytes wait on the parking stack.
    const from = w.length;
    const made = this.made;
    this.instr(def);
    if (s.kind === CLOSE) {
      if (items !== undefined) this.place(def, from, items);
      s.next();
      return;
    }
    const maker = this.made !== made;
    const parked = this.park(from, maker);
    // Its operands are folded instructions only: a flat one there is the parser's to refuse.
    this.operands(false);
    this.expect(CLOSE);
    if (items !== undefined) this.place(def, w.length, items);
    this.unpark(parked, maker);
  }

  /** Folded instructions and the annotations before them, up to a `)` or, for an if's condition (`untilThen`), `(then`. */
  private operands(untilThen: boolean): void {
    const s = this.s;
    for (;;) {
      if (s.kind === OTHER) this.annotation();
      else if (s.kind === OPEN && !(untilThen && this.atKeyword("then"))) this.folded();
      else break;
    }
    if (this.pending.length > 0) giveUp();
  }

  private foldedIf(def: InstrDef, items: readonly CodeMetadata[] | undefined): void {
    const { s, w } = this;
    // The condition comes before `if` in binary, and the if's label is not in scope in it.
    const from = w.length;
    const made = this.made;
    writeOp(w, def.prefix, def.code);
    const label = this.labelId();
    this.blockType(def);
    const maker = this.made !== made;
    const parked = this.park(from, maker);
    const depth = this.labels.length;
    this.operands(true);
    if (this.labels.length !== depth) giveUp();
    if (items !== undefined) this.place(def, w.length, items);
    this.unpark(parked, maker);
    this.push(label, FOLDED);
    this.clause("then");
    if (s.kind === OPEN) {
      w.byte(OP_ELSE);
      this.clause("else");
    }
    this.close();
    this.expect(CLOSE);
  }

  /** A folded legacy try: `(try label? bt (do instr*) (catch x instr*)* (catch_all instr*)?)`, or `(delegate l)` after the `do`. */
  private foldedTry(def: InstrDef, items: readonly CodeMetadata[] | undefined): void {
    const { s, w } = this;
    if (items !== undefined) this.place(def, w.length, items);
    this.open(def, FOLDED);
    this.clause("do");
    if (s.kind === OPEN && this.atKeyword("delegate")) {
      s.next();
      s.next();
      this.delegate();
      this.expect(CLOSE);
      this.expect(CLOSE);
      return;
    }
    let catchAll = false;
    while (s.kind === OPEN && !catchAll) {
      s.next();
      if (s.is("catch")) {
        s.next();
        this.catchTag();
      } else if (s.is("catch_all")) {
        s.next();
        w.byte(OP_CATCH_ALL);
        catchAll = true;
      } else {
        giveUp();
      }
      this.inner();
      this.expect(CLOSE);
    }
    this.close();
    this.expect(CLOSE);
  }

  /**
   * Moves the bytes written since `from` onto the parking stack (`maker`:
   * whether reading them made a type); gives their length.
   */
  private park(from: number, maker: boolean): number {
    const w = this.w;
    const length = w.length - from;
    if (maker) this.parkedMakers++;
    if (this.parkedTop + length > this.parked.length) {
      const grown = new Uint8Array(Math.max(256, 2 * this.parked.length, this.parkedTop + length));
      grown.set(this.parked.subarray(0, this.parkedTop));
      this.parked = grown;
    }
    w.copyOut(from, this.parked, this.parkedTop);
    this.parkedTop += length;
    w.truncate(from);
    return length;
  }

  /** Writes the last `length` bytes parked, and takes them off the stack. */
  private unpark(length: number, maker: boolean): void {
    if (maker) this.parkedMakers--;
    this.parkedTop -= length;
    this.w.bytesFrom(this.parked, this.parkedTop, this.parkedTop + length);
  }

  /** `(then instr*)` or `(else instr*)`. */
  private clause(keyword: string): void {
    const s = this.s;
    this.expect(OPEN);
    if (!s.is(keyword)) giveUp();
    s.next();
    this.inner();
    this.expect(CLOSE);
  }

  /** Instructions inside a folded one: flat blocks opened there must end there. */
  private inner(): void {
    const depth = this.labels.length;
    this.sequence();
    if (this.labels.length !== depth) giveUp();
  }

  /** Whether the current `(` opens `(keyword`: looks ahead and comes back. */
  private atKeyword(keyword: string): boolean {
    const s = this.s;
    const at = s.start;
    s.next();
    const found = s.is(keyword);
    s.seek(at);
    return found;
  }

  private expect(kind: number): void {
    if (this.s.kind !== kind) giveUp();
    this.s.next();
  }

  /**
   * Writes a plain or structured instruction whose mnemonic was read, reading
   * its immediates. The kinds most code uses are here, the others in
   * `otherInstr`: a function of its own, so that the optimising compiler,
   * which inlines this one where instructions are read, does not compile
   * every kind's reader into each of those places.
   */
  private instr(def: InstrDef): void {
    const { w, scope } = this;
    if (def.ordered) giveUp();
    const imm = def.imm;
    switch (imm) {
      case "none":
        writeOp(w, def.prefix, def.code);
        return;
      case "structural":
        return this.structural(def);
      case "block":
        this.open(def);
        return;
      case "label":
        writeOp(w, def.prefix, def.code);
        w.u32(this.label());
        return;
      case "func":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(scope.spaces.funcs));
        return;
      case "local":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(scope.locals));
        return;
      case "global":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(scope.spaces.globals));
        return;
      case "memarg":
      case "memarg_lane":
        return this.memarg(def);
      case "i32":
        writeOp(w, def.prefix, def.code);
        w.s32(this.shortNumber() ?? this.literal(parseInt32));
        return;
      case "i64": {
        writeOp(w, def.prefix, def.code);
        const short = this.shortNumber();
        if (short !== undefined) w.s32(short);
        else w.s64(this.literal(parseInt64));
        return;
      }
      case "f32":
        writeOp(w, def.prefix, def.code);
        w.f32Bits(this.literal(parseF32Bits));
        return;
      case "f64":
        writeOp(w, def.prefix, def.code);
        w.f64Bits(this.literal(parseF64Bits));
        return;
      default:
        return this.otherInstr(def, imm);
    }
  }

  private otherInstr(def: InstrDef, imm: Exclude<Imm, CommonImm>): void {
    const { w, scope } = this;
    const spaces = scope.spaces;
    switch (imm) {
      case "try_table":
        return this.tryTable(def);
      case "br_table": {
        writeOp(w, def.prefix, def.code);
        const depths = this.depths;
        depths.length = 0;
        depths.push(this.label());
        while (this.atIndex()) depths.push(this.label());
        w.u32(depths.length - 1);
        for (const d of depths) w.u32(d);
        return;
      }
      case "br_on_cast": {
        writeOp(w, def.prefix, def.code);
        const depth = this.label();
        const from = this.refType();
        const to = this.refType();
        this.needTypes({ op: def, offset: 0, refType: from, refType2: to });
        w.byte((from.nullable ? 1 : 0) | (to.nullable ? 2 : 0));
        w.u32(depth);
        writeHeapType(w, from.heap);
        writeHeapType(w, to.heap);
        return;
      }
      case "call_indirect": {
        const table = this.atIndex() ? this.index(spaces.tables) : 0;
        const type = this.typeUse();
        writeOp(w, def.prefix, def.code);
        w.u32(type);
        w.u32(table);
        return;
      }
      case "type":
        writeOp(w, def.prefix, def.code);
        w.u32(this.typeRef().index);
        return;
      case "type_field": {
        writeOp(w, def.prefix, def.code);
        const type = this.typeRef();
        w.u32(type.index);
        w.u32(this.field(type));
        return;
      }
      case "type_count":
        writeOp(w, def.prefix, def.code);
        w.u32(this.typeRef().index);
        w.u32(this.nat());
        return;
      case "type_data":
        writeOp(w, def.prefix, def.code);
        w.u32(this.typeRef().index);
        w.u32(this.index(spaces.datas));
        this.usesData = true;
        return;
      case "type_elem":
        writeOp(w, def.prefix, def.code);
        w.u32(this.typeRef().index);
        w.u32(this.index(spaces.elems));
        return;
      case "type_type":
        writeOp(w, def.prefix, def.code);
        w.u32(this.typeRef().index);
        w.u32(this.typeRef().index);
        return;
      case "tag":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(spaces.tags));
        return;
      case "elem":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(spaces.elems));
        return;
      case "data":
        writeOp(w, def.prefix, def.code);
        w.u32(this.index(spaces.datas));
        this.usesData = true;
        return;
      case "table":
      case "memory":
        writeOp(w, def.prefix, def.code);
        w.u32(this.atIndex() ? this.index(def.imm === "table" ? spaces.tables : spaces.memories) : 0);
        return;
      case "table_table":
      case "memory_memory": {
        writeOp(w, def.prefix, def.code);
        const space = def.imm === "table_table" ? spaces.tables : spaces.memories;
        const both = this.atIndex();
        w.u32(both ? this.index(space) : 0);
        w.u32(both ? this.index(space) : 0);
        return;
      }
      case "table_elem":
      case "memory_data": {
        writeOp(w, def.prefix, def.code);
        const space = def.imm === "table_elem" ? spaces.tables : spaces.memories;
        const segments = def.imm === "table_elem" ? spaces.elems : spaces.datas;
        if (def.imm === "memory_data") this.usesData = true;
        // One index is the segment; two are the table or memory, then the segment.
        const at = this.s.start;
        this.s.next();
        const two = this.atIndex();
        this.s.seek(at);
        const target = two ? this.index(space) : 0;
        w.u32(this.index(segments));
        w.u32(target);
        return;
      }
      case "v128":
        writeOp(w, def.prefix, def.code);
        this.v128Const();
        return;
      case "shuffle":
        writeOp(w, def.prefix, def.code);
        for (let i = 0; i < 16; i++) w.byte(this.laneIndex());
        return;
      case "lane":
        writeOp(w, def.prefix, def.code);
        w.byte(this.laneIndex());
        return;
      case "select":
        return this.select(def);
      case "heap_type": {
        writeOp(w, def.prefix, def.code);
        const heap = this.heapType();
        this.needTypes({ op: def, offset: 0, heapType: heap });
        writeHeapType(w, heap);
        return;
      }
      case "ref_type": {
        const t = this.refType();
        this.needTypes({ op: def, offset: 0, refType: t });
        writeOp(w, def.prefix, t.nullable ? def.altCode! : def.code);
        writeHeapType(w, t.heap);
        return;
      }
      case "fence":
        writeOp(w, def.prefix, def.code);
        w.byte(0);
        return;
      case "try":
        return this.open(def, TRY);
      case "resume":
      case "resume_throw":
      case "type_tag":
        giveUp();
        break;
      default:
        imm satisfies never;
    }
  }

  // -------------------------------------------------------------------------
  // Blocks and labels

  /** block, loop, if: the opcode, its label in scope, its block type. */
  private open(def: InstrDef, kind = def.name === "if" ? IF : BLOCK): void {
    const w = this.w;
    writeOp(w, def.prefix, def.code);
    const label = this.labelId();
    this.blockType(def);
    this.push(label, kind);
  }

  private push(label: string | undefined, kind: number): void {
    if (this.labelList !== null && label !== undefined) this.labelList.push([this.labelCount, label]);
    this.labelCount++;
    this.labels.push(label);
    this.kinds.push(kind);
  }

  /** else and end, and a legacy try's catch, catch_all and delegate, flat. */
  private structural(def: InstrDef): void {
    const { s, w, kinds } = this;
    const top = kinds.length - 1;
    if (top === 0 || kinds[top] === FOLDED) giveUp();
    switch (def.name) {
      case "else":
        if (kinds[top] !== IF) giveUp();
        this.repeatedLabel();
        w.byte(OP_ELSE);
        kinds[top] = ELSE;
        return;
      case "end":
        this.repeatedLabel();
        this.close();
        return;
      case "catch":
        if (kinds[top] !== TRY && kinds[top] !== CATCH) giveUp();
        this.catchTag();
        // `catch $label $tag`, the block's label repeated, is the parser's.
        if (s.kind === ATOM && (s.text.charCodeAt(s.start) === DOLLAR || this.atNumber())) giveUp();
        kinds[top] = CATCH;
        return;
      case "catch_all":
        if (kinds[top] !== TRY && kinds[top] !== CATCH) giveUp();
        w.byte(OP_CATCH_ALL);
        kinds[top] = CATCH_ALL;
        return;
      case "delegate":
        if (kinds[top] !== TRY) giveUp();
        this.delegate();
        return;
      default:
        giveUp();
    }
  }

  /** A legacy try's `catch x`, its tag read. */
  private catchTag(): void {
    this.w.byte(OP_CATCH);
    this.w.u32(this.index(this.scope.spaces.tags));
  }

  /** `delegate l`, which ends the innermost block, a try: its label is one of the blocks around it. */
  private delegate(): void {
    this.labels.pop();
    this.kinds.pop();
    this.w.byte(OP_DELEGATE);
    this.w.u32(this.label());
  }

  private close(): void {
    this.labels.pop();
    this.kinds.pop();
    this.w.byte(OP_END);
  }

  /** `else $l` and `end $l` must repeat the block's own label. */
  private repeatedLabel(): void {
    const s = this.s;
    if (s.kind !== ATOM || s.text.charCodeAt(s.start) !== DOLLAR) return;
    const label = this.labels[this.labels.length - 1];
    if (label === undefined || !this.s.isIdOf(label)) giveUp();
    s.next();
  }

  private tryTable(def: InstrDef, kind = BLOCK): void {
    const { s, w } = this;
    writeOp(w, def.prefix, def.code);
    const label = this.labelId();
    this.blockType(def);
    // Catch labels are bound outside the block: read before its label is in scope.
    const clauses = this.depths;
    clauses.length = 0;
    while (s.kind === OPEN) {
      const at = s.start;
      s.next();
      const c = s.kind === ATOM ? CATCHES[s.token] : undefined;
      if (c === undefined) {
        s.seek(at);
        break;
      }
      s.next();
      clauses.push(c.kind, c.tag ? this.index(this.scope.spaces.tags) : 0, this.label());
      this.expect(CLOSE);
    }
    w.u32(clauses.length / 3);
    for (let k = 0; k < clauses.length; k += 3) {
      w.byte(clauses[k]);
      if (clauses[k] < 2) w.u32(clauses[k + 1]);
      w.u32(clauses[k + 2]);
    }
    this.push(label, kind);
  }

  /** A block's `$label`, if it has one. */
  private labelId(): string | undefined {
    const s = this.s;
    if (s.kind !== ATOM || s.text.charCodeAt(s.start) !== DOLLAR) return undefined;
    const name = s.idName;
    s.next();
    return name;
  }

  /** A label reference as a relative depth: an index is one already, a `$label` is the innermost block of that name. */
  private label(): number {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    if (s.text.charCodeAt(s.start) !== DOLLAR) return this.nat();
    const labels = this.labels;
    for (let i = labels.length - 1; i >= 0; i--) {
      const name = labels[i];
      if (name !== undefined && this.s.isIdOf(name)) {
        s.next();
        return labels.length - 1 - i;
      }
    }
    return giveUp();
  }

  /** A block type: none, `(type x)`, or a type use of parameters and results (more than one result: the type it abbreviates). */
  private blockType(def: InstrDef): void {
    const { s, w } = this;
    if (s.kind !== OPEN) {
      w.byte(EMPTY_BLOCK);
      return;
    }
    const at = s.start;
    s.next();
    if (s.is("type")) {
      s.next();
      const type = this.typeRef();
      this.expect(CLOSE);
      this.repeatedTypes(type);
      this.needBlock(def, { kind: "type", type });
      w.s33(type.index);
      return;
    }
    const inline = s.is("param") || s.is("result");
    s.seek(at);
    const { params, results, written } = inline ? this.inlineTypes() : NO_TYPES;
    if (params.length > 0 || results.length > 1) {
      const index = this.funcType(params, results, written);
      // The feature check asks only whether the block type is an index.
      this.needBlock(def, { kind: "type", type: dangling(index) });
      w.s33(index);
      return;
    }
    if (results.length === 0) {
      w.byte(EMPTY_BLOCK);
      return;
    }
    const t = results[0];
    if (typeof t !== "string" || t === "v128") this.needBlock(def, { kind: "value", type: t });
    writeValType(w, t);
  }

  /** `(param t*)* (result t*)*`, without ids, and how their defined heap types were written. */
  private inlineTypes(): InlineTypes {
    const s = this.s;
    const params: ValType[] = objectList();
    const results: ValType[] = objectList();
    const written: (string | number)[] = objectList();
    while (s.kind === OPEN && this.atKeyword("param")) this.typesOf(params, written);
    while (s.kind === OPEN && this.atKeyword("result")) this.typesOf(results, written);
    return { params, results, written };
  }

  /** The types of the `(param ...)` or `(result ...)` group at the current `(`, added to `types`. */
  private typesOf(types: ValType[], written?: (string | number)[]): void {
    const s = this.s;
    s.next();
    s.next();
    while (s.kind !== CLOSE) types.push(this.valType(written));
    s.next();
  }

  private needBlock(def: InstrDef, blockType: BlockType): void {
    this.needTypes({ op: def, offset: 0, blockType });
  }

  // -------------------------------------------------------------------------
  // Indices and types

  /** Whether the current token is an index or a `$id`. */
  private atIndex(): boolean {
    const s = this.s;
    if (s.kind !== ATOM) return false;
    const c = s.text.charCodeAt(s.start);
    return c === DOLLAR || (c >= 0x30 && c <= 0x39);
  }

  /** An index or `$id` of `space`, consumed, as its index in the binary (an index out of range stays as written). */
  private index(space: Indexed): number {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    if (s.text.charCodeAt(s.start) === DOLLAR) {
      const entity = space.find(s.idName) ?? giveUp();
      s.next();
      return entity.index;
    }
    const n = this.nat();
    return space.items[n]?.index ?? n;
  }

  private typeRef(): TypeRef {
    const s = this.s;
    const space = this.scope.spaces.types.space;
    if (s.kind !== ATOM) giveUp();
    if (s.text.charCodeAt(s.start) === DOLLAR) {
      const type = space.find(s.idName) ?? giveUp();
      s.next();
      return type;
    }
    const n = this.nat();
    return space.items[n] ?? dangling(n);
  }

  /** A struct field by index, or by the name its type gave it. */
  private field(type: TypeRef): number {
    const s = this.s;
    if (s.kind !== ATOM || s.text.charCodeAt(s.start) !== DOLLAR) return this.nat();
    const index = this.scope.spaces.types.fieldIndex(type, { kind: "id", name: s.idName, start: s.start, end: s.stop });
    s.next();
    return index;
  }

  /** call_indirect's type use: `(type x)` alone, or parameters and results as the type they abbreviate. */
  private typeUse(): number {
    const s = this.s;
    if (s.kind !== OPEN || !this.atKeyword("type")) {
      const { params, results, written } = this.inlineTypes();
      return this.funcType(params, results, written);
    }
    s.next();
    s.next();
    const type = this.typeRef();
    this.expect(CLOSE);
    this.repeatedTypes(type);
    return type.index;
  }

  /** Parameters and results after `(type x)`, which must repeat its own (whole-text resolution reports others). */
  private repeatedTypes(type: TypeRef): void {
    const s = this.s;
    if (s.kind !== OPEN || !(this.atKeyword("param") || this.atKeyword("result"))) return;
    const { params, results } = this.inlineTypes();
    if (type.entity !== "type" || type.comp.kind !== "func" || !sameTypes(params, type.comp.params) || !sameTypes(results, type.comp.results)) giveUp();
  }

  /**
   * The index of the function type a type use of these types abbreviates:
   * one the body may reuse, or one made (or moved up) for it. Whole-text
   * resolution makes types in the code's binary order, so one is made here
   * only while no parked instruction made one: those come after this use.
   */
  private funcType(params: readonly ValType[], results: readonly ValType[], written: WrittenHeaps): number {
    const { types } = this.scope.spaces;
    const at = this.scope.typeUseAt;
    const reused = types.reusableFor(params, results, at, written);
    if (reused !== undefined) return reused.index;
    const waiting = this.placesTypes ? types.tentativeFor(params, results, at, this.parkedMakers === 0, written) : undefined;
    if (waiting === undefined) return giveUp();
    if (waiting.added) {
      this.made++;
      if (this.features !== undefined) typeFeatureUses(waiting.def, this.use);
    }
    return waiting.index;
  }

  /** A value type; `written`, when given, has how a defined heap type in it was written pushed onto it. */
  private valType(written?: (string | number)[]): ValType {
    const s = this.s;
    if (s.kind === ATOM) {
      const word = s.token;
      if (NUM_TYPES.has(word)) {
        s.next();
        return word as ValType;
      }
      const heap = SHORT_REF[word] ?? giveUp();
      s.next();
      return { nullable: true, heap };
    }
    return this.refType(written);
  }

  /** `(ref null? ht)` or a short form (`funcref`). */
  private refType(written?: (string | number)[]): RefType {
    const s = this.s;
    if (s.kind === ATOM) {
      const heap = SHORT_REF[s.token] ?? giveUp();
      s.next();
      return { nullable: true, heap };
    }
    this.expect(OPEN);
    if (!s.is("ref")) giveUp();
    s.next();
    const nullable = s.is("null");
    if (nullable) s.next();
    const heap = this.heapType(written);
    this.expect(CLOSE);
    return { nullable, heap };
  }

  /** An abstract heap type's keyword, or a type's index or `$id` (exact and shared heap types give up). */
  private heapType(written?: (string | number)[]): HeapType {
    const s = this.s;
    if (this.atIndex()) {
      const id = s.text.charCodeAt(s.start) === DOLLAR ? s.idName : undefined;
      const type = this.typeRef();
      // An index names what it numbers when read: the type's index then.
      written?.push(id ?? type.index);
      return type;
    }
    if (s.kind !== ATOM) giveUp();
    const heap = ABS_HEAPS.get(s.token) ?? giveUp();
    s.next();
    return heap;
  }

  private select(def: InstrDef): void {
    const { s, w } = this;
    if (s.kind !== OPEN || !this.atKeyword("result")) {
      writeOp(w, def.prefix, def.code);
      return;
    }
    const types: ValType[] = objectList();
    while (s.kind === OPEN && this.atKeyword("result")) this.typesOf(types);
    this.needTypes({ op: def, offset: 0, selectTypes: types });
    writeOp(w, def.prefix, def.altCode ?? 0x1c);
    w.u32(types.length);
    for (const t of types) writeValType(w, t);
  }

  // -------------------------------------------------------------------------
  // Memory arguments and numbers

  /** `memory? offset=? align=?`, and a lane index after it for lane instructions. */
  private memarg(def: InstrDef): void {
    const { s, w } = this;
    const lane = def.imm === "memarg_lane";
    let memory = 0;
    if (this.atIndex()) {
      // For lane instructions a single number is the lane.
      const at = s.start;
      const isId = s.text.charCodeAt(s.start) === DOLLAR;
      s.next();
      const more = this.atNumber() || this.atMemArgKey();
      s.seek(at);
      if (!lane || isId || more) memory = this.index(this.scope.spaces.memories);
    }
    let offset: number | bigint = 0;
    let align = def.align ?? 0;
    if (s.kind === ATOM && s.text.startsWith("offset=", s.start)) {
      offset = this.memNumber("offset=".length);
      s.next();
    }
    if (s.kind === ATOM && s.text.startsWith("align=", s.start)) {
      const bytes = BigInt(this.memNumber("align=".length));
      if (bytes === 0n || (bytes & (bytes - 1n)) !== 0n) giveUp();
      align = bytes.toString(2).length - 1;
      s.next();
    }
    writeOp(w, def.prefix, def.code);
    writeMemArg(w, memory, align, offset);
    if (lane) w.byte(this.laneIndex());
  }

  private atNumber(): boolean {
    const c = this.s.text.charCodeAt(this.s.start);
    return this.s.kind === ATOM && c >= 0x30 && c <= 0x39;
  }

  private atMemArgKey(): boolean {
    const s = this.s;
    return s.kind === ATOM && (s.text.startsWith("offset=", s.start) || s.text.startsWith("align=", s.start));
  }

  /** The u64 after `offset=` or `align=`: a number when below 2^32. */
  private memNumber(skip: number): number | bigint {
    const s = this.s;
    const value = parseNat64(s.text.slice(s.start + skip, s.stop));
    return value < 0x100000000n ? Number(value) : value;
  }

  private v128Const(): void {
    const { s, w } = this;
    const shape = s.kind === ATOM ? SHAPE_LANES[s.token] : undefined;
    if (shape === undefined) giveUp();
    s.next();
    for (let i = 0; i < shape.lanes; i++) {
      if (s.kind !== ATOM) giveUp();
      setLane(V128_VIEW, shape, i, s.token);
      s.next();
    }
    w.bytes(V128);
  }

  private laneIndex(): number {
    const n = this.nat();
    return n > 255 ? giveUp() : n;
  }

  /** A u32 literal, consumed. */
  private nat(): number {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    const c = s.text.charCodeAt(s.start);
    if (c < 0x30 || c > 0x39) giveUp();
    return this.shortNumber() ?? this.literal(parseNat32);
  }

  /** The current number as `BodyScanner.shortDecimal` reads it, consumed; otherwise undefined. */
  private shortNumber(): number | undefined {
    const value = this.s.shortDecimal();
    if (value !== undefined) this.s.next();
    return value;
  }

  /** The current atom read by a literal parser (which throws `LiteralError` on a bad one), consumed. */
  private literal<T>(read: (text: string) => T): T {
    const s = this.s;
    if (s.kind !== ATOM) giveUp();
    const value = read(s.token);
    s.next();
    return value;
  }
}

/** The abstract heap types by keyword, from the short reference forms that name each of them. */
const ABS_HEAPS: ReadonlyMap<string, HeapType> = new Map(Object.values(SHORT_REF).map((h) => [h, h]));
