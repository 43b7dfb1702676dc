/**
 * What `link` refuses or warns about, as lld does, always naming the file:
 * a symbol defined twice (both files), an undefined symbol (the file that
 * references it), an archive that is not one or is cut short (with the byte
 * offset), an input that is not an object file. A call whose signature
 * differs from the definition's reaches a stub that traps, with a warning;
 * a call to a weak undefined function reaches one too; a comdat (a C++
 * inline function) is kept once. Needs Debian's clang and lld.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode, encode } from "../../src/index.js";
import { link, LinkError, type LinkInput, type LinkOptions, TARGET_FEATURES_SECTION, writeTargetFeatures } from "../../src/api/object.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { LIBC } from "../object/toolchain.js";

const dir = mkdtempSync(join(tmpdir(), "watkit-link-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = (path: string, name = path): LinkInput => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const corpus = (name: string) => input(join(corpusDir(), "objects", name), name);
const CRT1 = input("/usr/lib/wasm32-wasi/crt1-command.o", "crt1-command.o");

/** An object compiled from `source` (C, or C++ for a `.cc` name), freestanding wasm32. */
function compile(name: string, source: string, flags: string[] = ["-O1"]): LinkInput {
  const src = join(dir, name);
  writeFileSync(src, source);
  const out = src.replace(/\.\w+$/, ".o");
  const cc = spawnSync(name.endsWith(".cc") ? "clang++" : "clang", ["--target=wasm32", ...flags, "-c", src, "-o", out]);
  if (cc.status !== 0) throw new Error(cc.stderr.toString());
  return input(out, name.replace(/\.\w+$/, ".o"));
}

function linkError(inputs: LinkInput[], options: LinkOptions = {}): LinkError {
  try {
    link(inputs, options);
  } catch (error) {
    if (error instanceof LinkError) return error;
    throw error;
  }
  throw new Error("linked");
}

async function instantiate(bytes: Uint8Array) {
  const { instance } = await WebAssembly.instantiate(bytes as Uint8Array<ArrayBuffer>);
  return instance.exports as Record<string, (...args: number[]) => number>;
}

describe("errors", () => {
  it("a symbol defined in two files names both", () => {
    const error = linkError([CRT1, corpus("hook-main.o"), corpus("hook-impl.o"), { ...corpus("hook-main.o"), name: "again.o" }]);
    expect(error.message).toBe("again.o: duplicate symbol: __original_main\n>>> defined in hook-main.o\n>>> defined in again.o");
    expect(error.file).toBe("again.o");
  });

  it("an undefined symbol names the file that references it", () => {
    expect(linkError([CRT1, corpus("hook-main.o"), input(LIBC)]).message).toMatch(/^hook-main\.o: undefined symbol: (square|scale|calls)$/);
  });

  it("without an entry point the link says so, and --no-entry makes a library", () => {
    expect(linkError([corpus("mathlib.o")]).message).toBe("--entry: entry symbol not defined (pass --no-entry to suppress): _start");
    expect(link([corpus("mathlib.o")], { noEntry: true }).bytes.length).toBeGreaterThan(0);
  });

  it("an export that nothing defines is named", () => {
    expect(linkError([corpus("mathlib.o")], { noEntry: true, exports: ["nowhere"] }).message).toBe("--export: symbol exported via --export not found: nowhere");
  });

  it("an export from an archive loads the member that defines it", () => {
    const { bytes } = link([corpus("mathlib.o"), input(LIBC)], { noEntry: true, exports: ["strlen"] });
    expect(decode(bytes).exports.map((e) => e.name)).toContain("strlen");
  });

  it("a stack size that is not a multiple of 16 is refused", () => {
    expect(() => link([corpus("mathlib.o")], { noEntry: true, stackSize: 100 })).toThrow("link: options.stackSize must be a multiple of 16 (the stack's alignment), not 100");
  });

  it("a target feature one object uses and another disallows names both", () => {
    const withFeature = (name: string, prefix: "+" | "-"): LinkInput => {
      const module = decode(compile(`${name}.c`, `int ${name}(void) { return 1; }\n`).bytes);
      const features = writeTargetFeatures([{ prefix, name: "mutable-globals" }]);
      module.customs = [...module.customs.filter((c) => c.name !== TARGET_FEATURES_SECTION), { name: TARGET_FEATURES_SECTION, bytes: features, place: { position: "after", section: "last" } }];
      return { name: `${name}.o`, bytes: encode(module) };
    };
    const error = linkError([withFeature("user", "+"), withFeature("refuser", "-")], { noEntry: true });
    expect(error.message).toBe("refuser.o: target feature 'mutable-globals' used in user.o is disallowed by refuser.o");
  });

  it("an archive with a broken member header is located", () => {
    const bytes = new Uint8Array(readFileSync(LIBC));
    bytes[8 + 58] = 0x20;
    const error = linkError([CRT1, corpus("hook-main.o"), { name: "broken.a", bytes }]);
    expect(error.message).toBe("broken.a:0x42: bad archive: malformed ar member header (no `\\n terminator)");
  });

  it("an archive cut short is located", () => {
    const bytes = new Uint8Array(readFileSync(LIBC)).subarray(0, 5000);
    expect(linkError([CRT1, corpus("hook-main.o"), { name: "short.a", bytes }]).message).toMatch(/^short\.a:0x[0-9a-f]+: bad archive: malformed ar member size/);
  });

  it("a linked module is not an object file", () => {
    const linked = link([corpus("mathlib.o")], { noEntry: true }).bytes;
    expect(linkError([{ name: "lib.wasm", bytes: linked }]).message).toMatch(/^lib\.wasm: not an object file/);
  });

  it("bytes that are no module are located in their file", () => {
    expect(linkError([{ name: "junk.o", bytes: new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x63]) }]).message).toMatch(/^junk\.o:0x[0-9a-f]+: /);
  });
});

