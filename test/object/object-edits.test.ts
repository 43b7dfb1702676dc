/**
 * Edited objects stay linkable: the two-file program of corpus/objects,
 * edited through the model (constants, code inserted at a function's start,
 * a new local, a function added with add-wat that calls an undefined
 * symbol, dce), links with wasm-ld against wasi-libc (through clang, as a
 * user links) and runs under `watkit run` with the output the edit implies.
 * So do objects edited as text: printed with their symbols and relocations
 * as annotations, changed, and parsed back.
 * Needs Debian's clang, lld and wasi-libc.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode, encode, wasm2wat, wat2wasm, type Func, type Instr, type Module } from "../../src/index.js";
import { addWat } from "../../src/api/rewrite.js";
import { instrByName } from "../../src/api/isa.js";
import { SYM, type FuncSymbol } from "../../src/module/object-model.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { watkit } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "watkit-objects-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpusObject = (name: string) => new Uint8Array(readFileSync(join(corpusDir(), "objects", name)));

/** Links the two objects as clang links a WASI command and runs the result; stdout, or the linker's complaint. */
function linkAndRun(main: Uint8Array, impl: Uint8Array): string {
  writeFileSync(join(dir, "main.o"), main);
  writeFileSync(join(dir, "impl.o"), impl);
  const out = join(dir, "prog.wasm");
  const link = spawnSync("clang", ["--target=wasm32-wasi", "--sysroot=/usr", join(dir, "main.o"), join(dir, "impl.o"), "-o", out]);
  if (link.status !== 0) return `link failed: ${link.stderr.toString()}`;
  const run = watkit(["run", out]);
  return run.status === 0 ? run.stdout : `run failed (${run.status}): ${run.stderr}`;
}

const op = (name: string): Instr["op"] => instrByName(name)!;

function funcNamed(module: Module, name: string): Func {
  const symbol = module.linking!.symbols.find((s): s is FuncSymbol => s.kind === "func" && s.name === name);
  if (symbol === undefined || symbol.target.entity !== "func") throw new Error(`no function symbol ${name}`);
  return symbol.target;
}

/** Links one object as a WASI command and runs it with `input` on stdin. */
function linkAndRunAlone(object: Uint8Array, input: string): string {
  writeFileSync(join(dir, "alone.o"), object);
  const out = join(dir, "alone.wasm");
  const link = spawnSync("clang", ["--target=wasm32-wasi", "--sysroot=/usr", join(dir, "alone.o"), "-o", out]);
  if (link.status !== 0) return `link failed: ${link.stderr.toString()}`;
  const run = watkit(["run", out], { input });
  return run.status === 0 ? run.stdout : `run failed (${run.status}): ${run.stderr}`;
}

