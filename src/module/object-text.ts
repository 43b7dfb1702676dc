/**
 * An object file's symbols and relocations as text annotations, both ways:
 *
 * - `(@linking (after data) (sym ...)* (segment ...)* (init ...)* (bodies ...)? (comdat ...)*)`
 *   stands where the `linking` section goes and lists the symbol table in
 *   its order (a linker's symbol indices depend on it); `(bodies ...)`, the
 *   digests of the function bodies as compiled, lets the encoder tell which
 *   ones a text edit changed, whose DWARF offsets it must not write stale;
 * - `(@reloc.section code|data|"custom" (after data) entry*)` stands where a
 *   `reloc.*` section goes; data and custom-section relocations are its entries;
 * - `(@reloc [slot] TYPE symbol [addend])` follows the instruction whose
 *   immediate it patches. The relocation an encoder gives an index immediate
 *   anyway (the entity's first symbol, see `complete-relocations.ts`) is not
 *   written.
 *
 * A symbol is referred to by its name when that is unique, else by its index.
 */
import type { CustomSection, Data, Func, Global, Instr, Module, Table, Tag, TypeRef } from "./model.js";
import type { SExpr } from "../syntax/ast.js";
import type { ByteReloc, ComdatMember, InstrReloc, LinkingSymbol, RelocSlot, SectionTarget } from "./object-model.js";
import { SEG, SYM } from "./object-model.js";
import { relocTypeByName } from "../types/reloc-types.js";

/** Flag words, one table for symbols and one for segments; unknown bits are written `(flags N)`. */
const SYM_WORDS: readonly (readonly [string, number])[] = [
  ["weak", SYM.BINDING_WEAK],
  ["local", SYM.BINDING_LOCAL],
  ["hidden", SYM.VISIBILITY_HIDDEN],
  ["undefined", SYM.UNDEFINED],
  ["exported", SYM.EXPORTED],
  ["explicit_name", SYM.EXPLICIT_NAME],
  ["no_strip", SYM.NO_STRIP],
  ["tls", SYM.TLS],
  ["absolute", SYM.ABSOLUTE],
];
const SEG_WORDS: readonly (readonly [string, number])[] = [
  ["strings", SEG.STRINGS],
  ["tls", SEG.TLS],
  ["retain", SEG.RETAIN],
];

/** The relocation an index immediate gets without being written (`completeRelocations`). */
const IMPLIED: Readonly<Record<string, readonly [RelocSlot, string] | undefined>> = {
  func: ["func", "R_WASM_FUNCTION_INDEX_LEB"],
  global: ["global", "R_WASM_GLOBAL_INDEX_LEB"],
  tag: ["tag", "R_WASM_TAG_INDEX_LEB"],
  call_indirect: ["type", "R_WASM_TYPE_INDEX_LEB"],
};

/** The immediates of an instruction a relocation can patch, by immediate kind. */
const SLOTS: Readonly<Record<string, readonly RelocSlot[] | undefined>> = {
  func: ["func"],
  global: ["global"],
  tag: ["tag"],
  type: ["type"],
  table: ["table"],
  i32: ["value"],
  i64: ["value"],
  call_indirect: ["type", "table"],
  table_table: ["table", "table2"],
  table_elem: ["table"],
  memarg: ["offset"],
  memarg_lane: ["offset"],
};

type Entity = Func | Global | Tag | Table;
type EntityKind = "func" | "global" | "tag" | "table";

const word = (text: string): SExpr => ({ kind: "word", text, at: 0 });
const str = (text: string): SExpr => ({ kind: "string", text, at: 0 });
const list = (...items: SExpr[]): SExpr => ({ kind: "list", items, at: 0 });
const num = (n: number | bigint): SExpr => word(String(n));

function flagWords(flags: number, table: readonly (readonly [string, number])[]): SExpr[] {
  const out = table.filter(([, bit]) => flags & bit).map(([w]) => word(w));
  const rest = table.reduce((left, [, bit]) => left & ~bit, flags);
  if (rest !== 0) out.push(list(word("flags"), num(rest)));
  return out;
}

/** Model to annotations, for the printer. */
export class ObjectText {
  private readonly symbolIndex = new Map<LinkingSymbol, number>();
  private readonly uniqueNames = new Set<string>();
  private readonly primary = new Map<unknown, LinkingSymbol>();

