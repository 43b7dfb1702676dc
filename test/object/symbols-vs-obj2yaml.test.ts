/**
 * The symbol table, segment infos, init functions and relocations decoded
 * from the corpus objects say what LLVM's own reader says (`obj2yaml`, from
 * Debian's llvm package): names, kinds, flags, what each symbol is bound
 * to, and every relocation's type, symbol and addend in section order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decode, type Module } from "../../src/index.js";
import { SEG, SYM, type LinkingSymbol } from "../../src/module/object-model.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { obj2yaml, yamlLists, type YamlRecord } from "./obj2yaml.js";

const KIND = { func: "FUNCTION", data: "DATA", global: "GLOBAL", section: "SECTION", tag: "EVENT", table: "TABLE" } as const;

function flags(bits: number, names: Record<string, number>): string {
  const set = Object.entries(names).filter(([, bit]) => bits & bit).map(([name]) => name);
  return `[ ${set.join(", ")} ]`;
}

function describeSymbol(s: LinkingSymbol, index: number, m: Module): YamlRecord {
  const out: YamlRecord = { Index: String(index), Kind: KIND[s.kind] };
  if (s.kind === "section") {
    out.Flags = flags(s.flags, SYM);
    out.Section = String(sectionIndex(m, s.target));
    return out;
  }
  out.Name = s.kind === "data" ? s.name : (s.name ?? (s.target.entity !== "dangling" ? s.target.import!.name : ""));
  out.Flags = flags(s.flags, SYM);
  if (s.kind === "data") {
    if (s.target !== undefined) {
      out.Segment = String(s.target.data.index);
      if (s.target.offset !== 0) out.Offset = String(s.target.offset);
      out.Size = String(s.target.size);
    }
  } else {
    out[s.kind === "func" ? "Function" : s.kind === "global" ? "Global" : s.kind === "tag" ? "Event" : "Table"] = String(s.target.index);
  }
  return out;
}

/** Custom sections of a decoded object are in binary order among the known ones: count the known sections before. */
function sectionIndex(m: Module, target: unknown): number {
  const known = [m.types.length, m.imports.length, m.funcs.length, m.tables.length, m.memories.length, m.globals.length, m.exports.length, m.elems.length, m.dataCount ? 1 : 0, m.funcs.length, m.datas.length].filter((n) => n > 0).length;
  return known + m.customs.indexOf(target as never);
}

function relocLists(m: Module): YamlRecord[][] {
  const symbols = m.linking!.symbols;
  const entry = (r: { type: string; target: unknown; addend?: bigint }): YamlRecord => {
    const index = symbols.indexOf(r.target as LinkingSymbol);
    const out: YamlRecord = { Type: r.type.replace("R_WASM_TAG_INDEX_LEB", "R_WASM_EVENT_INDEX_LEB"), Index: String(index < 0 ? (r.target as { index: number }).index : index) };
    if (r.addend !== undefined && r.addend !== 0n) out.Addend = String(r.addend);
    return out;
  };
  const code: YamlRecord[] = [];
  for (const f of m.funcs) {
    const walk = (list: typeof f.body): void => {
      for (const ins of list) {
        for (const r of ins.relocs ?? []) code.push(entry(r));
        if (ins.body) walk(ins.body);
        if (ins.else) walk(ins.else);
      }
    };
    walk(f.body);
  }
  const data = m.datas.flatMap((d) => [...(d.relocs ?? [])].sort((a, b) => a.offset - b.offset).map(entry));
  const customs = m.customs.filter((c) => c.relocs !== undefined).map((c) => c.relocs!.map(entry));
  return [code, data, ...customs].filter((list) => list.length > 0);
}

/** obj2yaml's relocation records without their offsets (those are checked byte for byte elsewhere). */
function withoutOffsets(list: YamlRecord[]): YamlRecord[] {
  return list.map(({ Offset: _, ...rest }) => rest);
}

const objects = readdirSync(join(corpusDir(), "objects")).filter((f) => f.endsWith(".o"));

describe.each(objects)("corpus/objects/%s", (name) => {
  const path = join(corpusDir(), "objects", name);
  const yaml = obj2yaml(path);
  const m = decode(new Uint8Array(readFileSync(path)));

  it("has the symbol table obj2yaml reads", () => {
    expect(yamlLists(yaml, "SymbolTable")[0].length).toBeGreaterThan(0);
    expect(m.linking!.symbols.map((s, i) => describeSymbol(s, i, m))).toEqual(yamlLists(yaml, "SymbolTable")[0]);
  });

  it("has the segment infos and init functions obj2yaml reads", () => {
    const segments = m.datas.map((d) => ({ Index: String(d.index), Name: d.segment!.name, Alignment: String(d.segment!.align), Flags: flags(d.segment!.flags, SEG) }));
    expect(segments).toEqual(yamlLists(yaml, "SegmentInfo")[0] ?? []);
    const inits = m.linking!.initFuncs.map((f) => ({ Priority: String(f.priority), Symbol: String(m.linking!.symbols.indexOf(f.symbol)) }));
    expect(inits).toEqual(yamlLists(yaml, "InitFunctions")[0] ?? []);
  });

  it("has the relocations obj2yaml reads, section by section", () => {
    expect(yamlLists(yaml, "Relocations").flat().length).toBeGreaterThan(0);
    expect(relocLists(m)).toEqual(yamlLists(yaml, "Relocations").map(withoutOffsets));
  });
});
