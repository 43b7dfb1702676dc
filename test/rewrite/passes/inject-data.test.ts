/** inject-data: bytes the running program can read, placed where the program does not write. */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "../../../src/binary/decode.js";
import { injectData, rewrite } from "../../../src/rewrite/index.js";
import { corpusDir } from "../../helpers/real-binaries.js";
import { checked, fn, mod } from "../helpers.js";
import { PROGRAMS } from "../programs.js";

const TEXT = "the quick fox and the lazy dog and the end";
const bytes = new TextEncoder().encode(TEXT);

function words(): WebAssembly.Module {
  return new WebAssembly.Module(readFileSync(join(corpusDir(), "rust/words.wasm")));
}

function globalValue(instance: WebAssembly.Instance, name: string): number {
  return (instance.exports[name] as WebAssembly.Global).value as number;
}

describe("inject-data into Rust's words.wasm", () => {
  it("active: the program counts the injected words in place, and allocates around them", () => {
    const m = decode(new Uint8Array(readFileSync(join(corpusDir(), "rust/words.wasm"))));
    const exportsBefore = WebAssembly.Module.exports(words()).length;
    const { address } = injectData(m, bytes, { name: "text" });
    const output = checked(m);
    expect(WebAssembly.Module.exports(new WebAssembly.Module(output)).length).toBe(exportsBefore + 2);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(output));
    const at = globalValue(instance, "text");
    expect(at).toBe(address);
    expect(globalValue(instance, "text_len")).toBe(bytes.length);
    // The heap now starts past the bytes.
    expect(globalValue(instance, "__heap_base")).toBeGreaterThanOrEqual(at + bytes.length);
    expect(globalValue(instance, "__data_end")).toBe(at + bytes.length);
    // Allocations after the injection leave the bytes alone.
    for (let i = 0; i < 50; i++) fn(instance, "buffer_alloc")(4096);
    expect(fn(instance, "count_words")(at, bytes.length)).toBe(7);
    const memory = new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
    expect(new TextDecoder().decode(memory.subarray(at, at + bytes.length))).toBe(TEXT);
    const report = fn(instance, "report_ptr")() as number;
    expect(new TextDecoder().decode(memory.subarray(report, report + (fn(instance, "report_len")() as number)))).toBe(
      "the 3\nand 2\ndog 1\nend 1\nfox 1\nlazy 1\nquick 1\n",
    );
    // What the program did before, it still does.
    expect(PROGRAMS["rust/words.wasm"](output)).toEqual(PROGRAMS["rust/words.wasm"](new Uint8Array(readFileSync(join(corpusDir(), "rust/words.wasm")))));
  });

  it("passive: an exported function copies the bytes where the program allocated room", () => {
    const m = decode(new Uint8Array(readFileSync(join(corpusDir(), "rust/words.wasm"))));
    injectData(m, bytes, { name: "text", mode: "passive" });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(checked(m)));
    const length = globalValue(instance, "text_len");
    const at = fn(instance, "buffer_alloc")(length) as number;
    fn(instance, "text_copy")(at);
    expect(fn(instance, "count_words")(at, length)).toBe(7);
  });
});

describe("inject-data placement", () => {
  it("without linker globals, goes past the memory's initial size and grows it", () => {
    const m = mod(`(module (memory (export "memory") 1 4) (data (i32.const 0) "x"))`);
    const { address } = injectData(m, bytes, { name: "blob" });
    expect(address).toBe(65536);
    expect(m.memories[0].limits.min).toBe(2n);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(checked(m)));
    const memory = new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
    expect(new TextDecoder().decode(memory.subarray(65536, 65536 + bytes.length))).toBe(TEXT);
  });

  it("at an address given, from the command-line form with a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-inject-"));
    const file = join(dir, "greeting.txt");
    writeFileSync(file, "hello");
    const m = mod(`(module (memory (export "memory") 1) (func (export "at") (param i32) (result i32) (i32.load8_u (local.get 0))))`);
    rewrite(m, [`inject-data=${file},at=256`]);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(checked(m)));
    expect(globalValue(instance, "greeting")).toBe(256);
    expect(fn(instance, "at")(257)).toBe("e".charCodeAt(0));
  });

  it("refuses what cannot fit, a module without memory and a bad option", () => {
    expect(() => injectData(mod(`(module (memory 1 1))`), bytes, { name: "x" })).toThrow("the memory allows 1");
    expect(() => injectData(mod(`(module)`), bytes, { name: "x" })).toThrow("has no memory 0");
    expect(() => rewrite(mod(`(module (memory 1))`), ["inject-data=f.txt,color=red"])).toThrow('unknown option "color=red"');
  });

  it("at an address given, refuses to overlap an active segment or to go past the memory's initial size (issue 17, item 4)", () => {
    const program = `(module (memory 1 4) (data $msg (i32.const 1024) "Hello, world!"))`;
    expect(() => injectData(mod(program), bytes, { name: "blob", at: 1030 })).toThrow(
      "at=0x406: [0x406, 0x430) overlaps data segment 0 ($msg) at [0x400, 0x40d)",
    );
    expect(() => injectData(mod(program), bytes, { name: "blob", at: 65530 })).toThrow(
      "at=0xfffa: [0xfffa, 0x10024) is beyond the memory's minimum size of 1 page (0x10000 bytes)",
    );
    const m = mod(program);
    expect(injectData(m, bytes, { name: "blob", at: 1024 + 13 }).address).toBe(1037);
    checked(m);
  });

  it("names the data file in its errors, and leaves the module as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "watkit-inject-"));
    const file = join(dir, "blob.bin");
    writeFileSync(file, bytes);
    const m = mod(`(module (memory 1) (data (i32.const 0) "static"))`);
    expect(() => rewrite(m, [`inject-data=${file},at=2`])).toThrow(`pass inject-data: ${file}: at=0x2: [0x2, 0x2c) overlaps data segment 0 at [0x0, 0x6)`);
    expect([m.globals.length, m.datas.length, m.exports.length]).toEqual([0, 1, 0]);
    expect(() => rewrite(m, [`inject-data=${join(dir, "missing.bin")}`])).toThrow(`pass inject-data: ${join(dir, "missing.bin")}: no such file`);
  });
});