  constructor(private readonly module: Module) {
    const seen = new Map<string, number>();
    module.linking!.symbols.forEach((s, i) => {
      this.symbolIndex.set(s, i);
      const name = symbolName(s);
      if (name !== undefined) seen.set(name, (seen.get(name) ?? 0) + 1);
      if (s.kind !== "data" && s.kind !== "section" && !this.primary.has(s.target)) this.primary.set(s.target, s);
    });
    for (const [name, count] of seen) if (count === 1) this.uniqueNames.add(name);
  }

  /** The `(@reloc ...)` items of an instruction's relocations that are not implied. */
  instrRelocs(ins: Instr): SExpr[][] | undefined {
    const implied = IMPLIED[ins.op.imm];
    const written = (ins.relocs ?? []).filter((r) => {
      if (implied === undefined || r.slot !== implied[0] || r.type !== implied[1]) return true;
      if (r.slot === "type") return r.target !== ins.type;
      const entity = ins.func ?? ins.global ?? ins.tag;
      return this.primary.get(entity) !== r.target;
    });
    if (written.length === 0) return undefined;
    return written.map((r) => {
      const site = relocTypeByName(r.type)?.site;
      return [...(site === r.slot ? [] : [word(r.slot)]), ...this.entry(r)];
    });
  }

  /** The items of the annotation standing for a generated section. */
  section(c: CustomSection): SExpr[] {
    const generated = c.generated!;
    if (generated.kind === "linking") return this.linking();
    const target = generated.target;
    const head = [sectionRef(target), ...(c.name !== relocSectionName(target) ? [list(word("name"), str(c.name))] : [])];
    const entries =
      target === "code"
        ? []
        : target === "data"
          ? this.module.datas.flatMap((d) => (d.relocs ?? []).map((r) => list(num(d.index), num(r.offset), ...this.entry(r))))
          : (target.relocs ?? []).map((r) => list(num(r.offset), ...this.entry(r)));
    return [...head, ...entries];
  }

  private linking(): SExpr[] {
    const linking = this.module.linking!;
    const out: SExpr[] = [];
    if (linking.version !== 2) out.push(list(word("version"), num(linking.version)));
    for (const s of linking.symbols) out.push(list(word("sym"), ...this.symbol(s)));
    for (const d of this.module.datas) {
      if (d.segment !== undefined) {
        out.push(list(word("segment"), num(d.index), str(d.segment.name), list(word("align"), num(d.segment.align)), ...flagWords(d.segment.flags, SEG_WORDS)));
      }
    }
    for (const f of linking.initFuncs) out.push(list(word("init"), num(f.priority), this.symbolRef(f.symbol)));
    const digests = linking.bodyDigests;
    if (digests !== undefined) out.push(list(word("bodies"), ...this.module.funcs.map((f) => str(digests.get(f) ?? ""))));
    for (const c of linking.comdats) {
      const flags = c.flags !== 0 ? [list(word("flags"), num(c.flags))] : [];
      out.push(list(word("comdat"), str(c.name), ...flags, ...c.members.map((m) => list(word(m.kind), this.memberRef(m)))));
    }
    return out;
  }

  private symbol(s: LinkingSymbol): SExpr[] {
    const flags = flagWords(s.flags, SYM_WORDS);
    switch (s.kind) {
      case "data": {
        const place = s.target === undefined ? [] : [num(s.target.data.index), num(s.target.offset), num(s.target.size)];
        return [word("data"), str(s.name), ...place, ...flags];
      }
      case "section":
        return [word("section"), sectionRef(s.target), ...flags];
      default:
        return [word(s.kind), num(s.target.index), ...(s.name !== undefined ? [str(s.name)] : []), ...flags];
    }
  }

  private memberRef(m: ComdatMember): SExpr {
    return m.kind === "section" ? sectionRef(m.target) : num(m.target.index);
  }

  private symbolRef(s: LinkingSymbol): SExpr {
    const name = symbolName(s);
    return name !== undefined && this.uniqueNames.has(name) ? str(name) : num(this.symbolIndex.get(s)!);
  }

  private entry(r: InstrReloc | ByteReloc): SExpr[] {
    const target = "entity" in r.target && r.target.entity === "type" ? list(word("type"), num(r.target.index)) : this.symbolRef(r.target as LinkingSymbol);
    const addend = r.addend !== undefined ? [word(r.addend < 0n ? String(r.addend) : `+${r.addend}`)] : [];
    return [word(r.type), target, ...addend];
  }
}

/** What a symbol is called in text: its name, or an undefined symbol's import name. */
function symbolName(s: LinkingSymbol): string | undefined {
  if (s.kind === "section") return undefined;
  if (s.name !== undefined || s.kind === "data" || s.target.entity === "dangling") return s.name;
  return s.target.import?.name;
}

