/**
 * Lifts an object file's `linking` and `reloc.*` custom sections into the
 * model (see `model.ts`): symbols bound to entities, segment infos on the data
 * segments, relocations on the immediates, data bytes and custom-section
 * bytes they patch. The two kinds of custom section then stay in
 * `Module.customs` only as places (`CustomSection.generated`): the encoder
 * writes them afresh from the model.
 *
 * Everything is read and checked before anything is attached, so an object
 * that breaks a rule (an `ObjectFileError`, with the rule and byte offset)
 * leaves the module as plain decoding made it. `objectProblems` runs the
 * same reading as a validator: every broken rule, each entry that breaks one
 * skipped (and what names it not reported again), plus the values stored at
 * relocations.
 */
import type { DecodedLayout } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { digest, type UnitRange } from "../binary/exact.js";
import { Reader } from "../binary/reader.js";
import type { CustomSection, Data, Func, Global, Instr, Module, Table, Tag, TypeDef } from "../module/model.js";
import { relocatableImmediates } from "./immediates.js";
import type { ByteReloc, Comdat, ComdatMember, InitFunc, InstrReloc, Linking, LinkingSymbol, SectionTarget, SegmentInfo } from "../module/object-model.js";
import { SYM } from "../module/object-model.js";
import { ObjectFileError, type ObjectRule } from "./object-error.js";
import { type RelocType, relocTypeByCode, relocWidth } from "../types/reloc-types.js";
import { asStored, segmentStart, storedValue } from "./reloc-values.js";

/** Where the bytes of each data segment start in the binary (absolute offsets, in segment order). */
export interface ObjectLayout extends DecodedLayout {
  dataBytes: number[];
}

const SUB_SEGMENT_INFO = 5;
const SUB_INIT_FUNCS = 6;
const SUB_COMDAT_INFO = 7;
const SUB_SYMBOL_TABLE = 8;

const SYMBOL_KINDS = ["func", "data", "global", "section", "tag", "table"] as const;
const COMDAT_KINDS = ["data", "func", "global", "tag", "table", "section"] as const;

/** Whether `bytes` is an object file: a module with a custom section named "linking" (a quick scan that never throws). */
export function hasLinkingSection(bytes: Uint8Array): boolean {
  try {
    const r = new Reader(bytes, 8);
    while (!r.atEnd()) {
      const id = r.byte();
      const size = r.u32();
      const end = r.pos + size;
      if (id === 0 && r.name() === "linking") return true;
      r.pos = end;
    }
  } catch {
    return false;
  }
  return false;
}

/** Lifts the object-file sections of `module` (decoded from `bytes`, with `layout`); nothing to do without a linking section. */
export function liftObject(bytes: Uint8Array, module: Module, layout: ObjectLayout): void {
  const linking = module.customs.find((c) => c.name === "linking");
  if (linking === undefined) return;
  new ObjectLifter(bytes, module, layout).run(linking);
}

/**
 * Every object-file rule `module` (decoded from `bytes` with `layout`, its
 * linking and reloc.* sections left raw) breaks, in the order read; the
 * module is not changed.
 */
export function objectProblems(bytes: Uint8Array, module: Module, layout: ObjectLayout): ObjectFileError[] {
  const linking = module.customs.find((c) => c.name === "linking");
  if (linking === undefined) return [];
  const problems: ObjectFileError[] = [];
  new ObjectLifter(bytes, module, layout, problems).run(linking);
  return problems;
}

/** A relocation that names a symbol already reported broken: skipped without a second report. */
class Unreported extends Error {}

/** Rules whose breaking leaves the rest of the section unreadable. */
const FORMAT_RULES: ReadonlySet<ObjectRule> = new Set(["linking-format", "reloc-format"]);

interface Pending {
  instr: Array<[Instr, InstrReloc]>;
  data: Array<[Data, ByteReloc]>;
  custom: Array<[CustomSection, ByteReloc]>;
}

