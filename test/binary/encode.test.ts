/**
 * encode: module-level sections, types, segments, custom sections, branch
 * hints and the name section. Each case builds a Module by hand and compares
 * `encode` with what wasm-tools (through jco) makes of the equivalent text.
 * Instructions are covered in encode-code.test.ts.
 */
import { parse } from "@bytecodealliance/jco";
import { encode } from "../../src/binary/encode.js";
import { watToModule, wat2wasm } from "../../src/wat2wasm.js";
import { sections } from "../helpers/wasm-sections.js";
import { instrByName } from "../../src/isa/instructions.js";
import { emptyModule } from "../../src/module/empty.js";
import type {
  CodeMetadata,
  CompType,
  CustomSection,
  Data,
  Elem,
  FieldType,
  Func,
  Global,
  Instr,
  Limits,
  Local,
  Memory,
  Module,
  RecGroup,
  RefType,
  StorageType,
  Table,
  Tag,
  TypeDef,
  ValType,
} from "../../src/module/model.js";

// ---- builders -------------------------------------------------------------

function mod(parts: Partial<Module> = {}): Module {
  return { ...emptyModule(), ...parts };
}

function ins(name: string, fields: Partial<Instr> = {}): Instr {
  const op = instrByName(name);
  if (op === undefined) throw new Error(`no instruction ${name}`);
  return { op, ...fields };
}
const i32 = (v: number): Instr => ins("i32.const", { i32: v });

const ref = (heap: RefType["heap"], nullable = true): RefType => ({ nullable, heap });
const fnType = (params: ValType[] = [], results: ValType[] = []): CompType => ({ kind: "func", params, results });
const field = (type: StorageType, mutable = false, name?: string): FieldType => ({ type, mutable, name });

function typeDef(comp: CompType, extra: Partial<TypeDef> = {}): TypeDef {
  return { entity: "type", final: true, supertypes: [], comp, explicitSub: false, index: -1, ...extra };
}
const one = (t: TypeDef): RecGroup => ({ types: [t], explicit: false });
const rec = (...types: TypeDef[]): RecGroup => ({ types, explicit: true });

function local(type: ValType, name?: string): Local {
  return { entity: "local", type, name, index: -1 };
}

function func(type: TypeDef, body: Instr[] = [], extra: Partial<Func> = {}): Func {
  const params = type.comp.kind === "func" ? type.comp.params.map((t) => local(t)) : [];
  return { entity: "func", type, params, locals: [], body, index: -1, ...extra };
}

const limits = (min: number, max?: number, extra: Partial<Limits> = {}): Limits => ({
  addressType: "i32",
  min: BigInt(min),
  max: max === undefined ? undefined : BigInt(max),
  shared: false,
  ...extra,
});

function table(elemType: RefType, l: Limits, extra: Partial<Table> = {}): Table {
  return { entity: "table", elemType, limits: l, index: -1, ...extra };
}
function memory(l: Limits, extra: Partial<Memory> = {}): Memory {
  return { entity: "memory", limits: l, index: -1, ...extra };
}
function global(type: ValType, init: Instr[] | undefined, extra: Partial<Global> = {}): Global {
  return { entity: "global", type, mutable: false, init, index: -1, ...extra };
}
function tag(type: TypeDef, extra: Partial<Tag> = {}): Tag {
  return { entity: "tag", type, index: -1, ...extra };
}
function elem(parts: Partial<Elem> & Pick<Elem, "mode">): Elem {
  return {
    entity: "elem",
    type: ref("func"),
    items: [],
    funcIndices: false,
    implicitTable: false,
    index: -1,
    ...parts,
  };
}
function data(parts: Partial<Data> & Pick<Data, "mode">): Data {
  return { entity: "data", bytes: new Uint8Array(), implicitMemory: false, index: -1, ...parts };
}
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

// ---- comparison -----------------------------------------------------------

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex").replace(/(..)(?!$)/g, "$1 ");

async function expectSame(module: Module, wat: string, options?: { names?: boolean }): Promise<void> {
  const ours = encode(module, options);
  const theirs = await parse(wat);
  expect(hex(ours)).toBe(hex(theirs));
  expect(Buffer.compare(Buffer.from(ours), Buffer.from(theirs))).toBe(0);
}

// ---- tests ----------------------------------------------------------------