function sectionRef(target: SectionTarget): SExpr {
  return target === "code" || target === "data" ? word(target) : str(target.name);
}

/** Where an annotation's problem is, for the caller's located error. */
export type Fail = (message: string, at: number) => never;

/**
 * Annotations to model: builds `module.linking`, segment infos and every
 * relocation from the annotations `sections` (by the custom section each
 * stands for: "linking" or a reloc.* section, which this names) and
 * `instrs` (by instruction).
 */
export function bindObjectText(module: Module, sections: ReadonlyMap<CustomSection, SExpr[]>, instrs: readonly (readonly [Instr, SExpr[][]])[], fail: Fail): void {
  const linkingSection = [...sections.keys()].find((c) => c.name === "linking");
  if (linkingSection === undefined) {
    const at = instrs[0]?.[1][0]?.[0]?.at ?? [...sections.values()][0]?.[0]?.at ?? 0;
    fail("@reloc annotation: the module has no (@linking ...) symbol table", at);
  }
  const binder = new Binder(module, fail);
  binder.linking(sections.get(linkingSection)!);
  linkingSection.generated = { kind: "linking" };
  for (const [c, items] of sections) {
    if (c === linkingSection) continue;
    if (c.name === "linking") fail("@linking annotation: a module has one symbol table", items[0]?.at ?? 0);
    binder.relocSection(c, items);
  }
  for (const [ins, notes] of instrs) for (const note of notes) binder.instrReloc(ins, note);
}

class Binder {
  private readonly symbols: LinkingSymbol[] = [];
  private readonly byName = new Map<string, LinkingSymbol[]>();

  constructor(
    private readonly module: Module,
    private readonly fail: Fail,
  ) {}

  linking(items: SExpr[]): void {
    const m = this.module;
    m.linking = { version: 2, symbols: this.symbols, initFuncs: [], comdats: [] };
    for (const item of items) {
      const parts = this.list(item, "@linking annotation: expected (sym ...), (segment ...), (init ...) or (comdat ...)");
      const head = this.word(parts[0], "@linking annotation: expected a keyword");
      const rest = parts.slice(1);
      switch (head) {
        case "version":
          m.linking.version = this.int(rest[0]);
          break;
        case "sym":
          this.symbol(rest, item.at);
          break;
        case "segment": {
          const data = this.data(rest[0]);
          const align = this.list(rest[2] ?? item, "@linking annotation: (segment index \"name\" (align N) flags...)");
          if (this.word(align[0], "expected (align N)") !== "align") this.fail("@linking annotation: expected (align N)", align[0].at);
          data.segment = { name: this.string(rest[1]), align: this.int(align[1]), flags: this.flags(rest.slice(3), SEG_WORDS) };
          break;
        }
        case "init":
          m.linking.initFuncs.push({ priority: this.int(rest[0]), symbol: this.symbolRef(rest[1] ?? item) });
          break;
        case "bodies": {
          if (rest.length !== m.funcs.length) this.fail(`@linking annotation: (bodies ...) has ${rest.length} digests for ${m.funcs.length} functions`, item.at);
          m.linking.bodyDigests = new Map(m.funcs.map((f, i) => [f, this.string(rest[i])]));
          break;
        }
        case "comdat": {
          const name = this.string(rest[0]);
          const members = rest.slice(1);
          const flagged = members[0]?.kind === "list" && members[0].items[0]?.kind === "word" && members[0].items[0].text === "flags";
          const flags = flagged ? this.int((members[0] as { items: SExpr[] }).items[1]) : 0;
          m.linking.comdats.push({ name, flags, members: (flagged ? members.slice(1) : members).map((x) => this.member(x)) });
          break;
        }
        default:
          this.fail(`@linking annotation: unknown entry "${head}"`, parts[0].at);
      }
    }
  }

  relocSection(c: CustomSection, items: SExpr[]): void {
    const target = this.section(items[0]);
    let at = 1;
    c.name = relocSectionName(target);
    const named = items[1];
    if (named?.kind === "list" && named.items[0]?.kind === "word" && named.items[0].text === "name") {
      c.name = this.string(named.items[1]);
      at = 2;
    }
    c.generated = { kind: "reloc", target };
    for (const item of items.slice(at)) {
      const parts = this.list(item, "@reloc.section annotation: expected (entry ...)");
      if (target === "code") this.fail("@reloc.section annotation: code relocations go after their instructions", item.at);
      if (target === "data") {
        const data = this.data(parts[0]);
        (data.relocs ??= []).push({ offset: this.int(parts[1]), ...this.entry(parts.slice(2), item.at, null) });
      } else {
        (target.relocs ??= []).push({ offset: this.int(parts[0]), ...this.entry(parts.slice(1), item.at, null) });
      }
    }
  }

