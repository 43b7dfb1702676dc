/**
 * decode: what a binary becomes in the model (bound references, dangling
 * indices, names, hints, custom section places, offsets), what makes a
 * binary malformed, and hostile inputs that must fail fast or decode fast.
 * The spec testsuite sweep is in test/spec/decode.test.ts.
 */
import { describe, expect, it } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { encode } from "../../src/binary/encode.js";
import type { Func, Instr, Local } from "../../src/module/model.js";
import { print } from "../../src/print/print.js";
import { validate } from "../../src/validate/validate.js";
import { wat2wasm } from "../../src/wat2wasm.js";

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** A module binary from the header and raw section bytes. */
const binary = (...sections: number[][]): Uint8Array => Uint8Array.from([...HEADER, ...sections.flat()]);

/** A section: id, size, payload. The payloads here are short, so the size is one byte. */
const section = (id: number, ...payload: number[]): number[] => [id, payload.length, ...payload];

const TYPE_VOID = section(1, 1, 0x60, 0, 0);
const ONE_FUNC = section(3, 1, 0);
const codeOf = (...body: number[]): number[] => section(10, 1, body.length, ...body);

function failure(bytes: Uint8Array): WasmDecodeError {
  try {
    decode(bytes);
  } catch (e) {
    if (e instanceof WasmDecodeError) return e;
    throw e;
  }
  throw new Error("expected decode to reject the binary");
}

const roundTrip = (bytes: Uint8Array): Uint8Array => encode(decode(bytes));

describe("references are bound to the entities they name", () => {
  const m = decode(
    wat2wasm(`(module
      (import "m" "f" (func $imp (param i32)))
      (memory 1) (global $g (mut i32) (i32.const 0))
      (func $f (param $p i32) (local $l i64)
        (block $b (br $b) (br 1) (br 2))
        (call $imp (local.get $p)) (call $f (i32.const 1))
        (global.set $g (i32.load (i32.const 0)))))`),
  );
  const [imp] = m.imports as Func[];
  const f = m.funcs[0];
  const block = f.body[0];

  it("imports come first in their index space; parameters are locals made from the type", () => {
    expect(imp.import).toEqual({ module: "m", name: "f" });
    expect(imp.params.map((p) => p.type)).toEqual(["i32"]);
    expect(f.params.map((p) => p.type)).toEqual(["i32"]);
    expect(f.locals.map((l) => l.type)).toEqual(["i64"]);
  });

  it("calls hold the function, local.get the Local, global.set the Global, loads the Memory", () => {
    const [, get, call, , self, , load, set] = f.body;
    expect(get.local).toBe(f.params[0]);
    expect(call.func).toBe(imp);
    expect(self.func).toBe(f);
    expect(load.memarg!.memory).toBe(m.memories[0]);
    expect(set.global).toBe(m.globals[0]);
  });

  it("branches hold the block they leave, the function for the outermost label, a DanglingLabel beyond it", () => {
    const [br0, br1, br2] = block.body!;
    expect(br0.label).toBe(block);
    expect(br1.label).toBe(f);
    expect(br2.label).toEqual({ entity: "dangling-label", depth: 2 });
  });

  it("names come back from the name section: functions, locals, labels, globals", () => {
    expect(imp.name).toBe("imp");
    expect(f.name).toBe("f");
    expect(f.params[0].name).toBe("p");
    expect((f.locals[0] as Local).name).toBe("l");
    expect(block.labelName).toBe("b");
    expect(m.globals[0].name).toBe("g");
  });

  it("every function and instruction knows its byte offset", () => {
    const bytes = wat2wasm(`(module (func nop))`);
    const func = decode(bytes).funcs[0];
    // Body: local count 0, nop, end.
    expect(bytes[func.offset!]).toBe(0);
    expect(bytes[func.body[0].offset!]).toBe(0x01);
  });
});

