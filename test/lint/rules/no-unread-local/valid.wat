(module
  (func (export "f") (param $p i32) (result i32)
    (local $x i32)
    (local.set $x (i32.add (local.get $p) (i32.const 1)))
    (local.get $x)))
