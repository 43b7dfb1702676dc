/**
 * encode: instructions, one group of immediate kinds per case. Each case
 * writes a flat-text function body and the same body as model instructions,
 * inside one fixture module, and compares `encode` with wasm-tools' bytes
 * (through jco).
 */
import { parse } from "@bytecodealliance/jco";
import { encode } from "../../src/binary/encode.js";
import { instrByName } from "../../src/isa/instructions.js";
import { emptyModule } from "../../src/module/empty.js";
import type {
  BlockType,
  CompType,
  Data,
  Elem,
  Func,
  Global,
  HeapType,
  Instr,
  LabelTarget,
  Local,
  Memory,
  Module,
  RefType,
  Table,
  Tag,
  TypeDef,
  ValType,
} from "../../src/module/model.js";

// ---- builders -------------------------------------------------------------

function ins(name: string, fields: Partial<Instr> = {}): Instr {
  const op = instrByName(name);
  if (op === undefined) throw new Error(`no instruction ${name}`);
  return { op, ...fields };
}
const ref = (heap: HeapType, nullable = true): RefType => ({ nullable, heap });
const EMPTY: BlockType = { kind: "empty" };
const bt = (type: ValType): BlockType => ({ kind: "value", type });

function typeDef(comp: CompType): TypeDef {
  return { entity: "type", final: true, supertypes: [], comp, explicitSub: false, index: -1 };
}
const local = (type: ValType): Local => ({ entity: "local", type, index: -1 });
const limits = (addressType: "i32" | "i64" = "i32") => ({ addressType, min: 1n, shared: false });

/** The fixture's entities, for building instructions that refer to them. */
interface Ctx {
  ft: TypeDef; // (func)
  s: TypeDef; // (struct (field i32) (field (mut i64)))
  a: TypeDef; // (array (mut i8))
  bt: TypeDef; // (func (param i32) (result i32))
  tp: TypeDef; // (func (param i32))
  mems: Memory[]; // memory 0, memory 1, memory 2 (i64)
  tables: Table[];
  global: Global;
  tags: Tag[]; // tag 0 (param i32), tag 1 ()
  elem: Elem;
  data: Data;
  func: Func; // the function being built: (param i32) (local i64 f32 v128 anyref)
}

const FIXTURE_HEAD = `(module
  (type (func)) (type (struct (field i32) (field (mut i64)))) (type (array (mut i8)))
  (type (func (param i32) (result i32))) (type (func (param i32)))
  (memory 1) (memory 1) (memory i64 1)
  (table 1 funcref) (table 1 funcref)
  (global (mut i32) (i32.const 0))
  (tag (type 4)) (tag (type 0))
  (elem declare func 0)
  (data "")
  (func (type 4) (param i32) (local i64 f32 v128 anyref)
`;

function fixture(): { ctx: Ctx; module: Module } {
  const ft = typeDef({ kind: "func", params: [], results: [] });
  const s = typeDef({
    kind: "struct",
    fields: [
      { type: "i32", mutable: false },
      { type: "i64", mutable: true },
    ],
  });
  const a = typeDef({ kind: "array", element: { type: "i8", mutable: true } });
  const btype = typeDef({ kind: "func", params: ["i32"], results: ["i32"] });
  const tp = typeDef({ kind: "func", params: ["i32"], results: [] });
  const mems: Memory[] = [limits(), limits(), limits("i64")].map((l) => ({ entity: "memory", limits: l, index: -1 }));
  const tables: Table[] = [0, 1].map(() => ({ entity: "table", elemType: ref("func"), limits: limits(), index: -1 }));
  const global: Global = { entity: "global", type: "i32", mutable: true, init: [ins("i32.const", { i32: 0 })], index: -1 };
  const tags: Tag[] = [tp, ft].map((type) => ({ entity: "tag", type, index: -1 }));
  const func: Func = {
    entity: "func",
    type: tp,
    params: [local("i32")],
    locals: [local("i64"), local("f32"), local("v128"), local(ref("any"))],
    body: [],
    index: -1,
  };
  const elem: Elem = {
    entity: "elem",
    mode: { kind: "declarative" },
    type: ref("func"),
    items: [[ins("ref.func", { func })]],
    funcIndices: true,
    implicitTable: false,
    index: -1,
  };
  const data: Data = { entity: "data", mode: { kind: "passive" }, bytes: new Uint8Array(), implicitMemory: false, index: -1 };
  const module: Module = {
    types: [ft, s, a, btype, tp].map((t) => ({ types: [t], explicit: false })),
    imports: [],
    funcs: [func],
    tables,
    memories: mems,
    globals: [global],
    tags,
    exports: [],
    elems: [elem],
    datas: [data],
    customs: [],
    dataCount: false,
  };
  return { ctx: { ft, s, a, bt: btype, tp, mems, tables, global, tags, elem, data, func }, module };
}

