/**
 * An object's symbols and relocations in text: `(@linking ...)`,
 * `(@reloc.section ...)` and `(@reloc ...)` read back into the model, and
 * malformed ones are errors located at the offending item.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode, wasm2wat, wat2wasm, WatError } from "../../src/index.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { watkit } from "../helpers/cli.js";

const implPath = join(corpusDir(), "objects", "hook-impl.o");
const impl = new Uint8Array(readFileSync(implPath));
const text = wasm2wat(impl, { exact: false });

function parseError(source: string): WatError {
  try {
    wat2wasm(source);
  } catch (error) {
    if (error instanceof WatError) return error;
    throw error;
  }
  throw new Error("parsed without an error");
}

/** 1-based line and column of the first `needle` in `source`. */
function where(source: string, needle: string): { line: number; column: number } {
  const at = source.indexOf(needle);
  const before = source.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function errorFor(from: string, to: string, at: string): { error: WatError; expected: { line: number; column: number } } {
  expect(text).toContain(from);
  const source = text.replace(from, to);
  return { error: parseError(source), expected: where(source, at) };
}

describe("an object printed as text", () => {
  it("shows its symbols, segments and relocations as annotations, not raw sections", () => {
    expect(text).toContain('i32.load (@reloc R_WASM_MEMORY_ADDR_LEB "calls" +0)');
    expect(text).toContain('(sym func 0 "scale" hidden)');
    expect(text).toContain('(sym data "calls" 0 0 4 hidden)');
    expect(text).toContain('(segment 0 ".bss.calls" (align 2))');
    expect(text).not.toMatch(/@custom "(linking|reloc\.)/);
  });

  it("keeps the raw sections with rawCustom", () => {
    const raw = wasm2wat(impl, { rawCustom: true });
    expect(raw).toMatch(/\(@custom "linking" \(after data\)/);
    expect(raw).not.toContain("(@reloc");
    expect(wat2wasm(raw)).toEqual(impl);
  });

  it("is what watkit print writes, and watkit print --raw-custom writes the raw sections", () => {
    expect(watkit(["print", implPath]).stdout).toBe(wasm2wat(impl));
    expect(watkit(["print", "--raw-custom", implPath]).stdout).toBe(wasm2wat(impl, { rawCustom: true }));
  });

  it("parses back into the same symbols and relocations", () => {
    const again = decode(wat2wasm(text));
    const original = decode(impl);
    expect(again.linking!.symbols.map((s) => [s.kind, s.flags, "name" in s ? s.name : undefined])).toEqual(
      original.linking!.symbols.map((s) => [s.kind, s.flags, "name" in s ? s.name : undefined]),
    );
    expect(again.datas.map((d) => d.segment)).toEqual(original.datas.map((d) => d.segment));
  });
});

describe("an object with DWARF printed as text (corpus/objects/wc-g.o)", () => {
  const object = new Uint8Array(readFileSync(join(corpusDir(), "objects", "wc-g.o")));
  const text = wasm2wat(object);
  const customNames = (bytes: Uint8Array) => decode(bytes, { linking: false }).customs.map((c) => c.name);

  it("keeps its debug sections when no function changed", () => {
    expect(text).toContain("(bodies ");
    expect(wat2wasm(text)).toEqual(object);
  });

  it("drops the debug sections whose offsets point into a function an edit changed, never writing them stale", () => {
    const body = text.indexOf("local.get 0\n");
    const edited = `${text.slice(0, body)}nop\n    ${text.slice(body)}`;
    const names = customNames(wat2wasm(edited));
    expect(customNames(object)).toContain(".debug_info");
    expect(names).not.toContain(".debug_info");
    expect(names).not.toContain("reloc..debug_info");
  });
});

describe("a malformed object annotation is an error at the item", () => {
  it("an unknown relocation type", () => {
    const { error, expected } = errorFor("R_WASM_MEMORY_ADDR_LEB", "R_WASM_MEMORY_ADDR_LEBB", "R_WASM_MEMORY_ADDR_LEBB");
    expect(error.reason).toBe('@reloc annotation: unknown relocation type "R_WASM_MEMORY_ADDR_LEBB"');
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("a relocation of an immediate the instruction does not have", () => {
    const { error, expected } = errorFor("i32.shl", 'i32.shl (@reloc R_WASM_FUNCTION_INDEX_LEB "scale")', "R_WASM_FUNCTION_INDEX_LEB");
    expect(error.reason).toBe("@reloc annotation: R_WASM_FUNCTION_INDEX_LEB patches a func immediate, which i32.shl does not have");
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("a relocation naming a symbol of the wrong kind", () => {
    const { error, expected } = errorFor('i32.load (@reloc R_WASM_MEMORY_ADDR_LEB "calls" +0)', 'i32.load (@reloc R_WASM_MEMORY_ADDR_LEB "scale" +0)', '"scale" +0');
    expect(error.reason).toBe("@reloc annotation: R_WASM_MEMORY_ADDR_LEB needs a data symbol, not a func symbol");
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("a symbol on an entity kind that cannot have one", () => {
    const { error, expected } = errorFor('(sym func 0 "scale" hidden)', '(sym memory 0 "scale" hidden)', "memory 0");
    expect(error.reason).toBe('@linking annotation: a symbol names a func, data, global, tag, table or section, not "memory"');
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("a symbol of an entity that is not there", () => {
    const { error, expected } = errorFor('(sym func 0 "scale" hidden)', '(sym func 7 "scale" hidden)', "7 ");
    expect(error.reason).toBe("@linking annotation: there is no func 7");
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("an unknown symbol flag", () => {
    const { error, expected } = errorFor('"scale" hidden)', '"scale" hiden)', "hiden");
    expect(error.reason).toMatch(/^@linking annotation: unknown flag "hiden"/);
    expect([error.line, error.column]).toEqual([expected.line, expected.column]);
  });

  it("a relocation outside a function", () => {
    const { error, expected } = errorFor("  (data (;0;)", '  (@reloc R_WASM_MEMORY_ADDR_LEB "calls" +0)\n  (data (;0;)', "  (@reloc");
    expect(error.reason).toBe("@reloc annotation: not after an instruction of a function");
    expect([error.line, error.column]).toEqual([expected.line, expected.column + 2]);
  });

  it("a relocation in a module without a symbol table", () => {
    const error = parseError('(module (func (result i32) i32.const 0 (@reloc R_WASM_MEMORY_ADDR_SLEB "x" +0)))');
    expect(error.reason).toBe("@reloc annotation: the module has no (@linking ...) symbol table");
  });
});
