/**
 * resolve on hand-built ASTs: index spaces, inline imports/exports, the
 * type-use abbreviation, labels, fields, segments, and the text-level errors
 * with their offsets. Each case keeps the text it stands for beside it;
 * error offsets are taken from that text.
 */
import { instrByName } from "../../src/isa/instructions.js";
import type {
  BlockInstrNode,
  DataField,
  ElemField,
  ExportField,
  FuncField,
  Id,
  ImportField,
  InstrNode,
  LimitsNode,
  MemoryField,
  ModuleField,
  ModuleNode,
  NumLit,
  ParamNode,
  PlainInstrNode,
  Ref,
  RefTypeNode,
  ResultNode,
  StringLit,
  SubTypeNode,
  TableField,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "../../src/syntax/ast.js";
import { WatResolveError } from "../../src/syntax/errors.js";
import type { Func, Instr, Module, TypeDef } from "../../src/module/model.js";
import { resolveModule } from "../../src/module/resolve.js";
import { watToModule } from "../../src/wat2wasm.js";

// ---------------------------------------------------------------------------
// AST builders. Spans are 0 unless a test needs an error offset: then `at`
// gives the offset of a piece of the test's text.

const Z = { start: 0, end: 0 };
let text = "";
const at = (s: string, nth = 0): number => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(`test text has no ${s}`);
  return i;
};

const id = (name: string, start = 0): Id => ({ name, start, end: start + name.length + 1 });
/** `"$x"` is an id reference, a number an index. */
const r = (x: string | number, start = 0): Ref =>
  typeof x === "number" ? { kind: "index", value: x, ...Z } : { kind: "id", name: x.slice(1), start, end: start + x.length };
const lit = (t: string | number, start = 0): NumLit => ({ text: String(t), start, end: start + String(t).length });
const str = (s: string): StringLit => ({ bytes: new TextEncoder().encode(s), ...Z });

type V = "i32" | "i64" | "f32" | "f64" | "v128" | RefTypeNode;
const vt = (t: V): ValTypeNode => (typeof t === "string" ? { kind: "num", type: t, ...Z } : t);
/** `(ref null? ht)`: `ht` is an abstract heap type, `$t` or an index. */
const ref = (heap: string | number, nullable = false): RefTypeNode => ({
  kind: "ref",
  nullable,
  short: false,
  ...Z,
  heap: typeof heap === "string" && !heap.startsWith("$") ? { kind: "abs", type: heap as "func", ...Z } : r(heap),
});
const funcref = (): RefTypeNode => ({ ...ref("func", true), short: true });

/** `(param $x t)` when the first item is a `$name`, else `(param t*)`. */
const param = (...ts: (V | string)[]): ParamNode => {
  const first = ts[0];
  if (typeof first === "string" && first.startsWith("$")) return { id: id(first.slice(1)), types: [vt(ts[1] as V)], ...Z };
  return { types: (ts as V[]).map(vt), ...Z };
};
const result = (...ts: V[]): ResultNode => ({ types: ts.map(vt), ...Z });
const use = (o: { type?: Ref; params?: ParamNode[]; results?: ResultNode[] } = {}): TypeUseNode => ({
  params: [],
  results: [],
  ...o,
  ...Z,
});

const def = (name: string) => {
  const d = instrByName(name);
  if (d === undefined) throw new Error(`no instruction ${name}`);
  return d;
};
const I = (name: string, o: Partial<PlainInstrNode> = {}): PlainInstrNode => ({ kind: "plain", op: def(name), ...Z, ...o });
const refs = (...xs: (string | number | Ref)[]): Ref[] => xs.map((x) => (typeof x === "object" ? x : r(x)));
const i32c = (v: number): PlainInstrNode => I("i32.const", { i32: v });
const B = (name: string, o: Partial<BlockInstrNode> = {}): BlockInstrNode => ({
  kind: "block",
  op: def(name),
  folded: false,
  blockType: use(),
  body: [],
  ...Z,
  ...o,
});

const sub = (comp: SubTypeNode["comp"], o: Partial<SubTypeNode> = {}): SubTypeNode => ({
  sub: false,
  final: true,
  supertypes: [],
  comp,
  ...Z,
  ...o,
});
const ftype = (params: ParamNode[] = [], results: ResultNode[] = []): SubTypeNode["comp"] => ({ kind: "func", params, results, ...Z });
const type = (name: string | undefined, s: SubTypeNode, start = 0): TypeField => ({
  kind: "type",
  ...(name !== undefined && { id: id(name.slice(1), start) }),
  type: s,
  ...Z,
});
const func = (o: Partial<FuncField> = {}): FuncField => ({
  kind: "func",
  exports: [],
  typeUse: use(),
  locals: [],
  body: [],
  ...Z,
  ...o,
});
const named = (name: string, start = 0) => ({ id: id(name.slice(1), start) });
const limits = (min: number | string, max?: number | string, addressType?: "i64"): LimitsNode => ({
  min: lit(min),
  ...(max !== undefined && { max: lit(max) }),
  ...(addressType && { addressType }),
  shared: false,
  ...Z,
});
const memory = (o: Partial<MemoryField> = {}): MemoryField => ({ kind: "memory", exports: [], limits: limits(1), ...Z, ...o });
const table = (o: Partial<TableField> = {}): TableField => ({ kind: "table", exports: [], limits: limits(1), elemType: funcref(), ...Z, ...o });
const imp = (mod: string, name: string, desc: ImportField["desc"], start = 0): ImportField => ({
  kind: "import",
  module: mod,
  name,
  desc,
  start,
  end: start,
});
const exp = (name: string, kind: ExportField["exportKind"], x: string | number): ExportField => ({
  kind: "export",
  name,
  exportKind: kind,
  ref: r(x),
  ...Z,
});
const offset = (...instrs: InstrNode[]) => ({ keyword: false, instrs, ...Z });