  instrReloc(ins: Instr, note: SExpr[]): void {
    const at = note[0]?.at ?? 0;
    const slotWord = note[0]?.kind === "word" && !note[0].text.startsWith("R_WASM_") ? note[0].text : undefined;
    const rest = slotWord !== undefined ? note.slice(1) : note;
    const reloc = this.entry(rest, at, ins);
    const slot = (slotWord ?? relocTypeByName(reloc.type)!.site) as RelocSlot;
    if (!(SLOTS[ins.op.imm] ?? []).includes(slot)) this.fail(`@reloc annotation: ${reloc.type} patches a ${slot} immediate, which ${ins.op.name} does not have`, at);
    (ins.relocs ??= []).push({ slot, ...reloc });
  }

  /** `TYPE target [addend]`; in code (`ins`) the type must patch an immediate of that instruction. */
  private entry(parts: SExpr[], at: number, ins: Instr | null): { type: string; target: LinkingSymbol | TypeRef; addend?: bigint } {
    const typeName = this.word(parts[0] ?? { kind: "word", text: "", at }, "@reloc annotation: expected a relocation type");
    const type = relocTypeByName(typeName);
    if (type === undefined) this.fail(`@reloc annotation: unknown relocation type "${typeName}"`, parts[0].at);
    if (ins !== null && type.site === null) this.fail(`@reloc annotation: ${typeName} patches data, not an instruction`, parts[0].at);
    if (ins === null && type.site !== null && type.encoding !== "u32" && type.encoding !== "u64") {
      this.fail(`@reloc annotation: ${typeName} patches an instruction immediate, not section bytes`, parts[0].at);
    }
    const targetItem = parts[1] ?? this.fail("@reloc annotation: expected the relocated symbol", at);
    const target = type.target === "type" ? this.typeRef(targetItem) : this.symbolRef(targetItem);
    if (type.target !== "type" && (target as LinkingSymbol).kind !== type.target) {
      this.fail(`@reloc annotation: ${typeName} needs a ${type.target} symbol, not a ${(target as LinkingSymbol).kind} symbol`, targetItem.at);
    }
    const out: { type: string; target: LinkingSymbol | TypeRef; addend?: bigint } = { type: typeName, target };
    if (parts[2] !== undefined) {
      if (!type.addend) this.fail(`@reloc annotation: ${typeName} has no addend`, parts[2].at);
      out.addend = this.bigint(parts[2]);
    } else if (type.addend) {
      out.addend = 0n;
    }
    if (parts.length > 3) this.fail("@reloc annotation: unexpected item", parts[3].at);
    return out;
  }

  private symbol(parts: SExpr[], at: number): void {
    const kind = this.word(parts[0] ?? { kind: "word", text: "", at }, "@linking annotation: (sym KIND ...)");
    let s: LinkingSymbol;
    switch (kind) {
      case "data": {
        const name = this.string(parts[1]);
        const defined = parts[2]?.kind === "word" && /^[0-9]/.test(parts[2].text);
        const target = defined ? { data: this.data(parts[2]), offset: this.int(parts[3]), size: this.int(parts[4]) } : undefined;
        s = { kind: "data", name, flags: this.flags(parts.slice(defined ? 5 : 2), SYM_WORDS), ...(target && { target }) };
        break;
      }
      case "section":
        s = { kind: "section", target: this.section(parts[1]), flags: this.flags(parts.slice(2), SYM_WORDS) };
        break;
      case "func":
      case "global":
      case "tag":
      case "table": {
        const target = this.entity(kind, parts[1]);
        const named = parts[2]?.kind === "string";
        s = { kind, target, flags: this.flags(parts.slice(named ? 3 : 2), SYM_WORDS), ...(named && { name: this.string(parts[2]) }) } as LinkingSymbol;
        break;
      }
      default:
        this.fail(`@linking annotation: a symbol names a func, data, global, tag, table or section, not "${kind}"`, parts[0].at);
    }
    this.symbols.push(s);
    const name = symbolName(s);
    if (name !== undefined) this.byName.set(name, [...(this.byName.get(name) ?? []), s]);
  }

