(module
  (func (export "f") (param $a i32) (result i32)
    (local $x i32)
    (local.tee $x (local.get $a))
    (local.set $x)
    (local.get $a)))
