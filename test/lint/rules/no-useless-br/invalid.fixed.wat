(module
  (func (export "f") (result i32)
    (block $b (result i32)
      i32.const 1)
    (block $c)
    drop
    (i32.const 2)))
