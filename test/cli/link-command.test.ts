/**
 * `watkit link`: objects and archives to a module written through the safe
 * output path, `--sysroot` adding the WASI startup object, libc and
 * compiler-rt's builtins as clang does; a link error is exit 1 with lld's
 * message and leaves an existing output untouched; a bad option is exit 2.
 * Needs Debian's clang, wasi-libc and libclang-rt-14-dev-wasm32.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watkit } from "../helpers/cli.js";
import { corpusDir } from "../helpers/real-binaries.js";

const dir = mkdtempSync(join(tmpdir(), "watkit-link-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const object = (name: string) => join(corpusDir(), "objects", name);

describe("watkit link", () => {
  it("links the two-file program with --sysroot into a command that runs", () => {
    const out = join(dir, "hook.wasm");
    const result = watkit(["link", "--sysroot", "/usr", object("hook-main.o"), object("hook-impl.o"), "-o", out]);
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(watkit(["run", out])).toMatchObject({ status: 0, stdout: "hello 15 1 3\n" });
  });

  it("takes wasm-ld's spellings of its options", () => {
    const out = join(dir, "lib.wasm");
    const result = watkit(["link", "--no-entry", "--export=__heap_base", "-z", "stack-size=4096", "--global-base=2048", object("mathlib.o"), "-o", out]);
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(watkit(["validate", out]).status).toBe(0);
  });

  it("reports an undefined symbol with the file that references it, exit 1, and keeps the old output", () => {
    const out = join(dir, "kept.wasm");
    writeFileSync(out, "old");
    const result = watkit(["link", "--sysroot", "/usr", object("hook-main.o"), "-o", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^watkit link: error: .*hook-main\.o: undefined symbol: \w+\n$/);
    expect(readFileSync(out, "utf8")).toBe("old");
  });

  it("refuses to write the module over one of its objects, which it leaves as it was", () => {
    const copy = join(dir, "mathlib.o");
    writeFileSync(copy, readFileSync(object("mathlib.o")));
    const result = watkit(["link", "--no-entry", copy, "-o", copy]);
    expect(result).toMatchObject({ status: 1, stderr: `watkit link: cannot write '${copy}': it is the input, which the output would replace\n` });
    expect(readFileSync(copy).equals(readFileSync(object("mathlib.o")))).toBe(true);
  });

  it.each([
    [["-z", "stack-size=100"], "-z stack-size=100: the stack size must be a multiple of 16"],
    [["-z", "relro"], "-z relro: the only -z option is stack-size=N"],
    [["--global-base", "lots"], "--global-base lots: expected a non-negative integer"],
    [["--entry", "main", "--no-entry"], "--entry and --no-entry exclude each other"],
  ])("refuses %j with exit 2", (flags, message) => {
    const result = watkit(["link", ...flags, object("mathlib.o"), "-o", join(dir, "x.wasm")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