describe("encode: module structure", () => {
  test("empty module is just the header", async () => {
    await expectSame(mod(), "(module)");
  });

  test("type section: bare, sub, sub final, supertypes, rec groups, packed and reference fields", async () => {
    const a = typeDef({ kind: "struct", fields: [] }, { final: false, explicitSub: true, name: "a" });
    const big = typeDef(
      {
        kind: "struct",
        fields: [
          field("i8", true),
          field("i16"),
          field(ref(a)),
          field(ref("any", false)),
          field(ref("any")),
          field(ref("none")),
          field(ref("exn", false)),
          field(ref("noexn")),
        ],
      },
      { final: false, explicitSub: true, supertypes: [a] },
    );
    const finalSub = typeDef({ kind: "struct", fields: [] }, { explicitSub: true, supertypes: [a] });
    const arr = typeDef({ kind: "array", element: field("f64", true) });
    const multi = typeDef(fnType(["v128"], ["i32", "i64"]));
    await expectSame(
      mod({
        types: [
          // `(sub final (func))` is written bare by wasm-tools.
          one(typeDef(fnType(), { explicitSub: true })),
          one(a),
          one(big),
          one(finalSub),
          one(arr),
          rec(),
          rec(multi),
        ],
      }),
      `(module
        (type (sub final (func)))
        (type $a (sub (struct)))
        (type (sub $a (struct (field (mut i8)) (field i16) (field (ref null $a)) (field (ref any)) (field anyref)
          (field (ref null none)) (field (ref exn)) (field nullexnref))))
        (type (sub final $a (struct)))
        (type (array (mut f64)))
        (rec)
        (rec (type (func (param v128) (result i32 i64)))))`,
    );
  });

  test("value types: every abstract heap type, nullable (short form) and not, concrete, recursive", async () => {
    const abs = ["func", "nofunc", "extern", "noextern", "any", "eq", "i31", "struct", "array", "none", "exn", "noexn"] as const;
    const r1 = typeDef({ kind: "struct", fields: [] }, { name: "r1" });
    const r2 = typeDef({ kind: "struct", fields: [] }, { name: "r2" });
    r1.comp = { kind: "struct", fields: [field(ref(r2)), field(ref(r1, false), true)] };
    const t = typeDef(fnType([...abs.map((h) => ref(h)), ...abs.map((h) => ref(h, false))], ["i32", "i64", "f32", "f64", "v128", ref(r1), ref(r2, false)]));
    await expectSame(
      mod({ types: [rec(r1, r2), one(t)] }),
      `(module
        (rec (type $r1 (struct (field (ref null $r2)) (field (mut (ref $r1))))) (type $r2 (struct)))
        (type (func
          (param ${abs.map((h) => `(ref null ${h})`).join(" ")})
          (param ${abs.map((h) => `(ref ${h})`).join(" ")})
          (result i32 i64 f32 f64 v128 (ref null $r1) (ref $r2)))))`,
    );
  });

  test("imports of every kind, then defined entities continue each index space; exports; start", async () => {
    const tp = typeDef(fnType(["i32"]));
    const t0 = typeDef(fnType());
    const impF = func(tp, [], { import: { module: "a", name: "b" } });
    const impT = table(ref("func"), limits(1), { import: { module: "a", name: "t" } });
    const impM = memory(limits(1, 2, { addressType: "i64" }), { import: { module: "a", name: "m" } });
    const impG = global("i32", undefined, { mutable: true, import: { module: "a", name: "g" } });
    const impG2 = global(ref("extern"), undefined, { import: { module: "a", name: "g2" } });
    const impTag = tag(tp, { import: { module: "a", name: "tag" } });
    const g = global("i64", [ins("i64.const", { i64: -1n })], { mutable: true });
    const tg = tag(tp);
    const f = func(t0);
    await expectSame(
      mod({
        types: [one(tp), one(t0)],
        imports: [impF, impT, impM, impG, impG2, impTag],
        funcs: [f],
        globals: [g],
        tags: [tg],
        exports: [
          { name: "x", kind: "func", target: impF },
          { name: "f", kind: "func", target: f },
          { name: "t", kind: "table", target: impT },
          { name: "m", kind: "memory", target: impM },
          { name: "g", kind: "global", target: g },
          { name: "tg", kind: "tag", target: tg },
          { name: "ü", kind: "tag", target: impTag },
        ],
        start: f,
      }),
      `(module
        (type (func (param i32))) (type (func))
        (import "a" "b" (func (type 0)))
        (import "a" "t" (table 1 funcref))
        (import "a" "m" (memory i64 1 2))
        (import "a" "g" (global (mut i32)))
        (import "a" "g2" (global externref))
        (import "a" "tag" (tag (type 0)))
        (func (type 1))
        (global (mut i64) (i64.const -1))
        (tag (type 0))
        (export "x" (func 0)) (export "f" (func 1)) (export "t" (table 0)) (export "m" (memory 0))
        (export "g" (global 2)) (export "tg" (tag 1)) (export "ü" (tag 0))
        (start 1))`,
    );
  });

  test("tables and memories: limits flags (max, shared, 64-bit), large maxima, table initialisers", async () => {
    const ft = typeDef(fnType(), { name: "t" });
    const f = func(ft, [], { name: "f" });
    await expectSame(
      mod({
        types: [one(ft)],
        funcs: [f],
        tables: [
          table(ref("func"), limits(1, 2)),
          table(ref("extern"), limits(3, undefined, { addressType: "i64" })),
          table(ref(ft, false), limits(1), { init: [ins("ref.func", { func: f })] }),
          table(ref(ft), limits(0)),
          table(ref("any"), limits(0, 0x1_0000_0000, { addressType: "i64" })),
        ],
        memories: [
          memory(limits(1)),
          memory(limits(1, 2, { shared: true })),
          memory(limits(1, 70000000000, { addressType: "i64" })),
          memory(limits(0)),
          memory(limits(0, 65536)),
        ],
      }),
      `(module
        (type $t (func)) (func $f (type $t))
        (table 1 2 funcref) (table i64 3 externref) (table 1 (ref $t) (ref.func $f)) (table 0 (ref null $t))
        (table i64 0 0x100000000 anyref)
        (memory 1) (memory 1 2 shared) (memory i64 1 70000000000) (memory 0) (memory 0 65536))`,
    );
  });

  test("globals with constant expressions (extended const, global.get, ref.null, ref.func)", async () => {
    const ft = typeDef(fnType());
    const f = func(ft);
    const ig = global("i32", undefined, { import: { module: "m", name: "g" } });
    await expectSame(
      mod({
        types: [one(ft)],
        imports: [ig],
        funcs: [f],
        globals: [
          global("i32", [ins("global.get", { global: ig }), i32(2), ins("i32.add")], { mutable: true }),
          global(ref(ft), [ins("ref.func", { func: f })]),
          global(ref("extern"), [ins("ref.null", { heapType: "extern" })]),
          global("f32", [ins("f32.const", { i32: 0x3fc00000 })]),
          global("v128", [ins("v128.const", { bytes: new Uint8Array(16).fill(7) })]),
        ],
        // ref.func in a global needs no declaration in wasm-tools' text, but the binary must match either way.
      }),
      `(module (type (func)) (import "m" "g" (global i32)) (func (type 0))
        (global (mut i32) (i32.add (global.get 0) (i32.const 2)))
        (global (ref null 0) (ref.func 0))
        (global externref (ref.null extern))
        (global f32 (f32.const 1.5))
        (global v128 (v128.const i8x16 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7)))`,
    );
  });
});

