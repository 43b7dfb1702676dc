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
