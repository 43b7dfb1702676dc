/**
 * The runtime's imports of Go (`runtime.*`: exit, writes, clocks, timers,
 * random data) and the WASI entry `_start`: it passes the arguments and the
 * environment the way wasm_exec.js does, runs Go, then is the event loop
 * wasm_exec.js leaves to JavaScript: while Go waits, it sleeps in
 * `poll_oneoff` until the next timer and resumes Go; when Go waits with no
 * timer left, it resumes Go with event 0, which makes Go report the deadlock.
 */
import { KIND } from "./kinds.js";

export const START_WAT = `
;; Timers of scheduleTimeoutEvent: 64 slots of (id, deadline in ns); id 0 is free.
(global $timers (mut i32) (i32.const 0))
(global $nextTimer (mut i32) (i32.const 1))

(func $now (result i64)
  (drop (call $wasi.clock_time_get (i32.const 1) (i64.const 1) (call $scratch (i32.const 88))))
  (i64.load (call $scratch (i32.const 88))))

;; wasmExit(code int32)
(func $go.runtime.wasmExit (param $sp i32)
  (call $wasi.proc_exit (i32.load offset=8 (local.get $sp))))

;; wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
(func $go.runtime.wasmWrite (param $sp i32)
  (call $write
    (i32.wrap_i64 (i64.load offset=8 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
    (i32.load offset=24 (local.get $sp))))

;; nanotime1() int64
(func $go.runtime.nanotime1 (param $sp i32)
  (i64.store offset=8 (local.get $sp) (call $now)))

;; walltime() (sec int64, nsec int32)
(func $go.runtime.walltime (param $sp i32)
  (local $ns i64)
  (drop (call $wasi.clock_time_get (i32.const 0) (i64.const 1) (call $scratch (i32.const 88))))
  (local.set $ns (i64.load (call $scratch (i32.const 88))))
  (i64.store offset=8 (local.get $sp) (i64.div_u (local.get $ns) (i64.const 1000000000)))
  (i32.store offset=16 (local.get $sp) (i32.wrap_i64 (i64.rem_u (local.get $ns) (i64.const 1000000000)))))

;; scheduleTimeoutEvent(delay int64) int32: delay in milliseconds.
(func $go.runtime.scheduleTimeoutEvent (param $sp i32)
  (local $slot i32) (local $i i32)
  (block $found
    (loop $next
      (if (i32.eq (local.get $i) (i32.const 64)) (then (call $die.timers)))
      (local.set $slot (call $abs (i32.add (global.get $timers) (i32.shl (local.get $i) (i32.const 4)))))
      (br_if $found (i32.eqz (i32.load (local.get $slot))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
  (i32.store (local.get $slot) (global.get $nextTimer))
  (i64.store offset=8 (local.get $slot)
    (i64.add (call $now) (i64.mul (i64.load offset=8 (local.get $sp)) (i64.const 1000000))))
  (i32.store offset=16 (local.get $sp) (global.get $nextTimer))
  (global.set $nextTimer (i32.add (global.get $nextTimer) (i32.const 1))))

;; clearTimeoutEvent(id int32)
(func $go.runtime.clearTimeoutEvent (param $sp i32)
  (local $i i32) (local $slot i32)
  (loop $next
    (local.set $slot (call $abs (i32.add (global.get $timers) (i32.shl (local.get $i) (i32.const 4)))))
    (if (i32.eq (i32.load (local.get $slot)) (i32.load offset=8 (local.get $sp)))
      (then (i32.store (local.get $slot) (i32.const 0)) (return)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br_if $next (i32.lt_u (local.get $i) (i32.const 64)))))

;; getRandomData(r []byte)
(func $go.runtime.getRandomData (param $sp i32)
  (drop (call $wasi.random_get
    (i32.wrap_i64 (i64.load offset=8 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp))))))

(func $go.runtime.resetMemoryDataView (param $sp i32))
(func $go.debug (param $sp i32))

;; The earliest timer's slot (absolute address), or 0.
(func $timers.next (result i32)
  (local $i i32) (local $slot i32) (local $best i32)
  (loop $next
    (local.set $slot (call $abs (i32.add (global.get $timers) (i32.shl (local.get $i) (i32.const 4)))))
    (if (i32.and (i32.ne (i32.load (local.get $slot)) (i32.const 0))
                 (i32.or (i32.eqz (local.get $best)) (i64.lt_u (i64.load offset=8 (local.get $slot)) (i64.load offset=8 (local.get $best)))))
      (then (local.set $best (local.get $slot))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br_if $next (i32.lt_u (local.get $i) (i32.const 64))))
  (local.get $best))

;; Sleeps until the monotonic clock reaches $deadline.
(func $sleepUntil (param $deadline i64)
  (local $now i64) (local $sub i32)
  (local.set $now (call $now))
  (if (i64.le_u (local.get $deadline) (local.get $now)) (then (return)))
  (local.set $sub (call $scratch (i32.const 0)))
  (memory.fill (local.get $sub) (i32.const 0) (i32.const 48))
  (i32.store offset=16 (local.get $sub) (i32.const 1))
  (i64.store offset=24 (local.get $sub) (i64.sub (local.get $deadline) (local.get $now)))
  (drop (call $wasi.poll_oneoff (local.get $sub) (call $scratch (i32.const 48)) (i32.const 1) (call $scratch (i32.const 80)))))

;; Go's run(argc, argv) takes argv as 8-byte pointers to NUL-terminated
;; strings, a 0, the environment as KEY=VALUE strings and another 0, all
;; between 4096 and 12288, where Go's data starts.
(func $args.init (result i32)
  (local $argc i32) (local $envc i32) (local $argBytes i32) (local $envBytes i32)
  (local $ptrs i32) (local $argv i32) (local $i i32) (local $count i32)
  (drop (call $wasi.args_sizes_get (call $scratch (i32.const 0)) (call $scratch (i32.const 4))))
  (drop (call $wasi.environ_sizes_get (call $scratch (i32.const 8)) (call $scratch (i32.const 12))))
  (local.set $argc (i32.load (call $scratch (i32.const 0))))
  (local.set $argBytes (i32.load (call $scratch (i32.const 4))))
  (local.set $envc (i32.load (call $scratch (i32.const 8))))
  (local.set $envBytes (i32.load (call $scratch (i32.const 12))))
  (local.set $count (i32.add (local.get $argc) (local.get $envc)))
  (local.set $argv (i32.and (i32.add (i32.add (i32.add (i32.const 4096) (local.get $argBytes)) (local.get $envBytes)) (i32.const 7)) (i32.const -8)))
  (if (i32.gt_u (i32.add (local.get $argv) (i32.shl (i32.add (local.get $count) (i32.const 2)) (i32.const 3))) (i32.const 12288))
    (then (call $die.tooManyArgs)))
  (local.set $ptrs (call $alloc (i32.shl (i32.add (local.get $count) (i32.const 1)) (i32.const 2))))
  (drop (call $wasi.args_get (call $abs (local.get $ptrs)) (i32.const 4096)))
  (drop (call $wasi.environ_get
    (i32.add (call $abs (local.get $ptrs)) (i32.shl (local.get $argc) (i32.const 2)))
    (i32.add (i32.const 4096) (local.get $argBytes))))
  (block $done
    (loop $copy
      (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
      ;; The environment's pointers go one slot further, after argv's 0.
      (i64.store
        (i32.add (local.get $argv) (i32.shl (i32.add (local.get $i) (i32.ge_u (local.get $i) (local.get $argc))) (i32.const 3)))
        (i64.extend_i32_u (i32.load (i32.add (call $abs (local.get $ptrs)) (i32.shl (local.get $i) (i32.const 2))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $copy)))
  (i64.store (i32.add (local.get $argv) (i32.shl (local.get $argc) (i32.const 3))) (i64.const 0))
  (i64.store (i32.add (local.get $argv) (i32.shl (i32.add (local.get $count) (i32.const 1)) (i32.const 3))) (i64.const 0))
  (call $free (local.get $ptrs))
  (global.set $args.argc (local.get $argc))
  (local.get $argv))

(global $args.argc (mut i32) (i32.const 0))

(func $_start (export "_start")
  (local $argv i32) (local $timer i32)
  (call $heap.init)
  (call $support.init)
  (call $values.init)
  (call $preopens.init)
  (global.set $timers (call $alloc (i32.const 1024)))
  (local.set $argv (call $args.init))
  (call $go.run (global.get $args.argc) (local.get $argv))
  (loop $events
    (local.set $timer (call $timers.next))
    (if (local.get $timer)
      (then
        (call $sleepUntil (i64.load offset=8 (local.get $timer)))
        ;; The sleep moved nothing, but look the slot up again: it is in the heap.
        (local.set $timer (call $timers.next))
        (i32.store (local.get $timer) (i32.const 0))
        (call $go.resume)
        (br $events))))
  (global.set $pending (call $id (call $value.new (i32.const ${KIND.event}) (i32.const 1) (i32.const 0) (call $id (call $array (i32.const 0))))))
  (call $go.resume)
  (call $wasi.proc_exit (i32.const 0)))
`;
