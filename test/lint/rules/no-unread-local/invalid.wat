(module
  (func $side (result i32) (i32.const 7))
  (func (export "f") (param $p i32) (result i32)
    (local $x i32) (local $y i32)
    ;; the call stays: it may have effects
    (local.set $x (call $side))
    local.get $p
    local.set $x
    (local.tee $y (i32.const 2))))