/** A body as text and as instructions. */
interface Body {
  text: string;
  body: Instr[];
  dataCount?: boolean;
}

/** Pairs of (flat text, instruction) written one after the other. */
function seq(...pairs: Array<[string, Instr]>): Body {
  return { text: pairs.map(([t]) => t).join("\n"), body: pairs.map(([, i]) => i) };
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex").replace(/(..)(?!$)/g, "$1 ");

async function expectSameBody(build: (c: Ctx) => Body): Promise<void> {
  const { ctx, module } = fixture();
  const { text, body, dataCount } = build(ctx);
  ctx.func.body = body;
  module.dataCount = dataCount ?? false;
  const ours = encode(module);
  const theirs = await parse(`${FIXTURE_HEAD}${text}))`);
  expect(hex(ours)).toBe(hex(theirs));
  expect(Buffer.compare(Buffer.from(ours), Buffer.from(theirs))).toBe(0);
}

/** `name` with no immediates. */
const plain = (name: string): [string, Instr] => [name, ins(name)];
const drop = plain("drop");

// ---- cases ----------------------------------------------------------------

const cases: Array<[string, (c: Ctx) => Body]> = [
  [
    "i32/i64 constants (signed LEB edges), f32/f64 bit patterns (NaN payloads, -0, subnormals)",
    () => {
      const pairs: Array<[string, Instr]> = [];
      for (const v of [0, 1, -1, 63, 64, -64, -65, 127, 128, 2147483647, -2147483648, 0x12345678]) {
        pairs.push([`i32.const ${v}`, ins("i32.const", { i32: v })], drop);
      }
      for (const v of [0n, -1n, 63n, -65n, 1n << 40n, -(1n << 40n), (1n << 63n) - 1n, -(1n << 63n), (1n << 53n) + 1n]) {
        pairs.push([`i64.const ${v}`, ins("i64.const", { i64: v })], drop);
      }
      const f32: Array<[string, number]> = [
        ["1.5", 0x3fc00000],
        ["-0", 0x80000000],
        ["nan:0x200000", 0x7fa00000],
        ["-nan", 0xffc00000],
        ["inf", 0x7f800000],
        ["0x1p-149", 1],
      ];
      for (const [t, bits] of f32) pairs.push([`f32.const ${t}`, ins("f32.const", { i32: bits })], drop);
      const f64: Array<[string, bigint]> = [
        ["-0x1p-1074", 0x8000000000000001n],
        ["nan:0x8000000000001", 0x7ff8000000000001n],
        ["-inf", 0xfff0000000000000n],
        ["3.141592653589793", 0x400921fb54442d18n],
      ];
      for (const [t, bits] of f64) pairs.push([`f64.const ${t}`, ins("f64.const", { i64: bits })], drop);
      return seq(...pairs);
    },
  ],
  [
    "locals and globals; numeric operators (one-byte and 0xfc-prefixed)",
    (c) => {
      const [p] = c.func.params;
      const [l64, lf32] = c.func.locals;
      return seq(
        ["local.get 0", ins("local.get", { local: p })],
        ["global.set 0", ins("global.set", { global: c.global })],
        ["global.get 0", ins("global.get", { global: c.global })],
        ["local.tee 0", ins("local.tee", { local: p })],
        plain("i64.extend_i32_s"),
        ["local.set 1", ins("local.set", { local: l64 })],
        ["local.get 2", ins("local.get", { local: lf32 })],
        plain("i32.trunc_sat_f32_u"),
        plain("i32.extend8_s"),
        plain("i32.popcnt"),
        drop,
      );
    },
  ],
  [
    "memarg: natural and explicit alignment, offsets, memory index (bit 6), 64-bit offsets; memory.size/grow",
    (c) => {
      const [m0, m1, m2] = c.mems;
      const mem = (name: string, memory: Memory, align: number, offset: bigint): Instr =>
        ins(name, { memarg: { memory, align, offset } });
      return seq(
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["i32.load", mem("i32.load", m0, 2, 0n)],
        drop,
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["i64.load offset=7 align=4", mem("i64.load", m0, 2, 7n)],
        drop,
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["i32.store8 1 offset=3", mem("i32.store8", m1, 0, 3n)],
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["f64.load 1 offset=4294967295 align=1", mem("f64.load", m1, 0, 0xffffffffn)],
        drop,
        ["i64.const 0", ins("i64.const", { i64: 0n })],
        ["i64.load32_u 2 offset=0x100000000", mem("i64.load32_u", m2, 2, 0x100000000n)],
        drop,
        ["memory.size", ins("memory.size", { memory: m0 })],
        ["memory.grow 1", ins("memory.grow", { memory: m1 })],
        drop,
        ["memory.size 2", ins("memory.size", { memory: m2 })],
        drop,
      );
    },
  ],
  [
    "bulk memory and tables: memory.init/copy/fill, data.drop, table.get/set/size/grow/fill/copy/init, elem.drop",
    (c) => {
      const [m0, m1] = c.mems;
      const [t0, t1] = c.tables;
      const zeros = (n: number): Array<[string, Instr]> =>
        Array.from({ length: n }, (): [string, Instr] => ["i32.const 0", ins("i32.const", { i32: 0 })]);
      return {
        ...seq(
          ...zeros(3),
          ["memory.init 1 0", ins("memory.init", { memory: m1, data: c.data })],
          ...zeros(3),
          ["memory.init 0", ins("memory.init", { memory: m0, data: c.data })],
          ...zeros(3),
          ["memory.copy 0 1", ins("memory.copy", { memory: m0, memory2: m1 })],
          ...zeros(3),
          ["memory.copy", ins("memory.copy", { memory: m0, memory2: m0 })],
          ...zeros(3),
          ["memory.fill 1", ins("memory.fill", { memory: m1 })],
          ["data.drop 0", ins("data.drop", { data: c.data })],
          ...zeros(1),
          ["table.get 1", ins("table.get", { table: t1 })],
          drop,
          ...zeros(1),
          ["ref.null func", ins("ref.null", { heapType: "func" })],
          ["table.set 0", ins("table.set", { table: t0 })],
          ["table.size 1", ins("table.size", { table: t1 })],
          drop,
          ["ref.null func", ins("ref.null", { heapType: "func" })],
          ...zeros(1),
          ["table.grow 1", ins("table.grow", { table: t1 })],
          drop,
          ...zeros(1),
          ["ref.null func", ins("ref.null", { heapType: "func" })],
          ...zeros(1),
          ["table.fill 1", ins("table.fill", { table: t1 })],
          ...zeros(3),
          ["table.copy 1 0", ins("table.copy", { table: t1, table2: t0 })],
          ...zeros(3),
          ["table.init 1 0", ins("table.init", { table: t1, elem: c.elem })],
          ["elem.drop 0", ins("elem.drop", { elem: c.elem })],
        ),
        dataCount: true,
      };
    },
  ],
  [
    "threads: atomic.fence, notify/wait, rmw and cmpxchg on another memory",
    (c) => {
      const [m0, m1] = c.mems;
      const z = (): [string, Instr] => ["i32.const 0", ins("i32.const", { i32: 0 })];
      return seq(
        ["atomic.fence", ins("atomic.fence")],
        z(),
        z(),
        ["memory.atomic.notify offset=4", ins("memory.atomic.notify", { memarg: { memory: m0, align: 2, offset: 4n } })],
        drop,
        z(),
        z(),
        ["i64.const 0", ins("i64.const", { i64: 0n })],
        ["memory.atomic.wait32 1", ins("memory.atomic.wait32", { memarg: { memory: m1, align: 2, offset: 0n } })],
        drop,
        z(),
        z(),
        z(),
        ["i32.atomic.rmw.cmpxchg 1", ins("i32.atomic.rmw.cmpxchg", { memarg: { memory: m1, align: 2, offset: 0n } })],
        drop,
        z(),
        ["i64.const 1", ins("i64.const", { i64: 1n })],
        ["i64.atomic.rmw8.add_u", ins("i64.atomic.rmw8.add_u", { memarg: { memory: m0, align: 0, offset: 0n } })],
        drop,
      );
    },
  ],
  [
    "SIMD: v128.const, shuffle, lanes, load/store lane with memory index, sub-opcodes above 127, relaxed SIMD",
    (c) => {
      const [, m1] = c.mems;
      const v = (bytes: number[]): Instr => ins("v128.const", { bytes: new Uint8Array(bytes) });
      const le32 = (xs: number[]): number[] => xs.flatMap((x) => [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24]);
      const zero = (): [string, Instr] => ["v128.const i64x2 0 0", v(new Array(16).fill(0))];
      return seq(
        ["v128.const i32x4 1 2 3 0xffffffff", v(le32([1, 2, 3, 0xffffffff]))],
        ["i32x4.extract_lane 3", ins("i32x4.extract_lane", { index: 3 })],
        drop,
        ["v128.const i64x2 -1 0", v([...new Array(8).fill(0xff), ...new Array(8).fill(0)])],
        ["v128.const f32x4 1 2 3 4", v(le32([0x3f800000, 0x40000000, 0x40400000, 0x40800000]))],
        [
          "i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31",
          ins("i8x16.shuffle", { bytes: new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31]) }),
        ],
        ["f32.const 0", ins("f32.const", { i32: 0 })],
        ["f32x4.replace_lane 2", ins("f32x4.replace_lane", { index: 2 })],
        plain("i8x16.popcnt"),
        plain("i32x4.trunc_sat_f64x2_u_zero"),
        zero(),
        plain("i8x16.relaxed_swizzle"),
        zero(),
        plain("i32x4.dot_i16x8_s"),
        drop,
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        zero(),
        ["v128.load8_lane 1 offset=2 15", ins("v128.load8_lane", { memarg: { memory: m1, align: 0, offset: 2n }, index: 15 })],
        drop,
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        zero(),
        ["v128.store64_lane align=4 1", ins("v128.store64_lane", { memarg: { memory: c.mems[0], align: 2, offset: 0n }, index: 1 })],
        ["i32.const 0", ins("i32.const", { i32: 0 })],
        ["v128.load32_zero 1", ins("v128.load32_zero", { memarg: { memory: m1, align: 2, offset: 0n } })],
        drop,
      );
    },
  ],
  [
    "calls: call, call_indirect (type then table), return_call*, call_ref, ref.func",
    (c) => {
      const z = (): [string, Instr] => ["i32.const 0", ins("i32.const", { i32: 0 })];
      return seq(
        z(),
        ["call 0", ins("call", { func: c.func })],
        z(),
        z(),
        ["call_indirect 1 (type 4)", ins("call_indirect", { type: c.tp, table: c.tables[1] })],
        z(),
        z(),
        ["call_indirect (type 4)", ins("call_indirect", { type: c.tp, table: c.tables[0] })],
        z(),
        ["ref.func 0", ins("ref.func", { func: c.func })],
        ["call_ref 4", ins("call_ref", { type: c.tp })],
        z(),
        ["ref.func 0", ins("ref.func", { func: c.func })],
        ["return_call_ref 4", ins("return_call_ref", { type: c.tp })],
        z(),
        z(),
        ["return_call_indirect 1 (type 4)", ins("return_call_indirect", { type: c.tp, table: c.tables[1] })],
        z(),
        ["return_call 0", ins("return_call", { func: c.func })],
      );
    },
  ],
  [
    "references: ref.null of every heap type, ref.is_null/as_non_null/eq, i31, typed and untyped select",
    (c) => {
      const heaps: Array<[string, HeapType]> = [
        ...(["func", "nofunc", "extern", "noextern", "any", "eq", "i31", "struct", "array", "none", "exn", "noexn"] as const).map(
          (h): [string, HeapType] => [h, h],
        ),
        ["1", c.s],
        ["2", c.a],
      ];
      const pairs: Array<[string, Instr]> = [];
      for (const [t, h] of heaps) pairs.push([`ref.null ${t}`, ins("ref.null", { heapType: h })], drop);
      const z = (): [string, Instr] => ["i32.const 0", ins("i32.const", { i32: 0 })];
      pairs.push(
        ["ref.null any", ins("ref.null", { heapType: "any" })],
        plain("ref.is_null"),
        drop,
        ["ref.null 1", ins("ref.null", { heapType: c.s })],
        plain("ref.as_non_null"),
        ["ref.null eq", ins("ref.null", { heapType: "eq" })],
        plain("ref.eq"),
        drop,
        z(),
        plain("ref.i31"),
        plain("i31.get_s"),
        z(),
        z(),
        ["select (result i32)", ins("select", { selectTypes: ["i32"] })],
        z(),
        z(),
        ["select", ins("select")],
        ["ref.null any", ins("ref.null", { heapType: "any" })],
        ["ref.null any", ins("ref.null", { heapType: "any" })],
        z(),
        ["select (result anyref)", ins("select", { selectTypes: [ref("any")] })],
        drop,
        drop,
        z(),
        z(),
        ["select (result)", ins("select", { selectTypes: [] })],
      );
      return seq(...pairs);
    },
  ],
  [
    "GC: struct and array instructions with type, field, count, data and elem immediates; array.copy",
    (c) => {
      const z = (): [string, Instr] => ["i32.const 0", ins("i32.const", { i32: 0 })];
      const anull = (): [string, Instr] => ["ref.null 2", ins("ref.null", { heapType: c.a })];
      const snull = (): [string, Instr] => ["ref.null 1", ins("ref.null", { heapType: c.s })];
      return {
        ...seq(
          z(),
          ["i64.const -129", ins("i64.const", { i64: -129n })],
          ["struct.new 1", ins("struct.new", { type: c.s })],
          ["struct.get 1 1", ins("struct.get", { type: c.s, index: 1 })],
          drop,
          ["struct.new_default 1", ins("struct.new_default", { type: c.s })],
          drop,
          snull(),
          ["i64.const 5", ins("i64.const", { i64: 5n })],
          ["struct.set 1 1", ins("struct.set", { type: c.s, index: 1 })],
          z(),
          z(),
          z(),
          ["array.new_fixed 2 3", ins("array.new_fixed", { type: c.a, index: 3 })],
          anull(),
          z(),
          z(),
          z(),
          ["array.new_data 2 0", ins("array.new_data", { type: c.a, data: c.data })],
          z(),
          z(),
          ["array.copy 2 2", ins("array.copy", { type: c.a, type2: c.a })],
          z(),
          z(),
          ["array.new 2", ins("array.new", { type: c.a })],
          z(),
          ["array.get_u 2", ins("array.get_u", { type: c.a })],
          drop,
          anull(),
          z(),
          z(),
          z(),
          ["array.init_data 2 0", ins("array.init_data", { type: c.a, data: c.data })],
          anull(),
          plain("array.len"),
          drop,
          anull(),
          z(),
          z(),
          z(),
          ["array.fill 2", ins("array.fill", { type: c.a })],
        ),
        dataCount: true,
      };
    },
  ],
  [
    "casts: ref.test/ref.cast (nullable uses the alternative opcode), br_on_cast flags, extern/any conversion",
    (c) => {
      const anyNull = (): [string, Instr] => ["ref.null any", ins("ref.null", { heapType: "any" })];
      const blk = ins("block", { blockType: bt(ref("any")) });
      blk.body = [
        anyNull()[1],
        ins("br_on_cast", { label: blk, refType: ref("any"), refType2: ref(c.s, false) }),
        ins("br_on_cast_fail", { label: blk, refType: ref("any"), refType2: ref(c.s) }),
        ins("ref.as_non_null"),
        ins("br_on_cast", { label: blk, refType: ref("any", false), refType2: ref("i31", false) }),
        ins("br_on_cast_fail", { label: c.func, refType: ref("any", false), refType2: ref("eq") }),
      ];
      const body = seq(
        anyNull(),
        ["ref.test (ref 1)", ins("ref.test", { refType: ref(c.s, false) })],
        drop,
        anyNull(),
        ["ref.test (ref null 1)", ins("ref.test", { refType: ref(c.s) })],
        drop,
        anyNull(),
        ["ref.cast i31ref", ins("ref.cast", { refType: ref("i31") })],
        drop,
        anyNull(),
        ["ref.cast (ref eq)", ins("ref.cast", { refType: ref("eq", false) })],
        plain("extern.convert_any"),
        plain("any.convert_extern"),
        drop,
      );
      body.text +=
        "\nblock (result anyref) ref.null any br_on_cast 0 anyref (ref 1) br_on_cast_fail 0 anyref (ref null 1)" +
        " ref.as_non_null br_on_cast 0 (ref any) (ref i31) br_on_cast_fail 1 (ref any) eqref end drop";
      body.body.push(blk, ins("drop"));
      return body;
    },
  ],
  [
    "control: block/loop/if with value and type-index block types, else (also empty), br/br_if/br_table depths, function label",
    (c) => {
      const p = c.func.params[0];
      const lg = (): Instr => ins("local.get", { local: p });
      const outer = ins("block", { blockType: bt("i32") });
      const lp = ins("loop", { blockType: EMPTY });
      const inner = ins("block", { blockType: EMPTY });
      inner.body = [
        ins("i32.const", { i32: 1 }),
        ins("br", { label: outer }),
        lg(),
        ins("br_if", { label: lp }),
        lg(),
        ins("br_table", { labels: [inner, lp, c.func, lp] as LabelTarget[] }),
      ];
      lp.body = [inner];
      outer.body = [lp, ins("i32.const", { i32: 0 })];
      const typed = ins("block", { blockType: { kind: "type", type: c.bt } });
      typed.body = [ins("br", { label: typed })];
      const ifElse = ins("if", { blockType: bt("i32"), body: [ins("i32.const", { i32: 1 })], else: [ins("i32.const", { i32: 2 })] });
      const ifEmptyElse = ins("if", { blockType: EMPTY, body: [ins("nop")], else: [] });
      const ifNoElse = ins("if", { blockType: EMPTY, body: [ins("br", { label: c.func })] });
      const ifTyped = ins("if", { blockType: { kind: "type", type: c.bt }, body: [], else: [] });
      return {
        text: `block (result i32) loop block i32.const 1 br 2 local.get 0 br_if 1 local.get 0 br_table 0 1 3 1 end end i32.const 0 end
          block (type 3) br 0 end
          if (result i32) i32.const 1 else i32.const 2 end
          local.get 0 if nop else end
          local.get 0 if br 1 end
          i32.const 5 local.get 0 if (type 3) else end drop
          nop unreachable return`,
        body: [
          outer,
          typed,
          ifElse,
          lg(),
          ifEmptyElse,
          lg(),
          ifNoElse,
          ins("i32.const", { i32: 5 }),
          lg(),
          ifTyped,
          ins("drop"),
          ins("nop"),
          ins("unreachable"),
          ins("return"),
        ],
      };
    },
  ],
  [
    "br_on_null / br_on_non_null labels",
    (c) => {
      const blk = ins("block", { blockType: EMPTY });
      blk.body = [
        ins("ref.null", { heapType: "any" }),
        ins("br_on_null", { label: blk }),
        ins("br_on_non_null", { label: c.func }),
      ];
      return { text: "block ref.null any br_on_null 0 br_on_non_null 1 end", body: [blk] };
    },
  ],
  [
    "exceptions: throw, throw_ref, try_table catch clauses (labels relative to the outside), nested try_table",
    (c) => {
      const [te, te2] = c.tags;
      const tt = ins("try_table", { blockType: bt("i32") });
      const out = ins("block", { blockType: EMPTY });
      tt.catches = [
        { kind: "catch", tag: te, label: out },
        { kind: "catch_ref", tag: te, label: c.func },
        { kind: "catch_all", label: out },
        { kind: "catch_all_ref", label: c.func },
      ];
      tt.body = [ins("i32.const", { i32: 1 })];
      const t2 = ins("try_table", { blockType: EMPTY });
      const t1 = ins("try_table", { blockType: EMPTY });
      const mid = ins("block", { blockType: EMPTY });
      t2.catches = [{ kind: "catch", tag: te2, label: mid }];
      t2.body = [ins("br", { label: t2 }), ins("i32.const", { i32: 3 }), ins("throw", { tag: te })];
      mid.body = [t2];
      t1.catches = [{ kind: "catch_all", label: out }];
      t1.body = [mid];
      out.body = [tt, ins("drop"), t1, ins("ref.null", { heapType: "exn" }), ins("throw_ref")];
      return {
        text: `block
            try_table (result i32) (catch 0 0) (catch_ref 0 1) (catch_all 0) (catch_all_ref 1) i32.const 1 end drop
            try_table (catch_all 0) block try_table (catch 1 0) br 0 i32.const 3 throw 0 end end end
            ref.null exn throw_ref
          end`,
        body: [out],
      };
    },
  ],
  [
    "legacy exceptions: try/catch/catch_all, rethrow (try on the label stack in handlers), delegate depths",
    (c) => {
      const [te, te2] = c.tags;
      const t1 = ins("try", { blockType: EMPTY, body: [ins("nop")] });
      t1.handlers = [
        { tag: te, body: [ins("drop")] },
        { tag: te2, body: [ins("rethrow", { label: t1 })] },
        { body: [ins("rethrow", { label: t1 })] },
      ];
      const outer2 = ins("try", { blockType: EMPTY });
      outer2.body = [ins("try", { blockType: EMPTY, body: [ins("nop")], delegate: outer2 })];
      const outer3 = ins("try", { blockType: EMPTY });
      outer3.body = [ins("try", { blockType: EMPTY, body: [ins("nop")], delegate: c.func })];
      const blk = ins("block", { blockType: EMPTY });
      blk.body = [ins("try", { blockType: EMPTY, body: [], delegate: blk })];
      const onlyAll = ins("try", { blockType: bt("i32"), body: [ins("i32.const", { i32: 1 })], handlers: [{ body: [ins("i32.const", { i32: 2 })] }] });
      const bare = ins("try", { blockType: EMPTY, body: [] });
      const inHandler = ins("try", { blockType: EMPTY, body: [] });
      const inner = ins("try", { blockType: EMPTY, body: [], delegate: inHandler });
      inHandler.handlers = [{ body: [inner] }];
      return {
        text: `try nop catch 0 drop catch 1 rethrow 0 catch_all rethrow 0 end
          try try nop delegate 0 end
          try try nop delegate 1 end
          block try delegate 0 end
          try (result i32) i32.const 1 catch_all i32.const 2 end drop
          try end
          try catch_all try delegate 0 end`,
        body: [t1, outer2, outer3, blk, onlyAll, ins("drop"), bare, inHandler],
      };
    },
  ],
  [
    "dangling references write their raw indices; a dangling label writes its depth",
    () => {
      const d = (index: number) => ({ entity: "dangling", index }) as const;
      const body = seq(
        ["call 5", ins("call", { func: d(5) })],
        ["br 3", ins("br", { label: { entity: "dangling-label", depth: 3 } })],
        ["local.get 9", ins("local.get", { local: d(9) })],
        ["global.get 4", ins("global.get", { global: d(4) })],
        ["i32.load 3", ins("i32.load", { memarg: { memory: d(3), align: 2, offset: 0n } })],
        ["memory.init 2 9", ins("memory.init", { memory: d(2), data: d(9) })],
        ["table.get 4", ins("table.get", { table: d(4) })],
        ["call_indirect 7 (type 8)", ins("call_indirect", { table: d(7), type: d(8) })],
      );
      return { ...body, dataCount: true };
    },
  ],
];

