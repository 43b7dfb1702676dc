/**
 * Every entry of the name section survives binary -> text -> binary
 * exactly: a name that no `$id` can carry (empty, or already taken in its
 * index space) is printed as an `(@name "...")` annotation after a generated
 * id, on every entity the name section can name, and the parser reads it
 * back there. The name section also keeps its place among the sections, and
 * so does the branch hint section, which the text carries as annotations on
 * the instructions.
 */
import { describe, expect, it } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { print } from "../../src/print/print.js";
import { parseWat } from "../../src/syntax/parse.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusDir } from "../helpers/real-binaries.js";
import { sections } from "../helpers/wasm-sections.js";

const fromHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, "hex"));
const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** The bytes back from the text printed from them, flat and folded. */
function expectExactRoundTrip(bytes: Uint8Array): string {
  const text = wasm2wat(bytes);
  expect(hexOf(wat2wasm(text))).toBe(hexOf(bytes));
  expect(hexOf(wat2wasm(wasm2wat(bytes, { folded: true })))).toBe(hexOf(bytes));
  return text;
}

describe("names an id cannot carry are printed as (@name ...) and read back", () => {
  it("a parameter and a local both named x", () => {
    const bytes = fromHex("0061736d0100000001050160017f00030201000a06010401017f0b0010046e616d650209010002000178010178");
    const text = expectExactRoundTrip(bytes);
    expect(text).toContain("(param $x i32)");
    expect(text).toContain('(local $#local1<x> (@name "x") i32)');
    const f = decode(wat2wasm(text)).funcs[0];
    expect([f.params[0].name, f.locals[0].name]).toEqual(["x", "x"]);
  });

  // Each case names two entities of one kind "d" and a third "": the first keeps `$d`.
  const cases: Array<[string, string, string]> = [
    ["locals", '(func (param $d i32) (param (@name "d") i32) (local (@name "") i64))', '(local $#local2<> (@name "") i64)'],
    ["types", '(type $d (func)) (type (@name "d") (func (param i32))) (type (@name "") (func (result i32)))', '(type $#type1<d> (@name "d") (;1;)'],
    ["struct fields", '(type (struct (field $d i32) (field (@name "d") i64) (field (@name "") f32)))', '(field $#field1<d> (@name "d") i64)'],
    [
      "element segments",
      '(table 1 funcref) (func) (elem $d (i32.const 0) func 0) (elem (@name "d") func 0) (elem (@name "") declare func 0)',
      '(elem $#elem1<d> (@name "d") (;1;)',
    ],
    ["data segments", '(memory 1) (data $d (i32.const 0) "a") (data (@name "d") "b") (data (@name "") "c")', '(data $#data2<> (@name "") (;2;)'],
    ["labels", '(func block $d block $d (@name "d") end block (@name "") end end)', 'block $#label2<> (@name "")'],
    ["functions", '(func $d) (func (@name "d")) (func (@name ""))', '(func $#func2<> (@name "") (;2;)'],
    [
      "globals",
      '(global $d i32 (i32.const 0)) (global (@name "d") i32 (i32.const 1)) (global (@name "") i32 (i32.const 2))',
      '(global $#global1<d> (@name "d")',
    ],
    ["memories", '(memory $d 1) (memory (@name "d") 1) (memory (@name "") 1)', '(memory $#memory1<d> (@name "d")'],
    ["tables", '(table $d 1 funcref) (table (@name "d") 1 funcref) (table (@name "") 1 funcref)', '(table $#table2<> (@name "")'],
    ["tags", '(tag $d) (tag (@name "d")) (tag (@name ""))', '(tag $#tag1<d> (@name "d")'],
  ];
  it.each(cases)("%s", (_, fields, printed) => {
    const bytes = wat2wasm(`(module ${fields})`);
    const text = expectExactRoundTrip(bytes);
    expect(text).toContain(printed);
  });

  it("the names reach the model", () => {
    const m = decode(wat2wasm(`(module ${cases.map(([, fields]) => fields).join(" ")})`));
    const names = (items: readonly { name?: string }[]) => items.map((i) => i.name);
    const struct = m.types.flatMap((g) => g.types).find((t) => t.comp.kind === "struct")!;
    expect(names(m.funcs[0].params)).toEqual(["d", "d"]);
    expect(names(m.funcs[0].locals)).toEqual([""]);
    expect(struct.comp.kind === "struct" && names(struct.comp.fields)).toEqual(["d", "d", ""]);
    expect(names(m.elems)).toEqual(["d", "d", ""]);
    expect(names(m.datas)).toEqual(["d", "d", ""]);
    expect(names(m.tags)).toEqual(["d", "d", ""]);
  });
});

