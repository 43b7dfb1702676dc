;; WASI in place of Go 1.19's wasm_exec.js, for GOOS=js GOARCH=wasm programs
;; that only print and exit (corpus/go/hello). Module fields added to the Go
;; binary by `watkit rewrite` (see README.md here): they refer to the Go
;; module's own entities, the stack pointer `global 0`, memory 0 and the
;; function `$wasm_export_run`, by index and by name.
;;
;; Go's host calls take one i32, `sp`: the arguments are on Go's stack in
;; linear memory from sp+8 (8-byte slots), and results go after them.
;; Memory under Go's stack pointer is free stack space: the calls below use
;; the 16 bytes there as scratch.

(import "wasi_snapshot_preview1" "fd_write" (func $wasi.fd_write (param i32 i32 i32 i32) (result i32)))
(import "wasi_snapshot_preview1" "proc_exit" (func $wasi.proc_exit (param i32)))
(import "wasi_snapshot_preview1" "clock_time_get" (func $wasi.clock_time_get (param i32 i64 i32) (result i32)))
(import "wasi_snapshot_preview1" "random_get" (func $wasi.random_get (param i32 i32) (result i32)))
(import "wasi_snapshot_preview1" "args_sizes_get" (func $wasi.args_sizes_get (param i32 i32) (result i32)))
(import "wasi_snapshot_preview1" "args_get" (func $wasi.args_get (param i32 i32) (result i32)))

;; --- the runtime's calls -------------------------------------------------

;; wasmExit(code int32)
(func $go.runtime.wasmExit (param $sp i32)
  (call $wasi.proc_exit (i32.load offset=8 (local.get $sp))))

;; wasmWrite(fd uintptr, p unsafe.Pointer, n int32): panics and println.
(func $go.runtime.wasmWrite (param $sp i32)
  (call $write
    (i32.wrap_i64 (i64.load offset=8 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
    (i32.load offset=24 (local.get $sp)))
  drop)

;; nanotime1() int64: the monotonic clock in nanoseconds.
(func $go.runtime.nanotime1 (param $sp i32)
  (drop (call $wasi.clock_time_get (i32.const 1) (i64.const 1) (i32.add (local.get $sp) (i32.const 8)))))

;; walltime() (sec int64, nsec int32)
(func $go.runtime.walltime (param $sp i32)
  (local $ns i64)
  (drop (call $wasi.clock_time_get (i32.const 0) (i64.const 1) (i32.sub (local.get $sp) (i32.const 16))))
  (local.set $ns (i64.load (i32.sub (local.get $sp) (i32.const 16))))
  (i64.store offset=8 (local.get $sp) (i64.div_u (local.get $ns) (i64.const 1000000000)))
  (i32.store offset=16 (local.get $sp) (i32.wrap_i64 (i64.rem_u (local.get $ns) (i64.const 1000000000)))))

;; scheduleTimeoutEvent(delay int64) int32: no event loop here, so no timer
;; ever fires; a program that sleeps returns from run.
(func $go.runtime.scheduleTimeoutEvent (param $sp i32)
  (i32.store offset=16 (local.get $sp) (i32.const 0)))

(func $go.runtime.clearTimeoutEvent (param $sp i32))

;; getRandomData(r []byte)
(func $go.runtime.getRandomData (param $sp i32)
  (drop (call $wasi.random_get
    (i32.wrap_i64 (i64.load offset=8 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp))))))

(func $go.runtime.resetMemoryDataView (param $sp i32))
(func $go.debug (param $sp i32))

;; --- syscall/js: no JavaScript values here --------------------------------
;;
;; Package syscall reads `fs.constants.O_*` when it starts. A value is a
;; NaN-boxed 64-bit ref (syscall/js/js.go): every property is an object
;; (type flag 1), except O_* names, which are the number 0 (the ref of zero).

(func $go.syscall/js.valueGet (param $sp i32)
  (i64.store offset=32 (local.get $sp)
    (select
      (i64.const 0x7FF80000_00000001)
      (i64.const 0x7FF80001_00000064)
      (i32.and
        (i32.ge_u (i32.wrap_i64 (i64.load offset=24 (local.get $sp))) (i32.const 2))
        (i32.eq (i32.load16_u (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))) (i32.const 0x5F4F))))))

;; stringVal(s string) ref: an object
(func $go.syscall/js.stringVal (param $sp i32)
  (i64.store offset=24 (local.get $sp) (i64.const 0x7FF80001_00000064)))
(func $go.syscall/js.valueIndex (param $sp i32)
  (i64.store offset=24 (local.get $sp) (i64.const 0)))
;; valueCall(v ref, m string, args []ref) (ref, bool): undefined, ok.
(func $go.syscall/js.valueCall (param $sp i32)
  (i64.store offset=56 (local.get $sp) (i64.const 0))
  (i32.store8 offset=64 (local.get $sp) (i32.const 1)))