describe("encode: instructions", () => {
  test.each(cases)("%s", async (_title, build) => {
    await expectSameBody(build);
  });

  test("20000 nested blocks encode without deep recursion", async () => {
    const n = 20000;
    const ft = typeDef({ kind: "func", params: [], results: [] });
    const f: Func = { entity: "func", type: ft, params: [], locals: [], body: [], index: -1 };
    let body = f.body;
    let last: Instr | Func = f;
    for (let i = 0; i < n; i++) {
      const b = ins("block", { blockType: EMPTY, body: [] });
      body.push(b);
      body = b.body!;
      last = b;
    }
    body.push(ins("br", { label: f }), ins("br", { label: last }));
    const m: Module = { ...emptyModule(), types: [{ types: [ft], explicit: false }], funcs: [f] };
    const ours = encode(m);
    const theirs = await parse(`(module (func ${"block ".repeat(n)} br ${n} br 0 ${"end ".repeat(n)}))`);
    expect(Buffer.compare(Buffer.from(ours), Buffer.from(theirs))).toBe(0);
  });

  test("a branch to a block that does not enclose it is an error, not a wrong depth", () => {
    const { ctx, module } = fixture();
    const elsewhere = ins("block", { blockType: EMPTY, body: [] });
    ctx.func.body = [elsewhere, ins("br", { label: elsewhere })];
    expect(() => encode(module)).toThrow(/not an enclosing block/);
  });
});