describe("what lld accepts with a stub", () => {
  const caller = () => compile("caller.c", "int twice(int x);\n__attribute__((weak)) int maybe(void);\nint answer(void) { return twice(21); }\nint perhaps(void) { return maybe(); }\n");
  const callee = () => compile("callee.c", "int twice(int x, int y) { return 2 * x + y; }\n");

  it("a call with another signature than the definition's traps, with lld's warning", async () => {
    const warnings: string[] = [];
    const { bytes } = link([caller(), callee()], { noEntry: true, exports: ["answer"], warn: (w) => warnings.push(w) });
    expect(warnings).toEqual(["function signature mismatch: twice\n>>> defined as (i32) -> i32 in caller.o\n>>> defined as (i32, i32) -> i32 in callee.o"]);
    expect(decode(bytes).funcs.map((f) => f.name)).toEqual(["answer", "signature_mismatch:twice"]);
    const e = await instantiate(bytes);
    expect(() => e.answer()).toThrow(WebAssembly.RuntimeError);
  });

  it("a call to a weak undefined function traps", async () => {
    const { bytes } = link([caller(), callee()], { noEntry: true, exports: ["perhaps"] });
    expect(decode(bytes).funcs.map((f) => f.name)).toContain("undefined_weak:maybe");
    const e = await instantiate(bytes);
    expect(() => e.perhaps()).toThrow(WebAssembly.RuntimeError);
  });

  it("an undefined function is imported with --allow-undefined, under the name the object gives", () => {
    const { bytes } = link([caller()], { noEntry: true, exports: ["answer"], allowUndefined: true });
    expect(decode(bytes).imports.map((i) => [i.import?.module, i.import?.name])).toEqual([["env", "twice"]]);
  });
});

describe("comdats", () => {
  const unit = (name: string, fn: string) => compile(name, `inline int shared() { static int n = 40; return ++n; }\nextern "C" int ${fn}() { return shared(); }\n`, ["-O0"]);

  it("keep the first copy of an inline function and its static", async () => {
    const { bytes } = link([unit("c.cc", "from_c"), unit("d.cc", "from_d")], { noEntry: true, exports: ["from_c", "from_d"] });
    expect(decode(bytes).funcs.map((f) => f.name)).toEqual(["from_c", "_Z6sharedv", "from_d"]);
    const e = await instantiate(bytes);
    expect([e.from_c(), e.from_d(), e.from_c()]).toEqual([41, 42, 43]);
  });
});
