/** Binaries of many small functions, for tests that share bodies between threads. */
import { wat2wasm } from "../../src/wat2wasm.js";

/** A module with a memory and `count` functions, the one at `broken` (if any) with `bad` as its body. */
export function manyFuncs(count: number, broken = -1, bad = ""): Uint8Array {
  const funcs: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = i === broken ? bad : "local.get $x\n    i32.const 1\n    i32.add\n    call $f0";
    funcs.push(`  (func $f${i} (export "f${i}") (param $x i32) (result i32)\n    ${body})`);
  }
  return wat2wasm(`(module\n  (memory 1)\n${funcs.join("\n")}\n)\n`, { jobs: 1 });
}
