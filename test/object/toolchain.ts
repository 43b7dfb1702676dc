/** Debian's wasm toolchain (clang, lld, wasi-libc, libclang-rt-14-dev-wasm32): where its archives are. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const LIBC = "/usr/lib/wasm32-wasi/libc.a";

/** compiler-rt's builtins archive for wasm32-wasi, under whichever clang 14 version directory exists. */
export function builtinsArchive(): string {
  const root = "/usr/lib/llvm-14/lib/clang";
  const version = existsSync(root) ? readdirSync(root).find((v) => v.startsWith("14")) : undefined;
  if (version === undefined) throw new Error(`no clang 14 under ${root}: install libclang-rt-14-dev-wasm32`);
  return join(root, version, "lib/wasi/libclang_rt.builtins-wasm32.a");
}
