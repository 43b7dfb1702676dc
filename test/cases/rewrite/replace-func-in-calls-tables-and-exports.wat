;; passes: replace-func=$slow=$fast
(module (table 1 funcref) (elem (i32.const 0) $slow)
  (func $slow (export "slow") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 100)))
  (func $fast (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "run") (param i32) (result i32)
    (i32.add (call $slow (local.get 0)) (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0)))))