describe("encode: compact import groups", () => {
  /** The import section's payload (the sections here are short: a one-byte size). */
  const sectionPayload = (bytes: Uint8Array, id: number): Uint8Array => {
    const found = sections(bytes).find((s) => s.id === id)!;
    return bytes.subarray(found.start + 2, found.end);
  };
  const text = `(module
    (import "m" (item "a" (func)) (item "b" (global i32)))
    (import "m" (item "c") (item "d") (func (param i32))))`;

  it("writes each group as one entry, as wasm-tools does", () => {
    const imports = sectionPayload(wat2wasm(text, { names: false }), 2);
    expect(Array.from(imports)).toEqual([
      2,
      ...[1, 0x6d, 0, 0x7f, 2, 1, 0x61, 0, 0, 1, 0x62, 3, 0x7f, 0],
      ...[1, 0x6d, 0, 0x7e, 0, 1, 2, 1, 0x63, 1, 0x64],
    ]);
  });

  it("splits a group where an edited import no longer fits it", () => {
    const module = watToModule(text);
    module.imports[1].import!.module = "n";
    (module.imports[3] as Func).type = (module.imports[0] as Func).type;
    const imports = sectionPayload(encode(module), 2);
    expect(Array.from(imports)).toEqual([
      4,
      ...[1, 0x6d, 0, 0x7f, 1, 1, 0x61, 0, 0],
      ...[1, 0x6e, 0, 0x7f, 1, 1, 0x62, 3, 0x7f, 0],
      ...[1, 0x6d, 0, 0x7e, 0, 1, 1, 1, 0x63],
      ...[1, 0x6d, 0, 0x7e, 0, 0, 1, 1, 0x64],
    ]);
  });
});