describe("an object with DWARF (corpus/objects/wc-g.o)", () => {
  const object = corpusObject("wc-g.o");
  const input = "one two\nthree\n";

  it("links and counts as compiled, its debug sections kept when nothing changed", () => {
    const warnings: string[] = [];
    const bytes = encode(decode(object), { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(decode(bytes, { linking: false }).customs.map((c) => c.name)).toContain(".debug_info");
    expect(linkAndRunAlone(bytes, input)).toBe("      2       3      14\n");
  });

  it("with a function edited, drops the debug sections that point into it, warns, and still links", () => {
    const m = decode(object);
    funcNamed(m, "count_stream").body.unshift({ op: op("nop") });
    const warnings: string[] = [];
    const bytes = encode(m, { warn: (w) => warnings.push(w) });
    expect(warnings).toContainEqual(expect.stringMatching(/^the ".debug_info" custom section was dropped: /));
    const names = decode(bytes, { linking: false }).customs.map((c) => c.name);
    expect(names.filter((n) => n.startsWith("reloc."))).toEqual(names.filter((n) => n.startsWith("reloc.") && !warnings.some((w) => w.includes(`"${n.slice(6)}"`))));
    expect(linkAndRunAlone(bytes, input)).toBe("      2       3      14\n");
  });
});

describe("the two-file program's objects", () => {
  const main = corpusObject("hook-main.o");
  const impl = corpusObject("hook-impl.o");

  it("link and run as compiled", () => {
    expect(linkAndRun(main, impl)).toBe("hello 15 1 3\n");
  });

  it("link after a constant changed (scale doubles, then quadruples)", () => {
    const m = decode(impl);
    const body = funcNamed(m, "scale").body;
    const shift = body.findIndex((ins, i) => ins.op.name === "i32.const" && body[i + 1]?.op.name === "i32.shl");
    body[shift].i32 = 2;
    expect(linkAndRun(main, encode(m))).toBe("hello 21 1 3\n");
  });

  it("link after instructions went in at the start of functions with relocations", () => {
    const m = decode(impl);
    const scale = funcNamed(m, "scale");
    const x = scale.params[0];
    scale.body.unshift({ op: op("local.get"), local: x }, { op: op("i32.const"), i32: 1 }, { op: op("i32.add") }, { op: op("local.set"), local: x });
    const n = decode(main);
    funcNamed(n, "__original_main").body.unshift({ op: op("nop") });
    expect(linkAndRun(encode(n), encode(m))).toBe("hello 17 1 3\n");
  });

  it("link after a local was added", () => {
    const m = decode(main);
    const f = funcNamed(m, "__original_main");
    const local = { entity: "local" as const, type: "i32" as const, index: 0 };
    f.locals.push(local);
    f.body.unshift({ op: op("i32.const"), i32: 7 }, { op: op("local.set"), local });
    expect(linkAndRun(encode(m), impl)).toBe("hello 15 1 3\n");
  });

  it("link after add-wat added a function calling an undefined symbol, made an init function", () => {
    const m = decode(main);
    addWat(m, `(import "env" "putchar" (func $putchar (param i32) (result i32)))
      (func $greet (drop (call $putchar (i32.const 72))) (drop (call $putchar (i32.const 10))))`);
    const greet = m.funcs.find((f) => f.name === "greet")!;
    const symbol: FuncSymbol = { kind: "func", flags: SYM.BINDING_LOCAL, target: greet, name: "greet" };
    m.linking!.symbols.push(symbol);
    m.linking!.initFuncs.push({ priority: 65535, symbol });
    const bytes = encode(m);
    const again = decode(bytes);
    const putchar = again.linking!.symbols.find((s) => s.kind === "func" && s.target.entity === "func" && s.target.import?.name === "putchar");
    expect(putchar?.flags).toBe(SYM.UNDEFINED);
    const calls = funcNamed(again, "greet").body.filter((ins) => ins.op.name === "call");
    expect(calls.map((ins) => ins.relocs?.map((r) => [r.type, r.target]))).toEqual([
      [["R_WASM_FUNCTION_INDEX_LEB", putchar]],
      [["R_WASM_FUNCTION_INDEX_LEB", putchar]],
    ]);
    expect(linkAndRun(bytes, impl)).toBe("H\nhello 15 1 3\n");
  });

  it("link after watkit rewrite --pass dce, which keeps what the symbol table shows the linker", () => {
    for (const [name, bytes] of [["main.o", main], ["impl.o", impl]] as const) writeFileSync(join(dir, `in-${name}`), bytes);
    for (const name of ["main.o", "impl.o"]) {
      const result = watkit(["rewrite", join(dir, `in-${name}`), join(dir, `dce-${name}`), "--pass", "dce"]);
      expect(result.stderr).toBe("");
    }
    const dced = (name: string) => new Uint8Array(readFileSync(join(dir, `dce-${name}`)));
    expect(linkAndRun(dced("main.o"), dced("impl.o"))).toBe("hello 15 1 3\n");
  });

  it("link after watkit rewrite --pass rename renamed the function in one object and the import in the other", () => {
    writeFileSync(join(dir, "in-main.o"), main);
    writeFileSync(join(dir, "in-impl.o"), impl);
    expect(watkit(["rewrite", join(dir, "in-impl.o"), join(dir, "renamed-impl.o"), "--pass", "rename=func:$scale=$twice"]).stderr).toBe("");
    expect(watkit(["rewrite", join(dir, "in-main.o"), join(dir, "renamed-main.o"), "--pass", "rename=import:env.scale=env.twice"]).stderr).toBe("");
    const renamed = (name: string) => new Uint8Array(readFileSync(join(dir, `renamed-${name}`)));
    expect(funcNamed(decode(renamed("impl.o")), "twice").name).toBe("twice");
    expect(linkAndRun(renamed("main.o"), renamed("impl.o"))).toBe("hello 15 1 3\n");
    expect(linkAndRun(main, renamed("impl.o"))).toMatch(/undefined symbol: scale/);
  });

  it("link when code relocations have no reloc.CODE section to go in yet: the encoder adds it after linking", () => {
    const m = decode(impl);
    m.customs = m.customs.filter((c) => c.name !== "reloc.CODE");
    const names = decode(encode(m), { linking: false }).customs.map((c) => c.name);
    expect(names.slice(names.indexOf("linking"), names.indexOf("linking") + 2)).toEqual(["linking", "reloc.CODE"]);
    expect(linkAndRun(main, encode(m))).toBe("hello 15 1 3\n");
  });

  it("drop a function's symbols with it, and refuse to write a relocation whose target is gone", () => {
    const m = decode(main);
    const square = funcNamed(m, "square");
    m.funcs = m.funcs.filter((f) => f !== square);
    m.elems[0].items = m.elems[0].items.filter((item) => item[0].func !== square);
    expect(() => encode(m)).toThrow("encode: func symbol square names func 2, which is no longer in the module");
  });
});

describe("the two-file program's objects edited as text", () => {
  const main = corpusObject("hook-main.o");
  const impl = corpusObject("hook-impl.o");

  /** `text` with `edit` made once, so that an edit which finds nothing to change fails the test. */
  function edited(text: string, from: string, to: string): string {
    expect(text.split(from).length).toBe(2);
    return text.replace(from, to);
  }

  it("link and run after a constant, a call of a symbol and a store through a data symbol's address were written in", () => {
    // scale doubles by `i32.shl 1`: make it `i32.shl 2`.
    const implText = edited(wasm2wat(impl, { exact: false }), "i32.const 1\n    i32.shl", "i32.const 2\n    i32.shl");
    // At the top of __original_main: started = 5 (an address relocation written out) and a call of scale (the import's symbol implied).
    const mainText = edited(
      wasm2wat(main, { exact: false }),
      "(local i32 i32 i32)\n",
      `(local i32 i32 i32)
    i32.const 0 (@reloc R_WASM_MEMORY_ADDR_SLEB "started" +0)
    i32.const 5
    i32.store
    i32.const 1
    call 1
    drop
`,
    );
    // hooks: square(5) + scale(5) = 25 + 20; calls: the hook's and the added one.
    expect(linkAndRun(wat2wasm(mainText), wat2wasm(implText))).toBe("hello 45 2 5\n");
  });
});
