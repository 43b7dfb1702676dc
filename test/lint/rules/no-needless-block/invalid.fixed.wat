(module
  (func (export "f") (result i32)
    (nop)
    i32.const 1))
