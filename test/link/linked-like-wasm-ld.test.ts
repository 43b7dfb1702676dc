/**
 * `link` against wasm-ld: the corpus objects linked both ways (with the WASI
 * startup object, libc and compiler-rt's builtins, as clang links a command;
 * the freestanding library with --no-entry) give modules with the same
 * exports, the same indirect function table (by function name), the same
 * `__stack_pointer`, `__data_end` and `__heap_base`, and programs that print
 * the same and exit with the same status under `watkit run`.
 * Needs Debian's clang, lld, wasi-libc and libclang-rt-14-dev-wasm32.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode, type Func, type Global } from "../../src/index.js";
import { link, type LinkOptions } from "../../src/api/object.js";
import { corpusDir } from "../helpers/real-binaries.js";
import { watkit } from "../helpers/cli.js";
import { builtinsArchive, LIBC } from "../object/toolchain.js";

const dir = mkdtempSync(join(tmpdir(), "watkit-link-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CRT1 = "/usr/lib/wasm32-wasi/crt1-command.o";
const object = (name: string) => join(corpusDir(), "objects", name);
const command = (...objects: string[]) => [CRT1, ...objects.map(object), LIBC, builtinsArchive()];

/** The same link by watkit and by wasm-ld; `flags` are wasm-ld's, `options` the same for `link`. */
function linkBoth(name: string, files: string[], options: LinkOptions, flags: string[]): { ours: string; theirs: string } {
  const ours = join(dir, `${name}.watkit.wasm`);
  const theirs = join(dir, `${name}.wasm-ld.wasm`);
  writeFileSync(ours, link(files.map((f) => ({ name: f, bytes: readFileSync(f) })), options).bytes);
  const ld = spawnSync("wasm-ld", [...flags, ...files, "-o", theirs]);
  if (ld.status !== 0) throw new Error(`wasm-ld failed: ${ld.stderr.toString()}`);
  return { ours, theirs };
}

/** What must agree between the two links (the producers and target_features sections too). */
function shape(path: string) {
  const m = decode(readFileSync(path));
  const value = (g: Global | undefined) => g?.init?.[0].i32;
  const exported = (name: string) => m.exports.find((e) => e.name === name)?.target as Global | undefined;
  const elem = m.elems[0];
  return {
    exports: m.exports.map((e) => e.name).sort(),
    table: elem === undefined ? [] : [elem.mode.kind === "active" ? elem.mode.offset[0].i32 : -1, ...elem.items.map((item) => (item[0].func as Func).name)],
    stackPointer: value(m.globals.find((g) => g.name === "__stack_pointer")),
    dataEnd: value(exported("__data_end")),
    heapBase: value(exported("__heap_base")),
    memory: m.memories[0]?.limits.min,
    tools: m.customs.filter((c) => c.name === "producers" || c.name === "target_features").map((c) => [c.name, [...c.bytes]]),
  };
}

function run(path: string, args: string[], input?: string) {
  const r = watkit(["run", path, "--dir", dir, "--", ...args], { input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/watkit run: [^\n]*\n?/g, "") };
}

const ADDRESSES = ["__data_end", "__heap_base"];
const FLAGS = ADDRESSES.map((name) => `--export=${name}`);

describe.each([
  ["the two-file program", ["hook-main.o", "hook-impl.o"]],
  ["wc at -O0", ["wc-O0.o"]],
  ["wc at -O2", ["wc-O2.o"]],
  ["wc with DWARF", ["wc-g.o"]],
])("%s linked with libc", (_, objects) => {
  const tag = objects[0].replace(/\.o$/, "");
  const { ours, theirs } = linkBoth(tag, command(...objects), { exports: ADDRESSES }, FLAGS);

  it("has wasm-ld's exports, table, stack pointer, __data_end and __heap_base", () => {
    const expected = shape(theirs);
    expect(expected.table.length).toBeGreaterThan(1);
    expect(shape(ours)).toEqual(expected);
  });

  const text = join(dir, "words.txt");
  writeFileSync(text, "one two\nthree four five\n\nsix\n");
  it.each([
    ["no arguments, stdin", [], "a b c\nd\n"],
    ["a file", [text], undefined],
    ["a missing file (status 1)", [join(dir, "missing.txt")], undefined],
    ["an unknown option (status 2)", ["-x"], undefined],
  ])("runs like wasm-ld's: %s", (_, args, input) => {
    expect(run(ours, args as string[], input)).toEqual(run(theirs, args as string[], input));
  });
});