describe("well-formed but invalid modules decode: out-of-range indices dangle", () => {
  it("keeps the index of a missing function, type, local and memory", () => {
    const m = decode(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x10, 7, 0x20, 3, 0x3f, 0, 0x0b)));
    const [call, get, size] = m.funcs[0].body;
    expect(call.func).toEqual({ entity: "dangling", index: 7 });
    expect(get.local).toEqual({ entity: "dangling", index: 3 });
    expect(size.memory).toEqual({ entity: "dangling", index: 0 });
    const danglingType = decode(binary(section(3, 1, 5), codeOf(0, 0x0b))).funcs[0];
    expect(danglingType.type).toEqual({ entity: "dangling", index: 5 });
  });

  it("binds a type that a recursion group names before defining it", () => {
    const m = decode(wat2wasm(`(module (rec (type $a (struct (field (ref null $b)))) (type $b (struct))))`));
    const [a, b] = m.types[0].types;
    expect(a.comp.kind === "struct" && a.comp.fields[0].type).toEqual({ nullable: true, heap: b });
  });
});

describe("malformed binaries are rejected with a located reason", () => {
  it.each([
    ["empty input", [], "unexpected end", 0],
    ["no magic", [0x00, 0x61, 0x73, 0x6e, 1, 0, 0, 0], "magic header not detected", 0],
    ["version 2", [...HEADER.slice(0, 4), 2, 0, 0, 0], "unknown binary version", 4],
    ["a component", [...HEADER.slice(0, 4), 0x0d, 0, 1, 0], "unknown binary version", 4],
  ])("%s", (_, bytes, reason, offset) => {
    expect(failure(Uint8Array.from(bytes))).toMatchObject({ reason, offset });
  });

  it("a resume handler clause of an unknown kind", () => {
    // (type (func)) (type (cont 0)), a tag, and a body `resume 1 (2 ...)` whose clause kind is 2.
    const bytes = binary(section(1, 2, 0x60, 0, 0, 0x5d, 0), ONE_FUNC, section(13, 1, 0, 0), codeOf(0, 0xe3, 1, 1, 2, 0, 0x0b));
    expect(failure(bytes)).toMatchObject({ reason: "malformed handler clause" });
  });

  it("stack switching round-trips: continuation types, cont/nocont heap types, handler clauses", () => {
    const bytes = wat2wasm(`(module (type $f (func)) (type $c (cont $f)) (tag $t) (tag $s)
      (func (param (ref $c)) (result (ref null $c))
        (block $h (result (ref $c)) (resume $c (on $t $h) (on $s switch) (local.get 0)) (ref.null nocont) (return))
        (drop) (ref.null $c)))`);
    expect(roundTrip(bytes)).toEqual(bytes);
  });

  it("section ids beyond 13", () => {
    expect(failure(binary([14, 0]))).toMatchObject({ reason: "malformed section id", offset: 8 });
  });

  it("sections out of order or repeated", () => {
    expect(failure(binary(TYPE_VOID, TYPE_VOID)).reason).toBe("unexpected content after last section");
    expect(failure(binary(section(12, 0), section(11, 0), section(9, 0))).reason).toBe("unexpected content after last section");
  });

  it("garbage after the last section", () => {
    const valid = [...TYPE_VOID, ...ONE_FUNC, ...codeOf(0, 0x0b)];
    expect(failure(binary(valid, [0xff])).reason).toBe("malformed section id");
    expect(failure(binary(valid, [0x01, 0x00])).reason).toBe("unexpected content after last section");
    expect(failure(binary(valid, [0x00])).reason).toBe("unexpected end");
  });

  it("a section whose content does not fill its size, or overflows it", () => {
    expect(failure(binary([1, 5, 1, 0x60, 0, 0, 0])).reason).toBe("section size mismatch");
    expect(failure(binary([1, 3, 1, 0x60, 0, 0])).reason).toBe("unexpected end of section or function");
    expect(failure(binary([1, 9, 1])).reason).toBe("length out of bounds");
  });

  it("function and code sections that disagree", () => {
    expect(failure(binary(TYPE_VOID, ONE_FUNC)).reason).toBe("function and code section have inconsistent lengths");
    expect(failure(binary(TYPE_VOID, section(10, 1, 2, 0, 0x0b))).reason).toBe(
      "function and code section have inconsistent lengths",
    );
  });

  it("data count and data sections that disagree, or a data index without a data count", () => {
    expect(failure(binary(section(12, 2), section(11, 0))).reason).toBe("data count and data section have inconsistent lengths");
    expect(failure(binary(section(12, 1))).reason).toBe("data count and data section have inconsistent lengths");
    // data.drop 0 without a data count section
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0xfc, 9, 0, 0x0b), section(11, 1, 1, 0))).reason).toBe(
      "data count section required",
    );
  });

  it("bodies that lose their end, stray else, unknown opcodes", () => {
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x01))).reason).toBe("unexpected end of section or function");
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x05, 0x0b))).reason).toBe("misplaced ELSE opcode");
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0xff, 0x0b)))).toMatchObject({ reason: "illegal opcode ff", offset: 23 });
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x0b, 0x01))).reason).toBe("section size mismatch");
  });

  it("reserved flags and bytes", () => {
    expect(failure(binary(section(5, 1, 0x10, 0))).reason).toBe("malformed limits flags");
    expect(failure(binary(section(6, 1, 0x7f, 4, 0x41, 0, 0x0b))).reason).toBe("malformed mutability");
    expect(failure(binary(section(2, 1, 0, 0, 5, 0))).reason).toBe("malformed import kind");
    expect(failure(binary(section(4, 1, 0x7f, 0, 0))).reason).toBe("malformed reference type");
  });

  it("a table's limits can be shared (shared-everything threads, outside 3.0), a memory's too (threads); a page size is a memory's only", () => {
    // 0061736d01000000040401700201: a funcref table with flags 0x02 (shared, no maximum).
    const sharedTable = binary(section(4, 1, 0x70, 0x02, 1));
    expect(decode(sharedTable).tables[0].limits).toMatchObject({ shared: true, min: 1n });
    expect(() => decode(sharedTable, { features: "wasm3" })).toThrow("a shared table at offset 0x8 needs the shared-everything-threads proposal");
    expect(failure(binary(section(4, 1, 0x70, 0x08, 1)))).toMatchObject({ reason: "malformed limits flags", offset: 12 });
    expect(decode(binary(section(5, 1, 0x03, 1, 2))).memories[0].limits).toMatchObject({ shared: true, max: 2n });
  });

  it("reads shared types, heap types and globals, and the memory order of atomic accesses (shared-everything threads)", () => {
    const text =
      "(module (type $s (shared (struct (field (mut i32))))) (global $g (shared mut (ref null (shared any))) (ref.null (shared any)))" +
      " (func (param (ref null $s)) (result i32) (struct.atomic.rmw.add acq_rel $s 0 (local.get 0) (i32.const 1))))";
    const m = decode(wat2wasm(text));
    expect(m.types[0].types[0].shared).toBe(true);
    expect(m.globals[0]).toMatchObject({ shared: true, mutable: true, type: { nullable: true, heap: "any", shared: true } });
    expect(m.globals[0].init![0]).toMatchObject({ heapType: "any", sharedHeap: true });
    expect(m.funcs[0].body[2]).toMatchObject({ order: "acq_rel", index: 0 });
  });

  it("reads pause, a spin-loop hint without immediates at 0xfe 0x04, valid anywhere (shared-everything threads)", () => {
    const bytes = binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0xfe, 0x04, 0x0b));
    const m = decode(bytes);
    expect(m.funcs[0].body.map((ins) => ins.op.name)).toEqual(["pause"]);
    expect(Buffer.compare(encode(m), bytes)).toBe(0);
    expect(Buffer.compare(wat2wasm("(module (func pause))", { names: false }), bytes)).toBe(0);
    expect(print(m)).toContain("\n    pause\n");
    expect(validate(bytes).valid).toBe(true);
    expect(() => decode(bytes, { features: "wasm3,+threads" })).toThrow("the pause at offset 0x17 needs the shared-everything-threads proposal");
  });

  it("a compact import group follows an empty name with 0x7f (items with their own descriptions) or 0x7e (one shared description)", () => {
    // "m" "" 0x7f [ "a" func 0, "b" global i32 ]
    const items = decode(binary(TYPE_VOID, section(2, 1, 1, 0x6d, 0, 0x7f, 2, 1, 0x61, 0, 0, 1, 0x62, 3, 0x7f, 0)));
    expect(items.imports.map((e) => [e.entity, e.import!.module, e.import!.name, e.import!.group?.form])).toEqual([
      ["func", "m", "a", "items"],
      ["global", "m", "b", "items"],
    ]);
    expect(items.imports[0].import!.group).toBe(items.imports[1].import!.group);
    // "m" "" 0x7e func 0 [ "a", "b" ]
    const shared = decode(binary(TYPE_VOID, section(2, 1, 1, 0x6d, 0, 0x7e, 0, 0, 2, 1, 0x61, 1, 0x62)));
    expect(shared.imports.map((e) => [e.entity, e.index, e.import!.name, e.import!.group?.form])).toEqual([
      ["func", 0, "a", "type"],
      ["func", 1, "b", "type"],
    ]);
    // The discriminator only counts after an empty name, and as one byte.
    expect(failure(binary(TYPE_VOID, section(2, 1, 1, 0x6d, 1, 0x61, 0x7f, 0))).reason).toBe("malformed import kind");
    expect(failure(binary(TYPE_VOID, section(2, 1, 1, 0x6d, 0, 0xff, 0x80, 0x80, 0))).reason).toBe("malformed import kind");
  });

  it("a memory's page size follows its limits as log2 of the bytes (custom-page-sizes); a table has none", () => {
    expect(decode(binary(section(5, 1, 0x09, 1, 2, 0))).memories[0].limits).toMatchObject({ min: 1n, max: 2n, pageSizeLog2: 0 });
    expect(decode(binary(section(5, 1, 0x08, 1, 16))).memories[0].limits).toMatchObject({ min: 1n, pageSizeLog2: 16 });
    expect(decode(binary(section(5, 1, 0x08, 0, 63))).memories[0].limits).toMatchObject({ pageSizeLog2: 63 });
    // Text spells a page size as a u64: 2^64 bytes has no text, and wasm-tools refuses it too.
    expect(failure(binary(section(5, 1, 0x08, 0, 64)))).toMatchObject({ reason: "invalid custom page size", offset: 13 });
    expect(failure(binary(section(5, 1, 0x08, 0, 65)))).toMatchObject({ reason: "invalid custom page size", offset: 13 });
    expect(failure(binary(section(4, 1, 0x70, 0x08, 1, 0))).reason).toBe("malformed limits flags");
  });
});

