(module
  (func $side (result i32) (i32.const 7))
  (func (export "f") (param $p i32) (result i32)
    (local $x i32) (local $y i32)
    ;; the call stays: it may have effects
    (drop (call $side))
    local.get $p
    drop
    (i32.const 2)))