class ObjectLifter {
  private readonly funcs: Func[] = [];
  private readonly globals: Global[] = [];
  private readonly tags: Tag[] = [];
  private readonly tables: Table[] = [];
  private readonly types: TypeDef[];
  /** Every section in binary order: a known section's id, or the custom section. */
  private readonly sections: Array<{ target: SectionTarget | string; range: UnitRange }> = [];
  private readonly instrIndex = new Map<number, Instr[]>();
  /** While the symbol table is read, and after it when it could not be read to its end. */
  private symbolsCut = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly m: Module,
    private readonly layout: ObjectLayout,
    /** Where broken rules go when checking; when absent, the first one is thrown. */
    private readonly problems?: ObjectFileError[],
  ) {
    for (const e of m.imports) this.space(e.entity)?.push(e as never);
    this.funcs.push(...m.funcs);
    this.globals.push(...m.globals);
    this.tags.push(...m.tags);
    this.tables.push(...m.tables);
    this.types = m.types.flatMap((g) => g.types);
    for (const [which, range] of Object.entries(layout.sections)) {
      if (which !== "name" && which !== "branch-hints") this.sections.push({ target: which, range: range! });
    }
    for (const [custom, range] of layout.customs) this.sections.push({ target: custom, range });
    this.sections.sort((a, b) => a.range.start - b.range.start);
  }

  private space(kind: string): unknown[] | undefined {
    return kind === "func" ? this.funcs : kind === "global" ? this.globals : kind === "tag" ? this.tags : kind === "table" ? this.tables : undefined;
  }

  run(linkingSection: CustomSection): void {
    const linkingAt = this.sectionIndex(linkingSection);
    const dataAt = this.sections.findIndex((s) => s.target === "data");
    this.entry(() => {
      if (dataAt > linkingAt) this.fail("section-order", this.rangeOf(linkingSection).start, "the linking section comes before the data section");
    });
    const segments: SegmentInfo[] = [];
    const linking = this.section("linking-format", () => this.readLinking(linkingSection, segments));
    // Relocations name symbols by index: without the symbol table every one would be noise.
    if (linking === undefined) return;
    const pending: Pending = { instr: [], data: [], custom: [] };
    const relocSections: Array<[CustomSection, SectionTarget]> = [];
    for (const c of this.m.customs) {
      if (!c.name.startsWith("reloc.")) continue;
      const at = this.sectionIndex(c);
      this.entry(() => {
        if (at < linkingAt) this.fail("section-order", this.rangeOf(c).start, `${c.name} comes before the linking section`);
      });
      const target = this.section("reloc-format", () => this.readRelocs(c, at, linking.symbols, pending));
      if (target !== undefined) relocSections.push([c, target]);
    }
    if (this.problems !== undefined) return;
    if (pending.custom.some(([, r]) => r.type.startsWith("R_WASM_FUNCTION_OFFSET"))) {
      const bodies = this.layout.bodies;
      linking.bodyDigests = new Map(this.m.funcs.map((f, i) => [f, digest(this.bytes.subarray(bodies[i].payload, bodies[i].end))]));
    }
    this.m.linking = linking;
    segments.forEach((s, i) => (this.m.datas[i].segment = s));
    for (const [ins, reloc] of pending.instr) (ins.relocs ??= []).push(reloc);
    for (const [data, reloc] of pending.data) (data.relocs ??= []).push(reloc);
    for (const [custom, reloc] of pending.custom) (custom.relocs ??= []).push(reloc);
    linkingSection.generated = { kind: "linking" };
    linkingSection.bytes = new Uint8Array(0);
    for (const [c, target] of relocSections) {
      c.generated = { kind: "reloc", target };
      c.bytes = new Uint8Array(0);
    }
  }

  private fail(rule: ObjectRule, offset: number, detail: string): never {
    throw new ObjectFileError(rule, offset, detail);
  }

  /**
   * Reads and checks one entry (a symbol, a relocation, one ordering): a
   * broken rule is thrown, or, when checking, recorded and the entry skipped
   * (undefined). A format error still ends the section: what follows cannot be read.
   */
  private entry<T>(read: () => T): T | undefined {
    if (this.problems === undefined) return read();
    try {
      return read();
    } catch (error) {
      if (error instanceof Unreported) return undefined;
      if (!(error instanceof ObjectFileError) || FORMAT_RULES.has(error.rule)) throw error;
      this.problems.push(error);
      return undefined;
    }
  }

  /** Reads one section or subsection: when checking, what breaks it is recorded (a truncation as `rule`) and the rest skipped. */
  private section<T>(rule: ObjectRule, read: () => T): T | undefined {
    if (this.problems === undefined) return read();
    try {
      return read();
    } catch (error) {
      if (error instanceof ObjectFileError) this.problems.push(error);
      else if (error instanceof WasmDecodeError) this.problems.push(new ObjectFileError(rule, error.offset, error.reason));
      else throw error;
      return undefined;
    }
  }

  private sectionIndex(c: CustomSection): number {
    return this.sections.findIndex((s) => s.target === c);
  }

  private rangeOf(c: CustomSection): UnitRange {
    return this.layout.customs.get(c)!;
  }

  /** A reader over a custom section's bytes (after its name), at absolute offsets. */
  private readerOf(c: CustomSection): Reader {
    const range = this.rangeOf(c);
    const r = new Reader(this.bytes, range.end - c.bytes.length, range.end);
    r.eofReason = `unexpected end of the ${c.name} section`;
    return r;
  }

  private readLinking(c: CustomSection, segments: SegmentInfo[]): Linking {
    const r = this.readerOf(c);
    const versionAt = r.pos;
    const version = r.u32();
    if (version !== 2) this.fail("linking-format", versionAt, `version ${version}, only 2 is known`);
    const linking: Linking = { version, symbols: [], initFuncs: [], comdats: [] };
    const initIndices: Array<[number, number, number]> = [];
    while (!r.atEnd()) {
      const idAt = r.pos;
      const id = r.byte();
      const size = r.u32();
      if (size > r.remaining) this.fail("linking-format", idAt, `subsection ${id} of ${size} bytes, ${r.remaining} left`);
      const end = r.pos + size;
      const s = new Reader(this.bytes, r.pos, end);
      s.eofReason = `unexpected end of linking subsection ${id}`;
      this.section("linking-format", () => this.readSubsection(id, idAt, s, end, linking, segments, initIndices));
      r.pos = end;
    }
    for (const [priority, index, at] of initIndices) {
      this.entry(() => linking.initFuncs.push({ priority, symbol: this.symbolAt(linking.symbols, index, at, "init function") } satisfies InitFunc));
    }
    return linking;
  }

  private readSubsection(id: number, idAt: number, s: Reader, end: number, linking: Linking, segments: SegmentInfo[], initIndices: Array<[number, number, number]>): void {
    switch (id) {
      case SUB_SYMBOL_TABLE:
        this.symbolsCut = true;
        this.vec(s, () => {
          const symbol = this.entry(() => this.symbol(s));
          // A symbol that broke a rule leaves a hole, so later indices still name their symbols.
          if (symbol === undefined) linking.symbols.length += 1;
          else linking.symbols.push(symbol);
        });
        this.symbolsCut = false;
        break;
      case SUB_SEGMENT_INFO:
        this.vec(s, () => {
          const at = s.pos;
          const info: SegmentInfo = { name: s.name(), align: s.u32(), flags: s.u32() };
          if (segments.length >= this.m.datas.length) this.fail("linking-format", at, `segment info for segment ${segments.length}, the module has ${this.m.datas.length}`);
          segments.push(info);
        });
        break;
      case SUB_INIT_FUNCS:
        this.vec(s, () => {
          const at = s.pos;
          initIndices.push([s.u32(), s.u32(), at]);
        });
        break;
      case SUB_COMDAT_INFO:
        this.vec(s, () => linking.comdats.push(this.comdat(s)));
        break;
      default:
        this.fail("linking-format", idAt, `unknown subsection ${id}`);
    }
    if (s.pos !== end) this.fail("linking-format", s.pos, `subsection ${id} ends at 0x${end.toString(16)}`);
  }

  /**
   * Symbol `index` for what names it at `at`; a symbol that is not there
   * breaks symbol-table, and one already reported (a hole, or past where an
   * unreadable symbol table stopped) is skipped.
   */
  private symbolAt(symbols: LinkingSymbol[], index: number, at: number, what: string, rule: ObjectRule = "symbol-table"): LinkingSymbol {
    const symbol = symbols[index];
    if (symbol !== undefined) return symbol;
    if (index < symbols.length || this.symbolsCut) throw new Unreported();
    return this.fail(rule, at, `${what} names symbol ${index}, there are ${symbols.length}`);
  }

  private vec(r: Reader, item: () => void): void {
    const n = r.count();
    for (let i = 0; i < n; i++) item();
  }

  private symbol(r: Reader): LinkingSymbol {
    const at = r.pos;
    const kindByte = r.byte();
    const kind = SYMBOL_KINDS[kindByte];
    if (kind === undefined) this.fail("linking-format", at, `symbol kind ${kindByte}`);
    const flags = r.u32();
    const undefinedSym = (flags & SYM.UNDEFINED) !== 0;
    if (kind === "data") {
      const name = r.name();
      if (undefinedSym) return { kind, flags, name };
      const segAt = r.pos;
      const segment = r.u32();
      const offset = Number(r.u64());
      const size = Number(r.u64());
      const data = this.m.datas[segment];
      if (data === undefined) this.fail("symbol-table", segAt, `data symbol ${name} in segment ${segment}, there are ${this.m.datas.length}`);
      if ((flags & SYM.ABSOLUTE) === 0 && offset + size > data.bytes.length) {
        this.fail("symbol-table", segAt, `data symbol ${name} at ${offset}+${size} past the end of its ${data.bytes.length}-byte segment`);
      }
      return { kind, flags, name, target: { data, offset, size } };
    }
    if (kind === "section") {
      const indexAt = r.pos;
      const index = r.u32();
      const target = this.sections[index]?.target;
      if (target === undefined || typeof target === "string" && target !== "code" && target !== "data") {
        this.fail("symbol-table", indexAt, `section symbol names section ${index}, which is not code, data or custom`);
      }
      return { kind, flags, target: target as SectionTarget };
    }
    const indexAt = r.pos;
    const index = r.u32();
    const named = !undefinedSym || (flags & SYM.EXPLICIT_NAME) !== 0;
    const name = named ? r.name() : undefined;
    const target = (this.space(kind) as Array<Func | Global | Tag | Table>)[index];
    if (target === undefined) this.fail("symbol-table", indexAt, `${kind} symbol names ${kind} ${index}, which does not exist`);
    if ((target.import !== undefined) !== undefinedSym) {
      this.fail("symbol-table", at, `${kind} symbol of ${kind} ${index}: ${undefinedSym ? "undefined but the entity is defined" : "defined but the entity is an import"}`);
    }
    const symbol = { kind, flags, target, ...(name !== undefined ? { name } : {}) };
    return symbol as LinkingSymbol;
  }

  private comdat(r: Reader): Comdat {
    const name = r.name();
    const flags = r.u32();
    const members: ComdatMember[] = [];
    this.vec(r, () => {
      const at = r.pos;
      const kind = COMDAT_KINDS[r.byte()];
      const index = r.u32();
      let target: unknown;
      if (kind === "data") target = this.m.datas[index];
      else if (kind === "section") target = this.sections[index]?.target;
      else if (kind !== undefined) target = (this.space(kind) as unknown[])[index];
      if (kind === undefined || target === undefined) this.fail("linking-format", at, `comdat ${name}: member ${kind ?? "of unknown kind"} ${index}`);
      members.push({ kind, target } as ComdatMember);
    });
    return { name, flags, members };
  }

  private readRelocs(c: CustomSection, at: number, symbols: LinkingSymbol[], pending: Pending): SectionTarget {
    const r = this.readerOf(c);
    const indexAt = r.pos;
    const index = r.u32();
    const section = this.sections[index];
    const target = section?.target;
    if (target === undefined || (typeof target === "string" && target !== "code" && target !== "data")) {
      this.fail("reloc-format", indexAt, `${c.name} targets section ${index}, which is not code, data or custom`);
    }
    this.entry(() => {
      if (index >= at) this.fail("section-order", indexAt, `${c.name} comes before its target section ${index}`);
    });
    const n = r.count();
    for (let i = 0; i < n; i++) {
      const entryAt = r.pos;
      const code = r.byte();
      const type = relocTypeByCode(code);
      if (type === undefined) this.fail("reloc-format", entryAt, `relocation type ${code}`);
      const offset = r.u32();
      const symbolAt = r.pos;
      const symbolIndex = r.u32();
      const addend = type.addend ? r.s64() : undefined;
      this.entry(() => {
        const absolute = section.range.payload + offset;
        // Where it lands is checked before what it names: a misplaced relocation is reported as such.
        const site = target === "code" ? this.codeSite(type, absolute, entryAt) : target === "data" ? this.dataSite(type, absolute, entryAt) : null;
        const bound = this.relocTarget(type, symbolIndex, symbols, symbolAt);
        const reloc = { type: type.name, target: bound, ...(addend !== undefined ? { addend } : {}) };
        if (target === "code") {
          const [ins, slot] = site as [Instr, InstrReloc["slot"]];
          pending.instr.push([ins, { ...reloc, slot }]);
        } else if (target === "data") {
          const [data, inData] = site as [Data, number];
          pending.data.push([data, { ...reloc, offset: inData }]);
        } else {
          // Offsets into a custom section count from after its name.
          this.fixedWidth(type, entryAt, target.name);
          if (offset + relocWidth(type.encoding) > target.bytes.length) {
            this.fail("reloc-range", entryAt, `${type.name} at offset ${offset} is outside the bytes of ${target.name}`);
          }
          pending.custom.push([target, { ...reloc, offset }]);
        }
        if (this.problems !== undefined) {
          const at = typeof target === "string" ? absolute : this.rangeOf(target).end - target.bytes.length + offset;
          this.checkValue(type, bound, addend ?? 0n, at, entryAt);
        }
      });
    }
    return target as SectionTarget;
  }

  private relocTarget(type: RelocType, index: number, symbols: LinkingSymbol[], at: number): LinkingSymbol | TypeDef {
    if (type.target === "type") {
      const t = this.types[index];
      if (t === undefined) this.fail("reloc-symbol", at, `${type.name} names type ${index}, there are ${this.types.length}`);
      return t;
    }
    const symbol = this.symbolAt(symbols, index, at, type.name, "reloc-symbol");
    if (symbol.kind !== type.target) this.fail("reloc-symbol", at, `${type.name} needs a ${type.target} symbol, symbol ${index} is a ${symbol.kind} symbol`);
    return symbol;
  }

  /** The value stored at `at` is the object-local one of the relocation's target (see `reloc-values.ts`). */
  private checkValue(type: RelocType, target: LinkingSymbol | TypeDef, addend: bigint, at: number, entryAt: number): void {
    const kind = type.value;
    if (kind !== "index" && kind !== "address") return;
    let expected: bigint;
    if ("entity" in target) expected = BigInt(this.types.indexOf(target));
    else if (target.kind === "data") expected = target.target === undefined ? 0n : segmentStart(target.target.data) + BigInt(target.target.offset) + addend;
    else if (target.kind === "section") return;
    else expected = BigInt((this.space(target.kind) as unknown[]).indexOf(target.target));
    const stored = storedValue(this.bytes, at, type.encoding);
    if (stored !== asStored(expected, type.encoding)) {
      const plus = addend > 0n ? ` + ${addend}` : addend < 0n ? ` - ${-addend}` : "";
      const what = kind === "index" ? `the index of ${describeTarget(target)}` : `the address of ${describeTarget(target)}${plus}`;
      this.fail("reloc-value", at, `${type.name} (relocation at 0x${entryAt.toString(16)}) holds ${stored}, ${what} is ${asStored(expected, type.encoding)}`);
    }
  }

  private fixedWidth(type: RelocType, at: number, where: string): void {
    if (type.site !== null) this.fail("reloc-site", at, `${type.name} patches a code immediate, not bytes of ${where}`);
  }

  /** The instruction and immediate a code relocation lands on. */
  private codeSite(type: RelocType, absolute: number, entryAt: number): [Instr, InstrReloc["slot"]] {
    const bodies = this.layout.bodies;
    let lo = 0;
    let hi = bodies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bodies[mid].end <= absolute) lo = mid + 1;
      else hi = mid;
    }
    const body = bodies[lo];
    const width = relocWidth(type.encoding);
    if (body === undefined || absolute < body.payload || absolute + Math.min(width, 1) > body.end) {
      this.fail("reloc-range", entryAt, `${type.name} at 0x${absolute.toString(16)} is not inside a function body`);
    }
    const instrs = this.instrsOf(lo);
    let i = 0;
    let j = instrs.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (instrs[mid].offset! <= absolute) i = mid + 1;
      else j = mid;
    }
    const ins = instrs[i - 1];
    const site = ins === undefined ? undefined : relocatableImmediates(this.bytes, ins.offset!, ins.op).find((s) => s.at === absolute);
    if (ins === undefined || site === undefined) {
      this.fail("reloc-site", entryAt, `${type.name} at 0x${absolute.toString(16)} is not on an immediate of ${ins?.op.name ?? "an instruction"}`);
    }
    const slotKind = site.slot === "table2" ? "table" : site.slot;
    if (type.site !== slotKind) {
      this.fail("reloc-site", entryAt, `${type.name} on the ${site.slot} immediate of ${ins.op.name} at 0x${absolute.toString(16)}; it patches ${type.site === null ? "data or custom bytes" : `a ${type.site} immediate`}`);
    }
    const wide = width === 10;
    if (site.slot === "value" && (ins.op.imm === "i64") !== wide) {
      this.fail("reloc-site", entryAt, `${type.name} on ${ins.op.name} at 0x${absolute.toString(16)}`);
    }
    if (site.width !== width) {
      this.fail("reloc-padding", site.at, `${type.name} on ${ins.op.name}: the LEB128 takes ${site.width} byte${site.width === 1 ? "" : "s"}, not ${width}`);
    }
    return [ins, site.slot];
  }

  /** The instructions of defined function `i` in byte order. */
  private instrsOf(i: number): Instr[] {
    let list = this.instrIndex.get(i);
    if (list !== undefined) return list;
    list = [];
    const stack: Instr[][] = [this.m.funcs[i].body];
    const at: number[] = [0];
    while (stack.length > 0) {
      const top = stack.length - 1;
      const body = stack[top];
      if (at[top] >= body.length) {
        stack.pop();
        at.pop();
        continue;
      }
      const ins = body[at[top]++];
      list.push(ins);
      // Pushed in reverse so that they are walked in byte order: body, else, handlers.
      const nested: Instr[][] = [];
      if (ins.body !== undefined) nested.push(ins.body);
      if (ins.else !== undefined) nested.push(ins.else);
      for (const h of ins.handlers ?? []) nested.push(h.body);
      for (let k = nested.length - 1; k >= 0; k--) {
        stack.push(nested[k]);
        at.push(0);
      }
    }
    this.instrIndex.set(i, list);
    return list;
  }

  /** The data segment and offset in its bytes a data relocation lands on. */
  private dataSite(type: RelocType, absolute: number, entryAt: number): [Data, number] {
    this.fixedWidth(type, entryAt, "the data section");
    const starts = this.layout.dataBytes;
    const width = relocWidth(type.encoding);
    for (let i = starts.length - 1; i >= 0; i--) {
      if (starts[i] > absolute) continue;
      const data = this.m.datas[i];
      const offset = absolute - starts[i];
      if (offset + width > data.bytes.length) break;
      return [data, offset];
    }
    return this.fail("reloc-range", entryAt, `${type.name} at 0x${absolute.toString(16)} is not inside one data segment's bytes`);
  }
}

/** A relocation's target in words: the symbol's name (an undefined one's is its import's), or the type. */
function describeTarget(target: LinkingSymbol | TypeDef): string {
  if ("entity" in target) return "the type";
  if (target.kind === "section") return "the section symbol";
  const entity = target.target;
  const name = target.name ?? (typeof entity === "object" && "import" in entity ? entity.import?.name : undefined);
  return name !== undefined ? `symbol ${name}` : `the ${target.kind} symbol`;
}
