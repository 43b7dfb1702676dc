/**
 * The corpus programs do what corpus/README.md says they do, run on V8: the
 * outputs are meant as realistic inputs, and a program that does not work is
 * a poor witness that a rewritten or re-encoded copy still works. The Go
 * program needs Go 1.19's wasm_exec.js, which is not an npm package, so it is
 * not run here.
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WASI } from "node:wasi";
import { corpusDir } from "../helpers/real-binaries.js";

function load(name: string, imports: WebAssembly.Imports = {}): WebAssembly.Instance {
  const module = new WebAssembly.Module(readFileSync(join(corpusDir(), name)));
  return new WebAssembly.Instance(module, imports);
}

type Fn = (...args: (number | bigint)[]) => number | bigint;

function exported(instance: WebAssembly.Instance, name: string): Fn {
  return instance.exports[name] as Fn;
}

function memoryOf(instance: WebAssembly.Instance): Uint8Array {
  return new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer);
}

describe.each(["c/mathlib.wasm", "c/mathlib-simd.wasm"])("%s", (name) => {
  const instance = load(name);
  const call = (fn: string, ...args: (number | bigint)[]): number | bigint => exported(instance, fn)(...args);

  it("computes", () => {
    expect(call("gcd", 1071n, 462n)).toBe(21n);
    expect(call("fib", 90)).toBe(2880067194370816120n);
    call("reset");
    const text = new TextEncoder().encode("123456789");
    const at = call("alloc", text.length) as number;
    memoryOf(instance).set(text, at);
    expect((call("crc32", at, text.length) as number) >>> 0).toBe(0xcbf43926);
    call("reverse", at, text.length);
    expect(new TextDecoder().decode(memoryOf(instance).subarray(at, at + text.length))).toBe("987654321");
  });

  it("reduces through a function table and runs the vectorisable loops", () => {
    call("reset");
    const values = [3, -7, 12, 5, 0, 9, -2, 4, 1, 6];
    const a = call("alloc", values.length * 4) as number;
    const b = call("alloc", values.length * 4) as number;
    const memory = () => new Int32Array((instance.exports.memory as WebAssembly.Memory).buffer);
    memory().set(values, a / 4);
    memory().set(values.map(() => 2), b / 4);
    expect([0, 1, 2].map((which) => call("reduce", which, a, values.length))).toEqual([31, 12, -7]);
    expect(call("mean", a, values.length)).toBeCloseTo(3.1);
    expect(call("dot", a, b, values.length)).toBe(62);
    call("fill", b, 0x41, 8);
    call("copy", a, b, 8);
    expect(new TextDecoder().decode(memoryOf(instance).subarray(a, a + 8))).toBe("AAAAAAAA");
  });
});

describe.each(["c/wc.wasm", "c/wc-debug.wasm"])("%s under node:wasi", (name) => {
  const module = new WebAssembly.Module(readFileSync(join(corpusDir(), name)));

  function run(args: string[], files: Record<string, string>): { code: number; stdout: string; stderr: string } {
    const dir = mkdtempSync(join(tmpdir(), "watkit-wc-"));
    try {
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      const stdoutFd = openSync(join(dir, ".stdout"), "w");
      const stderrFd = openSync(join(dir, ".stderr"), "w");
      const wasi = new WASI({
        version: "preview1",
        args: ["wc", ...args],
        preopens: { ".": dir },
        stdout: stdoutFd,
        stderr: stderrFd,
        returnOnExit: true,
      });
      const code = wasi.start(new WebAssembly.Instance(module, wasi.getImportObject() as WebAssembly.Imports));
      closeSync(stdoutFd);
      closeSync(stderrFd);
      return { code, stdout: readFileSync(join(dir, ".stdout"), "utf8"), stderr: readFileSync(join(dir, ".stderr"), "utf8") };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("counts the files it is given and exits 0", () => {
    const result = run(["a.txt", "b.txt"], { "a.txt": "hello world\nfoo\n", "b.txt": "one two three" });
    expect(result).toEqual({
      code: 0,
      stdout: "      2       3      16 a.txt\n      0       3      13 b.txt\n      2       6      29 total\n",
      stderr: "",
    });
  });

  it("exits 1 when a file cannot be opened, 2 on a bad option", () => {
    const missing = run(["nope.txt"], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("wc: nope.txt: No such file or directory\n");
    expect(run(["-x"], {}).code).toBe(2);
  });
});

describe.each(["assemblyscript/primes.wasm", "assemblyscript/primes-debug.wasm"])("%s", (name) => {
  const instance = load(name, {
    env: {
      abort: () => {
        throw new Error("AssemblyScript abort");
      },
    },
  });

  it("computes", () => {
    expect(exported(instance, "countPrimes")(100)).toBe(25);
    expect(exported(instance, "nthPrime")(1000)).toBe(7919);
    expect(exported(instance, "meanPrimeGap")(100)).toBeCloseTo(95 / 24);
    // A string is a pointer to UTF-16 code units, its byte length in the 4 bytes before it.
    const at = exported(instance, "lastDigits")(30) as number;
    const memory = memoryOf(instance);
    const length = new DataView(memory.buffer).getUint32(at - 4, true);
    expect(new TextDecoder("utf-16le").decode(memory.subarray(at, at + length))).toBe("1:1 2:1 3:3 5:1 7:2 9:2");
  });
});

describe("rust/words.wasm", () => {
  const instance = load("rust/words.wasm");

  it("counts words, most frequent first", () => {
    const text = new TextEncoder().encode("The cat and the dog; the END, and");
    const at = exported(instance, "buffer_alloc")(text.length) as number;
    memoryOf(instance).set(text, at);
    expect(exported(instance, "count_words")(at, text.length)).toBe(5);
    exported(instance, "buffer_free")(at, text.length);
    const report = exported(instance, "report_ptr")() as number;
    const length = exported(instance, "report_len")() as number;
    expect(new TextDecoder().decode(memoryOf(instance).subarray(report, report + length))).toBe(
      "the 3\nand 2\ncat 1\ndog 1\nend 1\n",
    );
  });
});
