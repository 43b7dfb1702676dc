(module
  (func (export "f") (param $a i32) (result i32)
    (local $x i32) (local $y i32)
    local.get $a
    local.set $x
    local.get $x
    (local.set $y (i32.const 3))
    (local.get $y)
    i32.add))
