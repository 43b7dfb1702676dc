(module
  (func $g)
  (func (export "f") (param $p i32) (result i32)
    (call $g)
    (local.get $p)))
