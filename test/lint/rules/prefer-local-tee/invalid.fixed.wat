(module
  (func (export "f") (param $a i32) (result i32)
    (local $x i32) (local $y i32)
    local.get $a
    local.tee $x
    (local.tee $y (i32.const 3))
    i32.add))
