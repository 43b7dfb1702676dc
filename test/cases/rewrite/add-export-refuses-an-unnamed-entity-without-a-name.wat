;; passes: add-export=4
(module
  (import "go" "log" (func $log (param i32)))
  (import "go" "now" (func $now (result f64)))
  (memory $mem 1)
  (global $count (mut i32) (i32.const 3))
  (func $inc (result i32) (global.set $count (i32.add (global.get $count) (i32.const 1))) (global.get $count))
  (func $hidden (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
  (func (export "main") (call $log (call $inc))))
