;; passes: replace-import=env.*=stub
(module
  (import "host" "log" (func $log (param i32)))
  (import "host" "double" (func $double (param i32) (result i32)))
  (import "host" "unused" (func $unused (param f64)))
  (table 1 funcref)
  (elem (i32.const 0) $double)
  (global $calls (mut i32) (i32.const 0))
  (func $twice (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
  (func (export "run") (param i32) (result i32)
    (call $log (local.get 0))
    (i32.add (call $double (local.get 0)) (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0))))
  (export "double" (func $double)))
