(module
  (func $g)
  (global $count i32 (i32.const 0))
  (func (export "f") (param $p i32) (result i32)
    (call 0)
    (drop (global.get 0))
    (local.get 0)))