describe("hostile inputs fail fast or decode fast", () => {
  it("a count of 2^32-1 types in a few bytes is rejected before allocating", () => {
    expect(failure(binary(section(1, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x60))).reason).toBe("unexpected end of section or function");
  });

  it("a section size of 2^32-1 is rejected", () => {
    expect(failure(binary([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 0])).reason).toBe("length out of bounds");
  });

  it("a data count of 2^32-1 is rejected before making the segments", () => {
    expect(failure(binary(section(12, 0xff, 0xff, 0xff, 0xff, 0x0f))).reason).toBe(
      "data count and data section have inconsistent lengths",
    );
  });

  it("2^32-1 locals, or two groups that overflow 32 bits: too many locals", () => {
    const many = [0xff, 0xff, 0xff, 0xff, 0x0f];
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(1, ...many, 0x7f, 0x0b))).reason).toBe("too many locals");
    const half = [0x80, 0x80, 0x80, 0x80, 0x08];
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(2, ...half, 0x7f, ...half, 0x7f, 0x0b))).reason).toBe("too many locals");
  });

  it("truncated and over-long LEB128s inside sections", () => {
    expect(failure(binary([1, 0x80]))).toMatchObject({ reason: "unexpected end" });
    expect(failure(binary(section(5, 1, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00))).reason).toBe(
      "integer representation too long",
    );
    expect(failure(binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x41, 0x80, 0x80, 0x80, 0x80, 0x40, 0x1a, 0x0b))).reason).toBe(
      "integer too large",
    );
  });

  it("100000 nested blocks decode without recursion and re-encode byte for byte", () => {
    const depth = 100_000;
    const body = [0, ...Array<number[]>(depth).fill([0x02, 0x40]).flat(), ...Array<number>(depth + 1).fill(0x0b)];
    const size = [];
    for (let n = body.length; ; n >>>= 7) {
      if (n < 0x80) {
        size.push(n);
        break;
      }
      size.push((n & 0x7f) | 0x80);
    }
    const codePayload = [1, ...size, ...body];
    const codeSize = [];
    for (let n = codePayload.length; ; n >>>= 7) {
      if (n < 0x80) {
        codeSize.push(n);
        break;
      }
      codeSize.push((n & 0x7f) | 0x80);
    }
    const bytes = binary(TYPE_VOID, ONE_FUNC, [10, ...codeSize, ...codePayload]);
    const m = decode(bytes);
    let depthSeen = 0;
    for (let list: Instr[] | undefined = m.funcs[0].body; list !== undefined && list.length > 0; list = list[0].body) depthSeen++;
    expect(depthSeen).toBe(depth);
    expect(Buffer.compare(encode(m), bytes)).toBe(0);
  });
});

