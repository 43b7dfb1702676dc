;; passes: dce
(module
  (memory 1) (table $shown (export "t") 2 funcref) (table $hidden 1 funcref) (table $small 1 funcref)
  (global $seen (mut i32) (i32.const 0))
  (func $init (global.set $seen (i32.const 7)))
  (func $in-shown (result i32) (i32.const 5))
  (func $in-hidden (result i32) (i32.const 6))
  (func $out-of-bounds (result i32) (i32.const 8))
  (elem (table $shown) (i32.const 1) func $in-shown)
  (elem (table $hidden) (i32.const 0) func $in-hidden)
  (elem (table $small) (i32.const 1) func $out-of-bounds)
  (data (i32.const 0) "abc")
  (start $init))
