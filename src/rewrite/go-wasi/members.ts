/**
 * The JavaScript members the runtime provides, one row each: the object
 * kind, the member name, the syscall/js operation (get, set, call, new)
 * and the WAT that does it. The rows drive the name lookup and the
 * dispatch functions `$get`, `$set`, `$call` and `$new`; a member without a
 * row stops the program with a message naming it.
 *
 * In the code of a row: `$this` (the object), `$args` (an array value of
 * the arguments: `(call $arg N)`), `$x` (the value set); it gives the
 * result, a value that is not yet counted as held by Go.
 */
import { KIND, KIND_NAMES, singletonRef, type KindName } from "./kinds.js";
import type { StringPool } from "./strings.js";

type Op = "get" | "set" | "call" | "new";

interface Member {
  on: KindName;
  /** Empty for `new`, which is looked up by kind alone. */
  name: string;
  op: Op;
  wat: string;
}

const num = (n: number): string => `(call $int (i64.const ${n}))`;
const undef = "(i64.const 0)";
const statU64 = (offset: number): string => `(call $int (i64.load offset=${offset} (call $stats (local.get $this))))`;
const statMs = (offset: number): string =>
  `(call $number (f64.div (f64.convert_i64_u (i64.load offset=${offset} (call $stats (local.get $this)))) (f64.const 1000000)))`;
const fsCall = (name: string, impl = `$fs.${name}`): Member => ({ on: "fs", name, op: "call", wat: `(call ${impl} (local.get $args)) ${undef}` });

const GLOBALS: readonly KindName[] = ["fs", "process", "Date", "crypto", "Uint8Array", "Object", "Array", "console", "path"];

// Node's values on Linux, which Go's syscall package reads and passes back.
const OPEN_FLAGS: readonly (readonly [string, number])[] = [
  ["O_WRONLY", 1], ["O_RDWR", 2], ["O_CREAT", 64], ["O_EXCL", 128], ["O_TRUNC", 512], ["O_APPEND", 1024],
  ["O_DIRECTORY", 65536], ["O_SYNC", 1052672],
];

export const MEMBERS: readonly Member[] = [
  ...GLOBALS.map((g): Member => ({ on: "globalThis", name: g, op: "get", wat: singletonRef(g) })),
  { on: "go", name: "_pendingEvent", op: "get", wat: "(if (result i64) (global.get $pending) (then (call $ref (global.get $pending))) (else (global.get $null)))" },
  { on: "go", name: "_pendingEvent", op: "set", wat: "(global.set $pending (if (result i32) (call $isNullish (local.get $x)) (then (i32.const 0)) (else (call $id (local.get $x))))) (i64.const 0)" },
  { on: "go", name: "_makeFuncWrapper", op: "call", wat: `(call $value.new (i32.const ${KIND.function}) (i32.const 4) (call $toI32 (call $arg (local.get $args) (i32.const 0))) (i32.const 0))` },
  { on: "event", name: "id", op: "get", wat: "(call $int (i64.extend_i32_u (call $entry.a (call $id (local.get $this)))))" },
  { on: "event", name: "this", op: "get", wat: undef },
  { on: "event", name: "args", op: "get", wat: "(call $ref (call $entry.b (call $id (local.get $this))))" },
  { on: "event", name: "result", op: "set", wat: undef },
  { on: "fs", name: "constants", op: "get", wat: singletonRef("fs.constants") },
  // Go's syscall.Lchown asks whether fs has lchown before calling it.
  { on: "fs", name: "lchown", op: "get", wat: undef },
  ...OPEN_FLAGS.map(([name, value]): Member => ({ on: "fs.constants", name, op: "get", wat: num(value) })),
  ...["open", "close", "read", "write", "fstat", "stat", "lstat", "readdir", "mkdir", "unlink", "rmdir", "rename", "fsync", "ftruncate"].map((n) => fsCall(n)),
  ...["chmod", "fchmod", "chown", "fchown", "lchown", "utimes", "truncate", "readlink", "symlink", "link"].map((n) => fsCall(n, "$fs.unsupported")),
  { on: "process", name: "pid", op: "get", wat: num(1) },
  { on: "process", name: "ppid", op: "get", wat: num(0) },
  { on: "process", name: "cwd", op: "call", wat: "(call $string.pooled (global.get $cwd))" },
  ...["getuid", "getgid", "geteuid", "getegid"].map((name): Member => ({ on: "process", name, op: "call", wat: num(-1) })),
  { on: "process", name: "getgroups", op: "call", wat: "(call $array (i32.const 0))" },
  { on: "process", name: "umask", op: "call", wat: num(0o22) },
  // Go 1.21 and later keep the absolute path of each open file (syscall.Open).
  { on: "path", name: "resolve", op: "call", wat: "(call $path.resolve (call $arg (local.get $args) (i32.const 0)))" },
  { on: "Date", name: "", op: "new", wat: `(call $value.new (i32.const ${KIND.date}) (i32.const 1) (i32.const 0) (i32.const 0))` },
  // WASI has no time zone: local time is UTC.
  { on: "date", name: "getTimezoneOffset", op: "call", wat: num(0) },
  { on: "Uint8Array", name: "", op: "new", wat: "(call $bytes (call $toI32 (call $arg (local.get $args) (i32.const 0))))" },
  { on: "Array", name: "", op: "new", wat: "(call $array (call $toI32 (call $arg (local.get $args) (i32.const 0))))" },
  { on: "crypto", name: "getRandomValues", op: "call", wat: "(call $crypto.getRandomValues (call $arg (local.get $args) (i32.const 0)))" },
  ...(["bytes", "array", "string"] as const).map((on): Member => ({ on, name: "length", op: "get", wat: "(call $int (i64.extend_i32_u (call $entry.b (call $id (local.get $this)))))" })),
  { on: "error", name: "code", op: "get", wat: "(call $string.pooled (call $errno.code (call $entry.a (call $id (local.get $this)))))" },
  { on: "error", name: "message", op: "get", wat: "(call $string.pooled (call $errno.code (call $entry.a (call $id (local.get $this)))))" },
  ...(
    [
      ["dev", statU64(0)], ["ino", statU64(8)], ["nlink", statU64(24)], ["size", statU64(32)],
      ["uid", num(0)], ["gid", num(0)], ["rdev", num(0)], ["blksize", num(4096)],
      ["blocks", "(call $int (i64.shr_u (i64.add (i64.load offset=32 (call $stats (local.get $this))) (i64.const 511)) (i64.const 9)))"],
      ["mode", "(call $int (i64.extend_i32_u (call $stats.mode (i32.load8_u offset=16 (call $stats (local.get $this))))))"],
      ["atimeMs", statMs(40)], ["mtimeMs", statMs(48)], ["ctimeMs", statMs(56)],
    ] as const
  ).map(([name, wat]): Member => ({ on: "stats", name, op: "get", wat })),
  { on: "stats", name: "isDirectory", op: "call", wat: "(call $bool (i32.eq (i32.load8_u offset=16 (call $stats (local.get $this))) (i32.const 3)))" },
  ...["log", "error", "warn"].map((name): Member => ({ on: "console", name, op: "call", wat: `(call $console (i32.const ${name === "log" ? 1 : 2}) (local.get $args)) ${undef}` })),
];