describe("custom sections keep their place; name and branch hint sections become model data", () => {
  it("custom sections re-encode where they were", () => {
    const bytes = binary(section(0, 1, 0x61), TYPE_VOID, section(0, 1, 0x62), ONE_FUNC, codeOf(0, 0x0b), section(0, 1, 0x63));
    const m = decode(bytes);
    expect(m.customs.map((c) => [c.name, c.place])).toEqual([
      ["a", { position: "before", section: "first" }],
      ["b", { position: "after", section: "type" }],
      ["c", { position: "after", section: "code" }],
    ]);
    expect(Buffer.compare(roundTrip(bytes), bytes)).toBe(0);
  });

  it("a name section that does not decode cleanly stays a raw custom section", () => {
    // Subsection 1 names function 5, which does not exist.
    const bytes = binary(TYPE_VOID, ONE_FUNC, codeOf(0, 0x0b), section(0, 4, 0x6e, 0x61, 0x6d, 0x65, 1, 4, 1, 5, 1, 0x66));
    const m = decode(bytes);
    expect(m.funcs[0].name).toBeUndefined();
    expect(m.customs.map((c) => c.name)).toEqual(["name"]);
    expect(Buffer.compare(roundTrip(bytes), bytes)).toBe(0);
  });

  it("names of types, fields, tables, memories, elems, datas and tags", () => {
    const m = decode(
      wat2wasm(`(module $mod (type $s (struct (field $x i32))) (table $t 1 funcref) (memory $m 1)
        (elem $e func) (data $d "") (tag $g))`),
    );
    expect(m.name).toBe("mod");
    const s = m.types[0].types[0];
    expect(s.name).toBe("s");
    expect(s.comp.kind === "struct" && s.comp.fields[0].name).toBe("x");
    expect([m.tables[0].name, m.memories[0].name, m.elems[0].name, m.datas[0].name, m.tags[0].name]).toEqual(["t", "m", "e", "d", "g"]);
  });

  it("branch hints land on their instructions and leave the custom sections", () => {
    const bytes = wat2wasm(`(module (func (param i32) (@metadata.code.branch_hint "\\01") (if (local.get 0) (then))))`);
    const m = decode(bytes);
    expect(m.funcs[0].body[1].metadata).toEqual([{ kind: "branch_hint", data: Uint8Array.of(1) }]);
    expect(m.customs).toEqual([]);
    expect(Buffer.compare(encode(m), bytes)).toBe(0);
  });

  it("a branch hint at an offset where no instruction starts keeps the section raw", () => {
    const hints = [0x19, ...Buffer.from("metadata.code.branch_hint"), 1, 0, 1, 9, 1, 1];
    const bytes = binary(TYPE_VOID, ONE_FUNC, section(0, ...hints), codeOf(0, 0x01, 0x0b));
    const m = decode(bytes);
    expect(m.funcs[0].body[0].metadata).toBeUndefined();
    expect(m.customs.map((c) => c.name)).toEqual(["metadata.code.branch_hint"]);
  });

  it("a branch hint on an instruction other than if or br_if keeps the section raw (the text has no place for it)", () => {
    const hints = [0x19, ...Buffer.from("metadata.code.branch_hint"), 1, 0, 1, 1, 1, 1];
    const bytes = binary(TYPE_VOID, ONE_FUNC, section(0, ...hints), codeOf(0, 0x01, 0x0b));
    const m = decode(bytes);
    expect(m.funcs[0].body[0].metadata).toBeUndefined();
    expect(m.customs.map((c) => c.name)).toEqual(["metadata.code.branch_hint"]);
    expect(Buffer.compare(wat2wasm(print(decode(bytes))), bytes)).toBe(0);
  });
});