const mod = (...fields: ModuleField[]): ModuleNode => ({ kind: "module", fields, ...Z });
const res = (...fields: ModuleField[]): Module => resolveModule(mod(...fields), text);

/** The error resolve throws: its reason and offset. */
function fails(...fields: ModuleField[]): { reason: string; offset: number } {
  try {
    res(...fields);
  } catch (e) {
    if (e instanceof WatResolveError) return { reason: e.reason, offset: e.offset };
    throw e;
  }
  throw new Error("resolve did not fail");
}

const body = (m: Module, i = 0): Instr[] => m.funcs[i].body;
const typeIndex = (m: Module, t: unknown): number => m.types.flatMap((g) => g.types).indexOf(t as TypeDef);

beforeEach(() => {
  text = "";
});

// ---------------------------------------------------------------------------

describe("index spaces", () => {
  test("imports come first in their space; funcs holds the defined ones", () => {
    // (import "m" "f" (func $i)) (func $g (import "m" "g")) (global $x (import "m" "x") i32) (func $a) (func $b call $i call $g call $a call 3)
    const m = res(
      imp("m", "f", { kind: "func", id: id("i"), typeUse: use(), ...Z }),
      func({ ...named("$g"), import: { module: "m", name: "g", ...Z } }),
      { kind: "global", ...named("$x"), import: { module: "m", name: "x", ...Z }, exports: [], type: { type: vt("i32"), mutable: false, ...Z }, init: [], ...Z },
      func({ ...named("$a") }),
      func({ ...named("$b"), body: [I("call", { refs: refs("$i") }), I("call", { refs: refs("$g") }), I("call", { refs: refs("$a") }), I("call", { refs: refs(3) })] }),
    );
    expect(m.imports.map((e) => [e.entity, e.name, e.import])).toEqual([
      ["func", "i", { module: "m", name: "f" }],
      ["func", "g", { module: "m", name: "g" }],
      ["global", "x", { module: "m", name: "x" }],
    ]);
    expect(m.funcs.map((f) => f.name)).toEqual(["a", "b"]);
    const calls = body(m, 1).map((i) => i.func);
    expect(calls[0]).toBe(m.imports[0]);
    expect(calls[1]).toBe(m.imports[1]);
    expect(calls[2]).toBe(m.funcs[0]);
    expect(calls[3]).toBe(m.funcs[1]);
    expect(m.funcs[0].index).toBe(2);
    expect(m.globals).toEqual([]);
  });

  test("an index past the end is Dangling, not an error", () => {
    const m = res(func({ body: [I("call", { refs: refs(7) }), I("global.get", { refs: refs(0) })] }));
    expect(body(m)[0].func).toEqual({ entity: "dangling", index: 7 });
    expect(body(m)[1].global).toEqual({ entity: "dangling", index: 0 });
  });

  test("imports after definitions are malformed", () => {
    text = `(func) (import "" "" (func))`;
    expect(fails(func(), imp("", "", { kind: "func", typeUse: use(), ...Z }, at("(import")))).toEqual({
      reason: "import after function",
      offset: at("(import"),
    });
    text = `(memory 1) (global (import "" "") i32)`;
    const g = { kind: "global" as const, import: { module: "", name: "", ...Z }, exports: [], type: { type: vt("i32"), mutable: false, ...Z }, init: [] };
    expect(fails(memory(), { ...g, start: at("(global"), end: 0 })).toEqual({ reason: "import after memory", offset: at("(global") });
    // Tags count too (WebAssembly 3.0), though wasm-tools lets this one through.
    text = `(tag) (import "" "" (tag))`;
    expect(fails({ kind: "tag", exports: [], typeUse: use(), ...Z }, imp("", "", { kind: "tag", typeUse: use(), ...Z }, at("(import"))).reason).toBe(
      "import after tag",
    );
  });

  test("duplicate and unknown ids", () => {
    text = `(func $f) (func $f)`;
    expect(fails(func(named("$f", at("$f"))), func(named("$f", at("$f", 1))))).toEqual({ reason: "duplicate function $f", offset: at("$f", 1) });
    text = `(memory $m 1) (memory (import "" "") $m 1)`;
    expect(fails(memory(named("$m")), memory(named("$m", at("$m", 1)))).reason).toBe("duplicate memory $m");
    text = `(func (param $x i32) (local $x i32))`;
    expect(
      fails(func({ typeUse: use({ params: [param("$x", "i32")] }), locals: [{ id: id("x", at("$x", 1)), types: [vt("i32")], ...Z }] })),
    ).toEqual({ reason: "duplicate local $x", offset: at("$x", 1) });
    text = `(func call $nope)`;
    expect(fails(func({ body: [I("call", { refs: [r("$nope", at("$nope"))] })] }))).toEqual({ reason: "unknown function $nope", offset: at("$nope") });
    text = `(func (type $t))`;
    expect(fails(func({ typeUse: use({ type: r("$t", at("$t")) }) }))).toEqual({ reason: "unknown type $t", offset: at("$t") });
    text = `(start $a) (start $a) (func $a)`;
    expect(fails({ kind: "start", func: r("$a"), ...Z }, { kind: "start", func: r("$a"), start: at("(start", 1), end: 0 }, func(named("$a")))).toEqual({
      reason: "multiple start sections",
      offset: at("(start", 1),
    });
  });

  test("names: (@name) wins over the id", () => {
    const m = res(func({ ...named("$f"), name: "pretty" }), func(named("$g")));
    expect(m.funcs.map((f) => f.name)).toEqual(["pretty", "g"]);
    expect(resolveModule({ ...mod(), id: id("m") }, "").name).toBe("m");
  });
});

