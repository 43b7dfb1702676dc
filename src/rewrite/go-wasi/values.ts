/**
 * The syscall/js value protocol (syscall/js/js.go): a JavaScript value
 * crosses to Go as a 64-bit float, a number as itself and anything else as
 * a NaN whose low word is an id in the value table and whose next bits say
 * object (1), string (2), symbol (3) or function (4); undefined is 0.
 *
 * Here the table holds the few kinds of object Go's standard library meets
 * (see kinds.ts), 16 bytes an entry: kind (u8), type flag (u8), two words
 * whose meaning depends on the kind (a heap block and its length, a Go
 * function id, ...) and Go's reference count, which `finalizeRef` lowers.
 * Ids below FIRST_DYNAMIC are the values every program starts with.
 */
import { FIRST_DYNAMIC, KIND, SINGLETONS } from "./kinds.js";

const singletonInit = SINGLETONS.map(
  ([id, kind, flag]) => `  (call $entry.set (i32.const ${id}) (i32.const ${KIND[kind]}) (i32.const ${flag}) (i32.const 0) (i32.const 0))`,
).join("\n");

export const VALUES_WAT = `
(global $values (mut i32) (i32.const 0))
(global $valuesCap (mut i32) (i32.const 0))
(global $valuesLen (mut i32) (i32.const ${FIRST_DYNAMIC}))
(global $freeIds (mut i32) (i32.const 0))
;; The id of go._pendingEvent (0: null).
(global $pending (mut i32) (i32.const 0))

(func $values.init
  (global.set $valuesCap (i32.const 256))
  (global.set $values (call $alloc (i32.const 4096)))
  (call $entry.set (i32.const 0) (i32.const ${KIND.const}) (i32.const 0) (i32.const 0) (i32.const 0))
  (call $entry.set (i32.const 1) (i32.const ${KIND.const}) (i32.const 0) (i32.const 0) (i32.const 0))
  (call $entry.set (i32.const 2) (i32.const ${KIND.const}) (i32.const 0) (i32.const 0) (i32.const 0))
  (call $entry.set (i32.const 3) (i32.const ${KIND.const}) (i32.const 0) (i32.const 0) (i32.const 0))
  (call $entry.set (i32.const 4) (i32.const ${KIND.const}) (i32.const 0) (i32.const 0) (i32.const 0))
${singletonInit})

(func $entry (param $id i32) (result i32)
  (call $abs (i32.add (global.get $values) (i32.shl (local.get $id) (i32.const 4)))))

(func $entry.set (param $id i32) (param $kind i32) (param $flag i32) (param $a i32) (param $b i32)
  (local $e i32)
  (local.set $e (call $entry (local.get $id)))
  (i32.store8 (local.get $e) (local.get $kind))
  (i32.store8 offset=1 (local.get $e) (local.get $flag))
  (i32.store offset=4 (local.get $e) (local.get $a))
  (i32.store offset=8 (local.get $e) (local.get $b))
  (i32.store offset=12 (local.get $e) (i32.const 0)))

(func $entry.a (param $id i32) (result i32) (i32.load offset=4 (call $entry (local.get $id))))
(func $entry.b (param $id i32) (result i32) (i32.load offset=8 (call $entry (local.get $id))))

;; A new value; Go's count starts at 0 and rises when the value is handed over.
(func $value.new (param $kind i32) (param $flag i32) (param $a i32) (param $b i32) (result i64)
  (local $id i32) (local $bigger i32)
  (if (global.get $freeIds)
    (then
      (local.set $id (global.get $freeIds))
      (global.set $freeIds (call $entry.a (local.get $id))))
    (else
      (if (i32.eq (global.get $valuesLen) (global.get $valuesCap))
        (then
          (local.set $bigger (call $alloc (i32.shl (global.get $valuesCap) (i32.const 5))))
          (memory.copy (call $abs (local.get $bigger)) (call $abs (global.get $values)) (i32.shl (global.get $valuesCap) (i32.const 4)))
          (call $free (global.get $values))
          (global.set $values (local.get $bigger))
          (global.set $valuesCap (i32.shl (global.get $valuesCap) (i32.const 1)))))
      (local.set $id (global.get $valuesLen))
      (global.set $valuesLen (i32.add (local.get $id) (i32.const 1)))))
  (call $entry.set (local.get $id) (local.get $kind) (local.get $flag) (local.get $a) (local.get $b))
  (call $ref (local.get $id)))

(func $ref (param $id i32) (result i64)
  (i64.or
    (i64.const 0x7FF8000000000000)
    (i64.or
      (i64.shl (i64.load8_u offset=1 (call $entry (local.get $id))) (i64.const 32))
      (i64.extend_i32_u (local.get $id)))))

(func $isRef (param $v i64) (result i32)
  (i64.eq (i64.and (local.get $v) (i64.const 0xFFF8000000000000)) (i64.const 0x7FF8000000000000)))

(func $id (param $v i64) (result i32) (i32.wrap_i64 (local.get $v)))

;; The kind of a value; 0 for undefined and numbers.
(func $kind (param $v i64) (result i32)
  (if (i32.eqz (call $isRef (local.get $v))) (then (return (i32.const 0))))
  (i32.load8_u (call $entry (call $id (local.get $v)))))

;; Counts a reference Go now holds (storeValue in wasm_exec.js).
(func $hand (param $v i64) (result i64)
  (local $e i32)
  (if (i32.and (call $isRef (local.get $v)) (i32.ge_u (call $id (local.get $v)) (i32.const ${FIRST_DYNAMIC})))
    (then
      (local.set $e (call $entry (call $id (local.get $v))))
      (i32.store offset=12 (local.get $e) (i32.add (i32.load offset=12 (local.get $e)) (i32.const 1)))))
  (local.get $v))

(func $number (param $f f64) (result i64)
  (if (f64.eq (local.get $f) (f64.const 0)) (then (return (i64.const 0x7FF8000000000001))))
  (if (f64.ne (local.get $f) (local.get $f)) (then (return (i64.const 0x7FF8000000000000))))
  (i64.reinterpret_f64 (local.get $f)))

(func $int (param $n i64) (result i64) (call $number (f64.convert_i64_s (local.get $n))))

(func $bool (param $b i32) (result i64)
  (select (i64.const 0x7FF8000000000003) (i64.const 0x7FF8000000000004) (local.get $b)))

(global $null i64 (i64.const 0x7FF8000000000002))

;; A value as a number (undefined, null, false and 0 are 0).
(func $toF64 (param $v i64) (result f64)
  (if (call $isRef (local.get $v))
    (then (return (select (f64.const 1) (f64.const 0) (i32.eq (call $id (local.get $v)) (i32.const 3))))))
  (f64.reinterpret_i64 (local.get $v)))

(func $toI64 (param $v i64) (result i64) (i64.trunc_sat_f64_s (call $toF64 (local.get $v))))
(func $toI32 (param $v i64) (result i32) (i32.wrap_i64 (call $toI64 (local.get $v))))

(func $isNullish (param $v i64) (result i32)
  (i32.or (i64.eqz (local.get $v)) (i64.eq (local.get $v) (global.get $null))))

;; A string value holding a copy of $len bytes at the absolute address $ptr.
(func $string (param $ptr i32) (param $len i32) (result i64)
  (local $block i32)
  (local.set $block (call $alloc (local.get $len)))
  (memory.copy (call $abs (local.get $block)) (local.get $ptr) (local.get $len))
  (call $value.new (i32.const ${KIND.string}) (i32.const 2) (local.get $block) (local.get $len)))

;; An array value of $len elements, all undefined.
(func $array (param $len i32) (result i64)
  (call $value.new (i32.const ${KIND.array}) (i32.const 1) (call $alloc (i32.shl (local.get $len) (i32.const 3))) (local.get $len)))

(func $array.slot (param $arr i64) (param $i i32) (result i32)
  (call $abs (i32.add (call $entry.a (call $id (local.get $arr))) (i32.shl (local.get $i) (i32.const 3)))))

;; Appends to an array value, doubling its block when it is full.
(func $array.push (param $arr i64) (param $v i64)
  (local $id i32) (local $len i32) (local $block i32) (local $bigger i32)
  (local.set $id (call $id (local.get $arr)))
  (local.set $len (call $entry.b (local.get $id)))
  (local.set $block (call $entry.a (local.get $id)))
  (if (i32.ge_u (i32.add (i32.shl (local.get $len) (i32.const 3)) (i32.const 8))
                (i32.sub (i32.shl (i32.const 1) (i32.load (call $abs (i32.sub (local.get $block) (i32.const 8))))) (i32.const 8)))
    (then
      (local.set $bigger (call $alloc (i32.shl (i32.add (local.get $len) (i32.const 1)) (i32.const 4))))
      (memory.copy (call $abs (local.get $bigger)) (call $abs (local.get $block)) (i32.shl (local.get $len) (i32.const 3)))
      (call $free (local.get $block))
      (local.set $block (local.get $bigger))
      (i32.store offset=4 (call $entry (local.get $id)) (local.get $block))))
  (i64.store (call $abs (i32.add (local.get $block) (i32.shl (local.get $len) (i32.const 3)))) (local.get $v))
  (i32.store offset=8 (call $entry (local.get $id)) (i32.add (local.get $len) (i32.const 1))))

;; Calls the Go function behind a js.FuncOf value with these arguments, the
;; way wasm_exec.js's _makeFuncWrapper does: through go._pendingEvent and resume.
(func $invoke (param $fn i64) (param $args i64)
  (if (i32.ne (call $kind (local.get $fn)) (i32.const ${KIND.function}))
    (then (call $die.notFunction)))
  (global.set $pending (call $id
    (call $value.new (i32.const ${KIND.event}) (i32.const 1) (call $entry.a (call $id (local.get $fn))) (call $id (local.get $args)))))
  (call $go.resume))

(func $invoke2 (param $fn i64) (param $a i64) (param $b i64)
  (local $args i64)
  (local.set $args (call $array (i32.const 2)))
  (i64.store (call $array.slot (local.get $args) (i32.const 0)) (local.get $a))
  (i64.store (call $array.slot (local.get $args) (i32.const 1)) (local.get $b))
  (call $invoke (local.get $fn) (local.get $args)))

;; --- the imports of syscall/js (each gets Go's sp; arguments from sp+8) ---

;; finalizeRef(v ref)
(func $go.syscall/js.finalizeRef (param $sp i32)
  (local $id i32) (local $e i32) (local $kind i32)
  (local.set $id (i32.load offset=8 (local.get $sp)))
  (if (i32.lt_u (local.get $id) (i32.const ${FIRST_DYNAMIC})) (then (return)))
  (local.set $e (call $entry (local.get $id)))
  (i32.store offset=12 (local.get $e) (i32.sub (i32.load offset=12 (local.get $e)) (i32.const 1)))
  (if (i32.gt_s (i32.load offset=12 (local.get $e)) (i32.const 0)) (then (return)))
  (local.set $kind (i32.load8_u (local.get $e)))
  (if (i32.or (i32.or (i32.eq (local.get $kind) (i32.const ${KIND.bytes})) (i32.eq (local.get $kind) (i32.const ${KIND.string})))
              (i32.or (i32.eq (local.get $kind) (i32.const ${KIND.array})) (i32.eq (local.get $kind) (i32.const ${KIND.stats}))))
    (then (call $free (i32.load offset=4 (local.get $e)))))
  (i32.store8 (local.get $e) (i32.const ${KIND.free}))
  (i32.store offset=4 (local.get $e) (global.get $freeIds))
  (global.set $freeIds (local.get $id)))

;; stringVal(s string) ref
(func $go.syscall/js.stringVal (param $sp i32)
  (i64.store offset=24 (local.get $sp) (call $hand
    (call $string (i32.wrap_i64 (i64.load offset=8 (local.get $sp))) (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))))))

;; valueGet(v ref, p string) ref
(func $go.syscall/js.valueGet (param $sp i32)
  (local $v i64)
  (local.set $v (call $get
    (i64.load offset=8 (local.get $sp))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))))
  (i64.store offset=32 (call $go.getsp) (call $hand (local.get $v))))

;; valueSet(v ref, p string, x ref)
(func $go.syscall/js.valueSet (param $sp i32)
  (call $set
    (i64.load offset=8 (local.get $sp))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))
    (i64.load offset=32 (local.get $sp))))

;; valueDelete(v ref, p string)
(func $go.syscall/js.valueDelete (param $sp i32)
  (call $die.member (i32.const 4) (i64.load offset=8 (local.get $sp))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp))) (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))))

;; valueIndex(v ref, i int) ref
(func $go.syscall/js.valueIndex (param $sp i32)
  (local $v i64) (local $i i32)
  (local.set $v (i64.load offset=8 (local.get $sp)))
  (local.set $i (i32.wrap_i64 (i64.load offset=16 (local.get $sp))))
  (if (i32.ne (call $kind (local.get $v)) (i32.const ${KIND.array})) (then (call $die.notArray)))
  (i64.store offset=24 (local.get $sp)
    (if (result i64) (i32.lt_u (local.get $i) (call $entry.b (call $id (local.get $v))))
      (then (call $hand (i64.load (call $array.slot (local.get $v) (local.get $i)))))
      (else (i64.const 0)))))

;; valueSetIndex(v ref, i int, x ref)
(func $go.syscall/js.valueSetIndex (param $sp i32)
  (local $v i64) (local $i i32)
  (local.set $v (i64.load offset=8 (local.get $sp)))
  (local.set $i (i32.wrap_i64 (i64.load offset=16 (local.get $sp))))
  (if (i32.ne (call $kind (local.get $v)) (i32.const ${KIND.array})) (then (call $die.notArray)))
  (loop $fill
    (if (i32.ge_u (local.get $i) (call $entry.b (call $id (local.get $v))))
      (then (call $array.push (local.get $v) (i64.const 0)) (br $fill))))
  (i64.store (call $array.slot (local.get $v) (local.get $i)) (i64.load offset=24 (local.get $sp))))

;; Copies the n refs of a Go slice into a new array value, before anything
;; may run Go code (which can move the goroutine's stack).
(func $args (param $ptr i32) (param $n i32) (result i64)
  (local $arr i64)
  (local.set $arr (call $array (local.get $n)))
  (memory.copy (call $array.slot (local.get $arr) (i32.const 0)) (local.get $ptr) (i32.shl (local.get $n) (i32.const 3)))
  (local.get $arr))

;; valueCall(v ref, m string, args []ref) (ref, bool)
(func $go.syscall/js.valueCall (param $sp i32)
  (local $v i64)
  (local.set $v (call $call
    (i64.load offset=8 (local.get $sp))
    (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))
    (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))
    (call $args (i32.wrap_i64 (i64.load offset=32 (local.get $sp))) (i32.wrap_i64 (i64.load offset=40 (local.get $sp))))))
  (local.set $sp (call $go.getsp))
  (i64.store offset=56 (local.get $sp) (call $hand (local.get $v)))
  (i32.store8 offset=64 (local.get $sp) (i32.const 1)))

;; valueInvoke(v ref, args []ref) (ref, bool)
(func $go.syscall/js.valueInvoke (param $sp i32)
  (call $invoke (i64.load offset=8 (local.get $sp))
    (call $args (i32.wrap_i64 (i64.load offset=16 (local.get $sp))) (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))))
  (local.set $sp (call $go.getsp))
  (i64.store offset=40 (local.get $sp) (i64.const 0))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))

;; valueNew(v ref, args []ref) (ref, bool)
(func $go.syscall/js.valueNew (param $sp i32)
  (local $v i64)
  (local.set $v (call $new
    (i64.load offset=8 (local.get $sp))
    (call $args (i32.wrap_i64 (i64.load offset=16 (local.get $sp))) (i32.wrap_i64 (i64.load offset=24 (local.get $sp))))))
  (local.set $sp (call $go.getsp))
  (i64.store offset=40 (local.get $sp) (call $hand (local.get $v)))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))

;; valueLength(v ref) int
(func $go.syscall/js.valueLength (param $sp i32)
  (local $v i64) (local $kind i32)
  (local.set $v (i64.load offset=8 (local.get $sp)))
  (local.set $kind (call $kind (local.get $v)))
  (if (i32.eqz (i32.or (i32.or (i32.eq (local.get $kind) (i32.const ${KIND.array})) (i32.eq (local.get $kind) (i32.const ${KIND.bytes})))
                       (i32.eq (local.get $kind) (i32.const ${KIND.string}))))
    (then (call $die.notArray)))
  (i64.store offset=16 (local.get $sp) (i64.extend_i32_u (call $entry.b (call $id (local.get $v))))))

;; valuePrepareString(v ref) (ref, int): the string itself stands for its bytes.
(func $go.syscall/js.valuePrepareString (param $sp i32)
  (local $v i64)
  (local.set $v (i64.load offset=8 (local.get $sp)))
  (if (i32.ne (call $kind (local.get $v)) (i32.const ${KIND.string})) (then (call $die.notString)))
  (i64.store offset=16 (local.get $sp) (call $hand (local.get $v)))
  (i64.store offset=24 (local.get $sp) (i64.extend_i32_u (call $entry.b (call $id (local.get $v))))))

;; valueLoadString(v ref, b []byte)
(func $go.syscall/js.valueLoadString (param $sp i32)
  (local $id i32) (local $n i32)
  (local.set $id (call $id (i64.load offset=8 (local.get $sp))))
  (local.set $n (call $min (call $entry.b (local.get $id)) (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))))
  (memory.copy (i32.wrap_i64 (i64.load offset=16 (local.get $sp))) (call $abs (call $entry.a (local.get $id))) (local.get $n)))

;; valueInstanceOf(v ref, t ref) bool: only Uint8Array and Array instances are told apart.
(func $go.syscall/js.valueInstanceOf (param $sp i32)
  (local $kind i32) (local $t i32)
  (local.set $kind (call $kind (i64.load offset=8 (local.get $sp))))
  (local.set $t (call $id (i64.load offset=16 (local.get $sp))))
  (i32.store8 offset=24 (local.get $sp)
    (i32.or
      (i32.and (i32.eq (local.get $t) (i32.const ${idOf("Uint8Array")})) (i32.eq (local.get $kind) (i32.const ${KIND.bytes})))
      (i32.and (i32.eq (local.get $t) (i32.const ${idOf("Array")})) (i32.eq (local.get $kind) (i32.const ${KIND.array}))))))

;; copyBytesToGo(dst []byte, src ref) (int, bool)
(func $go.syscall/js.copyBytesToGo (param $sp i32)
  (local $src i64) (local $n i32)
  (local.set $src (i64.load offset=32 (local.get $sp)))
  (if (i32.ne (call $kind (local.get $src)) (i32.const ${KIND.bytes}))
    (then (i32.store8 offset=48 (local.get $sp) (i32.const 0)) (return)))
  (local.set $n (call $min (call $entry.b (call $id (local.get $src))) (i32.wrap_i64 (i64.load offset=16 (local.get $sp)))))
  (memory.copy (i32.wrap_i64 (i64.load offset=8 (local.get $sp))) (call $abs (call $entry.a (call $id (local.get $src)))) (local.get $n))
  (i64.store offset=40 (local.get $sp) (i64.extend_i32_u (local.get $n)))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))

;; copyBytesToJS(dst ref, src []byte) (int, bool)
(func $go.syscall/js.copyBytesToJS (param $sp i32)
  (local $dst i64) (local $n i32)
  (local.set $dst (i64.load offset=8 (local.get $sp)))
  (if (i32.ne (call $kind (local.get $dst)) (i32.const ${KIND.bytes}))
    (then (i32.store8 offset=48 (local.get $sp) (i32.const 0)) (return)))
  (local.set $n (call $min (call $entry.b (call $id (local.get $dst))) (i32.wrap_i64 (i64.load offset=24 (local.get $sp)))))
  (memory.copy (call $abs (call $entry.a (call $id (local.get $dst)))) (i32.wrap_i64 (i64.load offset=16 (local.get $sp))) (local.get $n))
  (i64.store offset=40 (local.get $sp) (i64.extend_i32_u (local.get $n)))
  (i32.store8 offset=48 (local.get $sp) (i32.const 1)))

(func $min (param $a i32) (param $b i32) (result i32)
  (select (local.get $a) (local.get $b) (i32.lt_u (local.get $a) (local.get $b))))
`;

function idOf(name: string): number {
  return SINGLETONS.find(([, kind]) => kind === name)![0];
}
