(module
  (func (export "f") (param i32) (result i32)
    (if (local.get 0) (then (return (i32.const 1))))
    (block $b (br_if $b (local.get 0)) (nop))
    (i32.const 0)))
