/**
 * The WAT the go-wasi pass adds to a Go module: its WASI imports, the
 * stand-ins for Go's own exports (`run`, `resume`, `getsp`, which the pass
 * binds to the module's functions), and the parts of the runtime, each in
 * its own file. The constant strings all parts use go in one data segment.
 */
import { fsWat } from "./fs.js";
import { HEAP_WAT } from "./heap.js";
import { membersWat } from "./members.js";
import { START_WAT } from "./start.js";
import { StringPool } from "./strings.js";
import { supportWat } from "./support.js";
import { VALUES_WAT } from "./values.js";

/** WASI preview 1 functions the runtime calls: name and WAT signature. */
const WASI_IMPORTS: readonly (readonly [string, string])[] = [
  ["args_get", "(param i32 i32) (result i32)"],
  ["args_sizes_get", "(param i32 i32) (result i32)"],
  ["environ_get", "(param i32 i32) (result i32)"],
  ["environ_sizes_get", "(param i32 i32) (result i32)"],
  ["clock_time_get", "(param i32 i64 i32) (result i32)"],
  ["fd_close", "(param i32) (result i32)"],
  ["fd_fdstat_get", "(param i32 i32) (result i32)"],
  ["fd_filestat_get", "(param i32 i32) (result i32)"],
  ["fd_filestat_set_size", "(param i32 i64) (result i32)"],
  ["fd_prestat_get", "(param i32 i32) (result i32)"],
  ["fd_prestat_dir_name", "(param i32 i32 i32) (result i32)"],
  ["fd_pread", "(param i32 i32 i32 i64 i32) (result i32)"],
  ["fd_pwrite", "(param i32 i32 i32 i64 i32) (result i32)"],
  ["fd_read", "(param i32 i32 i32 i32) (result i32)"],
  ["fd_readdir", "(param i32 i32 i32 i64 i32) (result i32)"],
  ["fd_sync", "(param i32) (result i32)"],
  ["fd_write", "(param i32 i32 i32 i32) (result i32)"],
  ["path_create_directory", "(param i32 i32 i32) (result i32)"],
  ["path_filestat_get", "(param i32 i32 i32 i32 i32) (result i32)"],
  ["path_open", "(param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)"],
  ["path_remove_directory", "(param i32 i32 i32) (result i32)"],
  ["path_rename", "(param i32 i32 i32 i32 i32 i32) (result i32)"],
  ["path_unlink_file", "(param i32 i32 i32) (result i32)"],
  ["poll_oneoff", "(param i32 i32 i32 i32) (result i32)"],
  ["proc_exit", "(param i32)"],
  ["random_get", "(param i32 i32) (result i32)"],
];

/** The import module of the stand-ins for Go's exports. */
export const GO_EXPORTS_MODULE = "go-wasi";

/** Go's exports the runtime calls, with the type each must have. */
export const GO_EXPORTS: readonly (readonly [string, string])[] = [
  ["run", "(param i32 i32)"],
  ["resume", ""],
  ["getsp", "(result i32)"],
];

export function runtimeWat(): string {
  const pool = new StringPool();
  const imports = [
    ...WASI_IMPORTS.map(([name, sig]) => `(import "wasi_snapshot_preview1" "${name}" (func $wasi.${name} ${sig}))`),
    ...GO_EXPORTS.map(([name, sig]) => `(import "${GO_EXPORTS_MODULE}" "${name}" (func $go.${name} ${sig}))`),
  ].join("\n");
  const parts = [imports, HEAP_WAT, VALUES_WAT, membersWat(pool), fsWat(pool), START_WAT, supportWat(pool)];
  const text = parts.join("\n") + `\n(export "memory" (memory 0))\n(data $go-wasi.strings ${pool.literal()})\n`;
  return text.replaceAll("__POOL_SIZE__", String(pool.size));
}