const PARAMS: Record<Op, string> = {
  get: "(param $this i64) (param $p i32) (param $n i32) (result i64)",
  set: "(param $this i64) (param $p i32) (param $n i32) (param $x i64)",
  call: "(param $this i64) (param $p i32) (param $n i32) (param $args i64) (result i64)",
  new: "(param $this i64) (param $args i64) (result i64)",
};

/** The lookup and dispatch functions of every operation, the kind names and the failure messages. */
export function membersWat(pool: StringPool): string {
  const ops: Op[] = ["get", "set", "call", "new"];
  return ops.map((op, i) => dispatch(op, i, MEMBERS.filter((m) => m.op === op), pool)).join("\n") + kindNames(pool);
}

function dispatch(op: Op, opIndex: number, rows: readonly Member[], pool: StringPool): string {
  const find = rows
    .map((m, row) => {
      const kind = `(i32.eq (local.get $kind) (i32.const ${KIND[m.on]}))`;
      if (op === "new") return `  (if ${kind} (then (return (i32.const ${row}))))`;
      const name = pool.add(m.name);
      return `  (if (i32.and ${kind} (call $is (local.get $p) (local.get $n) (i32.const ${name.off}) (i32.const ${name.len}))) (then (return (i32.const ${row}))))`;
    })
    .join("\n");
  const result = op === "set" ? "" : " (result i64)";
  const labels = rows.map((_, row) => `$r${row}`);
  // Nested blocks: the innermost holds the br_table; after block $rN comes row N's code.
  let nested = `(br_table ${labels.join(" ")} $unknown (local.get $row))`;
  for (let row = 0; row < rows.length; row++) {
    const code = op === "set" ? `${rows[row].wat} drop (return)` : `(return ${rows[row].wat})`;
    nested = `(block $r${row} ${nested})\n  ${code}`;
  }
  const body = `(block $unknown ${nested})`;
  const nameArgs = op === "new" ? "(i32.const 0) (i32.const 0)" : "(local.get $p) (local.get $n)";
  // Programs probe for globals and process properties (net/http reads globalThis.fetch, esbuild
  // process.argv0): an absent one is undefined, as in JavaScript.
  const absent =
    op === "get"
      ? `(if (i32.or (i32.eq (local.get $kind) (i32.const ${KIND.globalThis})) (i32.eq (local.get $kind) (i32.const ${KIND.process})))
    (then (call $absent.note (local.get $kind) (local.get $p) (local.get $n)) (return (i64.const 0))))`
      : "";
  return `
(func $find.${op} (param $kind i32) (param $p i32) (param $n i32) (result i32)
${find}
  (i32.const -1))

(func $${op} ${PARAMS[op]}
  (local $kind i32) (local $row i32)
  (local.set $kind (call $kind (local.get $this)))
  (local.set $row (call $find.${op} (local.get $kind) ${nameArgs}))
  ${body}
  ${absent}
  (call $die.member (i32.const ${opIndex}) (local.get $this) ${nameArgs})${result === "" ? "" : " (unreachable)"})
`;
}

/** `$kind.name`: where a kind's name is in the pool (offset << 16 | length). */
function kindNames(pool: StringPool): string {
  const cases = KIND_NAMES.map((name, kind) => {
    const s = pool.add(kind === KIND.free ? "undefined" : name);
    return `  (if (i32.eq (local.get $kind) (i32.const ${kind})) (then (return (i32.const ${(s.off << 16) | s.len}))))`;
  }).join("\n");
  const fallback = pool.add("a value");
  return `
(func $kind.name (param $kind i32) (result i32)
${cases}
  (i32.const ${(fallback.off << 16) | fallback.len}))
`;
}
