/**
 * What the other parts of the runtime share: output to a file descriptor,
 * the failure messages (which stop the program with status 1), the pool's
 * strings as values, argument access, error and byte-array values.
 */
import { WASI_ERRNO_CODES } from "./errno.js";
import { KIND } from "./kinds.js";
import type { StringPool } from "./strings.js";

/** A pooled string as one i32 (offset << 16 | length), the form `$string.pooled` and `$die` take. */
export function packed(pool: StringPool, text: string): string {
  const s = pool.add(text);
  return `(i32.const ${(s.off << 16) | s.len})`;
}

const MESSAGES = {
  oom: "out of memory",
  notFunction: "syscall/js called a value that is not a function made by js.FuncOf",
  notArray: "syscall/js indexed a value that is not an array",
  notString: "syscall/js read a value that is not a string as a string",
  tooManyArgs: "the arguments and environment do not fit below Go's data (8 KiB, as under wasm_exec.js)",
  timers: "more than 64 timers at once",
} as const;

export function supportWat(pool: StringPool): string {
  const dies = Object.entries(MESSAGES)
    .map(([name, text]) => `(func $die.${name} (call $die ${packed(pool, text)}))`)
    .join("\n");
  const ops = [
    "reads the JavaScript member ",
    "sets the JavaScript member ",
    "calls the JavaScript method ",
    "constructs the JavaScript class ",
    "deletes the JavaScript member ",
  ];
  const opCases = ops.map((text, i) => `(if (i32.eq (local.get $op) (i32.const ${i})) (then (call $write.pooled (i32.const 2) ${packed(pool, text)})))`).join("\n  ");
  const codes = WASI_ERRNO_CODES.map(([n, code]) => `  (if (i32.eq (local.get $errno) (i32.const ${n})) (then (return ${packed(pool, code)})))`).join("\n");
  return `
;; The pool's copy in the heap.
(global $pool (mut i32) (i32.const 0))
;; A heap block for the out-parameters of WASI calls.
(global $scratch (mut i32) (i32.const 0))
(global $cwd i32 ${packed(pool, "/")})

(func $support.init
  (global.set $pool (call $alloc (i32.const __POOL_SIZE__)))
  (memory.init $go-wasi.strings (call $abs (global.get $pool)) (i32.const 0) (i32.const __POOL_SIZE__))
  (global.set $scratch (call $alloc (i32.const 128))))

(func $scratch (param $at i32) (result i32)
  (i32.add (call $abs (global.get $scratch)) (local.get $at)))

;; Writes all $len bytes at $ptr to $fd.
(func $write (param $fd i32) (param $ptr i32) (param $len i32)
  (local $iov i32)
  (local.set $iov (call $scratch (i32.const 96)))
  (block $done
    (loop $more
      (br_if $done (i32.eqz (local.get $len)))
      (i32.store (local.get $iov) (local.get $ptr))
      (i32.store offset=4 (local.get $iov) (local.get $len))
      (br_if $done (call $wasi.fd_write (local.get $fd) (local.get $iov) (i32.const 1) (i32.add (local.get $iov) (i32.const 8))))
      (br_if $done (i32.eqz (i32.load offset=8 (local.get $iov))))
      (local.set $ptr (i32.add (local.get $ptr) (i32.load offset=8 (local.get $iov))))
      (local.set $len (i32.sub (local.get $len) (i32.load offset=8 (local.get $iov))))
      (br $more))))

(func $write.pooled (param $fd i32) (param $s i32)
  (call $write (local.get $fd)
    (i32.add (call $abs (global.get $pool)) (i32.shr_u (local.get $s) (i32.const 16)))
    (i32.and (local.get $s) (i32.const 0xFFFF))))

(func $die (param $message i32)
  (call $write.pooled (i32.const 2) ${packed(pool, "go-wasi: ")})
  (call $write.pooled (i32.const 2) (local.get $message))
  (call $write.pooled (i32.const 2) ${packed(pool, "\n")})
  (call $wasi.proc_exit (i32.const 1)))
${dies}

;; A syscall/js operation ($op: get, set, call, new, delete) on a member go-wasi does not have.
(func $die.member (param $op i32) (param $this i64) (param $p i32) (param $n i32)
  (call $write.pooled (i32.const 2) ${packed(pool, "go-wasi: the program ")})
  ${opCases}
  (call $write.pooled (i32.const 2) (call $kind.name (call $kind (local.get $this))))
  (if (local.get $n)
    (then
      (call $write.pooled (i32.const 2) ${packed(pool, ".")})
      (call $write (i32.const 2) (local.get $p) (local.get $n))))
  (call $write.pooled (i32.const 2) ${packed(pool, " (syscall/js), which has no WASI counterpart in go-wasi")})
  (if (i32.and (i32.eqz (call $kind (local.get $this))) (i32.ne (global.get $absent) (i32.const 0)))
    (then
      (call $write.pooled (i32.const 2) ${packed(pool, "; the last member it looked for and did not find is ")})
      (call $write.pooled (i32.const 2) (call $kind.name (global.get $absentKind)))
      (call $write.pooled (i32.const 2) ${packed(pool, ".")})
      (call $write (i32.const 2) (call $abs (global.get $absent)) (global.get $absentLen))))
  (call $write.pooled (i32.const 2) ${packed(pool, "\n")})
  (call $wasi.proc_exit (i32.const 1)))

;; The last member of globalThis or process the program read and go-wasi does not have.
(global $absent (mut i32) (i32.const 0))
(global $absentLen (mut i32) (i32.const 0))
(global $absentKind (mut i32) (i32.const 0))

(func $absent.note (param $kind i32) (param $p i32) (param $n i32)
  (global.set $absentKind (local.get $kind))
  (call $free (global.get $absent))
  (global.set $absent (call $alloc (local.get $n)))
  (global.set $absentLen (local.get $n))
  (memory.copy (call $abs (global.get $absent)) (local.get $p) (local.get $n)))

;; Whether the $n bytes at $p (Go's memory) are the pooled string at $off.
(func $is (param $p i32) (param $n i32) (param $off i32) (param $len i32) (result i32)
  (local $q i32) (local $i i32)
  (if (i32.ne (local.get $n) (local.get $len)) (then (return (i32.const 0))))
  (local.set $q (i32.add (call $abs (global.get $pool)) (local.get $off)))
  (block $differ
    (loop $next
      (if (i32.eq (local.get $i) (local.get $n)) (then (return (i32.const 1))))
      (br_if $differ (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $i))) (i32.load8_u (i32.add (local.get $q) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  (i32.const 0))

(func $string.pooled (param $s i32) (result i64)
  (call $string
    (i32.add (call $abs (global.get $pool)) (i32.shr_u (local.get $s) (i32.const 16)))
    (i32.and (local.get $s) (i32.const 0xFFFF))))

;; Node's error code for a WASI errno.
(func $errno.code (param $errno i32) (result i32)
${codes}
  ${packed(pool, "EIO")})

(func $arg (param $args i64) (param $i i32) (result i64)
  (if (result i64) (i32.lt_u (local.get $i) (call $entry.b (call $id (local.get $args))))
    (then (i64.load (call $array.slot (local.get $args) (local.get $i))))
    (else (i64.const 0))))

(func $error (param $errno i32) (result i64)
  (call $value.new (i32.const ${KIND.error}) (i32.const 1) (local.get $errno) (i32.const 0)))

(func $bytes (param $len i32) (result i64)
  (call $value.new (i32.const ${KIND.bytes}) (i32.const 1) (call $alloc (local.get $len)) (local.get $len)))

(func $stats (param $v i64) (result i32)
  (call $abs (call $entry.a (call $id (local.get $v)))))

;; Node's st_mode for a WASI file type; WASI does not give permissions.
(func $stats.mode (param $type i32) (result i32)
  (if (i32.eq (local.get $type) (i32.const 3)) (then (return (i32.const ${0o40755}))))
  (if (i32.eq (local.get $type) (i32.const 7)) (then (return (i32.const ${0o120777}))))
  (if (i32.eq (local.get $type) (i32.const 2)) (then (return (i32.const ${0o20666}))))
  (if (i32.eq (local.get $type) (i32.const 1)) (then (return (i32.const ${0o60666}))))
  (if (i32.or (i32.eq (local.get $type) (i32.const 5)) (i32.eq (local.get $type) (i32.const 6))) (then (return (i32.const ${0o140666}))))
  (i32.const ${0o100644}))

(func $crypto.getRandomValues (param $a i64) (result i64)
  (if (i32.ne (call $kind (local.get $a)) (i32.const ${KIND.bytes})) (then (call $die.notArray)))
  (drop (call $wasi.random_get (call $abs (call $entry.a (call $id (local.get $a)))) (call $entry.b (call $id (local.get $a)))))
  (local.get $a))

;; console.log/error: the string arguments, space-separated, and a newline.
(func $console (param $fd i32) (param $args i64)
  (local $i i32) (local $v i64)
  (block $done
    (loop $next
      (br_if $done (i32.ge_u (local.get $i) (call $entry.b (call $id (local.get $args)))))
      (local.set $v (call $arg (local.get $args) (local.get $i)))
      (if (local.get $i) (then (call $write.pooled (local.get $fd) ${packed(pool, " ")})))
      (if (i32.eq (call $kind (local.get $v)) (i32.const ${KIND.string}))
        (then (call $write (local.get $fd) (call $abs (call $entry.a (call $id (local.get $v)))) (call $entry.b (call $id (local.get $v))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  (call $write.pooled (local.get $fd) ${packed(pool, "\n")}))
`;
}
