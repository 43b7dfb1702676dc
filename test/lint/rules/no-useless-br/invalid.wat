(module
  (func (export "f") (result i32)
    (block $b (result i32)
      i32.const 1
      br $b)
    (block $c
      (br $c))
    drop
    (return (i32.const 2))))
