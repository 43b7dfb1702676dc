(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (local.set $a (local.get $b))
    (local.get $a)))
