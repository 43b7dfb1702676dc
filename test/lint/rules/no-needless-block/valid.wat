(module
  (func (export "f") (param i32) (result i32)
    (block $out
      (br_if $out (local.get 0))
      (nop))
    (block $v (result i32)
      (br $v (i32.const 1)))))