describe("inline exports and imports", () => {
  test("exports are listed at their field's position", () => {
    // (export "b" (func 1)) (func (export "a")) (func (export "c") (export "d")) (export "e" (func 0))
    const ex = (name: string) => ({ name, ...Z });
    const m = res(exp("b", "func", 1), func({ exports: [ex("a")] }), func({ exports: [ex("c"), ex("d")] }), exp("e", "func", 0));
    expect(m.exports.map((e) => [e.name, (e.target as Func).index])).toEqual([
      ["b", 1],
      ["a", 0],
      ["c", 1],
      ["d", 1],
      ["e", 0],
    ]);
  });

  test("an inline import can be exported too", () => {
    const m = res(memory({ exports: [{ name: "mem", ...Z }], import: { module: "env", name: "memory", ...Z } }), exp("again", "memory", 0));
    expect(m.memories).toEqual([]);
    expect(m.exports[0].target).toBe(m.imports[0]);
    expect(m.exports[1].target).toBe(m.imports[0]);
  });
});

describe("type uses", () => {
  test("params/results alone reuse the first matching type, else append one after all explicit types", () => {
    // (func (param i32)) (func (param i64)) (type $t (func (param i32))) (func (param i64) (result)) (type (func))
    const m = res(
      func({ typeUse: use({ params: [param("i32")] }) }),
      func({ typeUse: use({ params: [param("i64")] }) }),
      type("$t", sub(ftype([param("i32")]))),
      func({ typeUse: use({ params: [param("i64")], results: [result()] }) }),
      type(undefined, sub(ftype())),
    );
    expect(m.types.map((g) => [g.explicit, g.types.length])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
    expect(m.funcs.map((f) => typeIndex(m, f.type))).toEqual([0, 2, 2]);
    const implicit = m.types[2].types[0];
    expect(implicit).toMatchObject({ final: true, explicitSub: false, supertypes: [], comp: { kind: "func", params: ["i64"], results: [] } });
  });

  test("implicit types are appended in order of first need, bodies included", () => {
    // (func (call_indirect (param i64) (i32.const 0))) (func (param f32)) (table 1 funcref)
    const m = res(
      func({ body: [I("call_indirect", { typeUse: use({ params: [param("i64")] }), folded: [i32c(0)] })] }),
      func({ typeUse: use({ params: [param("f32")] }) }),
      table(),
    );
    expect(m.types.map((g) => (g.types[0].comp as { params: unknown[] }).params)).toEqual([[], ["i64"], ["f32"]]);
    expect(body(m)[1].type).toBe(m.types[1].types[0]);
    expect(body(m)[1].table).toBe(m.tables[0]);
  });

  test("types in a rec group, non-final or with supertypes are not reused", () => {
    const m = res(
      { kind: "rec", types: [type(undefined, sub(ftype()))], ...Z },
      type("$open", sub(ftype(), { sub: true, final: false })),
      type(undefined, sub(ftype(), { sub: true, final: true, supertypes: [r("$open")] })),
      type(undefined, sub(ftype(), { sub: true, final: true })),
      func(),
    );
    expect(typeIndex(m, m.funcs[0].type)).toBe(3);
    expect(m.types[0].explicit).toBe(true);
    expect(m.types[3].types[0].explicitSub).toBe(true);
  });

  test("keys are the types as written: (ref 0) and (ref $s) differ, as in wasm-tools", () => {
    const m = res(
      type("$s", sub({ kind: "struct", fields: [], ...Z })),
      type(undefined, sub(ftype([param(ref("$s"))]))),
      func({ typeUse: use({ params: [param(ref(0))] }) }),
      func({ typeUse: use({ params: [param(ref("$s"))] }) }),
    );
    expect(m.funcs.map((f) => typeIndex(m, f.type))).toEqual([2, 1]);
    expect(m.types[2].types[0].comp).toEqual({ kind: "func", params: [{ nullable: false, heap: m.types[0].types[0] }], results: [] });
  });

  test("(type N) may name an implicit type appended later", () => {
    const m = res(func({ typeUse: use({ type: r(0) }) }), func({ typeUse: use({ params: [param("$x", "i32")] }) }));
    expect(m.funcs[0].type).toBe(m.types[0].types[0]);
    expect(m.funcs[0].params).toEqual([{ entity: "local", type: "i32", index: 0 }]);
    expect(m.funcs[1].params[0].name).toBe("x");
  });

  test("inline declarations must match (type x) exactly", () => {
    text = `(type $sig (func (param i32) (result i32))) (func (type $sig) (param i32))`;
    const sig = type("$sig", sub(ftype([param("i32")], [result("i32")])));
    expect(fails(sig, func({ typeUse: use({ type: r("$sig", at("$sig", 1)), params: [param("i32")] }) }))).toEqual({
      reason: "inline function type does not match (type $sig)",
      offset: at("$sig", 1),
    });
    // An empty (result) still counts as written.
    const empty = type("$e", sub(ftype([param("i32")])));
    expect(fails(empty, func({ typeUse: use({ type: r("$e"), results: [result()] }) })).reason).toMatch(/^inline function type/);
    expect(fails(func({ typeUse: use({ type: r(5), params: [param("i32")] }) })).reason).toBe("unknown type 5");
    const s = type("$s", sub({ kind: "struct", fields: [], ...Z }));
    expect(fails(s, func({ typeUse: use({ type: r("$s"), params: [param("i32")] }) })).reason).toMatch(/not a function type/);
    // Matching ones are fine and name the parameters.
    const m = res(sig, func({ typeUse: use({ type: r("$sig"), params: [param("$a", "i32")], results: [result("i32")] }) }));
    expect(m.funcs[0].params.map((p) => p.name)).toEqual(["a"]);
    expect(m.types).toHaveLength(1);
  });

  test("(type $t) alone gives unnamed parameters; locals follow them", () => {
    const m = res(
      type("$t", sub(ftype([param("i32", "f64")]))),
      func({
        typeUse: use({ type: r("$t") }),
        locals: [{ id: id("l"), types: [vt("i64")], ...Z }],
        body: [I("local.get", { refs: refs(1) }), I("local.get", { refs: refs("$l") }), I("local.get", { refs: refs(9) })],
      }),
    );
    const f = m.funcs[0];
    expect(f.params.map((p) => [p.name, p.type, p.index])).toEqual([
      [undefined, "i32", 0],
      [undefined, "f64", 1],
    ]);
    expect(f.locals).toEqual([{ entity: "local", name: "l", type: "i64", index: 2 }]);
    expect(f.body.map((i) => i.local)).toEqual([f.params[1], f.locals[0], { entity: "dangling", index: 9 }]);
  });

  test("parameters cannot be named in call_indirect or block types", () => {
    text = `(func (call_indirect (param $x i32)))`;
    const bad = I("call_indirect", { typeUse: use({ params: [{ id: id("x", at("$x")), types: [vt("i32")], ...Z }] }) });
    expect(fails(func({ body: [bad] })).offset).toBe(at("$x"));
  });
});

describe("block types", () => {
  test("empty, one value, a type index", () => {
    const m = res(
      type("$t", sub(ftype([], [result("i32")]))),
      func({
        body: [
          B("block"),
          B("block", { blockType: use({ results: [result("i32")] }) }),
          B("block", { blockType: use({ type: r("$t") }) }),
          B("block", { blockType: use({ params: [param("i32")], results: [result("i32")] }) }),
          B("loop", { blockType: use({ results: [result("i32", "i32")] }) }),
        ],
      }),
    );
    const [a, b, c, d, e] = body(m).map((i) => i.blockType);
    expect(a).toEqual({ kind: "empty" });
    expect(b).toEqual({ kind: "value", type: "i32" });
    // wasm-tools keeps the index for (type $t) even when a short form exists.
    expect(c).toEqual({ kind: "type", type: m.types[0].types[0] });
    expect(typeIndex(m, (d as { type: unknown }).type)).toBe(2);
    expect(typeIndex(m, (e as { type: unknown }).type)).toBe(3);
    expect(typeIndex(m, m.funcs[0].type)).toBe(1);
  });
});

describe("instructions", () => {
  test("folded operands come first; a folded if's condition before the if", () => {
    // (i32.add (i32.const 1) (i32.const 2)) (if (i32.const 0) (then nop) (else))
    const m = res(
      func({
        body: [
          I("i32.add", { folded: [i32c(1), i32c(2)] }),
          B("if", { folded: true, condition: [i32c(0)], body: [I("nop")], else: { body: [], ...Z } }),
        ],
      }),
    );
    expect(body(m).map((i) => i.op.name)).toEqual(["i32.const", "i32.const", "i32.add", "i32.const", "if"]);
    expect(body(m)[4]).toMatchObject({ body: [{ op: { name: "nop" } }], else: [] });
  });

  test("memargs: natural alignment by default, bytes to log2, power of two", () => {
    // (memory $m 1) (memory 1) (func i32.load i64.store $m offset=8 align=2 ...)
    const m = res(
      memory(named("$m")),
      memory(),
      func({
        body: [I("i32.load"), I("i64.store", { refs: refs("$m"), memarg: { offset: lit(8), align: lit(2) } }), I("v128.load8_lane", { memarg: {}, nums: [lit(3)] })],
      }),
    );
    const [a, b, c] = body(m);
    expect(a.memarg).toEqual({ memory: m.memories[0], align: 2, offset: 0n });
    expect(b.memarg).toEqual({ memory: m.memories[0], align: 1, offset: 8n });
    expect(c).toMatchObject({ memarg: { align: 0 }, index: 3 });
    text = `(memory 1) (func i32.load align=3)`;
    expect(fails(memory(), func({ body: [I("i32.load", { memarg: { align: lit(3, at("3")) } })] }))).toEqual({
      reason: "alignment must be a power of two",
      offset: at("3"),
    });
    expect(fails(memory(), func({ body: [I("i32.load", { memarg: { align: lit(0) } })] })).reason).toMatch(/^alignment/);
    const big = I("i32.load", { memarg: { offset: lit("0x1_0000_0000") } });
    expect(body(res(memory(), func({ body: [big] })))[0].memarg!.offset).toBe(0x1_0000_0000n);
  });

  test("immediates by kind", () => {
    const m = res(
      type("$s", sub({ kind: "struct", fields: [{ types: [{ type: vt("i32"), mutable: false, ...Z }], ...Z }, { id: id("y"), types: [{ type: vt("i64"), mutable: true, ...Z }], ...Z }], ...Z })),
      table(named("$t")),
      table(),
      { kind: "data", mode: { kind: "passive" }, strings: [str("ab")], ...named("$d"), ...Z },
      { kind: "elem", mode: { kind: "passive" }, list: { funcKeyword: true, funcs: [], ...Z }, ...named("$e"), ...Z },
      func({
        body: [
          I("struct.get", { refs: refs("$s", "$y") }),
          I("table.copy"),
          I("table.copy", { refs: refs(1, "$t") }),
          I("table.init", { refs: refs("$e") }),
          I("table.init", { refs: refs(1, "$e") }),
          I("i8x16.shuffle", { nums: Array.from({ length: 16 }, (_, i) => lit(15 - i)) }),
          I("select", { selectResults: [result("i32")] }),
          I("select"),
          I("ref.null", { heapType: r("$s") }),
          I("ref.cast", { refTypes: [ref("$s", true)] }),
          I("i64.const", { i64: -1n }),
        ],
      }),
    );
    const [sget, copy0, copy1, init0, init1, shuffle, sel, sel0, rnull, cast, c64] = body(m);
    const s = m.types[0].types[0];
    expect(sget).toMatchObject({ type: s, index: 1 });
    expect(copy0.table).toBe(m.tables[0]);
    expect(copy0.table2).toBe(m.tables[0]);
    expect(copy1.table).toBe(m.tables[1]);
    expect(copy1.table2).toBe(m.tables[0]);
    expect(init0.table).toBe(m.tables[0]);
    expect(init0.elem).toBe(m.elems[0]);
    expect(init1.table).toBe(m.tables[1]);
    expect(Array.from(shuffle.bytes!)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(sel.selectTypes).toEqual(["i32"]);
    expect(sel0.selectTypes).toBeUndefined();
    expect(rnull.heapType).toBe(s);
    expect(cast.refType).toEqual({ nullable: true, heap: s });
    expect(c64.i64).toBe(-1n);
    expect(s.comp).toEqual({
      kind: "struct",
      fields: [
        { type: "i32", mutable: false },
        { type: "i64", mutable: true, name: "y" },
      ],
    });
    expect(m.dataCount).toBe(false);
  });

  test("struct field names: unknown and duplicate", () => {
    text = `(type $s (struct (field $x i32))) (func struct.get $s $z)`;
    const s = type("$s", sub({ kind: "struct", fields: [{ id: id("x"), types: [{ type: vt("i32"), mutable: false, ...Z }], ...Z }], ...Z }));
    expect(fails(s, func({ body: [I("struct.get", { refs: [r("$s"), r("$z", at("$z"))] })] }))).toEqual({ reason: "unknown field $z", offset: at("$z") });
    text = `(type (struct (field $x i32) (field $x i32)))`;
    const f = (start: number) => ({ id: id("x", start), types: [{ type: vt("i32"), mutable: false, ...Z }], ...Z });
    expect(fails(type(undefined, sub({ kind: "struct", fields: [f(at("$x")), f(at("$x", 1))], ...Z })))).toEqual({
      reason: "duplicate field $x",
      offset: at("$x", 1),
    });
  });

  test("lanes and limits are range-checked", () => {
    expect(fails(func({ body: [I("i8x16.extract_lane_s", { nums: [lit(256)] })] })).reason).toBe("i8 constant out of range");
    // Limits are u64 for both address types: 2^32 pages of a 32-bit memory is for the validator.
    expect(res(memory({ limits: limits("0x1_0000_0000") })).memories[0].limits).toEqual({ addressType: "i32", min: 0x1_0000_0000n, shared: false });
    const m = res(memory({ limits: limits(0, "0xffff_ffff_ffff_ffff", "i64") }));
    expect(m.memories[0].limits).toEqual({ addressType: "i64", min: 0n, max: 0xffff_ffff_ffff_ffffn, shared: false });
    expect(fails(memory({ limits: limits("0x1_0000_0000_0000_0000", undefined, "i64") })).reason).toBe("i64 constant out of range");
  });

  test("a data count section is needed when code names a data segment", () => {
    const data: DataField = { kind: "data", mode: { kind: "passive" }, strings: [], ...Z };
    expect(res(memory(), data, func()).dataCount).toBe(false);
    expect(res(memory(), data, func({ body: [I("data.drop", { refs: refs(0) })] })).dataCount).toBe(true);
    expect(res(memory(), data, func({ body: [I("memory.init", { refs: refs(0) })] })).dataCount).toBe(true);
    const arr = type(undefined, sub({ kind: "array", element: { type: { kind: "packed", type: "i8", ...Z }, mutable: false, ...Z }, ...Z }));
    expect(res(arr, memory(), data, func({ body: [I("array.new_data", { refs: refs(0, 0) })] })).dataCount).toBe(true);
  });
});

describe("labels", () => {
  test("ids, depths, shadowing; the function is the outermost label", () => {
    // (func block $a block $a br $a br 1 br 2 br 3 end end)
    const inner = B("block", { label: id("a"), body: [I("br", { refs: refs("$a") }), I("br", { refs: refs(1) }), I("br", { refs: refs(2) }), I("br", { refs: refs(3) })] });
    const outer = B("block", { label: id("a"), body: [inner] });
    const m = res(func({ body: [outer] }));
    const o = body(m)[0];
    const i = o.body![0];
    expect(o.labelName).toBe("a");
    expect(i.body!.map((x) => x.label)).toEqual([i, o, m.funcs[0], { entity: "dangling-label", depth: 3 }]);
    expect(i.body![0].label).toBe(i);
    expect(i.body![2].label).toBe(m.funcs[0]);
  });

  test("br_table, if/else scope, unknown label", () => {
    const m = res(func({ body: [B("if", { label: id("l"), body: [I("br_table", { refs: refs("$l", 0, 1) })], else: { body: [I("br", { refs: refs("$l") })], ...Z } })] }));
    const iff = body(m)[0];
    expect(iff.body![0].labels).toEqual([iff, iff, m.funcs[0]]);
    expect(iff.else![0].label).toBe(iff);
    text = `(func block $a end br $a)`;
    expect(fails(func({ body: [B("block", { label: id("a") }), I("br", { refs: [r("$a", at("$a", 1))] })] }))).toEqual({
      reason: "unknown label $a",
      offset: at("$a", 1),
    });
  });

  test("try_table catch labels and delegate are bound outside the block", () => {
    // (func block $out try_table $t (catch $e 0) (catch_all $t) end try $u do rethrow 0 delegate 0 end)
    const m = res(
      { kind: "tag", ...named("$e"), exports: [], typeUse: use(), ...Z },
      func({
        body: [
          B("block", {
            label: id("out"),
            body: [
              B("try_table", {
                label: id("t"),
                catches: [
                  { kind: "catch", tag: r("$e"), label: r(0), ...Z },
                  { kind: "catch_all", label: r("$out"), ...Z },
                ],
                body: [I("br", { refs: refs(0) })],
              }),
              B("try", { label: id("u"), body: [I("rethrow", { refs: refs(0) })], delegate: r(0) }),
              B("try", { body: [], handlers: [{ tag: r("$e"), body: [I("br", { refs: refs(0) })], ...Z }, { body: [], ...Z }] }),
            ],
          }),
        ],
      }),
    );
    const out = body(m)[0];
    const [tt, tryD, tryC] = out.body!;
    expect(tt.catches).toEqual([
      { kind: "catch", tag: m.tags[0], label: out },
      { kind: "catch_all", label: out },
    ]);
    expect(tt.body![0].label).toBe(tt);
    expect(tryD.body![0].label).toBe(tryD);
    expect(tryD.delegate).toBe(out);
    expect(tryC.handlers![0].tag).toBe(m.tags[0]);
    expect(tryC.handlers![0].body[0].label).toBe(tryC);
    expect(tryC.handlers![1]).toEqual({ body: [] });
    // A catch label cannot name its own try_table.
    const own = B("try_table", { label: id("t"), catches: [{ kind: "catch_all", label: r("$t"), ...Z }] });
    expect(fails(func({ body: [own] })).reason).toBe("unknown label $t");
  });

  test("end and else labels must repeat the block's label", () => {
    text = `(func block $a end $l)`;
    expect(fails(func({ body: [B("block", { label: id("a"), endId: id("l", at("$l")) })] }))).toEqual({
      reason: "mismatching label: expected $a, found $l",
      offset: at("$l"),
    });
    expect(fails(func({ body: [B("loop", { endId: id("l") })] })).reason).toMatch(/^mismatching label/);
    const withElse = (e: string, end?: string) =>
      func({ body: [B("if", { label: id("a"), else: { id: id(e), body: [], ...Z }, ...(end && { endId: id(end) }) })] });
    expect(fails(withElse("l")).reason).toMatch(/^mismatching label/);
    expect(fails(withElse("a", "l")).reason).toMatch(/^mismatching label/);
    expect(() => res(withElse("a", "a"))).not.toThrow();
  });
});

describe("segments", () => {
  test("a table's inline elem: limits from the count, an active segment at the table's position", () => {
    const e0: ElemField = { kind: "elem", mode: { kind: "passive" }, list: { funcKeyword: true, funcs: refs(0), ...Z }, ...Z };
    const m = res(
      e0,
      table({ limits: undefined, inlineElem: { funcKeyword: false, funcs: refs(0, 0), ...Z } }),
      table({ limits: undefined, addressType: "i64", elemType: ref("func"), inlineElem: { funcKeyword: false, funcs: refs(0), ...Z } }),
      func(),
    );
    expect(m.tables[0].limits).toEqual({ addressType: "i32", min: 2n, max: 2n, shared: false });
    expect(m.tables[1].limits).toEqual({ addressType: "i64", min: 1n, max: 1n, shared: false });
    const [passive, inline1, inline2] = m.elems;
    expect(passive.mode).toEqual({ kind: "passive" });
    expect(inline1).toMatchObject({ funcIndices: true, implicitTable: false, type: { nullable: true, heap: "func" } });
    expect(inline1.mode).toMatchObject({ kind: "active", table: m.tables[0], offset: [{ op: { name: "i32.const" }, i32: 0 }] });
    expect(inline1.items.map((i) => i[0].func)).toEqual([m.funcs[0], m.funcs[0]]);
    // A non-funcref table turns function indices into expressions of its type.
    expect(inline2).toMatchObject({ funcIndices: false, type: { nullable: false, heap: "func" } });
    expect(inline2.mode).toMatchObject({ table: m.tables[1], offset: [{ op: { name: "i64.const" }, i64: 0n }] });
    expect(inline2.items[0][0]).toMatchObject({ op: { name: "ref.func" }, func: m.funcs[0] });
  });

  test("elem segments: modes, implicit table, function indices or expressions", () => {
    const m = res(
      table(named("$t")),
      { kind: "elem", mode: { kind: "active", offset: offset(i32c(0)) }, list: { funcKeyword: false, funcs: refs("$f"), ...Z }, ...Z },
      { kind: "elem", mode: { kind: "active", table: r("$t"), offset: offset(i32c(1)) }, list: { type: funcref(), funcKeyword: false, items: [{ item: true, instrs: [I("ref.func", { refs: refs("$f") })], ...Z }], ...Z }, ...Z },
      { kind: "elem", ...named("$d"), mode: { kind: "declare" }, list: { funcKeyword: true, funcs: refs("$f"), ...Z }, ...Z },
      func(named("$f")),
    );
    const [a, b, c] = m.elems;
    expect(a).toMatchObject({ implicitTable: true, funcIndices: true, mode: { kind: "active", table: m.tables[0] } });
    expect(b).toMatchObject({ implicitTable: false, funcIndices: false, mode: { offset: [{ i32: 1 }] } });
    expect(b.items[0][0].func).toBe(m.funcs[0]);
    expect(c).toMatchObject({ name: "d", mode: { kind: "declarative" }, funcIndices: true });
  });

  test("a memory's inline data: pages from the size, an active segment at the memory's position", () => {
    const big = { bytes: new Uint8Array(65537), ...Z };
    const m = res(
      { kind: "data", mode: { kind: "active", offset: offset(i32c(8)) }, strings: [str("a"), str("bc")], ...Z },
      memory({ limits: undefined, inlineData: [big] }),
      memory({ limits: undefined, addressType: "i64", inlineData: [] }),
    );
    expect(m.memories.map((x) => x.limits)).toEqual([
      { addressType: "i32", min: 2n, max: 2n, shared: false },
      { addressType: "i64", min: 0n, max: 0n, shared: false },
    ]);
    const [d0, d1, d2] = m.datas;
    expect(d0).toMatchObject({ implicitMemory: true, mode: { kind: "active", memory: m.memories[0], offset: [{ i32: 8 }] } });
    expect(Array.from(d0.bytes)).toEqual([0x61, 0x62, 0x63]);
    expect(d1.mode).toMatchObject({ memory: m.memories[0], offset: [{ i32: 0 }] });
    expect(d1.bytes.length).toBe(65537);
    expect(d2.mode).toMatchObject({ memory: m.memories[1], offset: [{ i64: 0n }] });
  });

  test("custom sections keep their placement; the default is after everything", () => {
    const m = res(
      { kind: "custom", name: "x", strings: [str("y")], ...Z },
      { kind: "custom", name: "z", place: { position: "before", section: "code" }, strings: [], ...Z },
    );
    expect(m.customs).toEqual([
      { name: "x", bytes: str("y").bytes, place: { position: "after", section: "last" } },
      { name: "z", bytes: new Uint8Array(0), place: { position: "before", section: "code" } },
    ]);
  });
});

describe("from text", () => {
  const resolveText = (source: string) => watToModule(source);

  test.each([
    [String.raw`(module (func (param $x i32) (local $x i32)))`, "duplicate local $x", 37],
    [String.raw`(module (func $f) (func $f))`, "duplicate function $f", 25],
    [String.raw`(module (func) (import "a" "b" (func)))`, "import after function", 16],
    [String.raw`(module (type $s (struct)) (func (type $s) (param i32)))`, "inline function type does not match (type $s): not a function type", 40],
    [String.raw`(module (func (type 5) (param i32)))`, "unknown type 5", 21],
    [String.raw`(module (func (param i32) (result i32) (call_indirect (type 1) (param i32) (result i32) (local.get 0))) (table 1 funcref) (func (param i64)) (func (param i32) (result i32) unreachable))`, "inline function type does not match (type 1)", 61],
    [String.raw`(module (type $t (func (param i32))) (func (type $t) (param)))`, "inline function type does not match (type $t)", 50],
    [String.raw`(module (func block $a end $l))`, "mismatching label: expected $a, found $l", 28],
    [String.raw`(module (func i32.const 0 if $a else $l end))`, "mismatching label: expected $a, found $l", 38],
    [String.raw`(module (memory 1) (func (drop (i32.load align=3 (i32.const 0)))))`, "alignment must be a power of two", 48],
    [String.raw`(module (func (local.get $nope)))`, "unknown local $nope", 26],
    [String.raw`(module (type $s (struct (field $x i32))) (func (param (ref $s)) (result i32) (struct.get $s $nope (local.get 0))))`, "unknown field $nope", 94],
    [String.raw`(module (func (block $l (br $m))))`, "unknown label $m", 29],
    [String.raw`(module (global $g (mut i32) (i32.const 0)) (global $g i32 (i32.const 0)))`, "duplicate global $g", 53],
    [String.raw`(module (table $t 1 funcref) (table $t 1 funcref))`, "duplicate table $t", 37],
    [String.raw`(module (tag $t) (tag $t))`, "duplicate tag $t", 23],
    [String.raw`(module (elem $e func) (elem $e func))`, "duplicate elem $e", 30],
    [String.raw`(module (data $d "") (data $d ""))`, "duplicate data $d", 28],
    [String.raw`(module (type $t (func)) (type $t (func)))`, "duplicate type $t", 32],
    [String.raw`(module (func (param $x i32) (param $x i32)))`, "duplicate local $x", 37],
    [String.raw`(module (start 0) (start 0) (func))`, "multiple start sections", 19],
    [String.raw`(module (func (call $missing)))`, "unknown function $missing", 21],
    [String.raw`(module (memory 1) (func (drop (i32.load align=5 (i32.const 0)))))`, "alignment must be a power of two", 48],
    [String.raw`(module (memory 1) (func (drop (i32.load align=0 (i32.const 0)))))`, "alignment must be a power of two", 48],
    [String.raw`(module (global (import "a" "b") i32) (global i32 (i32.const 0)) (table (import "a" "t") 0 funcref))`, "import after global", 66],
    [String.raw`(module (type $sig (func)) (func (block (type $sig) (result i32) (i32.const 0)) (unreachable)))`, "inline function type does not match (type $sig)", 47],
  ])("%s: %s at column %d", (source, reason, column) => {
    let error: unknown;
    try {
      resolveText(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WatResolveError);
    expect(error).toMatchObject({ reason, line: 1, column });
  });

  test("the spec testsuite's mismatching labels and inline function types", () => {
    const malformed = [
      "(func block end $l)",
      "(func loop $a end $l)",
      "(func i32.const 0 if else $l end)",
      "(func i32.const 0 if $a else $l1 end $l2)",
      "(func i32.const 0 if $a else $a end $l)",
    ];
    for (const m of malformed) expect(() => resolveText(`(module ${m})`)).toThrow(/mismatching label/);
    expect(() => resolveText("(module (func i32.const 0 if $a else $a end $a))")).not.toThrow();
    const inline = [
      "(type $sig (func (param i32) (result i32))) (func (type $sig) (result i32) (i32.const 0))",
      "(type $sig (func (param i32 i32) (result i32))) (func (type $sig) (param i32) (result i32) (unreachable))",
      "(type $sig (func (param i32) (result i32))) (func (i32.const 0) (block (type $sig) (param i32) (drop)) (unreachable))",
      "(type $sig (func)) (table 0 funcref) (func (call_indirect (type $sig) (result i32) (i32.const 0)))",
    ];
    for (const m of inline) expect(() => resolveText(`(module ${m})`)).toThrow(/inline function type/);
  });

  test("positions on later lines", () => {
    expect(() => resolveText("(module\n  (func $f)\n  (func $f))")).toThrow(/^3:9: duplicate function \$f$/);
  });

  test("names of parameters and locals come from the text", () => {
    const m = resolveText("(module (type $t (func (param i32))) (func (type $t) (param $a i32) (local $b i64) local.get $a drop))");
    expect(m.funcs[0].params.map((p) => p.name)).toEqual(["a"]);
    expect(m.funcs[0].locals.map((p) => p.name)).toEqual(["b"]);
    expect(m.funcs[0].body[0].local).toBe(m.funcs[0].params[0]);
  });
});