describe("where the parser takes (@name ...)", () => {
  it("right after the keyword or the id of each entity", () => {
    const text = `(module (@name "m")
      (type $t (@name "T") (struct (field $f (@name "F") i32)))
      (func (@name "fn") (param (@name "P") i32) (local $l (@name "L") i32))
      (memory (@name "M") 1) (data (@name "D") "") (table (@name "TB") 1 funcref) (elem (@name "E") func))`;
    const m = decode(wat2wasm(text));
    expect(m.name).toBe("m");
    expect(m.types[0].types[0].name).toBe("T");
    const comp = m.types[0].types[0].comp;
    expect(comp.kind === "struct" && comp.fields[0].name).toBe("F");
    expect([m.funcs[0].name, m.funcs[0].params[0].name, m.funcs[0].locals[0].name]).toEqual(["fn", "P", "L"]);
    expect([m.memories[0].name, m.datas[0].name, m.tables[0].name, m.elems[0].name]).toEqual(["M", "D", "TB", "E"]);
  });

  it("and the AST printer writes them back, with or without an id", () => {
    const text = `(module (type (struct (field (@name "F") i32))) (func (param (@name "p") i32) (local $l (@name "l") i32) block (@name "") end)
      (data (@name "d") "") (elem (@name "e") func))`;
    const command = parseWat(text).commands[0];
    if (command.kind !== "module" || command.module.kind !== "module") throw new Error("expected a text module");
    const printed = print(command.module);
    for (const part of [
      '(field (@name "F") i32)',
      '(param (@name "p") i32)',
      '(local $l (@name "l") i32)',
      'block (@name "")',
      '(data (@name "d")',
      '(elem (@name "e")',
    ]) {
      expect(printed).toContain(part);
    }
    expect(wat2wasm(printed)).toEqual(wat2wasm(text));
  });

  it("nowhere else", () => {
    expect(() => parseWat('(module (func (result (@name "r") i32) i32.const 0))')).toThrow("misplaced @name annotation");
    expect(() => parseWat('(module (func (local i32 (@name "x") i32)))')).toThrow("misplaced @name annotation");
    expect(() => parseWat('(module (func block (param (@name "x") i32) drop end))')).toThrow("misplaced @name annotation");
    expect(() => parseWat('(module (func (param $a (@name "x") (@name "y") i32)))')).toThrow("@name annotation: multiple names");
  });
});