describe("segments keep the encoding choices the model records", () => {
  it("element segment flags 0-7 and data flags 0-2 come back as they were written", () => {
    const bytes = wat2wasm(`(module (table $t 1 funcref) (table $u 1 funcref) (memory 1) (memory $n 1) (func $f)
      (elem (i32.const 0) $f) (elem func $f) (elem (table $u) (i32.const 0) func $f) (elem declare func $f)
      (elem (i32.const 0) funcref (ref.func $f)) (elem funcref (ref.null func))
      (elem (table $u) (i32.const 0) funcref (ref.func $f)) (elem declare funcref (ref.func $f))
      (data (i32.const 0) "a") (data "b") (data (memory $n) (i32.const 0) "c"))`);
    const m = decode(bytes);
    expect(m.elems.map((e) => [e.mode.kind, e.funcIndices, e.implicitTable])).toEqual([
      ["active", true, true],
      ["passive", true, false],
      ["active", true, false],
      ["declarative", true, false],
      ["active", false, true],
      ["passive", false, false],
      ["active", false, false],
      ["declarative", false, false],
    ]);
    expect(m.datas.map((d) => [d.mode.kind, d.implicitMemory])).toEqual([
      ["active", true],
      ["passive", false],
      ["active", false],
    ]);
    expect(Buffer.compare(encode(m), bytes)).toBe(0);
  });
});

