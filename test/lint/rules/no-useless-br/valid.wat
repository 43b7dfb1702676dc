(module
  (func (export "f") (param i32) (result i32)
    (loop $again (br_if $again (local.get 0)))
    (block $out (br_if $out (local.get 0)) (nop))
    (return (i32.const 1))
    (i32.const 2)))
