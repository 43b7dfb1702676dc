(module
  (func $g (result i64) (i64.const 1))
  (func (export "f") (result i32)
    (drop (call $g))
    (i32.const 0)))
