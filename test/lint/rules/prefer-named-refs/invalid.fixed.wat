(module
  (func $g)
  (global $count i32 (i32.const 0))
  (func (export "f") (param $p i32) (result i32)
    (call $g)
    (drop (global.get $count))
    (local.get $p)))