(func $go.syscall/js.valueNew (param $sp i32)
  (i64.store offset=40 (local.get $sp) (i64.const 0x7FF80001_00000064))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))
(func $go.syscall/js.valueLength (param $sp i32)
  (i64.store offset=16 (local.get $sp) (i64.const 0)))
(func $go.syscall/js.valuePrepareString (param $sp i32)
  (i64.store offset=16 (local.get $sp) (i64.const 0))
  (i64.store offset=24 (local.get $sp) (i64.const 0)))
(func $go.syscall/js.copyBytesToJS (param $sp i32)
  (i64.store offset=40 (local.get $sp) (i64.const 0))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))
(func $go.syscall/js.finalizeRef (param $sp i32))
(func $go.syscall/js.valueSet (param $sp i32))
(func $go.syscall/js.valueSetIndex (param $sp i32))
(func $go.syscall/js.valueLoadString (param $sp i32))

;; --- syscall.Write(fd int, p []byte) (n int, err error) -------------------
;;
;; On js/wasm it calls Node's fs.write and waits for its callback; here it is
;; one fd_write. A Go function: its parameter is the resume point (unused),
;; the stack pointer is global 0 with the return address at sp, the
;; arguments from sp+8 (fd, p's pointer, length, capacity), then the results
;; n at sp+40 and err at sp+48 (nil: two zero words); returning pops the
;; return address.
(func $wasi.syscall.Write (param $resume i32) (result i32)
  (local $sp i32)
  (local.set $sp (global.get 0))
  (i64.store offset=40 (local.get $sp)
    (i64.extend_i32_u
      (call $write
        (i32.wrap_i64 (i64.load offset=8 (local.get $sp)))
        (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
        (i32.wrap_i64 (i64.load offset=24 (local.get $sp))))))
  (i64.store offset=48 (local.get $sp) (i64.const 0))
  (i64.store offset=56 (local.get $sp) (i64.const 0))
  (global.set 0 (i32.add (local.get $sp) (i32.const 8)))
  (i32.const 0))

;; Writes all of `len` bytes at `ptr` to `fd`; gives the count written.
(func $write (param $fd i32) (param $ptr i32) (param $len i32) (result i32)
  (local $iov i32)
  (local.set $iov (i32.sub (global.get 0) (i32.const 16)))
  (i32.store (local.get $iov) (local.get $ptr))
  (i32.store offset=4 (local.get $iov) (local.get $len))
  (drop (call $wasi.fd_write (local.get $fd) (local.get $iov) (i32.const 1) (i32.add (local.get $iov) (i32.const 8))))
  (i32.load offset=8 (local.get $iov)))

;; --- the WASI entry --------------------------------------------------------

;; WASI hosts find the memory under this name (Go exports it as "mem").
(export "memory" (memory 0))
;;
;; Go's run(argc, argv) wants argv as 8-byte pointers to NUL-terminated
;; strings, then a 0, then the environment and another 0, all below 12288
;; (where Go's data starts; wasm_exec.js puts them from 4096).
(func $_start (export "_start")
  (local $argc i32) (local $ptrs i32) (local $buf i32) (local $argv i32) (local $i i32)
  (drop (call $wasi.args_sizes_get (i32.const 4096) (i32.const 4100)))
  (local.set $argc (i32.load (i32.const 4096)))
  (local.set $ptrs (i32.const 4104))
  (local.set $buf (i32.add (local.get $ptrs) (i32.shl (local.get $argc) (i32.const 2))))
  ;; Go's array after the strings, 8-aligned, with two terminating zeros.
  (local.set $argv (i32.and (i32.add (i32.add (local.get $buf) (i32.load (i32.const 4100))) (i32.const 7)) (i32.const -8)))
  (if (i32.gt_u (i32.add (local.get $argv) (i32.shl (i32.add (local.get $argc) (i32.const 2)) (i32.const 3))) (i32.const 12288))
    (then (call $wasi.proc_exit (i32.const 2))))
  (drop (call $wasi.args_get (local.get $ptrs) (local.get $buf)))
  (block $done
    (loop $copy
      (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
      (i64.store
        (i32.add (local.get $argv) (i32.shl (local.get $i) (i32.const 3)))
        (i64.extend_i32_u (i32.load (i32.add (local.get $ptrs) (i32.shl (local.get $i) (i32.const 2))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $copy)))
  (i64.store (i32.add (local.get $argv) (i32.shl (local.get $argc) (i32.const 3))) (i64.const 0))
  (i64.store offset=8 (i32.add (local.get $argv) (i32.shl (local.get $argc) (i32.const 3))) (i64.const 0))
  (call $wasm_export_run (local.get $argc) (local.get $argv)))