describe("a module decoded only to be printed shares its instructions (shareInstrs)", () => {
  const wat = `(module
    (memory 1)
    (global $g (mut i32) (i32.const 0))
    (func $f (param $a i32) (result i32)
      (i32.add (local.get $a) (i32.const 1))
      (i32.add (local.get $a) (i32.const 1))
      (i32.add (i32.load offset=8 (i32.const 0)) (i32.load offset=8 (i32.const 0)))
      (i32.add (i32.load offset=16 (i32.const 0)))
      (global.set $g)
      (drop (call $f (i32.const 100000)))
      (call $f (i32.const 100000)))
    (func $h (param $a i32) (result i32) (local.get $a))
    (func (param i32) (@metadata.code.branch_hint "\\01") (if (local.get 0) (then nop)) nop)
    (func $k (param i32) (result i64)
      (block $out
        (br_if $out (local.get 0))
        (block (br_if $out (local.get 0)))
        (br_if $out (local.get 0)))
      (drop (i64.const 5))
      (drop (i64.const 5))
      (drop (i64.const 0x1000000000000000))
      (drop (i64.const 0x1000000000000000))
      (i64.const 5)))`;
  const bytes = wat2wasm(wat);
  const shared = decode(bytes, { shareInstrs: true });
  const [f, h, hinted, k] = shared.funcs;

  it("the same instruction is one object without an offset; a different one is another", () => {
    const b = f.body;
    expect(b[0]).toBe(b[3]); // local.get $a
    expect(b[1]).toBe(b[4]); // i32.const 1
    expect(b[2]).toBe(b[5]); // i32.add
    expect(b[0].offset).toBeUndefined();
    expect(b[7]).toBe(b[9]); // i32.load offset=8
    expect(b[12]).not.toBe(b[7]); // i32.load offset=16
    expect(b[15]).not.toBe(b[18]); // i32.const 100000: too large to share
    expect(b[16]).toBe(b[19]); // call $f
  });

  it("a branch to one block is one object, from any depth; an i64 constant below 2^48 is shared too", () => {
    const out = k.body[0].body!;
    expect(out[1]).toBe(out[2].body![1]);
    expect(out[1]).toBe(out[4]);
    expect(out[1].offset).toBeUndefined();
    expect(k.body[1]).toBe(k.body[3]);
    expect(k.body[1]).toBe(k.body[9]);
    expect(k.body[5]).not.toBe(k.body[7]);
    expect(k.body[5].i64).toBe(0x1000000000000000n);
  });

  it("locals are shared within their function only; a function with branch hints shares nothing", () => {
    expect(h.body[0]).not.toBe(f.body[0]);
    expect(hinted.body[1].metadata).toEqual([{ kind: "branch_hint", data: Uint8Array.of(1) }]);
    expect(hinted.body[1].body![0]).not.toBe(hinted.body[2]);
    expect(hinted.body[2].offset).toBeDefined();
  });

  it("encodes and prints as the unshared module does", () => {
    expect(Buffer.compare(encode(shared), encode(decode(bytes)))).toBe(0);
    expect(Buffer.compare(encode(shared), bytes)).toBe(0);
    expect(print(shared)).toBe(print(decode(bytes)));
    expect(print(shared, { folded: true })).toBe(print(decode(bytes), { folded: true }));
  });
});
