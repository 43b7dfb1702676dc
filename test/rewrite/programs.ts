/**
 * Runs a corpus program on V8 and gives what it did (return values, output,
 * exit codes) as plain data, so that a rewritten binary can be compared
 * with the original: same data, same behaviour.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WASI } from "node:wasi";

type Fn = (...args: (number | bigint)[]) => number | bigint;

function instance(bytes: Uint8Array<ArrayBuffer>, imports: WebAssembly.Imports = {}): { call: (name: string, ...args: (number | bigint)[]) => number | bigint; memory: () => Uint8Array } {
  const i = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
  return {
    call: (name, ...args) => (i.exports[name] as Fn)(...args),
    memory: () => new Uint8Array((i.exports.memory as WebAssembly.Memory).buffer),
  };
}

function mathlib(bytes: Uint8Array<ArrayBuffer>): unknown {
  const { call, memory } = instance(bytes);
  const text = new TextEncoder().encode("123456789");
  const at = call("alloc", text.length) as number;
  memory().set(text, at);
  const crc = (call("crc32", at, text.length) as number) >>> 0;
  const reduced = [0, 1, 2].map((which) => call("reduce", which, at, 2));
  return { gcd: call("gcd", 1071n, 462n), fib: call("fib", 90), crc, reduced };
}

function primes(bytes: Uint8Array<ArrayBuffer>): unknown {
  const { call, memory } = instance(bytes, { env: { abort: () => { throw new Error("abort"); } } });
  const at = call("lastDigits", 30) as number;
  const length = new DataView(memory().buffer).getUint32(at - 4, true);
  const digits = new TextDecoder("utf-16le").decode(memory().subarray(at, at + length));
  return { count: call("countPrimes", 100), nth: call("nthPrime", 1000), gap: call("meanPrimeGap", 100), digits };
}

function words(bytes: Uint8Array<ArrayBuffer>): unknown {
  const { call, memory } = instance(bytes);
  const text = new TextEncoder().encode("The cat and the dog; the END, and");
  const at = call("buffer_alloc", text.length) as number;
  memory().set(text, at);
  const count = call("count_words", at, text.length);
  const report = call("report_ptr") as number;
  return { count, report: new TextDecoder().decode(memory().subarray(report, report + (call("report_len") as number))) };
}

export interface WasiRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a WASI command (`_start`) with its arguments and files in a fresh folder. */
export function runWasi(bytes: Uint8Array<ArrayBuffer>, args: string[], files: Record<string, string> = {}): WasiRun {
  const dir = mkdtempSync(join(tmpdir(), "watkit-rewrite-"));
  try {
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const stdout = openSync(join(dir, ".stdout"), "w");
    const stderr = openSync(join(dir, ".stderr"), "w");
    const wasi = new WASI({ version: "preview1", args, preopens: { ".": dir }, stdout, stderr, returnOnExit: true });
    let code: number;
    try {
      code = wasi.start(new WebAssembly.Instance(new WebAssembly.Module(bytes), wasi.getImportObject() as WebAssembly.Imports));
    } finally {
      closeSync(stdout);
      closeSync(stderr);
    }
    return { code, stdout: readFileSync(join(dir, ".stdout"), "utf8"), stderr: readFileSync(join(dir, ".stderr"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function wc(bytes: Uint8Array<ArrayBuffer>): unknown {
  return [
    runWasi(bytes, ["wc", "a.txt", "b.txt"], { "a.txt": "hello world\nfoo\n", "b.txt": "one two three" }),
    runWasi(bytes, ["wc", "nope.txt"]),
    runWasi(bytes, ["wc", "-x"]),
  ];
}

/** The corpus programs that run on V8 without outside glue, by file. */
export const PROGRAMS: Record<string, (bytes: Uint8Array<ArrayBuffer>) => unknown> = {
  "c/mathlib.wasm": mathlib,
  "c/mathlib-simd.wasm": mathlib,
  "c/wc.wasm": wc,
  "c/wc-debug.wasm": wc,
  "rust/words.wasm": words,
  "assemblyscript/primes.wasm": primes,
  "assemblyscript/primes-debug.wasm": primes,
};