describe("wc with DWARF", () => {
  const { ours, theirs } = linkBoth("wc-g-dwarf", command("wc-g.o"), {}, []);
  const sections = (path: string) => new Map(decode(readFileSync(path)).customs.map((c) => [c.name, c.bytes]));

  it("keeps the debug sections, relocated, with wasm-ld's sizes; .debug_str's strings merged into wasm-ld's bytes", () => {
    const [mine, lld] = [sections(ours), sections(theirs)];
    const debug = [...lld.keys()].filter((name) => name.startsWith(".debug_"));
    expect([...mine.keys()].sort()).toEqual([...lld.keys()].sort());
    for (const name of debug) expect([name, mine.get(name)!.length]).toEqual([name, lld.get(name)!.length]);
    expect(mine.get(".debug_abbrev")).toEqual(lld.get(".debug_abbrev"));
    expect(mine.get(".debug_str")).toEqual(lld.get(".debug_str"));
  });

  it("writes code of wasm-ld's size, relocated immediates padded as wasm-ld pads them", () => {
    expect(codeSize(readFileSync(ours))).toBe(codeSize(readFileSync(theirs)));
  });
});

/** The size of a module's code section. */
function codeSize(bytes: Uint8Array): number {
  const uleb = (at: number): [number, number] => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return [value, at];
    }
  };
  for (let at = 8; at < bytes.length; ) {
    const [size, payload] = uleb(at + 1);
    if (bytes[at] === 10) return size;
    at = payload + size;
  }
  return 0;
}

describe("the freestanding library (mathlib.o) linked with --no-entry", () => {
  const files = [object("mathlib.o")];
  const { ours, theirs } = linkBoth("mathlib", files, { noEntry: true, exports: ADDRESSES }, ["--no-entry", ...FLAGS]);

  it("has wasm-ld's exports, table, stack pointer, __data_end and __heap_base", () => {
    expect(shape(ours)).toEqual(shape(theirs));
  });

  it("computes what wasm-ld's output computes", async () => {
    const call = async (path: string) => {
      const { instance } = await WebAssembly.instantiate(readFileSync(path));
      const e = instance.exports as Record<string, (...args: Array<number | bigint>) => number | bigint>;
      const p = e.alloc(64) as number;
      e.fill(p, 7, 16);
      // reduce's first argument picks add, max or min through the indirect function table.
      return [e.gcd(84n, 36n), e.fib(20), e.crc32(p, 16), e.reduce(0, p, 4), e.reduce(1, p, 4), e.reduce(2, p, 4), e.mean(p, 4), (e.alloc(8) as number) - p];
    };
    expect(await call(ours)).toEqual(await call(theirs));
  });
});

describe("link's flags, compared with wasm-ld's", () => {
  it.each([
    ["--global-base=4096", { globalBase: 4096 }, ["--global-base=4096"]],
    ["-z stack-size=8192", { stackSize: 8192 }, ["-z", "stack-size=8192"]],
    ["--export-table --growable-table", { exportTable: true, growableTable: true }, ["--export-table", "--growable-table"]],
    ["--no-gc-sections", { gcSections: false }, ["--no-gc-sections"]],
  ] as Array<[string, LinkOptions, string[]]>)("%s", (flag, options, flags) => {
    const tag = `hook-${flag.replace(/[^a-z0-9]+/g, "-")}`;
    const { ours, theirs } = linkBoth(tag, command("hook-main.o", "hook-impl.o"), { exports: ADDRESSES, ...options }, [...FLAGS, ...flags]);
    expect(shape(ours)).toEqual(shape(theirs));
    const table = (path: string) => decode(readFileSync(path)).tables[0]?.limits;
    expect(table(ours)).toEqual(table(theirs));
    expect(run(ours, [])).toEqual(run(theirs, []));
  });
});