  private member(item: SExpr): ComdatMember {
    const parts = this.list(item, "@linking annotation: a comdat member is (KIND index)");
    const kind = this.word(parts[0], "@linking annotation: a comdat member is (KIND index)");
    switch (kind) {
      case "data":
        return { kind, target: this.data(parts[1]) };
      case "section":
        return { kind, target: this.section(parts[1]) };
      case "func":
      case "global":
      case "tag":
      case "table":
        return { kind, target: this.entity(kind, parts[1]) } as ComdatMember;
      default:
        return this.fail(`@linking annotation: a comdat cannot hold a "${kind}"`, parts[0].at);
    }
  }

  private entity(kind: EntityKind, item: SExpr | undefined): Entity & { entity: EntityKind } {
    const m = this.module;
    const defined: Entity[] = { func: m.funcs, global: m.globals, tag: m.tags, table: m.tables }[kind];
    const space = [...m.imports.filter((i) => i.entity === kind), ...defined] as (Entity & { entity: EntityKind })[];
    const index = this.int(item);
    return space[index] ?? this.fail(`@linking annotation: there is no ${kind} ${index}`, item!.at);
  }

  private data(item: SExpr | undefined): Data {
    const index = this.int(item);
    return this.module.datas[index] ?? this.fail(`@linking annotation: there is no data segment ${index}`, item!.at);
  }

  private section(item: SExpr | undefined): SectionTarget {
    if (item?.kind === "word" && (item.text === "code" || item.text === "data")) return item.text;
    const name = this.string(item);
    const found = this.module.customs.filter((c) => c.name === name && c.generated === undefined);
    if (found.length !== 1) this.fail(`@linking annotation: ${found.length === 0 ? "no" : "more than one"} custom section "${name}"`, item!.at);
    return found[0];
  }

  private typeRef(item: SExpr): TypeRef {
    const parts = this.list(item, "@reloc annotation: R_WASM_TYPE_INDEX_LEB names (type N)");
    const index = this.int(parts[1]);
    return this.module.types.flatMap((g) => g.types)[index] ?? this.fail(`@reloc annotation: there is no type ${index}`, item.at);
  }

  private symbolRef(item: SExpr): LinkingSymbol {
    if (item.kind === "string") {
      const found = this.byName.get(item.text) ?? [];
      if (found.length !== 1) this.fail(`@reloc annotation: ${found.length === 0 ? "no symbol" : "more than one symbol"} named "${item.text}"`, item.at);
      return found[0];
    }
    const index = this.int(item);
    return this.symbols[index] ?? this.fail(`@reloc annotation: there is no symbol ${index}`, item.at);
  }

  private flags(items: SExpr[], table: readonly (readonly [string, number])[]): number {
    let flags = 0;
    for (const item of items) {
      if (item.kind === "list") {
        if (item.items[0]?.kind !== "word" || item.items[0].text !== "flags") this.fail("@linking annotation: expected a flag or (flags N)", item.at);
        flags |= this.int(item.items[1]);
        continue;
      }
      const text = this.word(item, "@linking annotation: expected a flag");
      const row = table.find(([w]) => w === text);
      if (row === undefined) this.fail(`@linking annotation: unknown flag "${text}" (${table.map(([w]) => w).join(", ")})`, item.at);
      flags |= row[1];
    }
    return flags;
  }

  private list(item: SExpr, message: string): SExpr[] {
    if (item.kind !== "list" || item.items.length === 0) this.fail(message, item.at);
    return item.items;
  }

  private word(item: SExpr, message: string): string {
    if (item.kind !== "word") this.fail(message, item.at);
    return item.text;
  }

  private string(item: SExpr | undefined): string {
    if (item?.kind !== "string") this.fail("@linking annotation: expected a string", item?.at ?? 0);
    return item.text;
  }

  private int(item: SExpr | undefined): number {
    if (item?.kind !== "word" || !/^[0-9]+$/.test(item.text)) this.fail("@linking annotation: expected a number", item?.at ?? 0);
    return Number(item.text);
  }

  private bigint(item: SExpr): bigint {
    if (item.kind !== "word" || !/^[+-][0-9]+$/.test(item.text)) this.fail("@reloc annotation: expected an addend +N or -N", item.at);
    return BigInt(item.text);
  }
}

/** The custom section that holds a target's relocations: reloc.CODE, reloc.DATA or reloc.NAME. */
export function relocSectionName(target: SectionTarget): string {
  return `reloc.${target === "code" ? "CODE" : target === "data" ? "DATA" : target.name}`;
}