describe("encode: element segments (flags 0-7, as wasm-tools chooses them)", () => {
  const ft = typeDef(fnType(), { name: "ft" });
  const f = func(ft, [], { name: "f" });
  const t0 = table(ref("func"), limits(1));
  const t1 = table(ref("extern"), limits(1));
  const off = (): Instr[] => [i32(0)];
  const rf = (): Instr[] => [ins("ref.func", { func: f })];
  const cases: Array<[string, () => Elem]> = [
    ["(elem (i32.const 0) func $f)", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, funcIndices: true, items: [rf()] })],
    ["(elem (table 0) (i32.const 0) func $f)", () => elem({ mode: { kind: "active", table: t0, offset: off() }, funcIndices: true, items: [rf()] })],
    ["(elem (table 1) (i32.const 0) func $f)", () => elem({ mode: { kind: "active", table: t1, offset: off() }, funcIndices: true, items: [rf()] })],
    ["(elem func $f $f)", () => elem({ mode: { kind: "passive" }, funcIndices: true, items: [rf(), rf()] })],
    ["(elem declare func $f)", () => elem({ mode: { kind: "declarative" }, funcIndices: true, items: [rf()] })],
    ["(elem declare func)", () => elem({ mode: { kind: "declarative" }, funcIndices: true })],
    ["(elem (i32.const 0))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, funcIndices: true })],
    ["(elem (i32.const 0) funcref (ref.func $f) (ref.null func))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, items: [rf(), [ins("ref.null", { heapType: "func" })]] })],
    ["(elem (i32.const 0) (ref func) (ref.func $f))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, type: ref("func", false), items: [rf()] })],
    ["(elem (i32.const 0) (ref null $ft) (ref.func $f))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, type: ref(ft), items: [rf()] })],
    ["(elem (i32.const 0) externref (ref.null extern))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, implicitTable: true, type: ref("extern"), items: [[ins("ref.null", { heapType: "extern" })]] })],
    ["(elem (table 0) (i32.const 0) funcref (ref.func $f))", () => elem({ mode: { kind: "active", table: t0, offset: off() }, items: [rf()] })],
    ["(elem (table 1) (offset (i32.const 0)) externref)", () => elem({ mode: { kind: "active", table: t1, offset: off() }, type: ref("extern") })],
    ["(elem funcref (ref.func $f))", () => elem({ mode: { kind: "passive" }, items: [rf()] })],
    ["(elem (ref $ft) (ref.func $f))", () => elem({ mode: { kind: "passive" }, type: ref(ft, false), items: [rf()] })],
    ["(elem declare funcref (ref.func $f))", () => elem({ mode: { kind: "declarative" }, items: [rf()] })],
    ["(elem declare (ref func) (ref.func $f))", () => elem({ mode: { kind: "declarative" }, type: ref("func", false), items: [rf()] })],
  ];
  test.each(cases)("%s", async (text, make) => {
    const m = mod({ types: [one(ft)], funcs: [f], tables: [t0, t1], elems: [make()] });
    await expectSame(m, `(module (type $ft (func)) (func $f (type $ft)) (table 1 funcref) (table 1 externref) ${text})`);
  });

  test("all kinds in one section, with the table's index coming after an imported table", async () => {
    const imp = table(ref("func"), limits(1), { import: { module: "m", name: "t" } });
    const elems = cases.map(([, make]) => {
      const e = make();
      // Without `(table ...)` the text means table 0, here the imported one.
      if (e.mode.kind === "active" && e.implicitTable) e.mode.table = imp;
      return e;
    });
    await expectSame(
      mod({ types: [one(ft)], imports: [imp], funcs: [f], tables: [t0, t1], elems }),
      `(module (type $ft (func)) (import "m" "t" (table 1 funcref)) (func $f (type $ft)) (table 1 funcref) (table 1 externref)
        ${cases.map(([text]) => text.replace("(table 1)", "(table 2)").replace("(table 0)", "(table 1)")).join("\n")})`,
    );
  });
});

describe("encode: data segments and the data count section", () => {
  test("flag 0 for memory 0 (explicit or not), 2 for other memories, 1 passive", async () => {
    const m0 = memory(limits(1));
    const m1 = memory(limits(1));
    await expectSame(
      mod({
        memories: [m0, m1],
        datas: [
          data({ mode: { kind: "active", memory: m0, offset: [i32(0)] }, implicitMemory: true, bytes: bytes("ab") }),
          data({ mode: { kind: "active", memory: m0, offset: [i32(8)] }, bytes: bytes("c") }),
          data({ mode: { kind: "active", memory: m1, offset: [i32(0)] } }),
          data({ mode: { kind: "passive" }, bytes: bytes("xyz") }),
        ],
      }),
      `(module (memory 1) (memory 1) (data (i32.const 0) "ab") (data (memory 0) (i32.const 8) "c")
        (data (memory 1) (i32.const 0) "") (data "xyz"))`,
    );
  });

  test("datacount section between elem and code when dataCount is set", async () => {
    const ft = typeDef(fnType());
    const d = data({ mode: { kind: "passive" }, bytes: bytes("a") });
    const f = func(ft, [ins("data.drop", { data: d })]);
    const t = table(ref("func"), limits(1));
    await expectSame(
      mod({
        types: [one(ft)],
        funcs: [f],
        tables: [t],
        elems: [elem({ mode: { kind: "declarative" }, funcIndices: true, items: [[ins("ref.func", { func: f })]] })],
        datas: [d, data({ mode: { kind: "passive" } })],
        dataCount: true,
      }),
      `(module (func data.drop 0) (table 1 funcref) (elem declare func 0) (data "a") (data ""))`,
    );
  });
});

describe("encode: custom sections", () => {
  const custom = (name: string, position: "before" | "after", section: CustomSection["place"]["section"]): CustomSection => ({
    name,
    bytes: bytes(name.toUpperCase()),
    place: { position, section },
  });

  test("placed before/after present and absent sections, first and last, in list order per place", async () => {
    const ft = typeDef(fnType());
    const m = mod({
      types: [one(ft)],
      funcs: [func(ft)],
      customs: [
        custom("a", "after", "last"),
        custom("b", "before", "first"),
        custom("c", "after", "last"),
        custom("d", "before", "data"),
        custom("e", "after", "data"),
        custom("f", "before", "type"),
        custom("g", "after", "func"),
        custom("h", "before", "code"),
        custom("i", "after", "code"),
        custom("j", "before", "start"),
        custom("k", "after", "start"),
        custom("l", "before", "tag"),
        custom("m", "after", "global"),
        custom("n", "before", "import"),
        custom("o", "after", "elem"),
        custom("p", "after", "type"),
      ],
    });
    await expectSame(
      m,
      `(module
        (@custom "a" "A") (@custom "b" (before first) "B") (@custom "c" (after last) "C")
        (@custom "d" (before data) "D") (@custom "e" (after data) "E") (@custom "f" (before type) "F")
        (@custom "g" (after func) "G") (@custom "h" (before code) "H") (@custom "i" (after code) "I")
        (@custom "j" (before start) "J") (@custom "k" (after start) "K") (@custom "l" (before tag) "L")
        (@custom "m" (after global) "M") (@custom "n" (before import) "N") (@custom "o" (after elem) "O")
        (@custom "p" (after type) "P")
        (func))`,
    );
  });

  test("custom sections come before the name section; a custom 'name' does not replace it", async () => {
    const ft = typeDef(fnType());
    await expectSame(
      mod({
        name: "m",
        types: [one(ft)],
        funcs: [func(ft, [], { name: "f" })],
        customs: [{ name: "name", bytes: bytes("xyz"), place: { position: "after", section: "last" } }],
      }),
      `(module $m (@custom "name" "xyz") (func $f))`,
    );
  });
});

const branchHint = (value: 0 | 1): CodeMetadata => ({ kind: "branch_hint", data: Uint8Array.of(value) });

describe("encode: branch hints", () => {
  test("the example: one hint on an if, section just before code", async () => {
    const ft = typeDef(fnType(["i32"]));
    const f = func(ft);
    f.body = [ins("local.get", { local: f.params[0] }), ins("if", { blockType: { kind: "empty" }, body: [], metadata: [branchHint(1)] })];
    await expectSame(
      mod({ types: [one(ft)], funcs: [f] }),
      `(module (func (param i32) (@metadata.code.branch_hint "\\01") (if (local.get 0) (then))))`,
    );
  });

  test("offsets from the body start (locals included), function indices count imports, after customs placed before code", async () => {
    const tp = typeDef(fnType(["i32"]));
    const t0 = typeDef(fnType());
    const imp = func(t0, [], { import: { module: "m", name: "f" } });
    const f0 = func(tp, [], { locals: [local("i64"), local("i64"), local("f32")] });
    const p = f0.params[0];
    const outer = ins("block", { blockType: { kind: "empty" } });
    outer.body = [
      ins("local.get", { local: p }),
      ins("if", { blockType: { kind: "empty" }, body: [ins("nop")], else: [ins("nop")], metadata: [branchHint(0)] }),
      ins("local.get", { local: p }),
      ins("br_if", { label: outer, metadata: [branchHint(1)] }),
    ];
    f0.body = [outer];
    const d = data({ mode: { kind: "passive" } });
    const f1 = func(t0, [ins("data.drop", { data: d })]);
    const f2 = func(t0, [i32(1), ins("if", { blockType: { kind: "empty" }, body: [] })]);
    const f3 = func(t0, [i32(300), ins("if", { blockType: { kind: "empty" }, body: [], metadata: [branchHint(0)] })]);
    await expectSame(
      mod({
        types: [one(tp), one(t0)],
        imports: [imp],
        funcs: [f0, f1, f2, f3],
        memories: [memory(limits(1))],
        datas: [d],
        dataCount: true,
        customs: [
          { name: "x", bytes: new Uint8Array(), place: { position: "before", section: "code" } },
          { name: "y", bytes: new Uint8Array(), place: { position: "after", section: "code" } },
        ],
      }),
      `(module (type (func (param i32))) (type (func)) (import "m" "f" (func (type 1))) (memory 1)
        (@custom "x" (before code) "") (@custom "y" (after code) "")
        (func (type 0) (param i32) (local i64 i64 f32)
          (block (@metadata.code.branch_hint "\\00") (if (local.get 0) (then nop) (else nop))
            (@metadata.code.branch_hint "\\01") (br_if 0 (local.get 0))))
        (func (type 1) data.drop 0)
        (func (type 1) (if (i32.const 1) (then)))
        (func (type 1) (@metadata.code.branch_hint "\\00") (if (i32.const 300) (then)))
        (data ""))`,
    );
  });
});

describe("encode: name section", () => {
  test("every subsection wasm-tools writes: module, funcs, locals, labels, types, tables, memories, globals, elems, datas, fields, tags", async () => {
    const t = typeDef(fnType(["i32"]), { name: "t" });
    const s = typeDef({ kind: "struct", fields: [field("i32", false, "a"), field("i64"), field("f32", false, "c")] }, { name: "s" });
    const r1 = typeDef({ kind: "struct", fields: [] }, { name: "r1" });
    const r2 = typeDef({ kind: "array", element: field("i8") }, { name: "r2" });
    r1.comp = { kind: "struct", fields: [field(ref(r2), false, "x")] };
    const empty = typeDef(fnType());
    const two = typeDef(fnType(["i32", "i32"]));

    const imp = func(t, [], { name: "imp", import: { module: "m", name: "f" } });
    imp.params[0].name = "p"; // wasm-tools writes no local names for imported functions
    const ig = global("i32", undefined, { name: "ig", import: { module: "m", name: "g" } });
    const it = table(ref("func"), limits(1), { name: "it", import: { module: "m", name: "t" } });
    const im = memory(limits(1), { name: "im", import: { module: "m", name: "mem" } });
    const itag = tag(empty, { name: "itag", import: { module: "m", name: "tag" } });

    const f = func(t, [], { name: "f", locals: [local("i32", "l1"), local("i64"), local("f32", "l3")] });
    f.params[0].name = "q";
    const b1 = ins("block", { blockType: { kind: "empty" }, labelName: "b1" });
    const lp = ins("loop", { blockType: { kind: "empty" }, labelName: "lp" });
    lp.body = [ins("block", { blockType: { kind: "empty" }, body: [ins("br", { label: b1 })] })];
    b1.body = [lp];
    f.body = [
      b1,
      ins("local.get", { local: f.params[0] }),
      ins("if", {
        blockType: { kind: "empty" },
        labelName: "if1",
        body: [ins("block", { blockType: { kind: "empty" }, labelName: "inner", body: [] })],
      }),
      ins("try_table", { blockType: { kind: "empty" }, labelName: "tt", catches: [], body: [] }),
    ];
    const f2 = func(two);
    f2.params[1].name = "z";
    const g = func(empty, [], { name: "g" });
    const tb = table(ref("func"), limits(1), { name: "tb" });
    const mm = memory(limits(1), { name: "mm" });
    const gg = global("i32", [i32(0)], { name: "gg" });
    const tg = tag(empty, { name: "tg" });
    const e = elem({
      name: "e",
      mode: { kind: "passive" },
      funcIndices: true,
      items: [[ins("ref.func", { func: f })]],
    });
    const d = data({ name: "d", mode: { kind: "active", memory: im, offset: [i32(0)] }, implicitMemory: true, bytes: bytes("x") });

    await expectSame(
      mod({
        name: "M",
        types: [one(t), one(s), rec(r1, r2), one(empty), one(two)],
        imports: [imp, ig, it, im, itag],
        funcs: [f, f2, g],
        tables: [tb],
        memories: [mm],
        globals: [gg],
        tags: [tg],
        elems: [e],
        datas: [d],
      }),
      `(module $M
        (type $t (func (param i32)))
        (type $s (struct (field $a i32) (field i64) (field $c f32)))
        (rec (type $r1 (struct (field $x (ref null $r2)))) (type $r2 (array i8)))
        (import "m" "f" (func $imp (param $p i32)))
        (import "m" "g" (global $ig i32))
        (import "m" "t" (table $it 1 funcref))
        (import "m" "mem" (memory $im 1))
        (import "m" "tag" (tag $itag))
        (func $f (type $t) (param $q i32) (local $l1 i32) (local i64) (local $l3 f32)
          (block $b1 (loop $lp (block (br $b1))))
          (if $if1 (local.get 0) (then (block $inner)))
          (try_table $tt))
        (func (param i32) (param $z i32))
        (func $g)
        (table $tb 1 funcref)
        (memory $mm 1)
        (global $gg i32 (i32.const 0))
        (tag $tg)
        (elem $e func $f)
        (data $d (i32.const 0) "x"))`,
    );
  });

  test("labels in legacy try handlers and else branches are numbered in text order", async () => {
    const ft = typeDef(fnType());
    const tg = tag(ft);
    const tr = ins("try", {
      blockType: { kind: "empty" },
      labelName: "tr",
      body: [ins("block", { blockType: { kind: "empty" }, labelName: "in_body", body: [] })],
      handlers: [
        { tag: tg, body: [ins("loop", { blockType: { kind: "empty" }, labelName: "in_catch", body: [] })] },
        { body: [ins("block", { blockType: { kind: "empty" }, body: [] })] },
      ],
    });
    const iff = ins("if", {
      blockType: { kind: "empty" },
      body: [],
      else: [ins("block", { blockType: { kind: "empty" }, labelName: "in_else", body: [] })],
    });
    const f = func(ft, [tr, i32(0), iff]);
    await expectSame(
      mod({ types: [one(ft)], funcs: [f], tags: [tg] }),
      `(module (type (func)) (tag (type 0))
        (func (type 0)
          try $tr block $in_body end catch 0 loop $in_catch end catch_all block end end
          i32.const 0 if else block $in_else end end))`,
    );
  });

  test("names: false leaves the name section out", async () => {
    const ft = typeDef(fnType(), { name: "t" });
    await expectSame(mod({ name: "M", types: [one(ft)], funcs: [func(ft, [], { name: "f" })] }), `(module (type (func)) (func (type 0)))`, {
      names: false,
    });
  });

  test("non-ASCII names are UTF-8", async () => {
    const ft = typeDef(fnType());
    await expectSame(mod({ types: [one(ft)], funcs: [func(ft, [], { name: "ĉu_€😀" })] }), `(module (func (@name "ĉu_€😀")))`);
  });
});