describe("the name section keeps its place", () => {
  it("before every other section", () => {
    const bytes = fromHex("0061736d01000000000b046e616d65010401000161010401600000030201000a040102000b");
    const text = expectExactRoundTrip(bytes);
    expect(text).toContain("(func $a (;0;) (type 0))");
    expect(text).toContain("(@watkit.exact names-after 0 (before first))");
  });

  it("between known sections, after other custom sections of its place", () => {
    const bytes = wat2wasm("(module (func $f) (func $g (block $b)))");
    const nameAt = 8 + findSection(bytes.subarray(8), 0);
    const codeAt = 8 + findSection(bytes.subarray(8), 10);
    // An empty custom section "a", then the name section, both between the function and code sections.
    const custom = [0, 2, 1, 0x61];
    const moved = Uint8Array.from([...bytes.subarray(0, codeAt), ...custom, ...bytes.subarray(nameAt), ...bytes.subarray(codeAt, nameAt)]);
    const text = expectExactRoundTrip(moved);
    expect(text).toContain("(@watkit.exact names-after 1 (after func))");
    expect(text).toContain("block $b");
  });

  it("only while asked to: canonical text leaves it to the encoder, as wasm-tools reads that text, however it is printed", async () => {
    const jco = await import("@bytecodealliance/jco");
    const small = fromHex("0061736d01000000000b046e616d65010401000161010401600000030201000a040102000b");
    // Go's 2 MB binary with a custom section after its name section: printed by runs of bodies on one thread, and split on two.
    const go = readFileSync(join(corpusDir(), "go/hello/hello.wasm"));
    const large = Uint8Array.from([...go, 0, 2, 1, 0x61]);
    const texts = [wasm2wat(small, { exact: false }), wasm2wat(large, { exact: false, jobs: 1 }), wasm2wat(large, { exact: false, jobs: 2 })];
    expect(wasm2wat(small)).toContain("(@watkit.exact names-after");
    expect(wasm2wat(large, { jobs: 1 })).toContain("(@watkit.exact names-after");
    for (const text of texts) expect(text).not.toContain("@watkit.exact");
    expect(texts[2]).toBe(texts[1]);
    expect(Buffer.from(wat2wasm(texts[0])).equals(Buffer.from(await jco.parse(texts[0])))).toBe(true);
  });
});

describe("the branch hint section keeps its place among the custom sections", () => {
  /** A module with an export, a branch hint and names, its sections by role, and custom sections "a" and "b". */
  const bytes = wat2wasm('(module (func $f (export "f") (param i32) (@metadata.code.branch_hint "\\01") (if (local.get 0) (then))))');
  const parts = new Map<string, Uint8Array>([
    ["a", Uint8Array.from([0, 2, 1, 0x61])],
    ["b", Uint8Array.from([0, 2, 1, 0x62])],
  ]);
  for (const s of sections(bytes)) {
    const role = s.id === 0 ? (s.name === "name" ? "name" : "hints") : { 1: "type", 3: "func", 7: "export", 10: "code" }[s.id];
    parts.set(role!, bytes.subarray(s.start, s.end));
  }
  /** The module with the sections after the function section in `order`. */
  const arranged = (order: string): Uint8Array =>
    Buffer.concat([bytes.subarray(0, 8), parts.get("type")!, parts.get("func")!, ...order.split(" ").map((role) => parts.get(role)!)]);

  it.each([
    "hints name export code",
    "export hints name code",
    "export name hints code",
    "export hints a code",
    "export a hints code",
    "export hints a name code",
    "export hints name a code",
    "export a hints name code",
    "export name a hints code",
    "export a hints b name code",
    "hints export name code",
    "export hints code a name",
  ])("%s", (order) => {
    const moved = arranged(order);
    expect(hexOf(wat2wasm(expectExactRoundTrip(moved)))).toBe(hexOf(moved));
    expect(hexOf(wat2wasm(wasm2wat(moved, { names: false })))).toBe(hexOf(moved));
  });

  it("is written with its hints, and told its place only when it is not right before the code", () => {
    expect(wasm2wat(arranged("export name hints code"))).not.toContain("hints-after");
    const text = wasm2wat(arranged("export hints name code"));
    expect(text).toContain('(@metadata.code.branch_hint "\\01")');
    expect(text).toContain("(@watkit.exact hints-after 0 (after export))");
    expect(text).toContain("(@watkit.exact names-after 1 (after export))");
  });
});

/** Where the sections of a module body (after the header) start: id at that offset. */
function findSection(body: Uint8Array, id: number): number {
  let at = 0;
  while (at < body.length) {
    if (body[at] === id) return at;
    let size = 0;
    let shift = 0;
    let p = at + 1;
    for (;;) {
      const b = body[p++];
      size |= (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) === 0) break;
    }
    at = p + size;
  }
  throw new Error(`no section ${id}`);
}
